import { useQuery } from "@apollo/client/react";
import Button from "@mui/material/Button";
import Link from "@mui/material/Link";
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
import { FilterSelect } from "../components/FilterSelect";
import { Loaded } from "../components/Loaded";
import { RoleGate, SUPPORT } from "../components/RoleGate";
import { CHALLENGE_ENDS_ON } from "../features/commitments/challenge-end";
import { AreaSelect } from "../features/commitments/components/AreaSelect";
import { FlagChips } from "../features/commitments/components/FlagChips";
import { StatusChip } from "../features/commitments/components/StatusChip";
import { commitmentFlags } from "../features/commitments/flags";
import { COMMITMENT_STATUSES, isCommitmentStatus } from "../features/commitments/statuses";
import { formatDay } from "../features/review/review-window";
import { graphql } from "../gql";
import type { ChallengeAreaCode, CommitmentFilter, Pathway } from "../gql/graphql";

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
          endsAfterChallenge
          hasActiveCoCreator
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

const PATHWAYS: readonly Pathway[] = ["ACTION_PLAN", "STANDALONE"];
const isPathway = (value: string | null): value is Pathway => value !== null && (PATHWAYS as readonly string[]).includes(value);

/** A yes/no filter as the URL keeps it ("true" or "false"); anything else filters nothing. */
const booleanParam = (value: string | null): boolean | undefined => (value === "true" ? true : value === "false" ? false : undefined);

/**
 * The filters live in the URL, so a filtered list can be bookmarked, shared and linked from the dashboard. Each URL
 * parameter is named after the API's filter field it fills.
 */
function CommitmentList() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = params.get("status");
  const area = params.get("area") ?? "";
  const text = params.get("text") ?? "";
  const pathway = params.get("pathway");
  const endsAfterChallenge = booleanParam(params.get("endsAfterChallenge"));
  const hasActiveCoCreator = booleanParam(params.get("hasActiveCoCreator"));
  const published = booleanParam(params.get("published"));
  const suggestedArea = params.get("suggestedArea") ?? "";
  const [draftText, setDraftText] = useState(text);
  const filter: CommitmentFilter = {
    ...(isCommitmentStatus(status) ? { status } : {}),
    ...(area ? { area: area as ChallengeAreaCode } : {}),
    ...(text ? { text } : {}),
    ...(isPathway(pathway) ? { pathway } : {}),
    ...(endsAfterChallenge !== undefined ? { endsAfterChallenge } : {}),
    ...(hasActiveCoCreator !== undefined ? { hasActiveCoCreator } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(suggestedArea ? { suggestedArea: suggestedArea as ChallengeAreaCode } : {}),
  };
  const challengeEnd = formatDay(CHALLENGE_ENDS_ON, i18n.language);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(commitmentListQuery, {
    variables: { filter, locale: toApiLocale(i18n.resolvedLanguage) },
  });
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const areaName = (code: string | null | undefined) => data?.challengeAreas.find((a) => a.code === code)?.name ?? "";
  // The area filters keep their names while a new filter loads.
  const areas = (data ?? previousData)?.challengeAreas ?? [];

  return (
    <Stack spacing={2}>
      <Stack
        component="form"
        role="search"
        aria-label={t("commitments.filters")}
        direction={{ xs: "column", sm: "row" }}
        spacing={2}
        useFlexGap
        sx={{ flexWrap: "wrap" }}
        onSubmit={(event) => {
          event.preventDefault();
          setParam("text", draftText.trim());
        }}
      >
        <TextField label={t("commitments.search")} value={draftText} onChange={(event) => setDraftText(event.target.value)} />
        <FilterSelect
          label={t("commitments.status")}
          value={status}
          anyLabel={t("commitments.anyStatus")}
          options={COMMITMENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          onChange={(value) => setParam("status", value)}
        />
        <FilterSelect
          label={t("commitments.publication")}
          value={published === undefined ? "" : String(published)}
          anyLabel={t("commitments.anyPublication")}
          options={[
            { value: "true", label: t("commitments.published") },
            { value: "false", label: t("commitments.neverSubmitted") },
          ]}
          onChange={(value) => setParam("published", value)}
        />
        <AreaSelect
          label={t("commitments.area")}
          value={area}
          areas={areas}
          emptyLabel={t("commitments.anyArea")}
          onChange={(value) => setParam("area", value)}
        />
        <FilterSelect
          label={t("commitments.pathway")}
          value={pathway}
          anyLabel={t("commitments.anyPathway")}
          options={PATHWAYS.map((p) => ({ value: p, label: t(`pathway.${p}`) }))}
          onChange={(value) => setParam("pathway", value)}
        />
        <FilterSelect
          label={t("commitments.plannedEnd")}
          value={endsAfterChallenge === undefined ? "" : String(endsAfterChallenge)}
          anyLabel={t("commitments.anyEnd")}
          options={[
            { value: "true", label: t("commitments.endsAfter", { date: challengeEnd }) },
            { value: "false", label: t("commitments.endsBy", { date: challengeEnd }) },
          ]}
          onChange={(value) => setParam("endsAfterChallenge", value)}
          sx={{ minWidth: 220 }}
        />
        <FilterSelect
          label={t("commitments.coCreation")}
          value={hasActiveCoCreator === undefined ? "" : String(hasActiveCoCreator)}
          anyLabel={t("commitments.anyCoCreation")}
          options={[
            { value: "true", label: t("commitments.withCoCreator") },
            { value: "false", label: t("commitments.withoutCoCreator") },
          ]}
          onChange={(value) => setParam("hasActiveCoCreator", value)}
          sx={{ minWidth: 220 }}
        />
        <AreaSelect
          label={t("commitments.suggestedArea")}
          value={suggestedArea}
          areas={areas}
          emptyLabel={t("commitments.anySuggestedArea")}
          onChange={(value) => setParam("suggestedArea", value)}
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
                    <TableCell>{t("flags.title")}</TableCell>
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
                      <TableCell>
                        <FlagChips flags={commitmentFlags(node)} />
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
