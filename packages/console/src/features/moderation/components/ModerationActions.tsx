import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type ApiProblem, fieldError, toApiProblem } from "../../errors/api-problem";
import { ApiErrorAlert } from "../../errors/components/ApiErrorAlert";

interface ModerationActionsProps {
  /** The approving action (publish, accept); left out when it does not apply. */
  approve?: { label: string; run: () => Promise<unknown> };
  /** The refusing action (reject, take down), which needs a reason the author is shown; left out when it does not apply. */
  reject?: { label: string; reasonLabel: string; run: (reason: string) => Promise<unknown> };
  /** Loads the record again after someone else changed it first. */
  onReload: () => void;
  /** The heading level of the section, below the page's or the card's own heading. */
  level?: "h2" | "h3";
}

/** A moderation decision: approve at once, or refuse with a reason; the API's refusal is said next to the reason. */
export function ModerationActions({ approve, reject, onReload, level = "h2" }: ModerationActionsProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const headingId = useId();
  const attempt = async (action: () => Promise<unknown>) => {
    setProblem(null);
    setBusy(true);
    try {
      await action();
      setReason("");
    } catch (error) {
      setProblem(toApiProblem(error));
    } finally {
      setBusy(false);
    }
  };
  if (!approve && !reject) return null;
  const reasonError = fieldError(problem, "reason");
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography variant={level === "h2" ? "h6" : "subtitle1"} component={level} id={headingId} gutterBottom>
        {t("moderation.decision")}
      </Typography>
      <Stack spacing={2}>
        <ApiErrorAlert problem={problem} onReload={onReload} shownFields={["reason"]} />
        {approve && (
          <div>
            <Button variant="contained" disabled={busy} onClick={() => attempt(approve.run)}>
              {approve.label}
            </Button>
          </div>
        )}
        {reject && (
          <Stack
            component="form"
            spacing={1}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (reason.trim()) void attempt(() => reject.run(reason.trim()));
            }}
          >
            <TextField
              label={reject.reasonLabel}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              required
              multiline
              minRows={2}
              error={Boolean(reasonError)}
              helperText={reasonError ?? t("moderation.reasonHelp")}
            />
            <div>
              <Button type="submit" variant="outlined" color="error" disabled={busy || !reason.trim()}>
                {reject.label}
              </Button>
            </div>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
