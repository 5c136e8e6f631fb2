import { useQuery } from "@apollo/client/react";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { isSupportUnit } from "../app/navigation";
import { usePageTitle } from "../app/usePageTitle";
import { DoneStatus } from "../components/DoneStatus";
import { Loaded } from "../components/Loaded";
import { RoleGate, type Viewer } from "../components/RoleGate";
import { AnswerActions } from "../features/cocreation/components/AnswerActions";
import { CursorPager } from "../features/paging/CursorPager";
import { useCursorPages } from "../features/paging/useCursorPages";
import { graphql } from "../gql";
import type { CoCreationRequestsQuery } from "../gql/graphql";

export const coCreationRequestsQuery = graphql(`
  query CoCreationRequests($after: String, $leadInstitutionIds: [ID!]) {
    coCreationLinks(first: 20, after: $after, filter: { status: REQUESTED, leadInstitutionIds: $leadInstitutionIds }) {
      totalCount
      edges {
        node {
          id
          version
          role
          note
          createdAt
          partner {
            id
            name
          }
          commitment {
            id
            title
            member {
              id
              name
            }
            leadInstitution {
              id
              name
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Request = CoCreationRequestsQuery["coCreationLinks"]["edges"][number]["node"];
const ANSWERING = ["INSTITUTION_OFFICER", "SUPPORT_UNIT", "SUPPORT_UNIT_ADMIN"] as const;

/** The partners' pending requests to co-create commitments, each answered in place (DOMAIN rule 5). */
export function CoCreationRequestsPage() {
  const { t } = useTranslation();
  usePageTitle(t("requests.title"));
  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        {t("requests.title")}
      </Typography>
      <RoleGate roles={ANSWERING}>{(viewer) => <Requests viewer={viewer} />}</RoleGate>
    </Stack>
  );
}

function Requests({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const support = isSupportUnit(viewer.role);
  const pages = useCursorPages();
  const result = useQuery(coCreationRequestsQuery, {
    // The support unit sees every member's requests; an officer those on commitments their institutions lead (the API
    // would also list the ones they only support, which the lead institution answers).
    variables: { after: pages.after, leadInstitutionIds: support ? null : viewer.institutionIds },
    fetchPolicy: "cache-and-network",
  });
  const [answered, setAnswered] = useState<string | null>(null);
  const reload = () => result.refetch().catch(() => undefined);
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t(support ? "coCreationSupport.intro" : "requests.intro")}</Typography>
      <DoneStatus message={answered} />
      <Loaded result={result} failed={t("requests.loadFailed")} onRetry={reload}>
        {(data) => {
          const shown = data.coCreationLinks.edges.map((edge) => edge.node);
          const { pageInfo } = data.coCreationLinks;
          return (
            <>
              <Typography role="status">
                {t(support ? "coCreationSupport.count" : "requests.count", { count: data.coCreationLinks.totalCount })}
              </Typography>
              {shown.length > 0 && (
                <Stack component="ul" spacing={2} sx={{ listStyle: "none", p: 0, m: 0 }} aria-label={t("requests.title")}>
                  {shown.map((request) => (
                    <RequestCard
                      key={request.id}
                      request={request}
                      commitmentPath={support ? "/commitments" : "/my-commitments"}
                      onAnswered={(message) => {
                        setAnswered(message);
                        void reload();
                      }}
                      onReload={reload}
                    />
                  ))}
                </Stack>
              )}
              {(pages.page > 0 || pageInfo.hasNextPage) && <CursorPager pages={pages} pageInfo={pageInfo} label={t("requests.title")} />}
            </>
          );
        }}
      </Loaded>
    </Stack>
  );
}

interface RequestCardProps {
  request: Request;
  /** Where the viewer reads a commitment: the officer's own page, or the support unit's review. */
  commitmentPath: string;
  onAnswered: (message: string) => void;
  onReload: () => void;
}

function RequestCard({ request, commitmentPath, onAnswered, onReload }: RequestCardProps) {
  const { t, i18n } = useTranslation();
  const title = request.commitment?.title ?? t("answer.unknownCommitment");
  const partner = request.partner.name;
  const headingId = `request-${request.id}`;
  return (
    <Card component="li" variant="outlined" aria-labelledby={headingId}>
      <CardContent>
        <Stack spacing={1.5}>
          <Typography variant="h6" component="h2" id={headingId} sx={{ overflowWrap: "anywhere" }}>
            {t("answer.request", { partner, role: t(`coCreationRole.${request.role}`) })}
          </Typography>
          {request.commitment ? (
            <Link component={RouterLink} to={`${commitmentPath}/${request.commitment.id}`} sx={{ overflowWrap: "anywhere" }}>
              {title}
            </Link>
          ) : (
            <Typography>{title}</Typography>
          )}
          {request.commitment && (
            <Typography variant="body2" color="text.secondary">
              {t("coCreationSupport.ledBy", {
                member: request.commitment.member.name,
                institution: request.commitment.leadInstitution?.name ?? t("coCreationSupport.noLead"),
              })}
            </Typography>
          )}
          <Typography variant="body2" color="text.secondary">
            {t("requests.askedOn", { at: new Date(request.createdAt).toLocaleDateString(i18n.language) })}
          </Typography>
          {request.note && <Typography sx={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>“{request.note}”</Typography>}
          <AnswerActions
            link={request}
            partner={partner}
            onAnswered={(status) => onAnswered(t(status === "ACTIVE" ? "requests.accepted" : "requests.declined", { partner, title }))}
            onReload={onReload}
          />
        </Stack>
      </CardContent>
    </Card>
  );
}
