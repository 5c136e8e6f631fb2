import { useMutation } from "@apollo/client/react";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type ApiProblem, fieldError, toApiProblem } from "../../errors/api-problem";
import { ApiErrorAlert } from "../../errors/components/ApiErrorAlert";
import { changeCommitmentStatusMutation } from "../change-status";

interface WithdrawCommitmentProps {
  commitment: { id: string; version: number; title: string };
  onReload: () => unknown;
  /** Called once withdrawn: the page says so where the focus goes (this button is gone then). */
  onWithdrawn: () => void;
}

/**
 * Withdraws a commitment, after asking: final, and a submitted one stays published with its history (DOMAIN, the
 * lifecycle). The reason, if given, is kept in the public history.
 */
export function WithdrawCommitment({ commitment, onReload, onWithdrawn }: WithdrawCommitmentProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [withdraw, { loading }] = useMutation(changeCommitmentStatusMutation);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await withdraw({
        variables: { input: { id: commitment.id, version: commitment.version, to: "WITHDRAWN", note: note.trim() || null } },
      });
      setOpen(false);
      await onReload();
      onWithdrawn();
    } catch (caught) {
      setProblem(toApiProblem(caught));
    }
  };
  return (
    <>
      <div>
        <Button variant="outlined" color="error" onClick={() => setOpen(true)}>
          {t("withdraw.button")}
        </Button>
      </div>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="withdraw-title" aria-describedby="withdraw-text">
        <form noValidate onSubmit={onSubmit}>
          <DialogTitle id="withdraw-title">{t("withdraw.title", { title: commitment.title })}</DialogTitle>
          <DialogContent>
            <Stack spacing={2}>
              <DialogContentText id="withdraw-text">{t("withdraw.text")}</DialogContentText>
              <TextField
                label={t("withdraw.note")}
                value={note}
                onChange={(event) => setNote(event.target.value)}
                multiline
                minRows={2}
                error={Boolean(fieldError(problem, "note"))}
                helperText={fieldError(problem, "note")}
              />
              <ApiErrorAlert problem={problem} onReload={onReload} shownFields={["note"]} />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{t("withdraw.cancel")}</Button>
            <Button type="submit" variant="contained" color="error" disabled={loading}>
              {t("withdraw.confirm")}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
