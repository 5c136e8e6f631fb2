import { useQuery } from "@apollo/client/react";
import Button from "@mui/material/Button";
import Link from "@mui/material/Link";
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
import { Link as RouterLink, useSearchParams } from "react-router";
import { toApiLocale } from "../app/languages";
import { usePageTitle } from "../app/usePageTitle";
import { Loaded } from "../components/Loaded";
import { RoleGate, SUPPORT } from "../components/RoleGate";
import { AreaSelect } from "../features/commitments/components/AreaSelect";
import { StatusChip } from "../features/commitments/components/StatusChip";
import { COMMITMENT_STATUSES, isCommitmentStatus } from "../features/commitments/statuses";
import { graphql } from "../gql";
import type { ChallengeAreaCode, CommitmentFilter } from "../gql/graphql";

export const commitmentListQuery = graphql(`
  query CommitmentList($filter: CommitmentFilter, $after: String, $locale: Locale!) {
    commitments(first: 25, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          title
          status
          pathway
          updatedAt
          proposedAreaCode
          assignedAreaCode
          member {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    challengeAreas {
      code
      position
      name(locale: $locale)
    }
  }
`);

export function CommitmentsPage() {
  const { t } = useTranslation();
  usePageTitle(t("commitments.title"));
  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        {t("commitments.title")}
      </Typography>
      <RoleGate roles={SUPPORT}>{() => <CommitmentList />}</RoleGate>
    </Stack>
  );
}

/** The filters live in the URL, so a filtered list can be bookmarked, shared and linked from the dashboard. */
function CommitmentList() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = params.get("status");
  const area = params.get("area") ?? "";
  const text = params.get("text") ?? "";
  const [draftText, setDraftText] = useState(text);
  const filter: CommitmentFilter = {
    ...(isCommitmentStatus(status) ? { status } : {}),
    ...(area ? { area: area as ChallengeAreaCode } : {}),
    ...(text ? { text } : {}),
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(commitmentListQuery, {
    variables: { filter, locale: toApiLocale(i18n.resolvedLanguage) },
  });
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const areaName = (code: string | null | undefined) => data?.challengeAreas.find((a) => a.code === code)?.name ?? "";

  return (
    <Stack spacing={2}>
      <Stack
        component="form"
        role="search"
        aria-label={t("commitments.filters")}
        direction={{ xs: "column", sm: "row" }}
        spacing={2}
        onSubmit={(event) => {
          event.preventDefault();
          setParam("text", draftText.trim());
        }}
      >
        <TextField label={t("commitments.search")} value={draftText} onChange={(event) => setDraftText(event.target.value)} />
        <TextField
          select
          label={t("commitments.status")}
          value={isCommitmentStatus(status) ? status : ""}
          onChange={(event) => setParam("status", event.target.value)}
          sx={{ minWidth: 180 }}
        >
          <MenuItem value="">{t("commitments.anyStatus")}</MenuItem>
          {COMMITMENT_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {t(`status.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        <AreaSelect
          label={t("commitments.area")}
          value={area}
          areas={data?.challengeAreas ?? []}
          emptyLabel={t("commitments.anyArea")}
          onChange={(value) => setParam("area", value)}
        />
        <Button type="submit" variant="outlined">
          {t("commitments.apply")}
        </Button>
      </Stack>
      <Loaded result={{ loading, error, data }} failed={t("commitments.loadFailed")} onRetry={() => refetch().catch(() => undefined)}>
        {(data) => (
          <>
            <Typography role="status">{t("commitments.count", { count: data.commitments.totalCount })}</Typography>
            <TableContainer component={Paper} variant="outlined">
              <Table size="small" aria-label={t("commitments.title")}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t("commitments.titleColumn")}</TableCell>
                    <TableCell>{t("commitments.member")}</TableCell>
                    <TableCell>{t("commitments.area")}</TableCell>
                    <TableCell>{t("commitments.status")}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.commitments.edges.map(({ node }) => (
                    <TableRow key={node.id}>
                      <TableCell>
                        <Link component={RouterLink} to={`/commitments/${node.id}`}>
                          {node.title}
                        </Link>
                      </TableCell>
                      <TableCell>{node.member.name}</TableCell>
                      <TableCell>{areaName(node.assignedAreaCode ?? node.proposedAreaCode)}</TableCell>
                      <TableCell>
                        <StatusChip status={node.status} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
            {data.commitments.pageInfo.hasNextPage && (
              <Button
                onClick={() =>
                  fetchMore({
                    variables: { after: data.commitments.pageInfo.endCursor },
                    updateQuery: (previous, { fetchMoreResult }) => ({
                      ...fetchMoreResult,
                      commitments: {
                        ...fetchMoreResult.commitments,
                        edges: [...previous.commitments.edges, ...fetchMoreResult.commitments.edges],
                      },
                    }),
                  }).catch(() => undefined)
                }
              >
                {t("commitments.more")}
              </Button>
            )}
          </>
        )}
      </Loaded>
    </Stack>
  );
}
