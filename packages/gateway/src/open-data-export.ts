import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import type { Logger } from "@ogc/kit";
import {
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLError,
  GraphQLID,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLInt,
  GraphQLNonNull,
  type GraphQLSchema,
  GraphQLString,
} from "graphql";
import { DATA_LICENCE, EXPORT_DATASETS, type ExportDataset, jsonSchemaOf } from "./export-datasets.js";
import { INTERNAL_REQUEST, type RateLimiter } from "./rate-limit.js";

/** Rows per page read from the graph: the connections' largest page. */
export const EXPORT_PAGE_SIZE = 100;

const EXPORT_PATH = /^\/export\/([a-z-]+)\.(csv|json|schema\.json)$/;

/** A bad request to the export: 400 with a JSON error naming the parameter. */
class ExportRequestError extends Error {
  constructor(
    message: string,
    readonly parameter: string,
  ) {
    super(message);
  }
}

/** Runs one GraphQL operation through the gateway itself (every plugin but the rate limiter), as an anonymous caller. */
export type GraphExecutor = (
  query: string,
  variables: Record<string, unknown>,
  acceptLanguage: string | null,
) => Promise<{
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}>;

/** Unwraps `T!` to `T`. */
function nullable(type: GraphQLInputType): GraphQLInputType {
  return type instanceof GraphQLNonNull ? (type.ofType as GraphQLInputType) : type;
}

/** Parses one query parameter into the filter field's GraphQL type, or says what it must look like. */
function coerceParameter(name: string, raw: string, type: GraphQLInputType): unknown {
  const base = nullable(type);
  if (base instanceof GraphQLEnumType) {
    const values = base.getValues().map((value) => value.name);
    if (!values.includes(raw)) throw new ExportRequestError(`\`${name}\` must be one of ${values.join(", ")}; "${raw}" is not.`, name);
    return raw;
  }
  if (base === GraphQLBoolean) {
    if (raw !== "true" && raw !== "false") throw new ExportRequestError(`\`${name}\` must be true or false; "${raw}" is not.`, name);
    return raw === "true";
  }
  if (base === GraphQLInt) {
    if (!/^-?\d+$/.test(raw)) throw new ExportRequestError(`\`${name}\` must be an integer; "${raw}" is not.`, name);
    return Number(raw);
  }
  if (base === GraphQLString || base === GraphQLID) {
    if (raw.length === 0 || raw.length > 200) throw new ExportRequestError(`\`${name}\` must be 1 to 200 characters long.`, name);
    return raw;
  }
  throw new ExportRequestError(`\`${name}\` cannot be given as a query parameter.`, name);
}

/**
 * The filter of a dataset from the query parameters: each field of its GraphQL filter input (read from the served
 * schema, so the export follows the API) is a parameter of the same name; `memberCode` (an OGP code) stands for
 * `memberId` where the filter has one. Unknown parameters are refused rather than ignored, so a typo never exports
 * more than was asked for.
 */
export async function filterFromParameters(
  dataset: ExportDataset,
  parameters: URLSearchParams,
  schema: GraphQLSchema,
  execute: GraphExecutor,
): Promise<Record<string, unknown>> {
  const inputType = schema.getType(dataset.filterType);
  if (!(inputType instanceof GraphQLInputObjectType)) throw new Error(`the served schema has no input ${dataset.filterType}`);
  const fields = inputType.getFields();
  const filter: Record<string, unknown> = {};
  const known = [...Object.keys(fields), ...("memberId" in fields ? ["memberCode"] : [])];
  for (const name of new Set(parameters.keys())) {
    const all = parameters.getAll(name);
    if (!known.includes(name)) {
      throw new ExportRequestError(`Unknown parameter \`${name}\`. The ${dataset.name} export takes: ${known.join(", ")}.`, name);
    }
    if (all.length > 1) throw new ExportRequestError(`\`${name}\` may be given once.`, name);
    const raw = all[0] ?? "";
    if (name === "memberCode") continue;
    const fieldType = fields[name]?.type;
    if (fieldType) filter[name] = coerceParameter(name, raw, fieldType);
  }
  const memberCode = parameters.get("memberCode");
  if (memberCode !== null) {
    if (parameters.has("memberId")) throw new ExportRequestError("Give `memberCode` or `memberId`, not both.", "memberCode");
    const code = coerceParameter("memberCode", memberCode, GraphQLString) as string;
    const result = await execute("query ExportMember($code: String!) { memberByOgpCode(code: $code) { id } }", { code }, null);
    const member = (result.data?.memberByOgpCode as { id?: string } | null | undefined) ?? null;
    if (result.errors?.length && !member) throw new Error(result.errors[0]?.message ?? "member lookup failed");
    if (!member?.id) throw new ExportRequestError(`\`memberCode\`: no member has the OGP code "${code}".`, "memberCode");
    filter.memberId = member.id;
  }
  return filter;
}

