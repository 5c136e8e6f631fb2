import { readFileSync } from "node:fs";
import { createLogger } from "@ogc/kit";
import { buildSchema, GraphQLEnumType, parse, validate } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { DATA_LICENCE, EXPORT_DATASETS, jsonSchemaOf } from "./export-datasets.js";
import { csvCell, filterFromParameters, type GraphExecutor, pageQuery, useOpenDataExport } from "./open-data-export.js";
import { publicSchemaPath } from "./paths.js";
import { testGateways } from "./testing/test-gateway.js";

const schema = buildSchema(readFileSync(publicSchemaPath, "utf8"));
const dataset = (name: string) => {
  const found = EXPORT_DATASETS.find((candidate) => candidate.name === name);
  if (!found) throw new Error(name);
  return found;
};
const noGraph: GraphExecutor = async () => {
  throw new Error("the graph should not be asked");
};

describe("open-data export", () => {
  it("reads only fields the public schema has, for every column of every dataset", () => {
    for (const each of EXPORT_DATASETS) expect(validate(schema, parse(pageQuery(each)))).toEqual([]);
  });

  it("turns query parameters into the list's filter, typed by the schema", async () => {
    const filter = await filterFromParameters(
      dataset("commitments"),
      new URLSearchParams("area=JUSTICE&status=IN_PROGRESS&endsAfterChallenge=true&text=open data"),
      schema,
      noGraph,
    );
    expect(filter).toEqual({ area: "JUSTICE", status: "IN_PROGRESS", endsAfterChallenge: true, text: "open data" });
  });

  it("refuses bad values and unknown parameters, naming the parameter", async () => {
    const refusal = (query: string, name = "commitments") =>
      filterFromParameters(dataset(name), new URLSearchParams(query), schema, noGraph).then(
        () => undefined,
        (error: Error & { parameter?: string }) => ({ parameter: error.parameter, message: error.message }),
      );
    expect(await refusal("area=SPACE")).toMatchObject({ parameter: "area", message: expect.stringContaining("JUSTICE") });
    expect(await refusal("endsAfterChallenge=yes")).toMatchObject({ parameter: "endsAfterChallenge" });
    expect(await refusal("colour=red")).toMatchObject({ parameter: "colour", message: expect.stringContaining("area") });
    expect(await refusal("area=JUSTICE&area=HEALTH")).toMatchObject({ parameter: "area" });
    expect(await refusal("region=MARS", "members")).toMatchObject({ parameter: "region" });
    // Members have no memberId filter, so no memberCode either.
    expect(await refusal("memberCode=ALB", "members")).toMatchObject({ parameter: "memberCode" });
  });

  it("looks a member's OGP code up as its id, and refuses an unknown one", async () => {
    const graph: GraphExecutor = async (_query, variables) => ({
      data: { memberByOgpCode: variables.code === "ALB" ? { id: "m-1" } : null },
    });
    expect(await filterFromParameters(dataset("institutions"), new URLSearchParams("memberCode=ALB"), schema, graph)).toEqual({
      memberId: "m-1",
    });
    await expect(filterFromParameters(dataset("commitments"), new URLSearchParams("memberCode=XXX"), schema, graph)).rejects.toMatchObject({
      parameter: "memberCode",
    });
  });

  it("writes CSV cells as RFC 4180 asks", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(false)).toBe("false");
    expect(csvCell(2011)).toBe("2011");
  });

  it("describes each JSON export with a JSON Schema naming the licence, the columns and the enum values", () => {
    const enumValues = (name: string) => {
      const type = schema.getType(name);
      return type instanceof GraphQLEnumType ? type.getValues().map((value) => value.name) : undefined;
    };
    const described = jsonSchemaOf(dataset("commitments"), "http://localhost:4000", enumValues) as {
      $id: string;
      properties: { rows: { items: { required: string[]; properties: Record<string, { type: unknown; enum?: unknown[] }> } } };
    };
    expect(described.$id).toBe("http://localhost:4000/export/commitments.schema.json");
    const row = described.properties.rows.items;
    expect(row.required).toEqual(dataset("commitments").columns.map((column) => column.name));
    expect(row.properties.status?.enum).toContain("IN_PROGRESS");
    expect(row.properties.ogp_id?.type).toEqual(["string", "null"]);
    expect(DATA_LICENCE.attribution).toBe("Open Government Partnership / IRM data, via g0v/ogp-commitments");
  });
});

