import { useMutation, useQuery } from "@apollo/client/react";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { DoneStatus } from "../../../components/DoneStatus";
import { Loaded } from "../../../components/Loaded";
import { graphql } from "../../../gql";
import type { SupportAwardCyclesQuery } from "../../../gql/graphql";
import { type ApiProblem, fieldError, toApiProblem } from "../../errors/api-problem";
import { ApiErrorAlert } from "../../errors/components/ApiErrorAlert";
import { formatDay } from "../../review/review-window";

/** Every award cycle, the latest opening first; also the nomination list's cycle filter (one request for both). */
export const supportAwardCyclesQuery = graphql(`
  query SupportAwardCycles {
    awardCycles {
      id
      version
      name
      opensOn
      closesOn
      status
      closedAt
    }
  }
`);

export const openAwardCycleMutation = graphql(`
  mutation OpenAwardCycle($input: OpenAwardCycleInput!) {
    openAwardCycle(input: $input) {
      id
      version
      name
      status
    }
  }
`);

export const closeAwardCycleMutation = graphql(`
  mutation CloseAwardCycle($id: ID!, $version: Int!) {
    closeAwardCycle(id: $id, version: $version) {
      id
      version
      status
      closedAt
    }
  }
`);

type Cycle = SupportAwardCyclesQuery["awardCycles"][number];
const FIELDS = ["name", "opensOn", "closesOn"] as const;
type Field = (typeof FIELDS)[number];
type Fields = Record<Field, string>;
const EMPTY: Fields = { name: "", opensOn: "", closesOn: "" };

/** What the form can tell before asking the API: each field given, and the last day after the first. */
function validate(fields: Fields): Partial<Record<Field, "required" | "closesBeforeOpens">> {
  const errors: Partial<Record<Field, "required" | "closesBeforeOpens">> = {};
  for (const field of FIELDS) if (!fields[field].trim()) errors[field] = "required";
  if (fields.opensOn && fields.closesOn && fields.closesOn <= fields.opensOn) errors.closesOn = "closesBeforeOpens";
  return errors;
}

/** The support unit opens award cycles, in which partners nominate governments (DOMAIN rule 10), and closes them. */
export function AwardCyclesSection() {
  const { t } = useTranslation();
  const result = useQuery(supportAwardCyclesQuery, { fetchPolicy: "cache-and-network" });
  const reload = () => result.refetch().catch(() => undefined);
  const [done, setDone] = useState<string | null>(null);
  return (
    <Paper variant="outlined" component="section" aria-labelledby="award-cycles-heading" sx={{ p: { xs: 2, sm: 3 } }}>
      <Stack spacing={2}>
        <div>
          <Typography variant="h5" component="h2" id="award-cycles-heading" gutterBottom>
            {t("awardCycles.title")}
          </Typography>
          <Typography color="text.secondary">{t("awardCycles.intro")}</Typography>
        </div>
        <DoneStatus message={done} />
        <Loaded result={result} failed={t("awardCycles.loadFailed")} onRetry={reload}>
          {(data) => <CycleTable cycles={data.awardCycles} onClosed={setDone} onReload={reload} />}
        </Loaded>
        <OpenCycleForm onOpened={setDone} />
      </Stack>
    </Paper>
  );
}

interface CycleTableProps {
  cycles: readonly Cycle[];
  onClosed: (message: string) => void;
  onReload: () => void;
}

