import { useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
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
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { usePageTitle } from "../app/usePageTitle";
import { FilterSelect } from "../components/FilterSelect";
import { Loaded } from "../components/Loaded";
import { RoleGate, SUPPORT, type Viewer } from "../components/RoleGate";
import { describeChanges } from "../features/audit/changes";
import { oneOf } from "../features/moderation/statuses";
import { CursorPager } from "../features/paging/CursorPager";
import { useCursorPages } from "../features/paging/useCursorPages";
import { graphql } from "../gql";

graphql(`
  fragment AuditLogPage on AuditEntryConnection {
    totalCount
    edges {
      node {
        id
        at
        actorId
        actorRole
        operation
        entityType
        entityId
        changes
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

// One query per subgraph's log, each answering as `log`, so the page reads them all the same way.
export const challengeAuditLogQuery = graphql(`
  query ChallengeAuditLogPage($after: String, $filter: ChallengeAuditLogFilter) {
    log: challengeAuditLog(first: 25, after: $after, filter: $filter) {
      ...AuditLogPage
    }
  }
`);
export const directoryAuditLogQuery = graphql(`
  query DirectoryAuditLogPage($after: String, $filter: DirectoryAuditLogFilter) {
    log: directoryAuditLog(first: 25, after: $after, filter: $filter) {
      ...AuditLogPage
    }
  }
`);
export const identityAuditLogQuery = graphql(`
  query IdentityAuditLogPage($after: String) {
    log: identityAuditLog(first: 25, after: $after) {
      ...AuditLogPage
    }
  }
`);
export const recognitionAuditLogQuery = graphql(`
  query RecognitionAuditLogPage($after: String, $filter: RecognitionAuditLogFilter) {
    log: recognitionAuditLog(first: 25, after: $after, filter: $filter) {
      ...AuditLogPage
    }
  }
`);

const LOGS = {
  challenge: challengeAuditLogQuery,
  directory: directoryAuditLogQuery,
  identity: identityAuditLogQuery,
  recognition: recognitionAuditLogQuery,
} as const;
type LogName = keyof typeof LOGS;
/** The kinds of record each log can be narrowed to (the filters' documented values); the identity log has no filter. */
const ENTITY_TYPES: Record<LogName, readonly string[]> = {
  challenge: ["Commitment", "Milestone", "ProgressReport", "ReviewCycle", "IrmRating"],
  directory: ["Member", "Institution", "Partner", "ActionPlan", "ContactPerson"],
  identity: [],
  recognition: ["Story", "AwardCycle", "AwardNomination"],
};
const LOG_NAMES = Object.keys(LOGS) as LogName[];

export function AuditLogPage() {
  const { t } = useTranslation();
  usePageTitle(t("supportAudit.title"));
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h4" component="h1" gutterBottom>
          {t("supportAudit.title")}
        </Typography>
        <Typography color="text.secondary">{t("supportAudit.intro")}</Typography>
      </div>
      <RoleGate roles={SUPPORT}>{(viewer) => <AuditLog viewer={viewer} />}</RoleGate>
    </Stack>
  );
}

function AuditLog({ viewer }: { viewer: Viewer }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const log = oneOf(LOG_NAMES, params.get("log")) ?? "challenge";
  const entityType = oneOf(ENTITY_TYPES[log], params.get("type"));
  const entityId = log === "identity" ? null : params.get("entity");
  const filter = { ...(entityType ? { entityType } : {}), ...(entityId ? { entityId } : {}) };
  const pages = useCursorPages();
  // The four documents select the same fields under the same alias: their results have one shape.
  const { data, loading, error, refetch } = useQuery(LOGS[log] as typeof challengeAuditLogQuery, {
    variables: log === "identity" ? { after: pages.after } : { after: pages.after, filter },
    fetchPolicy: "cache-and-network",
  });
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    pages.reset();
  };
  const who = (actorId: string | null | undefined, actorRole: string | null | undefined) => {
    if (actorId && actorId === viewer.id) return t("supportAudit.you");
    if (!actorId) return t("supportAudit.system");
    return actorRole ? `${t(`roles.${actorRole as "SUPPORT_UNIT"}`)} (${actorId.slice(0, 8)})` : actorId;
  };

  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <TextField
          select
          label={t("supportAudit.log")}
          value={log}
          onChange={(event) => {
            // Record kinds and ids belong to one log: a new log starts unfiltered.
            setParams({ log: event.target.value }, { replace: true });
            pages.reset();
          }}
          sx={{ minWidth: 280 }}
        >
          {LOG_NAMES.map((name) => (
            <MenuItem key={name} value={name}>
              {t(`supportAudit.logs.${name}`)}
            </MenuItem>
          ))}
        </TextField>
        {ENTITY_TYPES[log].length > 0 && (
          <FilterSelect
            label={t("supportAudit.recordKind")}
            value={entityType}
            anyLabel={t("supportAudit.anyKind")}
            options={ENTITY_TYPES[log].map((type) => ({ value: type, label: type }))}
            onChange={(value) => setParam("type", value)}
            sx={{ minWidth: 220 }}
          />
        )}
      </Stack>
      {entityId && (
        <Alert
          severity="info"
          action={
            <Button color="inherit" size="small" onClick={() => setParam("entity", "")}>
              {t("supportAudit.everyRecord")}
            </Button>
          }
        >
          {t("supportAudit.oneRecord", { id: entityId })}
        </Alert>
      )}
      <Loaded result={{ loading, error, data }} failed={t("supportAudit.loadFailed")} onRetry={() => refetch().catch(() => undefined)}>
        {(data) => (
          <>
            <Typography role="status">{t("supportAudit.count", { count: data.log.totalCount })}</Typography>
            <TableContainer component={Paper} variant="outlined">
              <Table size="small" aria-label={t(`supportAudit.logs.${log}`)}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t("supportAudit.at")}</TableCell>
                    <TableCell>{t("supportAudit.who")}</TableCell>
                    <TableCell>{t("supportAudit.operation")}</TableCell>
                    <TableCell>{t("supportAudit.record")}</TableCell>
                    <TableCell>{t("supportAudit.changes")}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.log.edges.map(({ node }) => (
                    <TableRow key={node.id}>
                      <TableCell sx={{ whiteSpace: "nowrap" }}>{new Date(node.at).toLocaleString(i18n.language)}</TableCell>
                      <TableCell>{who(node.actorId, node.actorRole)}</TableCell>
                      <TableCell>
                        <code>{node.operation}</code>
                      </TableCell>
                      <TableCell>
                        {node.entityType} <code>{node.entityId.slice(0, 8)}</code>
                      </TableCell>
                      <TableCell sx={{ wordBreak: "break-word" }}>
                        {describeChanges(node.changes).map((line) => (
                          <div key={line}>{line}</div>
                        ))}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
            <CursorPager pages={pages} pageInfo={data.log.pageInfo} label={t(`supportAudit.logs.${log}`)} />
          </>
        )}
      </Loaded>
    </Stack>
  );
}
