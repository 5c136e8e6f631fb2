import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { homeFor } from "../app/navigation";
import { usePageTitle } from "../app/usePageTitle";
import { type SignInFailure, useSession } from "../features/session/hooks/useSession";

export function SignInPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("session.signInTitle"));
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitting(true);
    const result = await signIn(email.trim(), password);
    setSubmitting(false);
    if (result.kind === "signedIn") {
      setFailure(null);
      navigate(homeFor(result.role));
    } else setFailure(result);
  };

  const message = (f: SignInFailure) => {
    if (f.kind === "credentials") return t("session.wrongCredentials");
    if (f.kind === "locked")
      return t("session.locked", { time: f.retryAt ? new Date(f.retryAt).toLocaleTimeString(i18n.language) : t("session.later") });
    return f.message || t("errors.server");
  };

  return (
    <Paper variant="outlined" sx={{ maxWidth: 420, mx: "auto", mt: { xs: 2, sm: 6 }, p: { xs: 2, sm: 4 } }}>
      <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate aria-describedby={failure ? "sign-in-error" : undefined}>
        <Typography variant="h4" component="h1">
          {t("session.signInTitle")}
        </Typography>
        {failure && (
          <Alert severity="error" id="sign-in-error" role="alert">
            {message(failure)}
          </Alert>
        )}
        <TextField
          label={t("session.email")}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={failure?.kind === "credentials"}
        />
        <TextField
          label={t("session.password")}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={failure?.kind === "credentials"}
        />
        <Button type="submit" variant="contained" disabled={submitting || !email || !password}>
          {t("session.signIn")}
        </Button>
      </Stack>
    </Paper>
  );
}
