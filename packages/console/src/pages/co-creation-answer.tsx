import { useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { usePageTitle } from "../app/usePageTitle";
import { DoneStatus } from "../components/DoneStatus";
import { Loaded } from "../components/Loaded";
import { RoleGate } from "../components/RoleGate";
import { type AnswerLink, parseAnswer } from "../features/cocreation/answer-link";
import { AnswerActions } from "../features/cocreation/components/AnswerActions";
import { graphql } from "../gql";
import type { CoCreationRequestQuery, CoCreationStatus } from "../gql/graphql";

/** With the partner's links to the commitment (one live link per role, the declined or ended ones before it). */
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
    coCreationLinks(first: 100, filter: { commitmentId: $commitmentId, partnerId: $partnerId }) {
      edges {
        node {
          id
          version
          role
          status
          reason
        }
      }
    }
  }
`);

const ANSWERING = ["INSTITUTION_OFFICER", "SUPPORT_UNIT", "SUPPORT_UNIT_ADMIN"] as const;

/**
 * An institution answers a partner's request to co-create one of its commitments, from the address the partner sends
 * (from "My co-creation links"). The request's status and version come from the API, so a request answered or ended
 * since the address was sent shows as such. Officers and the support unit also find every pending request on their
 * "Co-creation requests" page.
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
  const result = useQuery(coCreationRequestQuery, {
    variables: { commitmentId: answer.commitment, partnerId: answer.partner },
    fetchPolicy: "cache-and-network",
  });
  const reload = () => result.refetch().catch(() => undefined);
  return (
    <Loaded result={result} failed={t("answer.loadFailed")} onRetry={reload}>
      {(data) => <Request data={data} linkId={answer.link} onReload={reload} />}
    </Loaded>
  );
}

function Request({ data, linkId, onReload }: { data: CoCreationRequestQuery; linkId: string; onReload: () => void }) {
  const { t } = useTranslation();
  // What this visit answered: said as a success, not as "already answered".
  const [outcome, setOutcome] = useState<CoCreationStatus | null>(null);
  const link = data.coCreationLinks.edges.map((edge) => edge.node).find((node) => node.id === linkId);
  if (!link) return <Alert severity="warning">{t("coCreationSupport.notFound")}</Alert>;
  const partner = data.partner?.name ?? t("answer.unknownPartner");
  let state: ReactNode;
  if (outcome) {
    // The answer buttons are gone: the focus goes to what the answer did.
    state = <DoneStatus message={t(`answer.done.${outcome === "ACTIVE" ? "ACTIVE" : "DECLINED"}`)} />;
  } else if (link.status === "REQUESTED") {
    state = <AnswerActions link={link} partner={partner} onAnswered={setOutcome} onReload={onReload} />;
  } else {
    state = (
      <Alert severity="info" role="status">
        {t(`coCreationSupport.answered.${link.status}`, { partner })}
        {link.reason && ` ${t("coCreationSupport.reasonGiven", { reason: link.reason })}`}
      </Alert>
    );
  }

  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Stack spacing={2}>
        <Typography>{t("answer.request", { partner, role: t(`coCreationRole.${link.role}`) })}</Typography>
        <Typography variant="h6" component="h2">
          {data.commitment?.title ?? t("answer.unknownCommitment")}
        </Typography>
        {data.commitment && <Typography color="text.secondary">{data.commitment.summary}</Typography>}
        {state}
      </Stack>
    </Paper>
  );
}
