import { useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
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
import Typography from "@mui/material/Typography";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useLocation } from "react-router";
import { RouteFallback } from "../app/RouteFallback";
import { usePageTitle } from "../app/usePageTitle";
import { LoadError } from "../components/LoadError";
import { RoleGate, type Viewer } from "../components/RoleGate";
import { StatusChip } from "../features/commitments/components/StatusChip";
import { graphql } from "../gql";

export const myCommitmentsQuery = graphql(`
  query MyCommitments($memberId: ID!) {
    commitments(first: 100, filter: { memberId: $memberId }) {
      totalCount
      edges {
        node {
          id
          title
          status
          pathway
          updatedAt
          hasActiveCoCreator
          leadInstitution {
            id
          }
          coCreators {
            id
            role
            partner {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const OFFICER = ["INSTITUTION_OFFICER"] as const;

export function MyCommitmentsPage() {
  const { t } = useTranslation();
  usePageTitle(t("myCommitments.title"));
  return (
    <Stack spacing={3}>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center", justifyContent: "space-between", flexWrap: "wrap" }}>
        <Typography variant="h4" component="h1">
          {t("myCommitments.title")}
        </Typography>
        <Button variant="contained" component={RouterLink} to="/commitments/new">
          {t("nav.newCommitment")}
        </Button>
      </Stack>
      <RoleGate roles={OFFICER}>{(viewer) => <MyCommitments viewer={viewer} />}</RoleGate>
    </Stack>
  );
}

function MyCommitments({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const location = useLocation();
  const submitted = (location.state as { submitted?: string } | null)?.submitted;
  const { data, loading, error, refetch } = useQuery(myCommitmentsQuery, {
    variables: { memberId: viewer.memberId ?? "" },
    skip: !viewer.memberId,
    fetchPolicy: "cache-and-network",
  });
  if (loading && !data) return <RouteFallback />;
  if (error || !data)
    return (
      <LoadError
        title={t("myCommitments.loadFailed")}
        error={error ?? new Error("no data")}
        onRetry={() => refetch().catch(() => undefined)}
      />
    );
  // The member's other institutions' commitments are public too; the officer's list is their own institutions'.
  const mine = data.commitments.edges
    .map((edge) => edge.node)
    .filter((node) => node.leadInstitution && viewer.institutionIds.includes(node.leadInstitution.id));

  return (
    <Stack spacing={2}>
      {submitted && (
        <Alert severity="success" role="status">
          {t("myCommitments.submitted", { title: submitted })}
        </Alert>
      )}
      {mine.length === 0 ? (
        <Typography color="text.secondary">{t("myCommitments.empty")}</Typography>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t("myCommitments.title")}>
            <TableHead>
              <TableRow>
                <TableCell>{t("commitments.titleColumn")}</TableCell>
                <TableCell>{t("commitments.status")}</TableCell>
                <TableCell>{t("myCommitments.coCreators")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {mine.map((node) => (
                <TableRow key={node.id}>
                  <TableCell>
                    <Link component={RouterLink} to={`/my-commitments/${node.id}`}>
                      {node.title}
                    </Link>
                  </TableCell>
                  <TableCell>
                    <StatusChip status={node.status} />
                  </TableCell>
                  <TableCell>
                    {node.coCreators.length === 0
                      ? t("myCommitments.noCoCreator")
                      : node.coCreators.map((link) => `${link.partner.name} (${t(`coCreationRole.${link.role}`)})`).join(", ")}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Stack>
  );
}
