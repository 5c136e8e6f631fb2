import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { GridColDef } from "@mui/x-data-grid";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../app/usePageTitle";
import { RoleGate, SUPPORT } from "../components/RoleGate";
import { ServerGrid } from "../features/directory/components/ServerGrid";
import { ACTION_PLAN_STATUSES, MEMBER_TYPES, REGIONS } from "../features/directory/enums";
import { graphql } from "../gql";
import type { ActionPlanFilter, ActionPlanGridQuery, ActionPlanGridQueryVariables, ActionPlanOrder } from "../gql/graphql";

export const actionPlanGridQuery = graphql(`
  query ActionPlanGrid($first: Int, $after: String, $filter: ActionPlanFilter, $orderBy: ActionPlanOrder) {
    actionPlans(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges {
        node {
          id
          ogpId
          number
          startDate
          endDate
          status
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
  }
`);

type Row = ActionPlanGridQuery["actionPlans"]["edges"][number]["node"];

export function ActionPlansPage() {
  const { t } = useTranslation();
  usePageTitle(t("actionPlans.title"));
  const columns: GridColDef<Row>[] = [
    { field: "ogpId", headerName: t("actionPlans.ogpId"), width: 150 },
    { field: "member", headerName: t("actionPlans.member"), flex: 1, minWidth: 200, valueGetter: (_value, row) => row.member.name },
    { field: "number", headerName: t("actionPlans.number"), width: 100 },
    { field: "startDate", headerName: t("actionPlans.startDate"), width: 130 },
    { field: "endDate", headerName: t("actionPlans.endDate"), width: 130 },
    {
      field: "status",
      headerName: t("actionPlans.status"),
      width: 170,
      valueFormatter: (value: Row["status"]) => t(`actionPlanStatus.${value}`),
    },
  ];
  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        {t("actionPlans.title")}
      </Typography>
      <RoleGate roles={SUPPORT}>
        {() => (
          <ServerGrid<Row, ActionPlanGridQuery, ActionPlanGridQueryVariables>
            label={t("actionPlans.title")}
            fileName="action-plans"
            query={actionPlanGridQuery}
            select={(data) => ({
              rows: data.actionPlans.edges.map((edge) => edge.node),
              totalCount: data.actionPlans.totalCount,
              endCursor: data.actionPlans.pageInfo.endCursor ?? null,
              hasNextPage: data.actionPlans.pageInfo.hasNextPage,
            })}
            variables={({ first, after, filter, orderBy }) => ({
              first,
              after,
              filter: filter as ActionPlanFilter,
              orderBy: (orderBy as ActionPlanOrder | null) ?? null,
            })}
            columns={columns}
            orders={{ ogpId: { asc: "OGP_ID_ASC", desc: "OGP_ID_DESC" } }}
            filters={[
              {
                key: "memberType",
                label: t("members.type"),
                options: MEMBER_TYPES.map((v) => ({ value: v, label: t(`memberType.${v}`) })),
              },
              { key: "region", label: t("members.region"), options: REGIONS.map((v) => ({ value: v, label: t(`region.${v}`) })) },
              {
                key: "status",
                label: t("actionPlans.status"),
                options: ACTION_PLAN_STATUSES.map((v) => ({ value: v, label: t(`actionPlanStatus.${v}`) })),
              },
            ]}
            csv={[
              { header: "ogpId", value: (row) => row.ogpId },
              { header: "member", value: (row) => row.member.name },
              { header: "number", value: (row) => row.number },
              { header: "startDate", value: (row) => row.startDate },
              { header: "endDate", value: (row) => row.endDate },
              { header: "status", value: (row) => row.status },
            ]}
          />
        )}
      </RoleGate>
    </Stack>
  );
}
