import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import { useTranslation } from "react-i18next";
import { type ApiProblem, isAbout } from "../api-problem";

interface ApiErrorAlertProps {
  problem: ApiProblem | null;
  /** Loads the record again; offered when someone else changed it first. */
  onReload?: () => void;
  /**
   * Fields on screen that show their own error (and their parts'): not repeated here. List only fields the form shows
   * now, or an error about one that is not on screen is shown nowhere.
   */
  shownFields?: readonly string[];
}

/** A refused change, said so a person can act: the server's reason, and a reload after a conflict. */
export function ApiErrorAlert({ problem, onReload, shownFields = [] }: ApiErrorAlertProps) {
  const { t } = useTranslation();
  if (!problem) return null;
  const { field } = problem;
  if (problem.kind === "input" && field && shownFields.some((shown) => isAbout(field, shown))) return null;
  let message = problem.message;
  if (problem.kind === "server") message = t("errors.server");
  if (problem.kind === "unavailable") message = t("errors.unavailable");
  if (problem.kind === "unreachable") message = t("errors.unreachable");
  if (problem.kind === "conflict") message = `${t("errors.conflict")} ${problem.message}`.trim();
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        problem.kind === "conflict" && onReload ? (
          <Button color="inherit" size="small" onClick={onReload}>
            {t("errors.reload")}
          </Button>
        ) : undefined
      }
    >
      {message}
    </Alert>
  );
}
