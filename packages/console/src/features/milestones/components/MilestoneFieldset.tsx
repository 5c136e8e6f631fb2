import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { useTranslation } from "react-i18next";
import { MILESTONE_STATUSES, type MilestoneFields } from "../milestone-form";

interface MilestoneFieldsetProps {
  /** Prefix of the inputs' ids, unique on the page. */
  idPrefix: string;
  value: MilestoneFields;
  onChange: (value: MilestoneFields) => void;
  /** The message to show under each field, if any. */
  errors: Partial<Record<keyof MilestoneFields, string | undefined>>;
  autoFocus?: boolean;
}

/** Title, expected output, due date and status of a milestone, as one group of fields. */
export function MilestoneFieldset({ idPrefix, value, onChange, errors, autoFocus }: MilestoneFieldsetProps) {
  const { t } = useTranslation();
  const set = <K extends keyof MilestoneFields>(field: K, next: MilestoneFields[K]) => onChange({ ...value, [field]: next });
  return (
    <Stack spacing={2}>
      <TextField
        id={`${idPrefix}-title`}
        label={t("milestones.titleField")}
        name="title"
        required
        autoFocus={autoFocus}
        value={value.title}
        onChange={(event) => set("title", event.target.value)}
        error={Boolean(errors.title)}
        helperText={errors.title}
      />
      <TextField
        id={`${idPrefix}-output`}
        label={t("milestones.expectedOutput")}
        name="expectedOutput"
        multiline
        minRows={2}
        value={value.expectedOutput}
        onChange={(event) => set("expectedOutput", event.target.value)}
        error={Boolean(errors.expectedOutput)}
        helperText={errors.expectedOutput}
      />
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <TextField
          id={`${idPrefix}-due`}
          label={t("milestones.dueDate")}
          name="dueDate"
          type="date"
          value={value.dueDate}
          onChange={(event) => set("dueDate", event.target.value)}
          error={Boolean(errors.dueDate)}
          helperText={errors.dueDate}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          id={`${idPrefix}-status`}
          select
          label={t("milestones.status")}
          name="status"
          value={value.status}
          onChange={(event) => set("status", event.target.value as MilestoneFields["status"])}
          error={Boolean(errors.status)}
          helperText={errors.status}
          sx={{ minWidth: 200 }}
        >
          {MILESTONE_STATUSES.map((status) => (
            <MenuItem key={status} value={status}>
              {t(`milestoneStatus.${status}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
    </Stack>
  );
}
