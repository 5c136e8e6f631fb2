import { useMutation, useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { RouteFallback } from "../app/RouteFallback";
import { usePageTitle } from "../app/usePageTitle";
import { LoadError } from "../components/LoadError";
import { RoleGate } from "../components/RoleGate";
import { type AnswerLink, parseAnswer } from "../features/cocreation-link";
import { type ApiProblem, fieldError, toApiProblem } from "../features/errors/api-problem";
import { ApiErrorAlert } from "../features/errors/components/ApiErrorAlert";
import { graphql } from "../gql";
import type { CoCreationStatus } from "../gql/graphql";

export const coCreationRequestQuery = graphql(`
  query CoCreationRequest($commitmentId: ID!, $partnerId: ID!) {
    commitment(id: $commitmentId) {
      id
      title
      summary
    }
    partner(id: $partnerId) {
      id
      name
      kind
      country
    }
  }
`);

export const acceptCoCreationMutation = graphql(`
  mutation AcceptCoCreation($input: CoCreationDecisionInput!) {
    acceptCoCreation(input: $input) {
      id
      version
      status
    }
  }
`);

export const declineCoCreationMutation = graphql(`
  mutation DeclineCoCreation($input: CoCreationDecisionInput!) {
    declineCoCreation(input: $input) {
      id
      version
      status
    }
  }
`);

const ANSWERING = ["INSTITUTION_OFFICER", "SUPPORT_UNIT", "SUPPORT_UNIT_ADMIN"] as const;

/**
 * An institution answers a partner's request to co-create one of its commitments, from the address the partner sends
 * (from "My co-creation links"). Officers also find every pending request on their "Co-creation requests" page.
 */
export function CoCreationAnswerPage() {
  const { t } = useTranslation();
  usePageTitle(t("answer.title"));
  const [params] = useSearchParams();
  const answer = parseAnswer(params);
  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        {t("answer.title")}
      </Typography>
      {answer ? (
        <RoleGate roles={ANSWERING}>{() => <Answer answer={answer} />}</RoleGate>
      ) : (
        <Alert severity="warning">{t("answer.badLink")}</Alert>
      )}
    </Stack>
  );
}

function Answer({ answer }: { answer: AnswerLink }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(coCreationRequestQuery, {
    variables: { commitmentId: answer.commitment, partnerId: answer.partner },
  });
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [outcome, setOutcome] = useState<CoCreationStatus | null>(null);
  const [accept, { loading: accepting }] = useMutation(acceptCoCreationMutation);
  const [decline, { loading: declining }] = useMutation(declineCoCreationMutation);
  if (loading && !data) return <RouteFallback />;
  if (error || !data)
    return (
      <LoadError title={t("answer.loadFailed")} error={error ?? new Error("no data")} onRetry={() => refetch().catch(() => undefined)} />
    );

  const decide = async (accepting: boolean) => {
    setProblem(null);
    const input = { id: answer.link, version: answer.version, ...(reason.trim() ? { reason: reason.trim() } : {}) };
    try {
      const result = accepting
        ? (await accept({ variables: { input } })).data?.acceptCoCreation
        : (await decline({ variables: { input } })).data?.declineCoCreation;
      setOutcome(result?.status ?? null);
    } catch (caught) {
      setProblem(toApiProblem(caught));
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Stack spacing={2}>
        <Typography>
          {t("answer.request", {
            partner: data.partner?.name ?? t("answer.unknownPartner"),
            role: t(`coCreationRole.${answer.role}`),
          })}
        </Typography>
        <Typography variant="h6" component="h2">
          {data.commitment?.title ?? t("answer.unknownCommitment")}
        </Typography>
        {data.commitment && <Typography color="text.secondary">{data.commitment.summary}</Typography>}
        {outcome ? (
          <Alert severity="success" role="status">
            {t(`answer.done.${outcome === "ACTIVE" ? "ACTIVE" : "DECLINED"}`)}
          </Alert>
        ) : (
          <>
            <TextField
              label={t("answer.reason")}
              value={reason}
              multiline
              onChange={(event) => setReason(event.target.value)}
              error={Boolean(fieldError(problem, "reason"))}
              helperText={fieldError(problem, "reason") ?? t("answer.reasonHelp")}
            />
            <ApiErrorAlert problem={problem} shownFields={["reason"]} />
            <Stack direction="row" spacing={2}>
              <Button variant="contained" disabled={accepting || declining} onClick={() => decide(true)}>
                {t("answer.accept")}
              </Button>
              <Button variant="outlined" color="error" disabled={accepting || declining} onClick={() => decide(false)}>
                {t("answer.decline")}
              </Button>
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
}
