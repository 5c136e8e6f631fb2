import { useMutation, useQuery } from "@apollo/client/react";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
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
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { toApiLocale } from "../app/languages";
import { RouteFallback } from "../app/RouteFallback";
import { usePageTitle } from "../app/usePageTitle";
import { LoadError } from "../components/LoadError";
import { RoleGate, SUPPORT } from "../components/RoleGate";
import { type ApiProblem, fieldError, toApiProblem } from "../features/errors/api-problem";
import { ApiErrorAlert } from "../features/errors/components/ApiErrorAlert";
import { utcToday, type WindowAction, windowAction } from "../features/review-cycles/window-action";
import { graphql } from "../gql";
import type { ReviewCycleKind } from "../gql/graphql";

export const supportReviewCyclesQuery = graphql(`
  query SupportReviewCycles($locale: Locale!) {
    reviewCycles {
      id
      version
      kind
      opensOn
      closesOn
      scope
      scopePathways
      scopeAreas
      isOpen
    }
    challengeAreas {
      code
      name(locale: $locale)
    }
  }
`);

export const updateReviewCycleMutation = graphql(`
  mutation UpdateReviewCycle($input: UpdateReviewCycleInput!) {
    updateReviewCycle(input: $input) {
      id
      version
      opensOn
      closesOn
      isOpen
    }
  }
`);

export const createReviewCycleMutation = graphql(`
  mutation CreateReviewCycle($input: CreateReviewCycleInput!) {
    createReviewCycle(input: $input) {
      id
    }
  }
`);

const KINDS: readonly ReviewCycleKind[] = ["MID_TERM", "END_OF_CHALLENGE"];

export function ReviewCyclesPage() {
  const { t } = useTranslation();
  usePageTitle(t("supportReviewCycles.title"));
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h4" component="h1" gutterBottom>
          {t("supportReviewCycles.title")}
        </Typography>
        <Typography color="text.secondary">{t("supportReviewCycles.intro")}</Typography>
      </div>
      <RoleGate roles={SUPPORT}>
        {() => (
          <>
            <CycleList />
            <NewCycle />
          </>
        )}
      </RoleGate>
    </Stack>
  );
}

