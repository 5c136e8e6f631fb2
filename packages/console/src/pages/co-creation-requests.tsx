import { useMutation, useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { RouteFallback } from "../app/RouteFallback";
import { usePageTitle } from "../app/usePageTitle";
import { LoadError } from "../components/LoadError";
import { RoleGate, type Viewer } from "../components/RoleGate";
import { type ApiProblem, fieldError, toApiProblem } from "../features/errors/api-problem";
import { ApiErrorAlert } from "../features/errors/components/ApiErrorAlert";
import { graphql } from "../gql";
import type { CoCreationRequestsQuery } from "../gql/graphql";

export const coCreationRequestsQuery = graphql(`
  query CoCreationRequests {
    coCreationLinks(first: 100, filter: { status: REQUESTED }) {
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
            leadInstitution {
              id
            }
          }
        }
      }
    }
  }
`);

export const acceptCoCreationRequestMutation = graphql(`
  mutation AcceptCoCreationRequest($input: CoCreationDecisionInput!) {
    acceptCoCreation(input: $input) {
      id
      version
      status
    }
  }
`);

export const declineCoCreationRequestMutation = graphql(`
  mutation DeclineCoCreationRequest($input: CoCreationDecisionInput!) {
    declineCoCreation(input: $input) {
      id
      version
      status
    }
  }
`);

type Request = CoCreationRequestsQuery["coCreationLinks"]["edges"][number]["node"];
const OFFICER = ["INSTITUTION_OFFICER"] as const;
const REFETCH = { refetchQueries: ["CoCreationRequests"], awaitRefetchQueries: true };

/** The partners' pending requests to co-create the officer's institutions' commitments, each answered in place. */
export function CoCreationRequestsPage() {
  const { t } = useTranslation();
  usePageTitle(t("requests.title"));
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h4" component="h1" gutterBottom>
          {t("requests.title")}
        </Typography>
        <Typography color="text.secondary">{t("requests.intro")}</Typography>
      </div>
      <RoleGate roles={OFFICER}>{(viewer) => <Requests viewer={viewer} />}</RoleGate>
    </Stack>
  );
}

function Requests({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(coCreationRequestsQuery, { fetchPolicy: "cache-and-network" });
  const [answered, setAnswered] = useState<string | null>(null);
  const reload = () => refetch().catch(() => undefined);
  if (loading && !data) return <RouteFallback />;
  if (error || !data) return <LoadError title={t("requests.loadFailed")} error={error ?? new Error("no data")} onRetry={reload} />;
  // Officers also see requests on commitments their institutions only support; the lead institution answers them.
  const mine = data.coCreationLinks.edges
    .map((edge) => edge.node)
    .filter((link) => link.commitment?.leadInstitution && viewer.institutionIds.includes(link.commitment.leadInstitution.id));
  return (
    <Stack spacing={2}>
      {answered && (
        <Alert severity="success" role="status">
          {answered}
        </Alert>
      )}
      <Typography role="status">{t("requests.count", { count: mine.length })}</Typography>
      {mine.length > 0 && (
        <Stack component="ul" spacing={2} sx={{ listStyle: "none", p: 0, m: 0 }} aria-label={t("requests.title")}>
          {mine.map((request) => (
            <RequestCard key={request.id} request={request} onAnswered={setAnswered} onReload={reload} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function RequestCard({ request, onAnswered, onReload }: { request: Request; onAnswered: (message: string) => void; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [accept, { loading: accepting }] = useMutation(acceptCoCreationRequestMutation, REFETCH);
  const [decline, { loading: declining }] = useMutation(declineCoCreationRequestMutation, REFETCH);
  const title = request.commitment?.title ?? t("answer.unknownCommitment");
  const headingId = `request-${request.id}`;

  const decide = async (accepted: boolean) => {
    setProblem(null);
    const input = { id: request.id, version: request.version, ...(reason.trim() ? { reason: reason.trim() } : {}) };
    try {
      if (accepted) await accept({ variables: { input } });
      else await decline({ variables: { input } });
      onAnswered(t(accepted ? "requests.accepted" : "requests.declined", { partner: request.partner.name, title }));
    } catch (caught) {
      setProblem(toApiProblem(caught));
    }
  };

  return (
    <Card component="li" variant="outlined" aria-labelledby={headingId}>
      <CardContent>
        <Stack spacing={1.5}>
          <Typography variant="h6" component="h2" id={headingId} sx={{ overflowWrap: "anywhere" }}>
            {t("answer.request", { partner: request.partner.name, role: t(`coCreationRole.${request.role}`) })}
          </Typography>
          {request.commitment ? (
            <Link component={RouterLink} to={`/my-commitments/${request.commitment.id}`} sx={{ overflowWrap: "anywhere" }}>
              {title}
            </Link>
          ) : (
            <Typography>{title}</Typography>
          )}
          <Typography variant="body2" color="text.secondary">
            {t("requests.askedOn", { at: new Date(request.createdAt).toLocaleDateString(i18n.language) })}
          </Typography>
          {request.note && <Typography sx={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>“{request.note}”</Typography>}
          <TextField
            label={t("requests.reasonFor", { partner: request.partner.name })}
            value={reason}
            multiline
            onChange={(event) => setReason(event.target.value)}
            error={Boolean(fieldError(problem, "reason"))}
            helperText={fieldError(problem, "reason") ?? t("answer.reasonHelp")}
          />
          <ApiErrorAlert problem={problem} onReload={onReload} shownFields={["reason"]} />
          <Stack direction="row" useFlexGap sx={{ flexWrap: "wrap", gap: 2 }}>
            <Button variant="contained" disabled={accepting || declining} onClick={() => decide(true)}>
              {t("requests.accept", { partner: request.partner.name })}
            </Button>
            <Button variant="outlined" color="error" disabled={accepting || declining} onClick={() => decide(false)}>
              {t("requests.decline", { partner: request.partner.name })}
            </Button>
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
}
