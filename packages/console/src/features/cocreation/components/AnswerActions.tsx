import { useMutation } from "@apollo/client/react";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql } from "../../../gql";
import type { CoCreationStatus } from "../../../gql/graphql";
import { type ApiProblem, fieldError, toApiProblem } from "../../errors/api-problem";
import { ApiErrorAlert } from "../../errors/components/ApiErrorAlert";

export const acceptCoCreationMutation = graphql(`
  mutation AcceptCoCreation($input: CoCreationDecisionInput!) {
    acceptCoCreation(input: $input) {
      id
      version
      status
      reason
    }
  }
`);

export const declineCoCreationMutation = graphql(`
  mutation DeclineCoCreation($input: CoCreationDecisionInput!) {
    declineCoCreation(input: $input) {
      id
      version
      status
      reason
    }
  }
`);

interface AnswerActionsProps {
  /** The REQUESTED link at the version last read from the API. */
  link: { id: string; version: number };
  /** The partner asking, named in the labels so that several requests on one page stay apart. */
  partner: string;
  /** Called with the link's new status once the API took the answer. */
  onAnswered: (status: CoCreationStatus) => void;
  /** Loads the request again after someone else answered or ended it first. */
  onReload: () => void;
}

/**
 * The owning institution's or the support unit's answer to a co-creation request (DOMAIN rule 5): accept, or decline
 * with a reason the partner sees. The one way to answer, on the answer page and in the list of requests alike.
 */
export function AnswerActions({ link, partner, onAnswered, onReload }: AnswerActionsProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [accept, { loading: accepting }] = useMutation(acceptCoCreationMutation);
  const [decline, { loading: declining }] = useMutation(declineCoCreationMutation);
  const reasonError = fieldError(problem, "reason");

  const decide = async (accepted: boolean) => {
    setProblem(null);
    const input = { id: link.id, version: link.version, ...(reason.trim() ? { reason: reason.trim() } : {}) };
    try {
      const status = accepted
        ? (await accept({ variables: { input } })).data?.acceptCoCreation.status
        : (await decline({ variables: { input } })).data?.declineCoCreation.status;
      if (status) onAnswered(status);
    } catch (caught) {
      setProblem(toApiProblem(caught));
    }
  };

  return (
    <Stack spacing={2}>
      <TextField
        label={t("requests.reasonFor", { partner })}
        value={reason}
        multiline
        onChange={(event) => setReason(event.target.value)}
        error={Boolean(reasonError)}
        helperText={reasonError ?? t("answer.reasonHelp")}
      />
      <ApiErrorAlert
        problem={problem}
        onReload={() => {
          setProblem(null);
          onReload();
        }}
        shownFields={["reason"]}
      />
      <Stack direction="row" useFlexGap sx={{ flexWrap: "wrap", gap: 2 }}>
        <Button variant="contained" disabled={accepting || declining} onClick={() => decide(true)}>
          {t("requests.accept", { partner })}
        </Button>
        <Button variant="outlined" color="error" disabled={accepting || declining} onClick={() => decide(false)}>
          {t("requests.decline", { partner })}
        </Button>
      </Stack>
    </Stack>
  );
}
