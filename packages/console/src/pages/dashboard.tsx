import { useQuery } from "@apollo/client/react";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Grid from "@mui/material/Grid";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { BarChart } from "@mui/x-charts/BarChart";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { toApiLocale } from "../app/languages";
import { RouteFallback } from "../app/RouteFallback";
import { usePageTitle } from "../app/usePageTitle";
import { LoadError } from "../components/LoadError";
import { RoleGate, SUPPORT } from "../components/RoleGate";
import { ChartsInLanguage } from "../features/charts/components/ChartsInLanguage";
import { COMMITMENT_STATUSES } from "../features/commitments/statuses";
import { graphql } from "../gql";

export const dashboardQuery = graphql(`
  query Dashboard($locale: Locale!) {
    challengeAreas {
      code
      position
      name(locale: $locale)
      commitmentStats {
        total
        byStatus {
          status
          count
        }
      }
    }
    # The queue lists the oldest case first: the first of each status is the oldest.
    openCases: coordinationCases(first: 1, filter: { status: OPEN }) {
      totalCount
      edges {
        node {
          id
          ageInDays
        }
      }
    }
    casesInProgress: coordinationCases(first: 1, filter: { status: IN_PROGRESS }) {
      totalCount
      edges {
        node {
          id
          ageInDays
        }
      }
    }
    submitted: commitments(first: 1, filter: { status: SUBMITTED }) {
      totalCount
    }
    underReview: commitments(first: 1, filter: { status: UNDER_REVIEW }) {
      totalCount
    }
    challengeStatistics {
      membersTakingPart
      areas(first: 20) {
        edges {
          node {
            area
            membersTakingPart
            commitments
          }
        }
      }
    }
  }
`);

export function DashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t("dashboard.title"));
  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        {t("dashboard.title")}
      </Typography>
      <RoleGate roles={SUPPORT}>
        {() => (
          <ChartsInLanguage>
            <Dashboard />
          </ChartsInLanguage>
        )}
      </RoleGate>
    </Stack>
  );
}

interface FigureProps {
  label: string;
  value: string;
  /** Where the number leads: one list, or one per part of the number. */
  links: readonly { to: string; label: string }[];
}

