import { useMutation, useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import Link from "@mui/material/Link";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { type FormEvent, type ReactNode, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useParams } from "react-router";
import { RouteFallback } from "../app/RouteFallback";
import { usePageTitle } from "../app/usePageTitle";
import { DoneStatus } from "../components/DoneStatus";
import { LoadError } from "../components/LoadError";
import { RoleGate, type Viewer } from "../components/RoleGate";
import { CoCreatorsSection } from "../features/cocreation/components/CoCreatorsSection";
import { changeCommitmentStatusMutation } from "../features/commitments/change-status";
import { CommitmentDetailsDialog } from "../features/commitments/components/CommitmentDetailsDialog";
import { StatusChip } from "../features/commitments/components/StatusChip";
import { WithdrawCommitment } from "../features/commitments/components/WithdrawCommitment";
import { type ApiProblem, fieldError, toApiProblem } from "../features/errors/api-problem";
import { ApiErrorAlert } from "../features/errors/components/ApiErrorAlert";
import { type EditedMilestone, MilestoneDialog, updateMilestoneMutation } from "../features/milestones/components/MilestoneDialog";
import { MilestoneFieldset } from "../features/milestones/components/MilestoneFieldset";
import {
  emptyMilestone,
  MILESTONE_FIELDS,
  type MilestoneFields,
  milestoneInput,
  validateMilestone,
} from "../features/milestones/milestone-form";
import { ProgressReportForm } from "../features/review/components/ProgressReportForm";
import { formatDay, reviewWindow, utcToday } from "../features/review/review-window";
import { graphql } from "../gql";
import type { CommitmentStatus, MilestoneStatus, OfficerCommitmentQuery } from "../gql/graphql";

export const officerCommitmentQuery = graphql(`
  query OfficerCommitment($id: ID!) {
    commitment(id: $id) {
      id
      version
      title
      summary
      problem
      reform
      expectedResults
      values
      language
      status
      pathway
      startDate
      endDate
      proposedAreaCode
      assignedAreaCode
      leadInstitution {
        id
      }
      coCreators {
        ...CoCreatorLink
      }
      milestones {
        id
        version
        position
        title
        expectedOutput
        dueDate
        status
      }
      progressReports {
        id
        reportedAt
        completion
        narrative
        evidenceLinks
        reviewCycle {
          id
          kind
        }
      }
    }
    reviewCycles {
      id
      kind
      opensOn
      closesOn
      isOpen
      scopePathways
      scopeAreas
    }
  }
`);

export const addMilestoneMutation = graphql(`
  mutation AddMilestone($input: AddMilestoneInput!, $idempotencyKey: String) {
    addMilestone(input: $input, idempotencyKey: $idempotencyKey) {
      id
      version
      position
      title
    }
  }
`);

type Commitment = NonNullable<OfficerCommitmentQuery["commitment"]>;
const OFFICER = ["INSTITUTION_OFFICER"] as const;
const REFETCH = { refetchQueries: ["OfficerCommitment"], awaitRefetchQueries: true };
/** Statuses in which the commitment is implemented, so there is progress to report (as the API rules). */
const REPORTABLE: readonly CommitmentStatus[] = ["ELIGIBLE", "IN_PROGRESS", "COMPLETED"];
const FINAL: readonly CommitmentStatus[] = ["NOT_ELIGIBLE", "COMPLETED", "WITHDRAWN"];
/** What the owning institution may move its commitment to, from where it is. */
const OWNER_NEXT: Partial<Record<CommitmentStatus, "SUBMITTED" | "IN_PROGRESS" | "COMPLETED">> = {
  DRAFT: "SUBMITTED",
  ELIGIBLE: "IN_PROGRESS",
  IN_PROGRESS: "COMPLETED",
};
/** While its institution may still correct what the commitment says (as the API rules). */
const OWNER_EDITABLE: readonly CommitmentStatus[] = ["DRAFT", "SUBMITTED"];

/** An institution officer's own commitment: its milestones, and its progress reports during a review window. */
export function MyCommitmentPage() {
  const { t } = useTranslation();
  usePageTitle(t("commitmentPage.title"));
  return <RoleGate roles={OFFICER}>{(viewer) => <OfficerCommitment viewer={viewer} />}</RoleGate>;
}

function OfficerCommitment({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(officerCommitmentQuery, { variables: { id }, fetchPolicy: "cache-and-network" });
  // What the last status change did: said where the focus lands, as the button pressed is gone afterwards.
  const [done, setDone] = useState<string | null>(null);
  const reload = () => refetch().catch(() => undefined);
  if (loading && !data) return <RouteFallback />;
  if (error || !data) return <LoadError title={t("commitmentPage.loadFailed")} error={error ?? new Error("no data")} onRetry={reload} />;
  const commitment = data.commitment;
  if (!commitment) return <Alert severity="warning">{t("commitmentPage.notFound")}</Alert>;
  const mine = Boolean(commitment.leadInstitution && viewer.institutionIds.includes(commitment.leadInstitution.id));
  const editable = mine && !FINAL.includes(commitment.status);

  return (
    <Stack spacing={3}>
      <div>
        <Link component={RouterLink} to="/my-commitments" variant="body2">
          {t("commitmentPage.back")}
        </Link>
        <Typography variant="h4" component="h1" sx={{ mt: 1, overflowWrap: "anywhere" }}>
          {commitment.title}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: "wrap", gap: 1 }} useFlexGap>
          <StatusChip status={commitment.status} />
          <Chip size="small" label={t(`pathway.${commitment.pathway}`)} />
        </Stack>
        <Typography sx={{ mt: 2 }}>{commitment.summary}</Typography>
      </div>
      {!mine && (
        <Alert severity="info" role="note">
          {t("commitmentPage.notYours")}
        </Alert>
      )}
      <DoneStatus message={done} />
      {mine && <ImplementationAction commitment={commitment} onReload={reload} onDone={setDone} />}
      {mine && <OwnerCorrections commitment={commitment} onReload={reload} onDone={setDone} />}
      <Milestones commitment={commitment} editable={editable} onReload={reload} />
      <CoCreatorsSection coCreators={commitment.coCreators} canEnd={mine} onReload={reload} />
      <Progress commitment={commitment} cycles={data.reviewCycles} viewer={viewer} mine={mine} onReload={reload} />
    </Stack>
  );
}