interface Page {
  totalCount: number;
  nodes: Record<string, unknown>[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** The operation reading one page of a dataset. */
export function pageQuery(dataset: ExportDataset): string {
  return `query Export${dataset.name}($first: Int!, $after: String, $filter: ${dataset.filterType}) {
  ${dataset.listField}(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ${dataset.selection} } }
  }
}`;
}

/** The pages of a dataset, one request each, following `endCursor`. */
async function readPage(
  dataset: ExportDataset,
  execute: GraphExecutor,
  filter: Record<string, unknown>,
  after: string | null,
  acceptLanguage: string | null,
): Promise<Page> {
  const result = await execute(pageQuery(dataset), { first: EXPORT_PAGE_SIZE, after, filter }, acceptLanguage);
  const connection = result.data?.[dataset.listField] as
    | { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Record<string, unknown> }[] }
    | undefined;
  if (result.errors?.length || !connection) {
    const first = result.errors?.[0];
    throw new GraphQLError(first?.message ?? "the graph answered no data", { extensions: first?.extensions });
  }
  return {
    totalCount: connection.totalCount,
    nodes: connection.edges.map((edge) => edge.node),
    endCursor: connection.pageInfo.endCursor,
    hasNextPage: connection.pageInfo.hasNextPage,
  };
}

/** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. `null` is an empty cell. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(values: unknown[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/**
 * Streams the rows: the first page is already read (so a bad request or an unreachable graph is still a proper error
 * response); each further page is read when the client has taken the previous one (a pull stream), so one page at a
 * time is held, whatever the size of the export. A failure half-way aborts the response: a truncated file is noticed,
 * a silently incomplete one would not be.
 */
function rowStream(options: {
  first: Page;
  next: (after: string | null) => Promise<Page>;
  head: string;
  row: (node: Record<string, unknown>, index: number) => string;
  tail: (count: number) => string;
  logger: Logger;
  dataset: string;
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let page: Page | undefined = options.first;
  let count = 0;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(options.head));
        }
        if (!page) {
          controller.enqueue(encoder.encode(options.tail(count)));
          controller.close();
          return;
        }
        const current: Page = page;
        let chunk = "";
        for (const node of current.nodes) chunk += options.row(node, count++);
        if (chunk) controller.enqueue(encoder.encode(chunk));
        page = current.hasNextPage && current.endCursor ? await options.next(current.endCursor) : undefined;
      } catch (error) {
        options.logger.warn({ err: error, dataset: options.dataset, rows: count }, "open-data export aborted half-way");
        controller.error(error);
      }
    },
  });
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", ...headers } });
}

const LICENCE_HEADERS = {
  link: `<${DATA_LICENCE.url}>; rel="license"`,
  "x-data-licence": `${DATA_LICENCE.name}; ${DATA_LICENCE.attribution}`,
};

export interface ExportOptions {
  getSchema: () => Promise<GraphQLSchema> | GraphQLSchema;
  execute: GraphExecutor;
  /** Export requests count against the caller's rate limit, as anonymous callers (absent: no limits). */
  rateLimiter?: RateLimiter;
  logger: Logger;
}

/**
 * Open data at the gateway: `GET /export/<dataset>.csv`, `.json` and `.schema.json` for commitments, members and
 * institutions (export-datasets.ts), with the list's filter as query parameters. Every row is read through the
 * gateway's own graph, page by page with Relay cursors, as an anonymous caller: the export holds exactly what the
 * public API shows, and benefits from the response cache.
 */
