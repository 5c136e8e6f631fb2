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
  query CoCreationRequests($first: Int!, $after: String) {
    coCreationLinks(first: $first, after: $after, filter: { status: REQUESTED }) {
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
/**
 * The support unit pages through every member's requests; an officer's fit one page, which the officer's own
 * institutions' share is picked from (the API also lists requests on commitments they only support).
 */
const PAGE_SIZE = { support: 20, officer: 100 };

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
    variables: { first: support ? PAGE_SIZE.support : PAGE_SIZE.officer, after: pages.after },
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
          const all = data.coCreationLinks.edges.map((edge) => edge.node);
          // Officers also see requests on commitments their institutions only support; the lead institution answers them.
          const shown = support
            ? all
            : all.filter((link) => link.commitment?.leadInstitution && viewer.institutionIds.includes(link.commitment.leadInstitution.id));
          const { pageInfo } = data.coCreationLinks;
          return (
            <>
              <Typography role="status">
                {support
                  ? t("coCreationSupport.count", { count: data.coCreationLinks.totalCount })
                  : t("requests.count", { count: shown.length })}
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