/** Correcting the details while the commitment is a draft or submitted, and withdrawing it while it is open. */
function OwnerCorrections({
  commitment,
  onReload,
  onDone,
}: {
  commitment: Commitment;
  onReload: () => unknown;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  if (FINAL.includes(commitment.status)) return null;
  return (
    <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ alignItems: { sm: "center" } }}>
      {OWNER_EDITABLE.includes(commitment.status) && (
        <div>
          <Button variant="outlined" onClick={() => setEditing(true)}>
            {t("commitmentDetails.edit")}
          </Button>
        </div>
      )}
      <WithdrawCommitment
        commitment={commitment}
        onReload={onReload}
        onWithdrawn={() => onDone(t("withdraw.done", { title: commitment.title }))}
      />
      {editing && (
        <CommitmentDetailsDialog
          // A reload after a conflict brings a new version: the form starts again from what is now recorded.
          key={commitment.version}
          commitment={commitment}
          onClose={() => setEditing(false)}
          onReload={onReload}
        />
      )}
    </Stack>
  );
}

function ImplementationAction({
  commitment,
  onReload,
  onDone,
}: {
  commitment: Commitment;
  onReload: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [change, { loading }] = useMutation(changeCommitmentStatusMutation, REFETCH);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [confirming, setConfirming] = useState(false);
  const next = OWNER_NEXT[commitment.status];
  if (!next) return null;
  const move = async () => {
    setProblem(null);
    setConfirming(false);
    try {
      await change({ variables: { input: { id: commitment.id, version: commitment.version, to: next } } });
      onDone(t(`commitmentPage.done.${next}`));
    } catch (caught) {
      setProblem(toApiProblem(caught));
    }
  };
  return (
    <Stack spacing={1} sx={{ alignItems: "flex-start" }}>
      <Typography color="text.secondary">{t(`commitmentPage.nextHelp.${next}`)}</Typography>
      {/* Submitting publishes for good and completing is final: ask once more. Starting implementation goes at once. */}
      <Button variant="outlined" disabled={loading} onClick={next === "IN_PROGRESS" ? move : () => setConfirming(true)}>
        {t(`commitmentPage.to.${next}`)}
      </Button>
      <ApiErrorAlert problem={problem} onReload={onReload} />
      {next !== "IN_PROGRESS" && (
        <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby="confirm-title" aria-describedby="confirm-text">
          <DialogTitle id="confirm-title">{t(`commitmentPage.confirm.${next}`)}</DialogTitle>
          <DialogContent>
            <DialogContentText id="confirm-text">{t(`commitmentPage.nextHelp.${next}`)}</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setConfirming(false)}>{t("milestones.cancel")}</Button>
            <Button variant="contained" onClick={move}>
              {t(`commitmentPage.to.${next}`)}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Stack>
  );
}

/** The commitment's milestones, listed in order; while it may still change, the officer adds and edits them. */
function Milestones({ commitment, editable, onReload }: { commitment: Commitment; editable: boolean; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<EditedMilestone | null>(null);
  return (
    <Paper variant="outlined" component="section" aria-labelledby="milestones-heading" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h5" component="h2" id="milestones-heading" gutterBottom>
        {t("milestones.title")}
      </Typography>
      {commitment.milestones.length === 0 ? (
        <Typography color="text.secondary">{t("milestones.empty")}</Typography>
      ) : (
        <Stack component="ol" spacing={1.5} sx={{ listStyle: "none", p: 0, m: 0 }} aria-labelledby="milestones-heading">
          {commitment.milestones.map((milestone) => (
            <Paper component="li" variant="outlined" key={milestone.id} sx={{ p: 2 }}>
              <Typography component="h3" variant="subtitle1" sx={{ overflowWrap: "anywhere" }}>
                {t("milestones.numbered", { position: milestone.position, title: milestone.title })}
              </Typography>
              {milestone.expectedOutput && (
                <Typography variant="body2" color="text.secondary">
                  {milestone.expectedOutput}
                </Typography>
              )}
              <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: "wrap", alignItems: "center", gap: 1 }}>
                <Chip size="small" variant="outlined" label={t(`milestoneStatus.${milestone.status}`)} />
                <Typography variant="body2">
                  {milestone.dueDate ? t("milestones.due", { day: formatDay(milestone.dueDate, i18n.language) }) : t("milestones.noDue")}
                </Typography>
              </Stack>
              {editable && <MilestoneActions milestone={milestone} onEdit={() => setEditing(milestone)} onReload={onReload} />}
            </Paper>
          ))}
        </Stack>
      )}
      {editable ? (
        <AddMilestone commitmentId={commitment.id} onReload={onReload} />
      ) : (
        <Typography color="text.secondary" sx={{ mt: 2 }}>
          {t("milestones.readOnly")}
        </Typography>
      )}
      {editing && <MilestoneDialog milestone={editing} onClose={() => setEditing(null)} onReload={onReload} />}
    </Paper>
  );
}

function MilestoneActions({ milestone, onEdit, onReload }: { milestone: EditedMilestone; onEdit: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const [update, { loading }] = useMutation(updateMilestoneMutation, REFETCH);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const mark = async (status: MilestoneStatus) => {
    setProblem(null);
    try {
      await update({ variables: { input: { id: milestone.id, version: milestone.version, status } } });
    } catch (caught) {
      setProblem(toApiProblem(caught));
    }
  };
  const name = t("milestones.numbered", { position: milestone.position, title: milestone.title });
  return (
    <>
      <Stack direction="row" useFlexGap sx={{ mt: 1, flexWrap: "wrap", gap: 1 }}>
        <Button size="small" variant="outlined" onClick={onEdit} aria-label={t("milestones.editNamed", { name })}>
          {t("milestones.edit")}
        </Button>
        {(milestone.status === "PLANNED" || milestone.status === "DELAYED") && (
          <Button size="small" disabled={loading} onClick={() => mark("IN_PROGRESS")} aria-label={t("milestones.startNamed", { name })}>
            {t("milestones.start")}
          </Button>
        )}
        {milestone.status !== "DONE" && milestone.status !== "CANCELLED" && (
          <Button size="small" disabled={loading} onClick={() => mark("DONE")} aria-label={t("milestones.doneNamed", { name })}>
            {t("milestones.markDone")}
          </Button>
        )}
      </Stack>
      <ApiErrorAlert problem={problem} onReload={onReload} />
    </>
  );
}

function AddMilestone({ commitmentId, onReload }: { commitmentId: string; onReload: () => void }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<MilestoneFields>(emptyMilestone);
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [add, { loading }] = useMutation(addMilestoneMutation, REFETCH);
  // One key per milestone: a retry after a lost answer does not add it twice.
  const idempotencyKey = useRef(crypto.randomUUID());
  const local = validateMilestone(fields);
  const errors = Object.fromEntries(
    MILESTONE_FIELDS.map((field) => [
      field,
      (submitted && local[field] ? t(`validation.${local[field]}`) : undefined) ?? fieldError(problem, field),
    ]),
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setProblem(null);
    setAdded(null);
    if (Object.keys(local).length > 0) {
      document.getElementById("add-milestone-title")?.focus();
      return;
    }
    try {
      const result = await add({
        variables: { idempotencyKey: idempotencyKey.current, input: { commitmentId, ...milestoneInput(fields) } },
      });
      idempotencyKey.current = crypto.randomUUID();
      setAdded(result.data?.addMilestone.title ?? fields.title.trim());
      setFields(emptyMilestone());
      setSubmitted(false);
    } catch (caught) {
      setProblem(toApiProblem(caught));
    }
  };

  return (
    <Stack component="form" noValidate spacing={2} onSubmit={onSubmit} aria-labelledby="add-milestone-heading" sx={{ mt: 3 }}>
      <Typography variant="h6" component="h3" id="add-milestone-heading">
        {t("milestones.add")}
      </Typography>
      {added && (
        <Alert severity="success" role="status">
          {t("milestones.added", { title: added })}
        </Alert>
      )}
      <MilestoneFieldset idPrefix="add-milestone" value={fields} onChange={setFields} errors={errors} />
      <ApiErrorAlert problem={problem} onReload={onReload} shownFields={MILESTONE_FIELDS} />
      <div>
        <Button type="submit" variant="contained" disabled={loading}>
          {t("milestones.addButton")}
        </Button>
      </div>
    </Stack>
  );
}

interface ProgressProps {
  commitment: Commitment;
  cycles: OfficerCommitmentQuery["reviewCycles"];
  viewer: Viewer;
  mine: boolean;
  onReload: () => void;
}

function Progress({ commitment, cycles, viewer, mine, onReload }: ProgressProps) {
  const { t, i18n } = useTranslation();
  const day = (value: string) => formatDay(value, i18n.language);
  const state = reviewWindow(cycles, commitment, utcToday());
  let body: ReactNode;
  if (commitment.pathway !== "STANDALONE") {
    body = <Typography color="text.secondary">{t("progress.actionPlan")}</Typography>;
  } else if (state.kind === "open") {
    const kind = t(`reviewKind.${state.cycle.kind}`);
    body = (
      <Stack spacing={2}>
        <Alert severity="info" role="note">
          {t("progress.openUntil", { kind, day: day(state.cycle.closesOn) })}
        </Alert>
        {!REPORTABLE.includes(commitment.status) ? (
          <Typography color="text.secondary">{t("progress.notYet")}</Typography>
        ) : mine ? (
          <ProgressReportForm
            key={state.cycle.id}
            accountId={viewer.id}
            commitmentId={commitment.id}
            cycleId={state.cycle.id}
            milestones={commitment.milestones}
            onReload={onReload}
          />
        ) : null}
      </Stack>
    );
  } else if (state.kind === "next") {
    body = (
      <Typography>
        {t("progress.nextOpens", {
          kind: t(`reviewKind.${state.cycle.kind}`),
          day: day(state.cycle.opensOn),
          until: day(state.cycle.closesOn),
        })}
      </Typography>
    );
  } else {
    body = <Typography>{t("progress.noWindow")}</Typography>;
  }

  return (
    <Paper variant="outlined" component="section" aria-labelledby="progress-heading" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h5" component="h2" id="progress-heading" gutterBottom>
        {t("progress.title")}
      </Typography>
      {body}
      {commitment.progressReports.length > 0 && (
        <>
          <Typography variant="h6" component="h3" id="reports-heading" sx={{ mt: 3 }}>
            {t("progress.reports")}
          </Typography>
          <List aria-labelledby="reports-heading">
            {commitment.progressReports.map((report) => (
              <ListItem key={report.id} divider alignItems="flex-start">
                <ListItemText
                  primary={t("progress.reportLine", {
                    kind: t(`reviewKind.${report.reviewCycle.kind}`),
                    completion: t(`completion.${report.completion}`),
                    at: new Date(report.reportedAt).toLocaleString(i18n.language),
                  })}
                  secondary={report.narrative}
                  slotProps={{ secondary: { sx: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" } } }}
                />
              </ListItem>
            ))}
          </List>
        </>
      )}
    </Paper>
  );
}
