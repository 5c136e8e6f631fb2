import { useMutation } from "@apollo/client/react";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import Stack from "@mui/material/Stack";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql } from "../../../gql";
import type { MilestoneStatus } from "../../../gql/graphql";
import { type ApiProblem, fieldError, toApiProblem } from "../../errors/api-problem";
import { ApiErrorAlert } from "../../errors/components/ApiErrorAlert";
import { MILESTONE_FIELDS, type MilestoneFields, milestoneInput, validateMilestone } from "../milestone-form";
import { MilestoneFieldset } from "./MilestoneFieldset";

export const updateMilestoneMutation = graphql(`
  mutation UpdateMilestone($input: UpdateMilestoneInput!) {
    updateMilestone(input: $input) {
      id
      version
      title
      expectedOutput
      dueDate
      status
    }
  }
`);

export interface EditedMilestone {
  id: string;
  version: number;
  position: number;
  title: string;
  expectedOutput?: string | null;
  dueDate?: string | null;
  status: MilestoneStatus;
}

interface MilestoneDialogProps {
  milestone: EditedMilestone;
  onClose: () => void;
  /** Loads the commitment again, after a conflict. */
  onReload: () => void;
}

/** Edits one milestone in a modal dialog; focus stays inside while open and returns to the opener when it closes. */
export function MilestoneDialog({ milestone, onClose, onReload }: MilestoneDialogProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<MilestoneFields>({
    title: milestone.title,
    expectedOutput: milestone.expectedOutput ?? "",
    dueDate: milestone.dueDate ?? "",
    status: milestone.status,
  });
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [update, { loading }] = useMutation(updateMilestoneMutation, { refetchQueries: ["OfficerCommitment"], awaitRefetchQueries: true });
  const local = validateMilestone(fields);
  const errors = Object.fromEntries(
    MILESTONE_FIELDS.map((field) => [
      field,
      (submitted && local[field] ? t(`validation.${local[field]}`) : undefined) ?? fieldError(problem, field),
    ]),
  );
  const titleId = `milestone-dialog-${milestone.id}`;
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t("milestones.editTitle", { position: milestone.position })}</DialogTitle>
      <Stack
        component="form"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setSubmitted(true);
          setProblem(null);
          if (Object.keys(local).length > 0) return;
          try {
            await update({ variables: { input: { id: milestone.id, version: milestone.version, ...milestoneInput(fields) } } });
            onClose();
          } catch (caught) {
            setProblem(toApiProblem(caught));
          }
        }}
      >
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <MilestoneFieldset idPrefix={`edit-${milestone.id}`} value={fields} onChange={setFields} errors={errors} autoFocus />
            <ApiErrorAlert
              problem={problem}
              onReload={() => {
                onReload();
                onClose();
              }}
              shownFields={MILESTONE_FIELDS}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t("milestones.cancel")}</Button>
          <Button type="submit" variant="contained" disabled={loading}>
            {t("milestones.save")}
          </Button>
        </DialogActions>
      </Stack>
    </Dialog>
  );
}
