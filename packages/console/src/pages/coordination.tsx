import { useQuery } from "@apollo/client/react";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useSearchParams } from "react-router";
import { toApiLocale } from "../app/languages";
import { usePageTitle } from "../app/usePageTitle";
import { FilterSelect } from "../components/FilterSelect";
import { Loaded } from "../components/Loaded";
import { RoleGate, SUPPORT } from "../components/RoleGate";
import { CursorPager } from "../features/paging/CursorPager";
import { useCursorPages } from "../features/paging/useCursorPages";
import { graphql } from "../gql";
import type { CoordinationCaseStatus } from "../gql/graphql";

export const coordinationQueueQuery = graphql(`
  query CoordinationQueue($status: CoordinationCaseStatus, $after: String, $locale: Locale!) {
    coordinationCases(first: 25, after: $after, filter: { status: $status }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          area
          status
          ageInDays
          openedAt
          facilitator {
            id
            displayName
          }
          leadInstitution {
            id
            name(locale: $locale)
          }
          member {
            id
            name
          }
          institutions {
            id
            name(locale: $locale)
          }
        }
      }
    }
    challengeAreas {
      code
      name(locale: $locale)
    }
  }
`);

const CASE_STATUSES: readonly CoordinationCaseStatus[] = ["OPEN", "IN_PROGRESS", "RESOLVED"];

export function CoordinationPage() {
  const { t } = useTranslation();
  usePageTitle(t("coordination.title"));
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h4" component="h1" gutterBottom>
          {t("coordination.title")}
        </Typography>
        <Typography color="text.secondary">{t("coordination.intro")}</Typography>
      </div>
      <RoleGate roles={SUPPORT}>{(viewer) => <Queue me={viewer.id} />}</RoleGate>
    </Stack>
  );
}

function Queue({ me }: { me: string }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get("status");
  const status = CASE_STATUSES.find((s) => s === raw) ?? null;
  const pages = useCursorPages();
  const { data, loading, error, refetch } = useQuery(coordinationQueueQuery, {
    variables: { status, after: pages.after, locale: toApiLocale(i18n.resolvedLanguage) },
  });
  const areaName = (code: string) => data?.challengeAreas.find((a) => a.code === code)?.name ?? code;

  return (
    <Stack spacing={2}>
      <FilterSelect
        label={t("coordination.status")}
        value={status}
        anyLabel={t("coordination.anyStatus")}
        options={CASE_STATUSES.map((s) => ({ value: s, label: t(`caseStatus.${s}`) }))}
        onChange={(value) => {
          pages.reset();
          setParams(value ? { status: value } : {}, { replace: true });
        }}
        sx={{ maxWidth: 240 }}
      />
      <Loaded result={{ loading, error, data }} failed={t("coordination.loadFailed")} onRetry={() => refetch().catch(() => undefined)}>
        {(data) => (
          <>
            <Typography role="status">{t("coordination.count", { count: data.coordinationCases.totalCount })}</Typography>
            <TableContainer component={Paper} variant="outlined">
              <Table size="small" aria-label={t("coordination.title")}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t("coordination.case")}</TableCell>
                    <TableCell>{t("coordination.institutions")}</TableCell>
                    <TableCell>{t("coordination.lead")}</TableCell>
                    <TableCell>{t("coordination.facilitator")}</TableCell>
                    <TableCell>{t("coordination.status")}</TableCell>
                    <TableCell align="right">{t("coordination.age")}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.coordinationCases.edges.map(({ node }) => (
                    <TableRow key={node.id}>
                      <TableCell>
                        <Link component={RouterLink} to={`/coordination/${node.id}`}>
                          {t("coordination.caseName", { member: node.member.name, area: areaName(node.area) })}
                        </Link>
                      </TableCell>
                      <TableCell>{node.institutions.map((i) => i.name).join(", ")}</TableCell>
                      <TableCell>{node.leadInstitution?.name ?? t("coordination.noLead")}</TableCell>
                      <TableCell>
                        {node.facilitator
                          ? node.facilitator.id === me
                            ? t("coordination.you")
                            : node.facilitator.displayName
                          : t("coordination.noFacilitator")}
                      </TableCell>
                      <TableCell>{t(`caseStatus.${node.status}`)}</TableCell>
                      <TableCell align="right">{t("dashboard.days", { count: node.ageInDays })}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
            <CursorPager pages={pages} pageInfo={data.coordinationCases.pageInfo} label={t("coordination.title")} />
          </>
        )}
      </Loaded>
    </Stack>
  );
}