function CycleTable({ cycles, onClosed, onReload }: CycleTableProps) {
  const { t, i18n } = useTranslation();
  const day = (value: string) => formatDay(value, i18n.language);
  if (cycles.length === 0) return <Typography>{t("awardCycles.empty")}</Typography>;
  return (
    <TableContainer>
      <Table size="small" aria-labelledby="award-cycles-heading">
        <TableHead>
          <TableRow>
            <TableCell>{t("awardCycles.name")}</TableCell>
            <TableCell>{t("awardCycles.period")}</TableCell>
            <TableCell>{t("awardCycles.status")}</TableCell>
            <TableCell>{t("awardCycles.actions")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {cycles.map((cycle) => (
            <TableRow key={cycle.id}>
              <TableCell sx={{ overflowWrap: "anywhere" }}>{cycle.name}</TableCell>
              <TableCell>{t("awardCycles.periodValue", { from: day(cycle.opensOn), to: day(cycle.closesOn) })}</TableCell>
              <TableCell>
                {t(`moderation.cycleStatus.${cycle.status}`)}
                {cycle.closedAt && ` (${t("awardCycles.closedOn", { day: day(cycle.closedAt.slice(0, 10)) })})`}
              </TableCell>
              <TableCell>{cycle.status === "OPEN" && <CloseCycle cycle={cycle} onClosed={onClosed} onReload={onReload} />}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** Closing stops nominations for good, so a dialog asks first. */
function CloseCycle({ cycle, onClosed, onReload }: { cycle: Cycle; onClosed: (message: string) => void; onReload: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [close, { loading }] = useMutation(closeAwardCycleMutation);
  const titleId = useId();
  const textId = useId();
  const dismiss = () => {
    setOpen(false);
    setProblem(null);
  };
  const confirm = async () => {
    setProblem(null);
    try {
      await close({ variables: { id: cycle.id, version: cycle.version } });
      setOpen(false);
      onClosed(t("awardCycles.closed", { name: cycle.name }));
    } catch (caught) {
      setProblem(toApiProblem(caught));
    }
  };
  return (
    <>
      <Button size="small" color="error" variant="outlined" onClick={() => setOpen(true)}>
        {t("awardCycles.close", { name: cycle.name })}
      </Button>
      <Dialog open={open} onClose={dismiss} aria-labelledby={titleId} aria-describedby={textId} fullWidth maxWidth="sm">
        <DialogTitle id={titleId}>{t("awardCycles.closeTitle", { name: cycle.name })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText id={textId}>{t("awardCycles.closeHelp")}</DialogContentText>
            <ApiErrorAlert
              problem={problem}
              onReload={() => {
                dismiss();
                onReload();
              }}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={dismiss}>{t("awardCycles.cancel")}</Button>
          <Button variant="contained" color="error" disabled={loading} onClick={confirm}>
            {t("awardCycles.confirmClose")}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

function OpenCycleForm({ onOpened }: { onOpened: (message: string) => void }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [openCycle, { loading }] = useMutation(openAwardCycleMutation, {
    refetchQueries: ["SupportAwardCycles"],
    awaitRefetchQueries: true,
  });
  const local = validate(fields);
  const error = (field: Field) => {
    const found = submitted ? local[field] : undefined;
    if (found) return found === "required" ? t("validation.required") : t("awardCycles.closesBeforeOpens");
    return fieldError(problem, field);
  };
  const set = (field: Field, value: string) => setFields((current) => ({ ...current, [field]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setProblem(null);
    const invalid = FIELDS.find((field) => local[field]);
    if (invalid) {
      document.getElementById(`award-cycle-${invalid}`)?.focus();
      return;
    }
    try {
      const result = await openCycle({ variables: { input: { ...fields, name: fields.name.trim() } } });
      onOpened(t("awardCycles.opened", { name: result.data?.openAwardCycle.name ?? fields.name.trim() }));
      setFields(EMPTY);
      setSubmitted(false);
    } catch (caught) {
      const found = toApiProblem(caught);
      setProblem(found);
      if (found.kind === "input" && found.field) document.getElementById(`award-cycle-${found.field}`)?.focus();
    }
  };

  return (
    <Stack component="form" spacing={2} noValidate onSubmit={onSubmit} aria-labelledby="open-award-cycle-heading">
      <Typography variant="h6" component="h3" id="open-award-cycle-heading">
        {t("awardCycles.new")}
      </Typography>
      <TextField
        id="award-cycle-name"
        label={t("awardCycles.nameField")}
        required
        value={fields.name}
        onChange={(event) => set("name", event.target.value)}
        error={Boolean(error("name"))}
        helperText={error("name") ?? t("awardCycles.nameHelp")}
        slotProps={{ htmlInput: { maxLength: 200 } }}
      />
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <TextField
          id="award-cycle-opensOn"
          type="date"
          label={t("awardCycles.opensOn")}
          required
          value={fields.opensOn}
          onChange={(event) => set("opensOn", event.target.value)}
          error={Boolean(error("opensOn"))}
          helperText={error("opensOn")}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          id="award-cycle-closesOn"
          type="date"
          label={t("awardCycles.closesOn")}
          required
          value={fields.closesOn}
          onChange={(event) => set("closesOn", event.target.value)}
          error={Boolean(error("closesOn"))}
          helperText={error("closesOn") ?? t("awardCycles.closesHelp")}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Stack>
      <ApiErrorAlert problem={problem} shownFields={FIELDS} />
      <div>
        <Button type="submit" variant="contained" disabled={loading}>
          {t("awardCycles.open")}
        </Button>
      </div>
    </Stack>
  );
}