function CycleList() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(supportReviewCyclesQuery, {
    variables: { locale: toApiLocale(i18n.resolvedLanguage) },
  });
  const [update, { loading: saving }] = useMutation(updateReviewCycleMutation);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const reload = () => refetch().catch(() => undefined);
  if (loading && !data) return <RouteFallback />;
  if (error || !data)
    return <LoadError title={t("supportReviewCycles.loadFailed")} error={error ?? new Error("no data")} onRetry={reload} />;
  const areaName = (code: string) => data.challengeAreas.find((a) => a.code === code)?.name ?? code;
  if (data.reviewCycles.length === 0) return <Typography role="status">{t("supportReviewCycles.empty")}</Typography>;
  const today = utcToday();
  return (
    <Stack spacing={1}>
      <ApiErrorAlert problem={problem} onReload={reload} />
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t("supportReviewCycles.title")}>
          <TableHead>
            <TableRow>
              <TableCell>{t("supportReviewCycles.kind")}</TableCell>
              <TableCell>{t("supportReviewCycles.period")}</TableCell>
              <TableCell>{t("supportReviewCycles.state")}</TableCell>
              <TableCell>{t("supportReviewCycles.scope")}</TableCell>
              <TableCell>{t("supportReviewCycles.areas")}</TableCell>
              <TableCell>{t("supportReviewCycles.pathways")}</TableCell>
              <TableCell>{t("supportReviewCycles.actions")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.reviewCycles.map((cycle) => (
              <TableRow key={cycle.id}>
                <TableCell>{t(`supportReviewCycles.kinds.${cycle.kind}`)}</TableCell>
                <TableCell>
                  {cycle.opensOn} – {cycle.closesOn}
                </TableCell>
                <TableCell>{cycle.isOpen ? t("supportReviewCycles.open") : t("supportReviewCycles.closed")}</TableCell>
                <TableCell>{cycle.scope}</TableCell>
                <TableCell>{cycle.scopeAreas.length ? cycle.scopeAreas.map(areaName).join(", ") : t("supportReviewCycles.all")}</TableCell>
                <TableCell>
                  {cycle.scopePathways.length ? cycle.scopePathways.map((p) => t(`pathway.${p}`)).join(", ") : t("supportReviewCycles.all")}
                </TableCell>
                <TableCell>
                  <WindowButton
                    action={windowAction(cycle, today)}
                    name={t(`supportReviewCycles.kinds.${cycle.kind}`)}
                    disabled={saving}
                    onClick={async (change) => {
                      setProblem(null);
                      try {
                        await update({ variables: { input: { id: cycle.id, version: cycle.version, ...change } } });
                      } catch (caught) {
                        setProblem(toApiProblem(caught));
                      }
                    }}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  );
}

interface WindowButtonProps {
  action: WindowAction;
  name: string;
  disabled: boolean;
  onClick: (change: { opensOn: string } | { closesOn: string }) => void;
}

/** The one change a window allows today, if any: a planned one opens now, an open one stops taking reports. */
function WindowButton({ action, name, disabled, onClick }: WindowButtonProps) {
  const { t } = useTranslation();
  if (!action) return null;
  return action.kind === "open" ? (
    <Button size="small" disabled={disabled} onClick={() => onClick({ opensOn: action.opensOn })}>
      {t("supportReviewCycles.openNow", { name })}
    </Button>
  ) : (
    <Button size="small" color="error" disabled={disabled} onClick={() => onClick({ closesOn: action.closesOn })}>
      {t("supportReviewCycles.closeNow", { name })}
    </Button>
  );
}

/** Opens a review: reports are taken between the two days, for the scope the partnership agreed on. */
function NewCycle() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ReviewCycleKind>("MID_TERM");
  const [opensOn, setOpensOn] = useState("");
  const [closesOn, setClosesOn] = useState("");
  const [scope, setScope] = useState("");
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [created, setCreated] = useState(false);
  const [create, { loading }] = useMutation(createReviewCycleMutation, {
    refetchQueries: ["SupportReviewCycles"],
    awaitRefetchQueries: true,
  });
  const error = (field: string) => fieldError(problem, `input.${field}`) ?? fieldError(problem, field);
  return (
    <Paper variant="outlined" component="section" aria-labelledby="new-cycle-heading" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" id="new-cycle-heading" gutterBottom>
        {t("supportReviewCycles.new")}
      </Typography>
      <Stack
        component="form"
        spacing={2}
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setProblem(null);
          setCreated(false);
          try {
            await create({ variables: { input: { kind, opensOn, closesOn, scope: scope.trim() } } });
            setCreated(true);
            setScope("");
          } catch (caught) {
            setProblem(toApiProblem(caught));
          }
        }}
      >
        {created && <Typography role="status">{t("supportReviewCycles.created")}</Typography>}
        <TextField
          select
          label={t("supportReviewCycles.kind")}
          value={kind}
          onChange={(event) => setKind(event.target.value as ReviewCycleKind)}
        >
          {KINDS.map((k) => (
            <MenuItem key={k} value={k}>
              {t(`supportReviewCycles.kinds.${k}`)}
            </MenuItem>
          ))}
        </TextField>
        <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
          <TextField
            type="date"
            label={t("supportReviewCycles.opensOn")}
            value={opensOn}
            onChange={(event) => setOpensOn(event.target.value)}
            required
            slotProps={{ inputLabel: { shrink: true } }}
            error={Boolean(error("opensOn"))}
            helperText={error("opensOn")}
          />
          <TextField
            type="date"
            label={t("supportReviewCycles.closesOn")}
            value={closesOn}
            onChange={(event) => setClosesOn(event.target.value)}
            required
            slotProps={{ inputLabel: { shrink: true } }}
            error={Boolean(error("closesOn"))}
            helperText={error("closesOn")}
          />
        </Stack>
        <TextField
          label={t("supportReviewCycles.scope")}
          value={scope}
          onChange={(event) => setScope(event.target.value)}
          required
          multiline
          error={Boolean(error("scope"))}
          helperText={error("scope")}
        />
        <ApiErrorAlert problem={problem} shownFields={["input.opensOn", "input.closesOn", "input.scope", "opensOn", "closesOn", "scope"]} />
        <div>
          <Button type="submit" variant="contained" disabled={loading || !opensOn || !closesOn || !scope.trim()}>
            {t("supportReviewCycles.create")}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
