import { CombinedGraphQLErrors, type ErrorLike } from "@apollo/client";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Button from "@mui/material/Button";
import { useTranslation } from "react-i18next";

interface LoadErrorProps {
  /** What could not be loaded, e.g. "The challenge areas could not be loaded". */
  title: string;
  error: ErrorLike;
  onRetry: () => void;
}

/** A failed load, said in words a person can act on, with a way to try again. */
export function LoadError({ title, error, onRetry }: LoadErrorProps) {
  const { t } = useTranslation();
  // The server answered but refused: its message is masked for safety, so say what to do instead.
  // Anything else (refused connection, proxy 5xx, unparsable body) means the API was out of reach.
  const message = CombinedGraphQLErrors.is(error) ? t("errors.server") : t("errors.unreachable");
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={onRetry} sx={{ whiteSpace: "nowrap" }}>
          {t("errors.retry")}
        </Button>
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {message}
    </Alert>
  );
}
