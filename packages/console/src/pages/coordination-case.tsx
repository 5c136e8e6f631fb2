import { useMutation, useQuery } from "@apollo/client/react";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import FormControlLabel from "@mui/material/FormControlLabel";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import MenuItem from "@mui/material/MenuItem";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { toApiLocale } from "../app/languages";
import { RouteFallback } from "../app/RouteFallback";
import { usePageTitle } from "../app/usePageTitle";
import { LoadError } from "../components/LoadError";
import { RoleGate, SUPPORT, type Viewer } from "../components/RoleGate";
import { type ApiProblem, fieldError, toApiProblem } from "../features/errors/api-problem";
import { ApiErrorAlert } from "../features/errors/components/ApiErrorAlert";
import { graphql } from "../gql";
import type { CoordinationCasePageQuery, CoordinationResolution } from "../gql/graphql";

export const coordinationCaseQuery = graphql(`
  query CoordinationCasePage($id: ID!, $locale: Locale!) {
    coordinationCase(id: $id) {
      id
      version
      area
      status
      resolution
      divisionOfWork
      openedAt
      resolvedAt
      ageInDays
      facilitatorId
      facilitator {
        id
        displayName
      }
      member {
        id
        name
      }
      institutions {
        id
        name(locale: $locale)
      }
      leadInstitution {
        id
        name(locale: $locale)
      }
      notes {
        id
        at
        author {
          id
          displayName
        }
        text
      }
      nextSteps {
        id
        description
        dueOn
        doneAt
      }
    }
    challengeAreas {
      code
      name(locale: $locale)
    }
  }
`);

export const assignFacilitatorMutation = graphql(`
  mutation AssignFacilitator($input: AssignFacilitatorInput!) {
    assignFacilitator(input: $input) {
      id
      version
    }
  }
`);
export const designateLeadMutation = graphql(`
  mutation DesignateLead($input: DesignateLeadInput!) {
    designateLead(input: $input) {
      id
      version
    }
  }
`);
export const addCaseNoteMutation = graphql(`
  mutation AddCaseNote($input: AddCaseNoteInput!) {
    addCaseNote(input: $input) {
      id
      version
    }
  }
`);
export const addNextStepMutation = graphql(`
  mutation AddNextStep($input: AddNextStepInput!) {
    addNextStep(input: $input) {
      id
      version
    }
  }
`);
export const completeNextStepMutation = graphql(`
  mutation CompleteNextStep($input: CompleteNextStepInput!) {
    completeNextStep(input: $input) {
      id
      version
    }
  }
`);
export const resolveCaseMutation = graphql(`
  mutation ResolveCoordinationCase($input: ResolveCoordinationCaseInput!) {
    resolveCoordinationCase(input: $input) {
      id
      version
      status
    }
  }
`);

type Case = NonNullable<CoordinationCasePageQuery["coordinationCase"]>;
const REFETCH = { refetchQueries: ["CoordinationCasePage"], awaitRefetchQueries: true };
const RESOLUTIONS: readonly CoordinationResolution[] = ["LEAD_DESIGNATED", "MERGED", "KEPT_SEPARATE"];

export function CoordinationCasePage() {
  const { t } = useTranslation();
  usePageTitle(t("case.title"));
  return <RoleGate roles={SUPPORT}>{(viewer) => <CaseView viewer={viewer} />}</RoleGate>;
}

/** A form that runs one mutation and shows what the server said, next to the form. */
function useCaseAction() {
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setProblem(null);
    try {
      await action();
      return true;
    } catch (error) {
      setProblem(toApiProblem(error));
      return false;
    }
  };
  return { problem, run };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby={id}>
      <Typography variant="h6" component="h2" id={id} gutterBottom>
        {title}
      </Typography>
      <Stack spacing={2}>{children}</Stack>
    </Paper>
  );
}

