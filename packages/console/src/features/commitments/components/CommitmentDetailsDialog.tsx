import { useMutation, useQuery } from "@apollo/client/react";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import LinearProgress from "@mui/material/LinearProgress";
import Stack from "@mui/material/Stack";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { toApiLocale } from "../../../app/languages";
import { graphql } from "../../../gql";
import type { ChallengeAreaCode, Locale, OpenGovernmentValue } from "../../../gql/graphql";
import { type ApiProblem, fieldError, toApiProblem } from "../../errors/api-problem";
import { ApiErrorAlert } from "../../errors/components/ApiErrorAlert";
import { CONTENT_FIELDS, type CommitmentContent, contentInput, validateContent } from "../commitment-draft";
import { CommitmentContentFields } from "./CommitmentContentFields";

export const commitmentContentOptionsQuery = graphql(`
  query CommitmentContentOptions($locale: Locale!) {
    ...CommitmentContentChoices
  }
`);

export const updateCommitmentContentMutation = graphql(`
  mutation UpdateCommitmentContent($input: UpdateCommitmentInput!) {
    updateCommitment(input: $input) {
      id
      version
      title
      summary
    }
  }
`);

/** A commitment as read for correcting it; its fields as the API gives them. */
export interface EditedCommitment {
  id: string;
  version: number;
  title: string;
  summary: string;
  problem?: string | null;
  reform?: string | null;
  expectedResults?: string | null;
  proposedAreaCode?: ChallengeAreaCode | null;
  values: readonly OpenGovernmentValue[];
  language: Locale;
  startDate?: string | null;
  endDate?: string | null;
}

interface CommitmentDetailsDialogProps {
  commitment: EditedCommitment;
  onClose: () => void;
  /** Reads the commitment again: after saving, and after a conflict. */
  onReload: () => unknown;
}

/** Corrects what a commitment says (its institution while DRAFT or SUBMITTED, as the API rules); the history keeps each change. */
export function CommitmentDetailsDialog({ commitment, onClose, onReload }: CommitmentDetailsDialogProps) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(commitmentContentOptionsQuery, { variables: { locale: toApiLocale(i18n.resolvedLanguage) } });
  const [content, setContent] = useState<CommitmentContent>(() => ({
    title: commitment.title,
    summary: commitment.summary,
    problem: commitment.problem ?? "",
    reform: commitment.reform ?? "",
    expectedResults: commitment.expectedResults ?? "",
    proposedArea: commitment.proposedAreaCode ?? "",
    values: [...commitment.values],
    language: commitment.language,
    startDate: commitment.startDate ?? "",
    endDate: commitment.endDate ?? "",
  }));
  const [touched, setTouched] = useState<Partial<Record<keyof CommitmentContent, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [update, { loading }] = useMutation(updateCommitmentContentMutation);
  const errors = validateContent(content);
  const shown = (field: keyof CommitmentContent) => {
    const local = errors[field];
    if (local && (touched[field] || submitted)) return t(`validation.${local}`);
    return fieldError(problem, field);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setProblem(null);
    if (Object.keys(errors).length > 0) return;
    try {
      await update({ variables: { input: { id: commitment.id, version: commitment.version, ...contentInput(content) } } });
      await onReload();
      onClose();
    } catch (caught) {
      setProblem(toApiProblem(caught));
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="commitment-details-title" fullWidth maxWidth="md" scroll="body">
      <form noValidate onSubmit={onSubmit}>
        <DialogTitle id="commitment-details-title">{t("commitmentDetails.title")}</DialogTitle>
        <DialogContent>
          {data ? (
            <Stack spacing={2} sx={{ pt: 1 }}>
              <CommitmentContentFields
                value={content}
                onChange={(field, value) => setContent((current) => ({ ...current, [field]: value }))}
                error={shown}
                onBlur={(field) => setTouched((current) => ({ ...current, [field]: true }))}
                areas={data.challengeAreas}
                openGovernmentValues={data.openGovernmentValues}
              />
              <ApiErrorAlert problem={problem} onReload={onReload} shownFields={CONTENT_FIELDS} />
            </Stack>
          ) : (
            <LinearProgress aria-label={t("app.loading")} />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t("commitmentDetails.cancel")}</Button>
          <Button type="submit" variant="contained" disabled={loading || !data}>
            {t("commitmentDetails.save")}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
