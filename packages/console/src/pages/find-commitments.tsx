import { useMutation, useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardActions from "@mui/material/CardActions";
import CardContent from "@mui/material/CardContent";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useSearchParams } from "react-router";
import { usePageTitle } from "../app/usePageTitle";
import { Loaded } from "../components/Loaded";
import { RoleGate, type Viewer } from "../components/RoleGate";
import { StatusChip } from "../features/commitments/components/StatusChip";
import { type ApiProblem, fieldError, toApiProblem } from "../features/errors/api-problem";
import { ApiErrorAlert } from "../features/errors/components/ApiErrorAlert";
import { graphql } from "../gql";
import type { CoCreationRole } from "../gql/graphql";

export const findCommitmentsQuery = graphql(`
  query FindCommitments($text: String) {
    commitments(first: 25, filter: { text: $text }) {
      totalCount
      edges {
        node {
          id
          title
          summary
          status
          member {
            id
            name
          }
        }
      }
    }
  }
`);

export const requestCoCreationMutation = graphql(`
  mutation RequestCoCreation($input: RequestCoCreationInput!) {
    requestCoCreation(input: $input) {
      id
      version
      status
      role
    }
  }
`);

const PARTNER = ["PARTNER_EDITOR"] as const;
const ROLES: readonly CoCreationRole[] = ["DESIGN", "IMPLEMENTATION", "EVALUATION"];

export function FindCommitmentsPage() {
  const { t } = useTranslation();
  usePageTitle(t("find.title"));
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h4" component="h1" gutterBottom>
          {t("find.title")}
        </Typography>
        <Typography color="text.secondary">{t("find.intro")}</Typography>
      </div>
      <RoleGate roles={PARTNER}>{(viewer) => <Finder viewer={viewer} />}</RoleGate>
    </Stack>
  );
}

interface Target {
  id: string;
  title: string;
}

function Finder({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const text = params.get("text") ?? "";
  const [draft, setDraft] = useState(text);
  const [target, setTarget] = useState<Target | null>(null);
  const [requested, setRequested] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(findCommitmentsQuery, { variables: { text: text || null } });

  return (
    <Stack spacing={2}>
      <Stack
        component="form"
        role="search"
        direction="row"
        spacing={2}
        onSubmit={(event) => {
          event.preventDefault();
          setParams(draft.trim() ? { text: draft.trim() } : {}, { replace: true });
        }}
      >
        <TextField label={t("find.search")} value={draft} onChange={(event) => setDraft(event.target.value)} sx={{ flexGrow: 1 }} />
        <Button type="submit" variant="outlined">
          {t("find.go")}
        </Button>
      </Stack>
      {requested && (
        <Alert
          severity="success"
          role="status"
          action={
            <Button color="inherit" size="small" component={RouterLink} to="/my-links">
              {t("nav.myLinks")}
            </Button>
          }
        >
          {t("find.requested", { title: requested })}
        </Alert>
      )}
      <Loaded result={{ loading, error, data }} failed={t("find.loadFailed")} onRetry={() => refetch().catch(() => undefined)}>
        {(data) => (
          <>
            <Typography role="status">{t("commitments.count", { count: data.commitments.totalCount })}</Typography>
            <Stack spacing={2} component="ul" sx={{ listStyle: "none", p: 0, m: 0 }} aria-label={t("find.results")}>
              {data.commitments.edges.map(({ node }) => (
                <Card component="li" variant="outlined" key={node.id}>
                  <CardContent>
                    <Typography variant="h6" component="h2">
                      {node.title}
                    </Typography>
                    <Typography variant="body2" color="text.secondary" gutterBottom>
                      {node.member.name}
                    </Typography>
                    <StatusChip status={node.status} />
                    <Typography sx={{ mt: 1 }}>{node.summary}</Typography>
                  </CardContent>
                  <CardActions>
                    <Button
                      onClick={() => setTarget({ id: node.id, title: node.title })}
                      aria-label={t("find.requestFor", { title: node.title })}
                    >
                      {t("find.request")}
                    </Button>
                  </CardActions>
                </Card>
              ))}
            </Stack>
          </>
        )}
      </Loaded>
      {target && (
        <RequestDialog
          viewer={viewer}
          target={target}
          onClose={() => setTarget(null)}
          onDone={(title) => {
            setTarget(null);
            setRequested(title);
          }}
        />
      )}
    </Stack>
  );
}

function RequestDialog({
  viewer,
  target,
  onClose,
  onDone,
}: {
  viewer: Viewer;
  target: Target;
  onClose: () => void;
  onDone: (title: string) => void;
}) {
  const { t } = useTranslation();
  const [role, setRole] = useState<CoCreationRole>("DESIGN");
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [request, { loading }] = useMutation(requestCoCreationMutation, { refetchQueries: ["MyLinks"] });
  return (
    <Dialog open onClose={onClose} aria-labelledby="request-title" fullWidth maxWidth="sm">
      <DialogTitle id="request-title">{t("find.dialogTitle", { title: target.title })}</DialogTitle>
      <Stack
        component="form"
        onSubmit={async (event) => {
          event.preventDefault();
          setProblem(null);
          try {
            await request({
              variables: {
                input: {
                  commitmentId: target.id,
                  role,
                  ...(viewer.partnerId ? { partnerId: viewer.partnerId } : {}),
                  ...(note.trim() ? { note: note.trim() } : {}),
                },
              },
            });
            onDone(target.title);
          } catch (caught) {
            setProblem(toApiProblem(caught));
          }
        }}
      >
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField select label={t("find.role")} value={role} onChange={(event) => setRole(event.target.value as CoCreationRole)}>
              {ROLES.map((r) => (
                <MenuItem key={r} value={r}>
                  {t(`coCreationRole.${r}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={t("find.note")}
              value={note}
              multiline
              minRows={2}
              onChange={(event) => setNote(event.target.value)}
              error={Boolean(fieldError(problem, "note"))}
              helperText={fieldError(problem, "note")}
            />
            <ApiErrorAlert problem={problem} shownFields={["note"]} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t("find.cancel")}</Button>
          <Button type="submit" variant="contained" disabled={loading}>
            {t("find.send")}
          </Button>
        </DialogActions>
      </Stack>
    </Dialog>
  );
}