function CaseView({ viewer }: { viewer: Viewer }) {
  const { t, i18n } = useTranslation();
  const { id = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(coordinationCaseQuery, {
    variables: { id, locale: toApiLocale(i18n.resolvedLanguage) },
  });
  const reload = () => refetch().catch(() => undefined);
  if (loading && !data) return <RouteFallback />;
  if (error || !data) return <LoadError title={t("case.loadFailed")} error={error ?? new Error("no data")} onRetry={reload} />;
  const item = data.coordinationCase;
  if (!item) return <Typography>{t("case.notFound")}</Typography>;
  const area = data.challengeAreas.find((a) => a.code === item.area)?.name ?? item.area;
  const resolved = item.status === "RESOLVED";

  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="overline" component="p">
          {t("case.title")}
        </Typography>
        <Typography variant="h4" component="h1">
          {t("coordination.caseName", { member: item.member.name, area })}
        </Typography>
        <Typography color="text.secondary">
          {t(`caseStatus.${item.status}`)} · {t("case.openedDaysAgo", { count: item.ageInDays })}
        </Typography>
      </div>
      <Section id="case-institutions" title={t("coordination.institutions")}>
        <List dense aria-labelledby="case-institutions">
          {item.institutions.map((institution) => (
            <ListItem key={institution.id}>
              <ListItemText
                primary={institution.name}
                secondary={item.leadInstitution?.id === institution.id ? t("case.lead") : undefined}
              />
            </ListItem>
          ))}
        </List>
        {!resolved && <LeadForm item={item} onReload={reload} />}
      </Section>
      <Section id="case-facilitator" title={t("case.facilitator")}>
        <Facilitator item={item} viewer={viewer} onReload={reload} />
      </Section>
      <Section id="case-notes" title={t("case.notes")}>
        <List dense aria-labelledby="case-notes">
          {(item.notes ?? []).map((note) => (
            <ListItem key={note.id} divider>
              <ListItemText
                primary={note.text}
                secondary={t("case.noteBy", { author: note.author.displayName, date: new Date(note.at).toLocaleString(i18n.language) })}
              />
            </ListItem>
          ))}
        </List>
        {(item.notes ?? []).length === 0 && <Typography color="text.secondary">{t("case.noNotes")}</Typography>}
        {!resolved && <NoteForm item={item} onReload={reload} />}
      </Section>
      <Section id="case-steps" title={t("case.nextSteps")}>
        <NextSteps item={item} onReload={reload} />
      </Section>
      <Section id="case-resolution" title={t("case.resolution")}>
        {resolved ? (
          <Typography>
            {t(`resolution.${item.resolution ?? "KEPT_SEPARATE"}`)}
            {item.leadInstitution ? ` · ${item.leadInstitution.name}` : ""}
            {item.divisionOfWork ? ` · ${item.divisionOfWork}` : ""}
          </Typography>
        ) : (
          <ResolveForm item={item} onReload={reload} />
        )}
      </Section>
    </Stack>
  );
}

function Facilitator({ item, viewer, onReload }: { item: Case; viewer: Viewer; onReload: () => void }) {
  const { t } = useTranslation();
  const [assign, { loading }] = useMutation(assignFacilitatorMutation, REFETCH);
  const { problem, run } = useCaseAction();
  const mine = item.facilitatorId === viewer.id;
  return (
    <>
      <Typography>
        {item.facilitatorId
          ? mine
            ? t("case.facilitatedByYou")
            : t("case.facilitatedBy", { name: item.facilitator?.displayName ?? item.facilitatorId })
          : t("case.noFacilitator")}
      </Typography>
      {!mine && item.status !== "RESOLVED" && (
        <div>
          <Button
            variant="outlined"
            disabled={loading}
            onClick={() => run(() => assign({ variables: { input: { id: item.id, version: item.version, facilitatorId: viewer.id } } }))}
          >
            {t("case.facilitate")}
          </Button>
        </div>
      )}
      <ApiErrorAlert problem={problem} onReload={onReload} />
    </>
  );
}

function LeadForm({ item, onReload }: { item: Case; onReload: () => void }) {
  const { t } = useTranslation();
  const [lead, setLead] = useState(item.leadInstitution?.id ?? "");
  const [designate, { loading }] = useMutation(designateLeadMutation, REFETCH);
  const { problem, run } = useCaseAction();
  return (
    <Stack
      component="form"
      direction={{ xs: "column", sm: "row" }}
      spacing={2}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void run(() => designate({ variables: { input: { id: item.id, version: item.version, institutionId: lead } } }));
      }}
    >
      <TextField
        select
        label={t("case.leadInstitution")}
        value={lead}
        onChange={(event) => setLead(event.target.value)}
        sx={{ minWidth: 260 }}
      >
        {item.institutions.map((institution) => (
          <MenuItem key={institution.id} value={institution.id}>
            {institution.name}
          </MenuItem>
        ))}
      </TextField>
      <Button type="submit" variant="outlined" disabled={loading || !lead}>
        {t("case.designateLead")}
      </Button>
      <ApiErrorAlert problem={problem} onReload={onReload} />
    </Stack>
  );
}

