import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { GridColDef } from "@mui/x-data-grid";
import { useTranslation } from "react-i18next";
import { toApiLocale } from "../app/languages";
import { usePageTitle } from "../app/usePageTitle";
import { RoleGate, SUPPORT } from "../components/RoleGate";
import { ServerGrid } from "../features/directory/components/ServerGrid";
import { BRANCHES, LEVELS, MEMBER_TYPES, REGIONS } from "../features/directory/enums";
import { graphql } from "../gql";
import type { InstitutionFilter, InstitutionGridQuery, InstitutionGridQueryVariables, InstitutionOrder } from "../gql/graphql";

export const institutionGridQuery = graphql(`
  query InstitutionGrid($first: Int, $after: String, $filter: InstitutionFilter, $orderBy: InstitutionOrder, $locale: Locale) {
    institutions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges {
        node {
          id
          name(locale: $locale)
          branch
          level
          member {
            id
            name
            ogpCode
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

type Row = InstitutionGridQuery["institutions"]["edges"][number]["node"];

export function InstitutionsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("institutions.title"));
  const locale = toApiLocale(i18n.resolvedLanguage);
  const columns: GridColDef<Row>[] = [
    { field: "name", headerName: t("institutions.name"), flex: 1, minWidth: 240 },
    { field: "member", headerName: t("institutions.member"), width: 200, valueGetter: (_value, row) => row.member.name },
    { field: "branch", headerName: t("institutions.branch"), width: 150, valueFormatter: (value: Row["branch"]) => t(`branch.${value}`) },
    { field: "level", headerName: t("institutions.level"), width: 140, valueFormatter: (value: Row["level"]) => t(`level.${value}`) },
  ];
  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        {t("institutions.title")}
      </Typography>
      <RoleGate roles={SUPPORT}>
        {() => (
          <ServerGrid<Row, InstitutionGridQuery, InstitutionGridQueryVariables>
            label={t("institutions.title")}
            fileName="institutions"
            query={institutionGridQuery}
            select={(data) => ({
              rows: data.institutions.edges.map((edge) => edge.node),
              totalCount: data.institutions.totalCount,
              endCursor: data.institutions.pageInfo.endCursor ?? null,
              hasNextPage: data.institutions.pageInfo.hasNextPage,
            })}
            variables={({ first, after, filter, orderBy }) => ({
              first,
              after,
              locale,
              filter: filter as InstitutionFilter,
              orderBy: (orderBy as InstitutionOrder | null) ?? null,
            })}
            columns={columns}
            orders={{ name: { asc: "NAME_ASC", desc: "NAME_DESC" } }}
            filters={[
              { key: "search", label: t("grid.searchLabel") },
              {
                key: "memberType",
                label: t("members.type"),
                options: MEMBER_TYPES.map((v) => ({ value: v, label: t(`memberType.${v}`) })),
              },
              { key: "region", label: t("members.region"), options: REGIONS.map((v) => ({ value: v, label: t(`region.${v}`) })) },
              { key: "branch", label: t("institutions.branch"), options: BRANCHES.map((v) => ({ value: v, label: t(`branch.${v}`) })) },
              { key: "level", label: t("institutions.level"), options: LEVELS.map((v) => ({ value: v, label: t(`level.${v}`) })) },
            ]}
            csv={[
              { header: "id", value: (row) => row.id },
              { header: "name", value: (row) => row.name },
              { header: "memberOgpCode", value: (row) => row.member.ogpCode },
              { header: "member", value: (row) => row.member.name },
              { header: "branch", value: (row) => row.branch },
              { header: "level", value: (row) => row.level },
            ]}
          />
        )}
      </RoleGate>
    </Stack>
  );
}
