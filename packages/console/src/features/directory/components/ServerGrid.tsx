import type { ApolloClient, OperationVariables, TypedDocumentNode } from "@apollo/client";
import { useApolloClient, useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { DataGrid, type GridColDef, type GridSortModel } from "@mui/x-data-grid";
import { enUS, esES, frFR } from "@mui/x-data-grid/locales";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { LoadError } from "../../../components/LoadError";
import { download, toCsv } from "../csv";

export interface GridFilter {
  /** The URL parameter and the API filter field. */
  key: string;
  label: string;
  /** A select when given; free text otherwise. */
  options?: readonly { value: string; label: string }[];
}

export interface GridPage<Row> {
  rows: Row[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface ServerGridProps<Row extends { id: string }, Data, Vars extends OperationVariables> {
  /** Names the grid (and the exported file). */
  label: string;
  fileName: string;
  query: TypedDocumentNode<Data, Vars>;
  variables: (args: { first: number; after: string | null; filter: Record<string, string>; orderBy: string | null }) => Vars;
  select: (data: Data) => GridPage<Row>;
  columns: GridColDef<Row>[];
  /** Column field → the API's order for ascending and descending; columns not listed are not sortable. */
  orders: Record<string, { asc: string; desc: string }>;
  filters: readonly GridFilter[];
  /** The exported columns: a header and a value per row. */
  csv: readonly { header: string; value: (row: Row) => unknown }[];
}

const GRID_LOCALES = { en: enUS, es: esES, fr: frFR } as const;
const PAGE_SIZES = [25, 50, 100];

/**
 * A directory grid paged, sorted and filtered by the server. Filters and sort live in the URL (shareable, kept on
 * reload); pages follow the API's cursors; the export asks for every filtered row, not just the page on screen.
 */
export function ServerGrid<Row extends { id: string }, Data, Vars extends OperationVariables>(props: ServerGridProps<Row, Data, Vars>) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => {
    const values: Record<string, string> = {};
    for (const { key } of props.filters) {
      const value = params.get(key);
      if (value) values[key] = value;
    }
    return values;
  }, [params, props.filters]);
  const [sortField, sortDirection] = (params.get("sort") ?? "").split(":");
  const order = sortField ? props.orders[sortField] : undefined;
  const orderBy = order ? (sortDirection === "desc" ? order.desc : order.asc) : null;
  const sortModel: GridSortModel = order && sortField ? [{ field: sortField, sort: sortDirection === "desc" ? "desc" : "asc" }] : [];

  const [pageSize, setPageSize] = useState(PAGE_SIZES[0] ?? 25);
  // cursors[n] is the `after` of page n: the pages seen so far, so the grid can go back and forth.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [page, setPage] = useState(0);
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);

  // Apollo's options type depends on whether the variables are required, which a generic `Vars` cannot tell: cast.
  const { data, previousData, loading, error, refetch } = useQuery<Data, Vars>(props.query, {
    variables: props.variables({ first: pageSize, after: cursors[page] ?? null, filter, orderBy }),
  } as useQuery.Options<Data, Vars>);
  const shown = (data ?? previousData) as Data | undefined;
  const result = shown ? props.select(shown) : null;

  const restart = () => {
    setCursors([null]);
    setPage(0);
  };
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    restart();
  };
  const [search, setSearch] = useState(params.get("search") ?? "");

  const exportAll = async () => {
    setExporting(true);
    setExportFailed(false);
    try {
      const rows: Row[] = [];
      let after: string | null = null;
      for (;;) {
        const answer = await client.query<Data, Vars>({
          query: props.query,
          variables: props.variables({ first: 100, after, filter, orderBy }),
          fetchPolicy: "network-only",
        } as ApolloClient.QueryOptions<Data, Vars>);
        const chunk = props.select(answer.data as Data);
        rows.push(...chunk.rows);
        if (!chunk.hasNextPage || !chunk.endCursor) break;
        after = chunk.endCursor;
      }
      download(
        `${props.fileName}.csv`,
        toCsv(
          props.csv.map((column) => column.header),
          rows.map((row) => props.csv.map((column) => column.value(row))),
        ),
      );
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
  };

  const language = (i18n.resolvedLanguage ?? "en") as keyof typeof GRID_LOCALES;
  const localeText = (GRID_LOCALES[language] ?? enUS).components.MuiDataGrid.defaultProps.localeText;
  const columns = props.columns.map((column) => ({ ...column, sortable: column.field in props.orders, filterable: false }));

  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ alignItems: { md: "center" }, flexWrap: "wrap" }}>
        {props.filters.map((f) =>
          f.options ? (
            <TextField
              key={f.key}
              select
              label={f.label}
              value={filter[f.key] ?? ""}
              onChange={(event) => setParam(f.key, event.target.value)}
              sx={{ minWidth: 200 }}
            >
              <MenuItem value="">{t("grid.any")}</MenuItem>
              {f.options.map((option) => (
                <MenuItem key={option.value} value={option.value}>
                  {option.label}
                </MenuItem>
              ))}
            </TextField>
          ) : (
            <Stack
              key={f.key}
              component="form"
              role="search"
              direction="row"
              spacing={1}
              onSubmit={(event) => {
                event.preventDefault();
                setParam(f.key, search.trim());
              }}
            >
              <TextField label={f.label} value={search} onChange={(event) => setSearch(event.target.value)} />
              <Button type="submit" variant="outlined">
                {t("grid.search")}
              </Button>
            </Stack>
          ),
        )}
        <Button variant="outlined" onClick={exportAll} disabled={exporting || !result}>
          {exporting ? t("grid.exporting") : t("grid.export", { count: result?.totalCount ?? 0 })}
        </Button>
      </Stack>
      {exportFailed && <Alert severity="error">{t("grid.exportFailed")}</Alert>}
      {error && !result ? (
        <LoadError title={t("grid.loadFailed")} error={error} onRetry={() => refetch().catch(() => undefined)} />
      ) : (
        <Paper variant="outlined">
          <DataGrid
            aria-label={props.label}
            rows={result?.rows ?? []}
            columns={columns}
            loading={loading}
            localeText={localeText}
            paginationMode="server"
            sortingMode="server"
            filterMode="server"
            disableColumnFilter
            disableRowSelectionOnClick
            rowCount={result?.totalCount ?? 0}
            paginationMeta={{ hasNextPage: result?.hasNextPage ?? false }}
            pageSizeOptions={PAGE_SIZES}
            paginationModel={{ page, pageSize }}
            onPaginationModelChange={(model) => {
              if (model.pageSize !== pageSize) {
                setPageSize(model.pageSize);
                restart();
                return;
              }
              // Cursor paging moves one page at a time; the grid's buttons do too.
              if (model.page === page + 1 && result?.endCursor) {
                setCursors((known) => {
                  const next = known.slice(0, page + 1);
                  next[page + 1] = result.endCursor;
                  return next;
                });
                setPage(model.page);
              } else if (model.page < page) {
                setPage(model.page);
              }
            }}
            sortModel={sortModel}
            onSortModelChange={(model) => {
              const first = model[0];
              setParam("sort", first?.sort ? `${first.field}:${first.sort}` : "");
            }}
            autoHeight
          />
        </Paper>
      )}
    </Stack>
  );
}