function NoteForm({ item, onReload }: { item: Case; onReload: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [add, { loading }] = useMutation(addCaseNoteMutation, REFETCH);
  const { problem, run } = useCaseAction();
  const error = fieldError(problem, "text");
  return (
    <Stack
      component="form"
      spacing={1}
      onSubmit={async (event: FormEvent) => {
        event.preventDefault();
        if (await run(() => add({ variables: { input: { id: item.id, version: item.version, text: text.trim() } } }))) setText("");
      }}
    >
      <TextField
        label={t("case.newNote")}
        value={text}
        multiline
        minRows={2}
        onChange={(event) => setText(event.target.value)}
        error={Boolean(error)}
        helperText={error}
      />
      <ApiErrorAlert problem={problem} onReload={onReload} shownFields={["text"]} />
      <div>
        <Button type="submit" variant="outlined" disabled={loading || !text.trim()}>
          {t("case.addNote")}
        </Button>
      </div>
    </Stack>
  );
}

function NextSteps({ item, onReload }: { item: Case; onReload: () => void }) {
  const { t } = useTranslation();
  const [description, setDescription] = useState("");
  const [dueOn, setDueOn] = useState("");
  const [add, { loading }] = useMutation(addNextStepMutation, REFETCH);
  const [complete] = useMutation(completeNextStepMutation, REFETCH);
  const { problem, run } = useCaseAction();
  const steps = item.nextSteps ?? [];
  return (
    <>
      {steps.length === 0 && <Typography color="text.secondary">{t("case.noSteps")}</Typography>}
      {steps.map((step) => (
        <FormControlLabel
          key={step.id}
          control={
            <Checkbox
              checked={Boolean(step.doneAt)}
              disabled={Boolean(step.doneAt) || item.status === "RESOLVED"}
              onChange={() => run(() => complete({ variables: { input: { id: item.id, version: item.version, stepId: step.id } } }))}
            />
          }
          label={t("case.step", { description: step.description, due: step.dueOn })}
        />
      ))}
      {item.status !== "RESOLVED" && (
        <Stack
          component="form"
          direction={{ xs: "column", sm: "row" }}
          spacing={2}
          onSubmit={async (event: FormEvent) => {
            event.preventDefault();
            const ok = await run(() =>
              add({ variables: { input: { id: item.id, version: item.version, description: description.trim(), dueOn } } }),
            );
            if (ok) {
              setDescription("");
              setDueOn("");
            }
          }}
        >
          <TextField
            label={t("case.stepDescription")}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            error={Boolean(fieldError(problem, "description"))}
            helperText={fieldError(problem, "description")}
            sx={{ flexGrow: 1 }}
          />
          <TextField
            label={t("case.dueOn")}
            type="date"
            value={dueOn}
            onChange={(event) => setDueOn(event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
            error={Boolean(fieldError(problem, "dueOn"))}
            helperText={fieldError(problem, "dueOn")}
          />
          <Button type="submit" variant="outlined" disabled={loading || !description.trim() || !dueOn}>
            {t("case.addStep")}
          </Button>
        </Stack>
      )}
      <ApiErrorAlert problem={problem} onReload={onReload} shownFields={["description", "dueOn"]} />
    </>
  );
}

function ResolveForm({ item, onReload }: { item: Case; onReload: () => void }) {
  const { t } = useTranslation();
  const [resolution, setResolution] = useState<CoordinationResolution>("LEAD_DESIGNATED");
  const [lead, setLead] = useState(item.leadInstitution?.id ?? "");
  const [division, setDivision] = useState("");
  const [resolve, { loading }] = useMutation(resolveCaseMutation, REFETCH);
  const { problem, run } = useCaseAction();
  return (
    <Stack
      component="form"
      spacing={2}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void run(() =>
          resolve({
            variables: {
              input: {
                id: item.id,
                version: item.version,
                resolution,
                ...(resolution === "LEAD_DESIGNATED" ? { leadInstitutionId: lead } : {}),
                ...(division.trim() ? { divisionOfWork: division.trim() } : {}),
              },
            },
          }),
        );
      }}
    >
      <TextField
        select
        label={t("case.resolutionKind")}
        value={resolution}
        onChange={(event) => setResolution(event.target.value as CoordinationResolution)}
        sx={{ maxWidth: 320 }}
      >
        {RESOLUTIONS.map((r) => (
          <MenuItem key={r} value={r}>
            {t(`resolution.${r}`)}
          </MenuItem>
        ))}
      </TextField>
      {resolution === "LEAD_DESIGNATED" && (
        <TextField
          select
          label={t("case.resolutionLead")}
          value={lead}
          onChange={(event) => setLead(event.target.value)}
          error={Boolean(fieldError(problem, "leadInstitutionId"))}
          helperText={fieldError(problem, "leadInstitutionId")}
          sx={{ maxWidth: 420 }}
        >
          {item.institutions.map((institution) => (
            <MenuItem key={institution.id} value={institution.id}>
              {institution.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      <TextField
        label={t("case.divisionOfWork")}
        value={division}
        multiline
        onChange={(event) => setDivision(event.target.value)}
        error={Boolean(fieldError(problem, "divisionOfWork"))}
        helperText={fieldError(problem, "divisionOfWork")}
      />
      <ApiErrorAlert problem={problem} onReload={onReload} shownFields={["leadInstitutionId", "divisionOfWork"]} />
      <div>
        <Button type="submit" variant="contained" disabled={loading || (resolution === "LEAD_DESIGNATED" && !lead)}>
          {t("case.resolve")}
        </Button>
      </div>
    </Stack>
  );
}