export function useOpenDataExport(options: ExportOptions): GatewayPlugin {
  const { logger } = options;
  return {
    onRequest({ request, url, serverContext, endResponse }) {
      const match = EXPORT_PATH.exec(url.pathname);
      if (!match) return;
      const [, name, format] = match;
      const dataset = EXPORT_DATASETS.find((candidate) => candidate.name === name);
      return (async () => {
        if (request.method !== "GET" && request.method !== "HEAD") {
          endResponse(jsonResponse(405, { error: { code: "METHOD_NOT_ALLOWED", message: "Use GET." } }, { allow: "GET, HEAD" }));
          return;
        }
        if (!dataset) {
          const names = EXPORT_DATASETS.map((candidate) => candidate.name).join(", ");
          endResponse(jsonResponse(404, { error: { code: "NOT_FOUND", message: `No export named "${name}". There are: ${names}.` } }));
          return;
        }
        try {
          // Counted as an anonymous caller: the export serves public data only, whoever asks.
          // (No viewer is known for this request: authentication runs for GraphQL requests only.)
          await options.rateLimiter?.consume(request, serverContext);
        } catch (error) {
          if (!(error instanceof GraphQLError)) throw error;
          const http = error.extensions.http as { status: number; headers?: Record<string, string> };
          const { http: _http, ...extensions } = error.extensions;
          endResponse(jsonResponse(http.status, { error: { message: error.message, ...extensions } }, http.headers));
          return;
        }
        const schema = await options.getSchema();
        if (format === "schema.json") {
          const enumValues = (typeName: string) => {
            const type = schema.getType(typeName);
            return type instanceof GraphQLEnumType ? type.getValues().map((value) => value.name) : undefined;
          };
          endResponse(
            new Response(JSON.stringify(jsonSchemaOf(dataset, url.origin, enumValues), null, 2), {
              headers: { "content-type": "application/schema+json; charset=utf-8", "cache-control": "public, max-age=3600" },
            }),
          );
          return;
        }
        endResponse(await exportResponse(dataset, format as "csv" | "json", url, request, schema));
      })();
    },
  };

  async function exportResponse(
    dataset: ExportDataset,
    format: "csv" | "json",
    url: URL,
    request: Request,
    schema: GraphQLSchema,
  ): Promise<Response> {
    const acceptLanguage = request.headers.get("accept-language");
    let filter: Record<string, unknown>;
    let first: Page;
    try {
      filter = await filterFromParameters(dataset, url.searchParams, schema, options.execute);
      first = await readPage(dataset, options.execute, filter, null, acceptLanguage);
    } catch (error) {
      if (error instanceof ExportRequestError) {
        return jsonResponse(400, { error: { code: "BAD_USER_INPUT", field: error.parameter, message: error.message } });
      }
      const code = error instanceof GraphQLError ? error.extensions.code : undefined;
      if (code === "BAD_USER_INPUT") {
        return jsonResponse(400, { error: { code, message: error instanceof Error ? error.message : String(error) } });
      }
      logger.warn({ err: error, dataset: dataset.name }, "open-data export could not start");
      return jsonResponse(
        503,
        {
          error: { code: "SERVICE_UNAVAILABLE", message: "The data for this export cannot be read right now; try again later." },
        },
        { "retry-after": "10" },
      );
    }
    const next = (after: string | null) => readPage(dataset, options.execute, filter, after, acceptLanguage);
    const generatedAt = new Date().toISOString();
    const columns = dataset.columns.map((column) => column.name);
    const headers: Record<string, string> = {
      ...LICENCE_HEADERS,
      "content-disposition": `attachment; filename="${dataset.name}.${format}"`,
      "x-total-count": String(first.totalCount),
      "cache-control": "no-store",
    };
    if (request.method === "HEAD") return new Response(null, { headers: { ...headers, "content-type": contentType(format) } });
    const body =
      format === "csv"
        ? rowStream({
            first,
            next,
            logger,
            dataset: dataset.name,
            head: csvLine(columns),
            row: (node) => csvLine(dataset.columns.map((column) => column.value(node))),
            tail: () => "",
          })
        : rowStream({
            first,
            next,
            logger,
            dataset: dataset.name,
            head: `{"licence":${JSON.stringify(DATA_LICENCE)},"generatedAt":${JSON.stringify(generatedAt)},"filter":${JSON.stringify(
              Object.fromEntries(url.searchParams),
            )},"totalCount":${first.totalCount},"columns":${JSON.stringify(columns)},"rows":[`,
            row: (node, index) =>
              `${index === 0 ? "\n" : ",\n"}${JSON.stringify(Object.fromEntries(dataset.columns.map((column) => [column.name, column.value(node)])))}`,
            tail: () => "\n]}\n",
          });
    return new Response(body, { headers: { ...headers, "content-type": contentType(format) } });
  }
}

function contentType(format: "csv" | "json"): string {
  return format === "csv" ? "text/csv; charset=utf-8; header=present" : "application/json; charset=utf-8";
}

/** A `GraphExecutor` over a gateway's own request handler, marked internal so the rate limiter lets it pass. */
export function selfExecutor(
  fetchFn: (url: string, init: RequestInit, serverContext: Record<string | symbol, unknown>) => Promise<Response> | Response,
  graphqlEndpoint: string,
): GraphExecutor {
  return async (query, variables, acceptLanguage) => {
    const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
    if (acceptLanguage) headers["accept-language"] = acceptLanguage;
    const response = await fetchFn(
      `http://gateway.internal${graphqlEndpoint}`,
      { method: "POST", headers, body: JSON.stringify({ query, variables }) },
      { [INTERNAL_REQUEST]: true },
    );
    return (await response.json()) as Awaited<ReturnType<GraphExecutor>>;
  };
}
