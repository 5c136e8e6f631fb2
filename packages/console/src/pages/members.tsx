import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { GridColDef } from "@mui/x-data-grid";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../app/usePageTitle";
import { RoleGate, SUPPORT } from "../components/RoleGate";
import { ServerGrid } from "../features/directory/components/ServerGrid";
import { MEMBER_STATUSES, MEMBER_TYPES, REGIONS } from "../features/directory/enums";
import { graphql } from "../gql";
import type { MemberFilter, MemberGridQuery, MemberGridQueryVariables, MemberOrder } from "../gql/graphql";

export const memberGridQuery = graphql(`
  query MemberGrid($first: Int, $after: String, $filter: MemberFilter, $orderBy: MemberOrder) {
    members(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges {
        node {
          id
          ogpCode
          name
          type
          region
          country
          status
          yearJoined
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Row = MemberGridQuery["members"]["edges"][number]["node"];

export function MembersPage() {
  const { t } = useTranslation();
  usePageTitle(t("members.title"));
  const columns: GridColDef<Row>[] = [
    { field: "ogpCode", headerName: t("members.ogpCode"), width: 110 },
    { field: "name", headerName: t("members.name"), flex: 1, minWidth: 200 },
    { field: "type", headerName: t("members.type"), width: 130, valueFormatter: (value: Row["type"]) => t(`memberType.${value}`) },
    { field: "region", headerName: t("members.region"), width: 200, valueFormatter: (value: Row["region"]) => t(`region.${value}`) },
    { field: "status", headerName: t("members.status"), width: 140, valueFormatter: (value: Row["status"]) => t(`memberStatus.${value}`) },
    { field: "yearJoined", headerName: t("members.yearJoined"), width: 120 },
  ];
  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        {t("members.title")}
      </Typography>
      <RoleGate roles={SUPPORT}>
        {() => (
          <ServerGrid<Row, MemberGridQuery, MemberGridQueryVariables>
            label={t("members.title")}
            fileName="members"
            query={memberGridQuery}
            select={(data) => ({
              rows: data.members.edges.map((edge) => edge.node),
              totalCount: data.members.totalCount,
              endCursor: data.members.pageInfo.endCursor ?? null,
              hasNextPage: data.members.pageInfo.hasNextPage,
            })}
            variables={({ first, after, filter, orderBy }) => ({
              first,
              after,
              filter: filter as MemberFilter,
              orderBy: (orderBy as MemberOrder | null) ?? null,
            })}
            columns={columns}
            orders={{ name: { asc: "NAME_ASC", desc: "NAME_DESC" } }}
            filters={[
              { key: "search", label: t("grid.searchLabel") },
              { key: "type", label: t("members.type"), options: MEMBER_TYPES.map((v) => ({ value: v, label: t(`memberType.${v}`) })) },
              { key: "region", label: t("members.region"), options: REGIONS.map((v) => ({ value: v, label: t(`region.${v}`) })) },
              {
                key: "status",
                label: t("members.status"),
                options: MEMBER_STATUSES.map((v) => ({ value: v, label: t(`memberStatus.${v}`) })),
              },
            ]}
            csv={[
              { header: "ogpCode", value: (row) => row.ogpCode },
              { header: "name", value: (row) => row.name },
              { header: "type", value: (row) => row.type },
              { header: "region", value: (row) => row.region },
              { header: "country", value: (row) => row.country },
              { header: "status", value: (row) => row.status },
              { header: "yearJoined", value: (row) => row.yearJoined },
            ]}
          />
        )}
      </RoleGate>
    </Stack>
  );
}