function Figure({ label, value, links }: FigureProps) {
  return (
    <Card variant="outlined" sx={{ height: "100%" }}>
      <CardContent>
        <Typography component="h2" variant="subtitle1" color="text.secondary">
          {label}
        </Typography>
        <Typography variant="h4" component="p">
          {value}
        </Typography>
        <Stack>
          {links.map((link) => (
            <Link key={link.to} component={RouterLink} to={link.to}>
              {link.label}
            </Link>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}

function Dashboard() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(dashboardQuery, { variables: { locale: toApiLocale(i18n.resolvedLanguage) } });
  if (loading && !data) return <RouteFallback />;
  if (error || !data)
    return (
      <LoadError title={t("dashboard.loadFailed")} error={error ?? new Error("no data")} onRetry={() => refetch().catch(() => undefined)} />
    );

  const areas = [...data.challengeAreas].sort((a, b) => a.position - b.position);
  const count = (area: (typeof areas)[number], status: string) =>
    area.commitmentStats.byStatus.find((s) => s.status === status)?.count ?? 0;
  const statuses = COMMITMENT_STATUSES.filter((status) => areas.some((area) => count(area, status) > 0));
  const queue = [...data.openCases.edges, ...data.casesInProgress.edges].map((edge) => edge.node.ageInDays);
  const queueSize = data.openCases.totalCount + data.casesInProgress.totalCount;
  const oldest = queue.length ? Math.max(...queue) : 0;
  const reviewsDue = data.submitted.totalCount + data.underReview.totalCount;
  const taking = (code: string) => data.challengeStatistics.areas.edges.find((edge) => edge.node.area === code)?.node;

  return (
    <Stack spacing={3}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 4 }}>
          <Figure
            label={t("dashboard.queueSize")}
            value={String(queueSize)}
            links={[{ to: "/coordination", label: t("dashboard.openQueue") }]}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <Figure
            label={t("dashboard.oldestCase")}
            value={t("dashboard.days", { count: oldest })}
            links={[{ to: "/coordination", label: t("dashboard.openQueue") }]}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <Figure
            label={t("dashboard.reviewsDue")}
            value={String(reviewsDue)}
            links={[
              { to: "/commitments?status=SUBMITTED", label: t("dashboard.submittedReviews", { count: data.submitted.totalCount }) },
              {
                to: "/commitments?status=UNDER_REVIEW",
                label: t("dashboard.underReviewReviews", { count: data.underReview.totalCount }),
              },
            ]}
          />
        </Grid>
      </Grid>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography component="h2" variant="h6" id="by-area-heading">
          {t("dashboard.byArea")}
        </Typography>
        {statuses.length === 0 ? (
          <Typography color="text.secondary">{t("dashboard.noCommitments")}</Typography>
        ) : (
          <figure aria-labelledby="by-area-heading" style={{ margin: 0 }}>
            <BarChart
              height={320}
              layout="horizontal"
              yAxis={[{ scaleType: "band", data: areas.map((area) => area.name), width: 180 }]}
              // Counts are whole numbers.
              xAxis={[{ tickMinStep: 1 }]}
              series={statuses.map((status) => ({
                label: t(`status.${status}`),
                stack: "total",
                data: areas.map((area) => count(area, status)),
              }))}
            />
          </figure>
        )}
        {/* The same numbers as a table: readable without the chart, and each number leads to its list. */}
        <Table size="small" aria-labelledby="by-area-heading" sx={{ mt: 2 }}>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                {t("commitments.area")}
              </TableCell>
              <TableCell component="th" scope="col" align="right">
                {t("dashboard.total")}
              </TableCell>
              {statuses.map((status) => (
                <TableCell key={status} component="th" scope="col" align="right">
                  <Link component={RouterLink} to={`/commitments?status=${status}`}>
                    {t(`status.${status}`)}
                  </Link>
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {areas.map((area) => (
              <TableRow key={area.code}>
                <TableCell component="th" scope="row">
                  <Link component={RouterLink} to={`/commitments?area=${area.code}`}>
                    {area.name}
                  </Link>
                </TableCell>
                <TableCell align="right">{area.commitmentStats.total}</TableCell>
                {statuses.map((status) => (
                  <TableCell key={status} align="right">
                    {count(area, status) > 0 ? (
                      <Link component={RouterLink} to={`/commitments?area=${area.code}&status=${status}`}>
                        {count(area, status)}
                      </Link>
                    ) : (
                      0
                    )}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography component="h2" variant="h6" id="members-heading">
          {t("dashboard.membersPerArea")}
        </Typography>
        <Typography color="text.secondary">{t("dashboard.membersTotal", { count: data.challengeStatistics.membersTakingPart })}</Typography>
        {data.challengeStatistics.membersTakingPart > 0 && (
          <figure aria-labelledby="members-heading" style={{ margin: 0 }}>
            <BarChart
              height={320}
              layout="horizontal"
              yAxis={[{ scaleType: "band", data: areas.map((area) => area.name), width: 180 }]}
              xAxis={[{ tickMinStep: 1 }]}
              series={[{ label: t("dashboard.members"), data: areas.map((area) => taking(area.code)?.membersTakingPart ?? 0) }]}
            />
          </figure>
        )}
        <Table size="small" aria-labelledby="members-heading" sx={{ mt: 2 }}>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                {t("commitments.area")}
              </TableCell>
              <TableCell component="th" scope="col" align="right">
                {t("dashboard.members")}
              </TableCell>
              <TableCell component="th" scope="col" align="right">
                {t("dashboard.publishedCommitments")}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {areas.map((area) => (
              <TableRow key={area.code}>
                <TableCell component="th" scope="row">
                  {area.name}
                </TableCell>
                <TableCell align="right">{taking(area.code)?.membersTakingPart ?? 0}</TableCell>
                <TableCell align="right">
                  <Link
                    component={RouterLink}
                    to={`/commitments?area=${area.code}&published=true`}
                    aria-label={t("dashboard.commitmentsIn", { count: taking(area.code)?.commitments ?? 0, area: area.name })}
                  >
                    {taking(area.code)?.commitments ?? 0}
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
    </Stack>
  );
}
