import { useMutation } from "@apollo/client/react";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql } from "../../../gql";
import type { CoCreationStatus } from "../../../gql/graphql";
import { type ApiProblem, fieldError, toApiProblem } from "../../errors/api-problem";
import { ApiErrorAlert } from "../../errors/components/ApiErrorAlert";

export const endCoCreationMutation = graphql(`
  mutation EndCoCreation($input: CoCreationDecisionInput!) {
    endCoCreation(input: $input) {
      id
      version
      status
      reason
    }
  }
`);

interface EndCoCreationProps {
  /** A REQUESTED or ACTIVE link at the version last read from the API. */
  link: { id: string; version: number; status: CoCreationStatus };
  /** The button's text, naming the link so that several on one page stay apart. */
  label: string;
  /** Called once the API ended the link. */
  onEnded: () => void;
  /** Loads the link again after someone else changed it first. */
  onReload: () => void;
}

/**
 * Ends a co-creation link, from either side (DOMAIN rule 5): the partner, the owning institution or the support unit.
 * Ending is final, so a dialog asks first, with an optional reason kept with the link. A partner's REQUESTED link is
 * withdrawn the same way.
 */
export function EndCoCreation({ link, label, onEnded, onReload }: EndCoCreationProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [end, { loading }] = useMutation(endCoCreationMutation);
  const titleId = useId();
  const textId = useId();
  const withdraw = link.status === "REQUESTED";
  const reasonError = fieldError(problem, "reason");
  const close = () => {
    setOpen(false);
    setProblem(null);
  };

  const confirm = async () => {
    setProblem(null);
    try {
      await end({ variables: { input: { id: link.id, version: link.version, ...(reason.trim() ? { reason: reason.trim() } : {}) } } });
      setOpen(false);
      setReason("");
      onEnded();
    } catch (caught) {
      setProblem(toApiProblem(caught));
    }
  };

  return (
    <>
      <Button size="small" variant="outlined" color="error" onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={titleId} aria-describedby={textId} fullWidth maxWidth="sm">
        <DialogTitle id={titleId}>{t(withdraw ? "coCreationSupport.withdrawTitle" : "coCreationSupport.endTitle")}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText id={textId}>
              {t(withdraw ? "coCreationSupport.withdrawHelp" : "coCreationSupport.endHelp")}
            </DialogContentText>
            <TextField
              label={t("coCreationSupport.endReason")}
              value={reason}
              multiline
              minRows={2}
              onChange={(event) => setReason(event.target.value)}
              error={Boolean(reasonError)}
              helperText={reasonError ?? t("coCreationSupport.endReasonHelp")}
            />
            <ApiErrorAlert
              problem={problem}
              onReload={() => {
                close();
                onReload();
              }}
              shownFields={["reason"]}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{t("coCreationSupport.cancel")}</Button>
          <Button variant="contained" color="error" disabled={loading} onClick={confirm}>
            {t(withdraw ? "coCreationSupport.confirmWithdraw" : "coCreationSupport.confirmEnd")}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
