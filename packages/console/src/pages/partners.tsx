import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { GridColDef } from "@mui/x-data-grid";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../app/usePageTitle";
import { RoleGate, SUPPORT } from "../components/RoleGate";
import { ServerGrid } from "../features/directory/components/ServerGrid";
import { PARTNER_KINDS } from "../features/directory/enums";
import { graphql } from "../gql";
import type { PartnerFilter, PartnerGridQuery, PartnerGridQueryVariables, PartnerOrder } from "../gql/graphql";

export const partnerGridQuery = graphql(`
  query PartnerGrid($first: Int, $after: String, $filter: PartnerFilter, $orderBy: PartnerOrder) {
    partners(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges {
        node {
          id
          name
          kind
          country
          website
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Row = PartnerGridQuery["partners"]["edges"][number]["node"];

export function PartnersPage() {
  const { t } = useTranslation();
  usePageTitle(t("partners.title"));
  const columns: GridColDef<Row>[] = [
    { field: "name", headerName: t("partners.name"), flex: 1, minWidth: 240 },
    { field: "kind", headerName: t("partners.kind"), width: 180, valueFormatter: (value: Row["kind"]) => t(`partnerKind.${value}`) },
    { field: "country", headerName: t("partners.country"), width: 110 },
    { field: "website", headerName: t("partners.website"), width: 240 },
  ];
  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        {t("partners.title")}
      </Typography>
      <RoleGate roles={SUPPORT}>
        {() => (
          <ServerGrid<Row, PartnerGridQuery, PartnerGridQueryVariables>
            label={t("partners.title")}
            fileName="partners"
            query={partnerGridQuery}
            select={(data) => ({
              rows: data.partners.edges.map((edge) => edge.node),
              totalCount: data.partners.totalCount,
              endCursor: data.partners.pageInfo.endCursor ?? null,
              hasNextPage: data.partners.pageInfo.hasNextPage,
            })}
            variables={({ first, after, filter, orderBy }) => ({
              first,
              after,
              filter: filter as PartnerFilter,
              orderBy: (orderBy as PartnerOrder | null) ?? null,
            })}
            columns={columns}
            orders={{ name: { asc: "NAME_ASC", desc: "NAME_DESC" } }}
            filters={[
              { key: "search", label: t("grid.searchLabel") },
              { key: "kind", label: t("partners.kind"), options: PARTNER_KINDS.map((v) => ({ value: v, label: t(`partnerKind.${v}`) })) },
            ]}
            csv={[
              { header: "id", value: (row) => row.id },
              { header: "name", value: (row) => row.name },
              { header: "kind", value: (row) => row.kind },
              { header: "country", value: (row) => row.country },
              { header: "website", value: (row) => row.website },
            ]}
          />
        )}
      </RoleGate>
    </Stack>
  );
}
