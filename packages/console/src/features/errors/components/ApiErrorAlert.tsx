import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import { useTranslation } from "react-i18next";
import type { ApiProblem } from "../api-problem";

interface ApiErrorAlertProps {
  problem: ApiProblem | null;
  /** Loads the record again; offered when someone else changed it first. */
  onReload?: () => void;
  /** Fields that show their own error: not repeated here. */
  shownFields?: readonly string[];
}

/** A refused change, said so a person can act: the server's reason, and a reload after a conflict. */
export function ApiErrorAlert({ problem, onReload, shownFields = [] }: ApiErrorAlertProps) {
  const { t } = useTranslation();
  if (!problem) return null;
  if (problem.kind === "input" && problem.field && shownFields.includes(problem.field)) return null;
  let message = problem.message;
  if (problem.kind === "server") message = problem.message || t("errors.server");
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