/** Runs the export plugin's request hook alone, as the gateway would for `path`. */
async function exportRequest(path: string, execute: GraphExecutor): Promise<Response> {
  const plugin = useOpenDataExport({ getSchema: () => schema, execute, logger: createLogger("gateway", "silent") });
  const url = new URL(path, "http://localhost:4000");
  let response: Response | undefined;
  const hook = plugin.onRequest as unknown as (payload: Record<string, unknown>) => Promise<void> | undefined;
  await hook({ request: new Request(url), url, serverContext: {}, endResponse: (answer: Response) => (response = answer) });
  if (!response) throw new Error(`no answer to ${path}`);
  return response;
}

const memberNode = (n: number) => ({
  id: `m-${n}`,
  ogpCode: `M${n}`,
  name: `Member ${n}`,
  type: "NATIONAL",
  country: null,
  region: "EUROPE",
  yearJoined: 2011,
  status: "ACTIVE",
  archived: false,
});

describe("open-data export, streamed", () => {
  it("sends the header and the first page before the next page is read, and reads ahead one page at most", async () => {
    const pages = 3;
    const asked: (string | null)[] = [];
    const releases: (() => void)[] = [];
    const execute: GraphExecutor = async (_query, variables) => {
      const after = (variables.after as string | null) ?? null;
      asked.push(after);
      const index = after === null ? 0 : Number(after);
      if (index > 0) await new Promise<void>((resolve) => releases.push(resolve));
      const nodes = Array.from({ length: 100 }, (_, i) => memberNode(index * 100 + i));
      return {
        data: {
          members: {
            totalCount: pages * 100,
            pageInfo: { hasNextPage: index + 1 < pages, endCursor: String(index + 1) },
            edges: nodes.map((node) => ({ node })),
          },
        },
      };
    };
    const response = await exportRequest("/export/members.csv", execute);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("x-total-count")).toBe("300");
    const reader = response.body?.getReader();
    if (!reader) throw new Error("no body");
    const decoder = new TextDecoder();
    let received = "";
    // Page 2 is held back: the header and page 1 arrive anyway.
    while (!received.includes("m-99,")) received += decoder.decode((await reader.read()).value);
    expect(received.startsWith("id,ogp_code,name,type,country,region,year_joined,status,archived\r\n")).toBe(true);
    expect(asked).toEqual([null, "1"]);
    releases.shift()?.();
    while (!received.includes("m-199,")) received += decoder.decode((await reader.read()).value);
    expect(asked).toEqual([null, "1", "2"]);
    releases.shift()?.();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += decoder.decode(value);
    }
    expect(received.trim().split("\r\n")).toHaveLength(1 + 300);
  });

  it("writes JSON that parses, with the licence, and aborts a stream whose later page fails", async () => {
    const execute: GraphExecutor = async (_query, variables) =>
      variables.after
        ? { errors: [{ message: "Internal server error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] }
        : {
            data: {
              members: { totalCount: 2, pageInfo: { hasNextPage: true, endCursor: "1" }, edges: [{ node: memberNode(1) }] },
            },
          };
    const response = await exportRequest("/export/members.json?region=EUROPE", execute);
    await expect(response.text()).rejects.toThrow();

    const whole: GraphExecutor = async () => ({
      data: { members: { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: "1" }, edges: [{ node: memberNode(1) }] } },
    });
    const body = (await (await exportRequest("/export/members.json?region=EUROPE", whole)).json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      licence: DATA_LICENCE,
      filter: { region: "EUROPE" },
      totalCount: 1,
      rows: [{ id: "m-1", ogp_code: "M1" }],
    });
  });

  it("answers 503 when the graph cannot be read before anything was sent", async () => {
    const response = await exportRequest("/export/members.csv", async () => ({ errors: [{ message: "down" }] }));
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: "SERVICE_UNAVAILABLE" } });
  });
});

const gateways = testGateways();
afterEach(() => gateways.stopAll());

describe("open-data export at the gateway", () => {
  it("counts export requests against the anonymous rate limit", async () => {
    const { base } = await gateways.start({ rateLimit: { windowMs: 60_000, anonymous: 2, account: 5, apiClient: 5 } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await fetch(`${base}/export/members.schema.json`)).status);
    expect(statuses).toEqual([200, 200, 429]);
    const refused = await fetch(`${base}/export/members.csv`);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await refused.json()).toMatchObject({ error: { code: "RATE_LIMITED", limit: 2 } });
  });

  it("answers 404 naming the datasets for an unknown export", async () => {
    const { base } = await gateways.start({ rateLimit: false });
    const response = await fetch(`${base}/export/partners.csv`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "NOT_FOUND", message: expect.stringContaining("commitments") } });
  });
});
