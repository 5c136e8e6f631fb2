import Visibility from "@mui/icons-material/Visibility";
import VisibilityOff from "@mui/icons-material/VisibilityOff";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import InputAdornment from "@mui/material/InputAdornment";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useNavigate, useSearchParams } from "react-router";
import { homeFor } from "../app/navigation";
import { usePageTitle } from "../app/usePageTitle";
import { type ApiProblem, fieldError } from "../features/errors/api-problem";
import { ApiErrorAlert } from "../features/errors/components/ApiErrorAlert";
import { useSession } from "../features/session/hooks/useSession";

/** The fields `acceptInvitation` names in its errors, each shown under its own field. */
const FIELDS = ["displayName", "password"] as const;

/**
 * Where the invitation e-mail leads (`/accept-invitation?token=…`): the invitee picks a name and a password, the account
 * is created and signed in, and they land on their role's first section.
 */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t("invitation.title"));
  const [params] = useSearchParams();
  const token = params.get("token")?.trim() ?? "";
  const { acceptInvitation } = useSession();
  const navigate = useNavigate();
  const [displayName, setDisplayName] = useState("");
  const [password, setPassword] = useState("");
  const [showPassword, setShowPassword] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  // The API refuses the token itself (unknown, used, withdrawn, replaced, expired): no name or password can fix that.
  const unusable = !token || (problem?.kind === "input" && problem.field === "token");
  // The account exists already (accepted meanwhile, or invited twice): signing in is the way.
  const exists = problem?.kind === "conflict";

  // Take the person to the field the API refused, where its error is written (and announced with the field).
  useEffect(() => {
    if (problem?.kind !== "input") return;
    if (problem.field === "displayName") nameInput.current?.focus();
    if (problem.field === "password") passwordInput.current?.focus();
  }, [problem]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitting(true);
    setProblem(null);
    const result = await acceptInvitation(token, displayName.trim(), password);
    setSubmitting(false);
    if (result.kind === "signedIn") navigate(homeFor(result.role), { replace: true });
    else setProblem(result.problem);
  };

  return (
    <Paper variant="outlined" sx={{ maxWidth: 480, mx: "auto", mt: { xs: 2, sm: 6 }, p: { xs: 2, sm: 4 } }}>
      <Stack spacing={2}>
        <Typography variant="h4" component="h1">
          {t("invitation.title")}
        </Typography>
        {unusable || exists ? (
          <>
            <Alert severity="error" role="alert">
              <AlertTitle>{t(exists ? "invitation.existsTitle" : "invitation.unusableTitle")}</AlertTitle>
              {t(exists ? "invitation.exists" : "invitation.unusable")}
            </Alert>
            <div>
              <Button variant="contained" component={RouterLink} to="/sign-in">
                {t("invitation.signIn")}
              </Button>
            </div>
          </>
        ) : (
          <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
            <Typography>{t("invitation.intro")}</Typography>
            <ApiErrorAlert problem={problem} shownFields={FIELDS} />
            <TextField
              label={t("invitation.displayName")}
              autoComplete="name"
              required
              value={displayName}
              onChange={(event) => setDisplayName(event.target.value)}
              error={Boolean(fieldError(problem, "displayName"))}
              helperText={fieldError(problem, "displayName") ?? t("invitation.displayNameHelp")}
              inputRef={nameInput}
            />
            <TextField
              label={t("invitation.password")}
              type={showPassword ? "text" : "password"}
              autoComplete="new-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={Boolean(fieldError(problem, "password"))}
              helperText={fieldError(problem, "password") ?? t("invitation.passwordHelp")}
              inputRef={passwordInput}
              slotProps={{
                input: {
                  endAdornment: (
                    <InputAdornment position="end">
                      <IconButton
                        aria-label={t(showPassword ? "invitation.hidePassword" : "invitation.showPassword")}
                        aria-pressed={showPassword}
                        onClick={() => setShowPassword((shown) => !shown)}
                        edge="end"
                      >
                        {showPassword ? <VisibilityOff /> : <Visibility />}
                      </IconButton>
                    </InputAdornment>
                  ),
                },
              }}
            />
            <div>
              <Button type="submit" variant="contained" disabled={submitting || !displayName.trim() || !password}>
                {t("invitation.accept")}
              </Button>
            </div>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
