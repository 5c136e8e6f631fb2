import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import FormControlLabel from "@mui/material/FormControlLabel";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../app/usePageTitle";
import { RoleGate, SUPPORT } from "../components/RoleGate";
import {
  type ImportProgress,
  type ImportReport,
  IrmImportError,
  RECORD_KINDS,
  uploadIrmExport,
} from "../features/irm-import/irm-import-client";
import { accessToken } from "../features/session/refresh";
import { sessionStore } from "../features/session/session-store";

/** Bad rows listed on the page; the report keeps up to 1000. */
const SHOWN_PROBLEMS = 200;

/**
 * The support unit imports an export of OGP's IRM commitment database: the file goes to the gateway, which runs the
 * same importer as `pnpm import:irm` as the signed-in account and streams its progress and report back.
 */
export function IrmImportPage() {
  const { t } = useTranslation();
  usePageTitle(t("irmImport.title"));
  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        {t("irmImport.title")}
      </Typography>
      <Typography color="text.secondary">{t("irmImport.intro")}</Typography>
      <RoleGate roles={SUPPORT}>{() => <Importer />}</RoleGate>
    </Stack>
  );
}

function Importer() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [strict, setStrict] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const running = progress !== null && report === null && failure === null;

  const start = async () => {
    if (!file) return;
    setReport(null);
    setFailure(null);
    setProgress({ phase: strict ? "checking" : "importing", rows: 0, bytes: 0 });
    try {
      const result = await uploadIrmExport(file, { strict, token: await accessToken(sessionStore), onProgress: setProgress });
      setReport(result);
    } catch (caught) {
      // The client's errors are already sentences in the language on screen; anything else is a bug, said as such.
      setFailure(caught instanceof IrmImportError ? caught.message : t("irmImport.failed", { message: (caught as Error).message }));
    }
  };

  const percent = file && progress ? Math.min(100, Math.round((progress.bytes / Math.max(file.size, 1)) * 100)) : 0;
  return (
    <Stack spacing={3}>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
        <Stack spacing={2}>
          <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ alignItems: { sm: "center" } }}>
            <Button variant="outlined" component="label" disabled={running}>
              {t("irmImport.choose")}
              <input
                hidden
                type="file"
                accept=".csv,text/csv"
                aria-label={t("irmImport.choose")}
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  setReport(null);
                  setFailure(null);
                  setProgress(null);
                }}
              />
            </Button>
            <Typography data-testid="irm-import-file">
              {file ? `${file.name} (${formatSize(file.size)})` : t("irmImport.noFile")}
            </Typography>
          </Stack>
          <FormControlLabel
            control={<Checkbox checked={strict} disabled={running} onChange={(event) => setStrict(event.target.checked)} />}
            label={t("irmImport.strict")}
          />
          <div>
            <Button variant="contained" disabled={!file || running} onClick={start}>
              {t("irmImport.start")}
            </Button>
          </div>
          {progress && (
            <Stack spacing={1}>
              <LinearProgress variant="determinate" value={report ? 100 : percent} aria-label={t("irmImport.progress")} />
              <Typography variant="body2" role="status">
                {t(progress.phase === "checking" ? "irmImport.checking" : "irmImport.importing", { rows: progress.rows, percent })}
              </Typography>
            </Stack>
          )}
        </Stack>
      </Paper>
      {failure && <Alert severity="error">{failure}</Alert>}
      {report && <Report report={report} />}
    </Stack>
  );
}

function Report({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const severity = !report.accepted ? "error" : report.problemCount > 0 ? "warning" : "success";
  return (
    <Stack spacing={2} data-testid="irm-import-report">
      <Alert severity={severity}>
        {report.accepted
          ? t("irmImport.summary", { rows: report.rows, imported: report.imported, refused: report.refused, changes: report.totalChanges })
          : t("irmImport.refused", { reason: report.fatal ?? "" })}
      </Alert>
      {report.accepted && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t("irmImport.changesCaption")}>
            <TableHead>
              <TableRow>
                <TableCell>{t("irmImport.kind")}</TableCell>
                <TableCell align="right">{t("irmImport.created")}</TableCell>
                <TableCell align="right">{t("irmImport.updated")}</TableCell>
                <TableCell align="right">{t("irmImport.unchanged")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {RECORD_KINDS.map((kind) => (
                <TableRow key={kind}>
                  <TableCell component="th" scope="row">
                    {t(`irmImport.kinds.${kind}`)}
                  </TableCell>
                  <TableCell align="right">{report.changes[kind].created}</TableCell>
                  <TableCell align="right">{report.changes[kind].updated}</TableCell>
                  <TableCell align="right">{report.changes[kind].unchanged}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {report.problemCount > 0 && (
        <>
          <Typography variant="h6" component="h2">
            {t("irmImport.problems", { count: report.problemCount })}
          </Typography>
          <TableContainer component={Paper} variant="outlined">
            <Table size="small" aria-label={t("irmImport.problemsCaption")}>
              <TableHead>
                <TableRow>
                  <TableCell>{t("irmImport.row")}</TableCell>
                  <TableCell>{t("irmImport.column")}</TableCell>
                  <TableCell>{t("irmImport.problem")}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {report.problems.slice(0, SHOWN_PROBLEMS).map((problem) => (
                  <TableRow key={`${problem.row}-${problem.column ?? ""}-${problem.message}`}>
                    <TableCell>{problem.row}</TableCell>
                    <TableCell>{problem.column ?? t("irmImport.wholeRow")}</TableCell>
                    <TableCell>{problem.message}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          {report.problemCount > SHOWN_PROBLEMS && (
            <Typography color="text.secondary">{t("irmImport.moreProblems", { count: report.problemCount - SHOWN_PROBLEMS })}</Typography>
          )}
        </>
      )}
    </Stack>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
