import { useMutation } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql } from "../../../gql";
import type { CompletionLevel, MilestoneStatus } from "../../../gql/graphql";
import { type ApiProblem, fieldError, toApiProblem } from "../../errors/api-problem";
import { ApiErrorAlert } from "../../errors/components/ApiErrorAlert";
import { MILESTONE_STATUSES } from "../../milestones/milestone-form";
import {
  discardReport,
  emptyReport,
  evidenceLinks,
  loadReport,
  type ReportDraft,
  reportDraftKey,
  saveReport,
  validateReport,
} from "../report-draft";

export const reportProgressMutation = graphql(`
  mutation ReportProgress($input: ReportProgressInput!, $idempotencyKey: String) {
    reportProgress(input: $input, idempotencyKey: $idempotencyKey) {
      id
      reportedAt
      completion
    }
  }
`);

export const COMPLETION_LEVELS: readonly CompletionLevel[] = ["NOT_STARTED", "LIMITED", "SUBSTANTIAL", "COMPLETE"];

interface ProgressReportFormProps {
  accountId: string;
  commitmentId: string;
  cycleId: string;
  milestones: readonly { id: string; position: number; title: string; status: MilestoneStatus }[];
  onReload: () => void;
}

/** Where a field's server error goes: `evidenceLinks.2` belongs under the evidence field, `milestones.0.status` under the list. */
/** The API's input field behind each of the form's fields (`evidenceLinks.2` is about the evidence field). */
const API_FIELD = { completion: "completion", narrative: "narrative", evidence: "evidenceLinks" } as const;

/** A progress report for an open review window: completion, narrative, evidence and each milestone's status. */
export function ProgressReportForm({ accountId, commitmentId, cycleId, milestones, onReload }: ProgressReportFormProps) {
  const { t } = useTranslation();
  const key = reportDraftKey(accountId, commitmentId, cycleId);
  const restored = useRef(loadReport(key));
  const [draft, setDraft] = useState<ReportDraft>(() => restored.current ?? emptyReport());
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [done, setDone] = useState(false);
  const [report, { loading }] = useMutation(reportProgressMutation, { refetchQueries: ["OfficerCommitment"], awaitRefetchQueries: true });
  // One key per report: a retry after a lost answer does not file the report twice.
  const idempotencyKey = useRef(crypto.randomUUID());

  // Every change is kept as a draft at once; a long narrative is not lost to a closed tab.
  useEffect(() => {
    saveReport(key, draft);
  }, [key, draft]);

  const errors = validateReport(draft);
  const shown = (field: keyof typeof API_FIELD): string | undefined => {
    const local = errors[field];
    if (local && submitted) return t(`validation.${local}`);
    return fieldError(problem, API_FIELD[field]);
  };
  const milestonesError = fieldError(problem, "milestones");
  const statusOf = (milestone: ProgressReportFormProps["milestones"][number]) => draft.milestones[milestone.id] ?? milestone.status;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setProblem(null);
    if (Object.keys(errors).length > 0) {
      document.querySelector<HTMLElement>("#progress-report [aria-invalid='true']")?.focus();
      return;
    }
    try {
      await report({
        variables: {
          idempotencyKey: idempotencyKey.current,
          input: {
            commitmentId,
            reviewCycleId: cycleId,
            completion: draft.completion as CompletionLevel,
            narrative: draft.narrative.trim(),
            evidenceLinks: evidenceLinks(draft),
            milestones: milestones.map((milestone) => ({ milestoneId: milestone.id, status: statusOf(milestone) })),
          },
        },
      });
      discardReport(key);
      restored.current = null;
      idempotencyKey.current = crypto.randomUUID();
      setDraft(emptyReport());
      setSubmitted(false);
      setDone(true);
    } catch (caught) {
      setProblem(toApiProblem(caught));
    }
  };

  if (done)
    return (
      <Alert
        severity="success"
        role="status"
        action={
          <Button color="inherit" size="small" onClick={() => setDone(false)}>
            {t("progress.another")}
          </Button>
        }
      >
        {t("progress.submitted")}
      </Alert>
    );

  return (
    <Stack component="form" id="progress-report" spacing={2} noValidate onSubmit={onSubmit} aria-label={t("progress.formLabel")}>
      {restored.current && (
        <Alert
          severity="info"
          role="status"
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                restored.current = null;
                discardReport(key);
                setDraft(emptyReport());
                setSubmitted(false);
              }}
            >
              {t("newCommitment.discardDraft")}
            </Button>
          }
        >
          {t("progress.draftRestored")}
        </Alert>
      )}
      <Typography variant="body2" color="text.secondary">
        {t("newCommitment.draftNote")}
      </Typography>
      <TextField
        select
        required
        label={t("progress.completion")}
        name="completion"
        value={draft.completion}
        onChange={(event) => setDraft({ ...draft, completion: event.target.value as CompletionLevel })}
        error={Boolean(shown("completion"))}
        helperText={shown("completion")}
        sx={{ maxWidth: 360 }}
      >
        {COMPLETION_LEVELS.map((level) => (
          <MenuItem key={level} value={level}>
            {t(`completion.${level}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        required
        multiline
        minRows={4}
        label={t("progress.narrative")}
        name="narrative"
        value={draft.narrative}
        onChange={(event) => setDraft({ ...draft, narrative: event.target.value })}
        error={Boolean(shown("narrative"))}
        helperText={shown("narrative")}
      />
      <TextField
        multiline
        minRows={2}
        label={t("progress.evidence")}
        name="evidence"
        value={draft.evidence}
        onChange={(event) => setDraft({ ...draft, evidence: event.target.value })}
        error={Boolean(shown("evidence"))}
        helperText={shown("evidence") ?? t("progress.evidenceHelp")}
      />
      {milestones.length > 0 && (
        <Stack component="fieldset" spacing={2} sx={{ border: 0, p: 0, m: 0 }}>
          <Typography component="legend" variant="subtitle1" sx={{ mb: 1 }}>
            {t("progress.milestoneStatuses")}
          </Typography>
          {milestones.map((milestone) => (
            <TextField
              key={milestone.id}
              select
              size="small"
              label={t("progress.milestoneStatus", { position: milestone.position, title: milestone.title })}
              value={statusOf(milestone)}
              onChange={(event) =>
                setDraft({ ...draft, milestones: { ...draft.milestones, [milestone.id]: event.target.value as MilestoneStatus } })
              }
            >
              {MILESTONE_STATUSES.map((status) => (
                <MenuItem key={status} value={status}>
                  {t(`milestoneStatus.${status}`)}
                </MenuItem>
              ))}
            </TextField>
          ))}
          {milestonesError && <Alert severity="error">{milestonesError}</Alert>}
        </Stack>
      )}
      <ApiErrorAlert problem={problem} onReload={onReload} shownFields={[...Object.values(API_FIELD), "milestones"]} />
      <div>
        <Button type="submit" variant="contained" disabled={loading}>
          {t("progress.submit")}
        </Button>
      </div>
    </Stack>
  );
}
