import { useMutation, useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import MenuItem from "@mui/material/MenuItem";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useSearchParams } from "react-router";
import { usePageTitle } from "../app/usePageTitle";
import { FilterSelect } from "../components/FilterSelect";
import { Loaded } from "../components/Loaded";
import { RoleGate, SUPPORT } from "../components/RoleGate";
import { ModerationActions } from "../features/moderation/components/ModerationActions";
import { NOMINATION_STATUSES, oneOf } from "../features/moderation/statuses";
import { CursorPager } from "../features/paging/CursorPager";
import { useCursorPages } from "../features/paging/useCursorPages";
import { AwardCyclesSection, supportAwardCyclesQuery } from "../features/recognition/components/AwardCyclesSection";
import { graphql } from "../gql";
import type { SupportNominationsQuery } from "../gql/graphql";

export const supportNominationsQuery = graphql(`
  query SupportNominations($filter: NominationFilter, $after: String) {
    nominations(first: 20, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          version
          rationale
          status
          rejectionReason
          decidedAt
          createdAt
          cycle {
            id
            name
          }
          member {
            id
            name
          }
          partner {
            id
            name
          }
          commitments {
            id
            title
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const acceptNominationMutation = graphql(`
  mutation AcceptNomination($id: ID!, $version: Int!) {
    acceptNomination(id: $id, version: $version) {
      id
      version
      status
      decidedAt
    }
  }
`);

export const rejectNominationMutation = graphql(`
  mutation RejectNomination($id: ID!, $version: Int!, $reason: String!) {
    rejectNomination(id: $id, version: $version, reason: $reason) {
      id
      version
      status
      rejectionReason
      decidedAt
    }
  }
`);

type Nomination = SupportNominationsQuery["nominations"]["edges"][number]["node"];
const REFETCH = { refetchQueries: ["SupportNominations"], awaitRefetchQueries: true };

export function NominationDecisionsPage() {
  const { t } = useTranslation();
  usePageTitle(t("nominationDecisions.title"));
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h4" component="h1" gutterBottom>
          {t("nominationDecisions.title")}
        </Typography>
        <Typography color="text.secondary">{t("nominationDecisions.intro")}</Typography>
      </div>
      <RoleGate roles={SUPPORT}>
        {() => (
          <>
            <AwardCyclesSection />
            <NominationList />
          </>
        )}
      </RoleGate>
    </Stack>
  );
}

/** Nominations to decide first (SUBMITTED), optionally of one award cycle; both filters live in the URL. */
function NominationList() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const rawStatus = params.get("status");
  const status = rawStatus === "ALL" ? null : (oneOf(NOMINATION_STATUSES, rawStatus) ?? "SUBMITTED");
  const cycleId = params.get("cycle");
  const pages = useCursorPages();
  const { data, loading, error, refetch } = useQuery(supportNominationsQuery, {
    variables: { filter: { ...(status ? { status } : {}), ...(cycleId ? { cycleId } : {}) }, after: pages.after },
    fetchPolicy: "cache-and-network",
  });
  // The cycles section above asks for the same query: Apollo sends it once.
  const cycles = useQuery(supportAwardCyclesQuery, { fetchPolicy: "cache-first" }).data?.awardCycles ?? [];
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    pages.reset();
  };
  const reload = () => refetch().catch(() => undefined);
  // A decided nomination leaves the list of those to decide: say what happened to it.
  const [decided, setDecided] = useState("");

  return (
    <Stack spacing={2}>
      {decided && (
        <Alert severity="success" role="status">
          {decided}
        </Alert>
      )}
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <FilterSelect
          label={t("nominationDecisions.cycle")}
          value={cycleId}
          anyLabel={t("nominationDecisions.anyCycle")}
          options={cycles.map((cycle) => ({
            value: cycle.id,
            label: `${cycle.name} (${t(`moderation.cycleStatus.${cycle.status}`)})`,
          }))}
          onChange={(value) => setParam("cycle", value)}
          sx={{ minWidth: 280 }}
        />
        <TextField
          select
          label={t("nominationDecisions.status")}
          value={status ?? "ALL"}
          onChange={(event) => setParam("status", event.target.value)}
          sx={{ minWidth: 200 }}
        >
          {NOMINATION_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {t(`moderation.nominationStatus.${s}`)}
            </MenuItem>
          ))}
          <MenuItem value="ALL">{t("nominationDecisions.anyStatus")}</MenuItem>
        </TextField>
      </Stack>
      <Loaded result={{ loading, error, data }} failed={t("nominationDecisions.loadFailed")} onRetry={reload}>
        {(data) => (
          <>
            <Typography role="status">{t("nominationDecisions.count", { count: data.nominations.totalCount })}</Typography>
            {data.nominations.edges.map(({ node }) => (
              <NominationCard key={node.id} nomination={node} onReload={reload} onDecided={setDecided} />
            ))}
            <CursorPager pages={pages} pageInfo={data.nominations.pageInfo} label={t("nominationDecisions.title")} />
          </>
        )}
      </Loaded>
    </Stack>
  );
}

interface NominationCardProps {
  nomination: Nomination;
  onReload: () => void;
  onDecided: (message: string) => void;
}

function NominationCard({ nomination, onReload, onDecided }: NominationCardProps) {
  const { t, i18n } = useTranslation();
  const [accept] = useMutation(acceptNominationMutation, REFETCH);
  const [reject] = useMutation(rejectNominationMutation, REFETCH);
  const headingId = `nomination-${nomination.id}`;
  const key = { id: nomination.id, version: nomination.version };
  const member = nomination.member.name;
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Stack spacing={1}>
        <Typography variant="h6" component="h2" id={headingId}>
          {t("nominationDecisions.heading", { member, cycle: nomination.cycle.name })}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }}>
          <Chip size="small" variant="outlined" label={t(`moderation.nominationStatus.${nomination.status}`)} />
          <Typography variant="body2" color="text.secondary">
            {t("nominationDecisions.by", {
              nominator: nomination.partner?.name ?? t("moderation.authorKind.SUPPORT_UNIT"),
              date: new Date(nomination.createdAt).toLocaleDateString(i18n.language),
            })}
          </Typography>
        </Stack>
        <Typography sx={{ whiteSpace: "pre-line" }}>{nomination.rationale}</Typography>
        <Typography variant="subtitle2" component="h3">
          {t("nominationDecisions.commitments")}
        </Typography>
        <ul style={{ margin: 0 }}>
          {nomination.commitments.map((commitment) => (
            <li key={commitment.id}>
              <Link component={RouterLink} to={`/commitments/${commitment.id}`}>
                {commitment.title}
              </Link>
            </li>
          ))}
        </ul>
        {nomination.status === "REJECTED" && nomination.rejectionReason && (
          <Typography>{t("nominationDecisions.rejectedBecause", { reason: nomination.rejectionReason })}</Typography>
        )}
        {nomination.status === "SUBMITTED" && (
          <ModerationActions
            level="h3"
            onReload={onReload}
            approve={{
              label: t("nominationDecisions.accept"),
              run: async () => {
                await accept({ variables: key });
                onDecided(t("nominationDecisions.accepted", { member }));
              },
            }}
            reject={{
              label: t("nominationDecisions.reject"),
              reasonLabel: t("nominationDecisions.reason"),
              run: async (reason) => {
                await reject({ variables: { ...key, reason } });
                onDecided(t("nominationDecisions.rejected", { member }));
              },
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}
