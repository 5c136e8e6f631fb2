// The gateway's response cache, persisted queries and open-data export, against the real stack with Redis.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUBGRAPHS } from "../../../scripts/stack.mjs";
import { type Replica, startReplica } from "./replicas.js";
import { type GraphQLResult, graphql, type Stack, startTestStack } from "./stack.js";

const PORT_OFFSET = 1130;
// A Redis database of its own, so no other test's keys are touched; only the gateway's keys are removed at the end.
const REDIS_URL = "redis://127.0.0.1:6379/11";
const PERSISTED = "query PersistedAreas { challengeAreas { code } }";
const PERSISTED_ID = `sha256:${createHash("sha256").update(PERSISTED).digest("hex")}`;
const AREA = "PUBLIC_PARTICIPATION";

let stack: Stack & { dispose(): Promise<void> };
let second: Replica | undefined;
let manifestDir: string;
let base: string;
let supportToken = "";
let officerToken = "";

/** Runs redis-cli on the test database; undefined when Redis does not answer. */
function redisCli(...args: string[]): string | undefined {
  try {
    return execFileSync("redis-cli", ["-u", REDIS_URL, ...args], { encoding: "utf8", timeout: 5_000 });
  } catch {
    return undefined;
  }
}

function clearGatewayKeys(): void {
  const keys = (redisCli("--scan", "--pattern", "ogc:gateway:*") ?? "").split("\n").filter(Boolean);
  for (let i = 0; i < keys.length; i += 500) redisCli("del", ...keys.slice(i, i + 500));
}

const redisUp = redisCli("ping")?.trim() === "PONG";

function envForGateway(): Record<string, string> {
  return {
    REDIS_URL,
    PERSISTED_DOCUMENTS_PATH: join(manifestDir, "persisted-documents.json"),
    AUTH_JWKS_URL: `http://127.0.0.1:${4003 + PORT_OFFSET}/.well-known/jwks.json`,
    AUTH_SESSION_URL: `http://127.0.0.1:${4003 + PORT_OFFSET}/sessions/`,
    LOG_LEVEL: "warn",
    ...Object.fromEntries(SUBGRAPHS.map((s) => [`${s.name.toUpperCase()}_URL`, `http://127.0.0.1:${s.port + PORT_OFFSET}/graphql`])),
  };
}

beforeAll(async () => {
  if (redisUp) clearGatewayKeys();
  manifestDir = mkdtempSync(join(tmpdir(), "ogc-e2e-persisted-"));
  writeFileSync(join(manifestDir, "persisted-documents.json"), JSON.stringify({ [PERSISTED_ID]: PERSISTED }));
  // The stack's processes inherit this worker's environment: the gateway gets Redis. The manifest replaces the console's.
  const { REDIS_URL: redisUrl, PERSISTED_DOCUMENTS_PATH: manifest } = envForGateway();
  if (redisUp && redisUrl) process.env.REDIS_URL = redisUrl;
  stack = await startTestStack(PORT_OFFSET, false, { PERSISTED_DOCUMENTS_PATH: manifest });
  base = stack.gatewayUrl.replace(/\/graphql$/, "");
  const signIn = async (email: string, password: string) => {
    const result = await graphql<{ signIn: { accessToken: string } }>(
      stack.gatewayUrl,
      "mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }",
      { email, password },
    );
    return result.data?.signIn.accessToken ?? "";
  };
  supportToken = await signIn("admin@ogc.example", "demo-admin-password");
  officerToken = await signIn("officer@ogc.example", "demo-officer-password");
  expect(supportToken && officerToken).toBeTruthy();
});

afterAll(async () => {
  await second?.stop();
  await stack?.dispose();
  rmSync(manifestDir, { recursive: true, force: true });
  if (redisUp) clearGatewayKeys();
});

/** Requests the directory subgraph has answered on /graphql so far (its Prometheus metrics). */
async function directoryRequests(): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${4002 + PORT_OFFSET}/metrics`)).text();
  return text
    .split("\n")
    .filter((line) => line.startsWith("http_request_duration_seconds_count{") && line.includes('route="/graphql"'))
    .reduce((sum, line) => sum + Number(line.split(" ").pop()), 0);
}

async function post(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResult<Record<string, unknown>> };
}

const MEMBER = "query ($code: String!) { memberByOgpCode(code: $code) { id name version } }";

describe.runIf(redisUp)("the gateway's response cache, with Redis", () => {
  it("answers a repeated anonymous query from the cache, without asking the subgraph again", async () => {
    const first = await post(stack.gatewayUrl, { query: MEMBER, variables: { code: "ALB" } });
    expect(first.body.data?.memberByOgpCode).toMatchObject({ name: expect.any(String) });
    expect(first.headers.get("x-cache")).toBe("MISS");
    const asked = await directoryRequests();

    const again = await post(stack.gatewayUrl, { query: MEMBER, variables: { code: "ALB" } });
    expect(again.headers.get("x-cache")).toBe("HIT");
    expect(again.headers.get("cache-control")).toMatch(/^public, max-age=\d+$/);
    expect(again.body).toEqual(first.body);
    expect(await directoryRequests()).toBe(asked);
  });

  it("never serves a signed-in caller from the cache", async () => {
    await post(stack.gatewayUrl, { query: MEMBER, variables: { code: "ALB" } });
    const asked = await directoryRequests();
    const signedIn = await post(
      stack.gatewayUrl,
      { query: MEMBER, variables: { code: "ALB" } },
      { authorization: `Bearer ${supportToken}` },
    );
    expect(signedIn.headers.get("x-cache")).toBe("BYPASS");
    expect(signedIn.headers.get("cache-control")).toBe("private, no-store");
    expect(await directoryRequests()).toBeGreaterThan(asked);
  });

  it("shows an anonymous reader a member's new name right after the mutation that changed it", async () => {
    const before = await post(stack.gatewayUrl, { query: MEMBER, variables: { code: "ALB" } });
    const member = before.body.data?.memberByOgpCode as { id: string; name: string; version: number };
    expect((await post(stack.gatewayUrl, { query: MEMBER, variables: { code: "ALB" } })).headers.get("x-cache")).toBe("HIT");

    const renamed = await post(
      stack.gatewayUrl,
      {
        query: "mutation ($input: UpdateMemberInput!) { updateMember(input: $input) { name } }",
        variables: { input: { id: member.id, version: member.version, name: `${member.name} (renamed)` } },
      },
      { authorization: `Bearer ${supportToken}` },
    );
    expect(renamed.body.errors).toBeUndefined();

    const after = await post(stack.gatewayUrl, { query: MEMBER, variables: { code: "ALB" } });
    expect(after.headers.get("x-cache")).toBe("MISS");
    expect((after.body.data?.memberByOgpCode as { name: string } | undefined)?.name).toBe(`${member.name} (renamed)`);
  });

  it("shares cached answers and invalidations with a second gateway on the same Redis", async () => {
    second = await startReplica("gateway", envForGateway());
    await second.ready();
    const secondUrl = `http://127.0.0.1:${second.port}/graphql`;
    const query = "query ($code: String!) { memberByOgpCode(code: $code) { id name version region } }";

    expect((await post(stack.gatewayUrl, { query, variables: { code: "ALB" } })).headers.get("x-cache")).toBe("MISS");
    const asked = await directoryRequests();
    const fromSecond = await post(secondUrl, { query, variables: { code: "ALB" } });
    expect(fromSecond.headers.get("x-cache")).toBe("HIT");
    expect(await directoryRequests()).toBe(asked);

    const member = fromSecond.body.data?.memberByOgpCode as { id: string; name: string; version: number };
    const renamed = await post(
      secondUrl,
      {
        query: "mutation ($input: UpdateMemberInput!) { updateMember(input: $input) { name } }",
        variables: { input: { id: member.id, version: member.version, name: "Albania" } },
      },
      { authorization: `Bearer ${supportToken}` },
    );
    expect(renamed.body.errors).toBeUndefined();
    const fromFirst = await post(stack.gatewayUrl, { query, variables: { code: "ALB" } });
    expect(fromFirst.headers.get("x-cache")).toBe("MISS");
    expect((fromFirst.body.data?.memberByOgpCode as { name: string } | undefined)?.name).toBe("Albania");
  });
});

describe("persisted queries", () => {
  it("follows Apollo's APQ round trip: hash alone, PersistedQueryNotFound, hash with query, then the hash alone", async () => {
    const query = `query ApqAreas { challengeAreas { code name(locale: ES) } } # ${Date.now()}`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") } };
    const unknown = await post(stack.gatewayUrl, { extensions });
    expect(unknown.body.errors?.[0]).toMatchObject({
      message: "PersistedQueryNotFound",
      extensions: { code: "PERSISTED_QUERY_NOT_FOUND" },
    });
    const registered = await post(stack.gatewayUrl, { query, extensions });
    expect(registered.body.errors).toBeUndefined();
    const byHash = await post(stack.gatewayUrl, { extensions });
    expect(byHash.status).toBe(200);
    expect(byHash.body.data).toEqual(registered.body.data);
    expect((byHash.body.data?.challengeAreas as unknown[] | undefined)?.length).toBe(10);
  });

  it("serves the console's trusted documents by id from the manifest", async () => {
    const byId = await post(stack.gatewayUrl, { documentId: PERSISTED_ID });
    expect(byId.status).toBe(200);
    expect((byId.body.data?.challengeAreas as unknown[] | undefined)?.length).toBe(10);
    const unknown = await post(stack.gatewayUrl, { documentId: "sha256:not-in-the-manifest" });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });
});

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe("open-data export", () => {
  beforeAll(async () => {
    const demo = stack.demo;
    if (!demo) throw new Error("no demo data");
    // Three submitted commitments (anonymous callers see no drafts): two in AREA, one elsewhere.
    for (const [index, area] of [AREA, AREA, "ANTI_CORRUPTION"].entries()) {
      const created = await post(
        stack.gatewayUrl,
        {
          query: "mutation ($input: CreateCommitmentInput!) { createCommitment(input: $input) { id version } }",
          variables: {
            input: {
              pathway: "STANDALONE",
              memberId: demo.memberId,
              leadInstitutionId: demo.institutionIds[0],
              title: `Open budget, "phase ${index + 1}", with commas`,
              summary: "Citizens follow the budget.",
              proposedArea: area,
              values: ["TRANSPARENCY"],
              language: "EN",
              startDate: isoDay(-10),
              endDate: "2028-12-31",
              milestones: [{ title: "First publication", dueDate: isoDay(100) }],
            },
          },
        },
        { authorization: `Bearer ${officerToken}` },
      );
      expect(created.body.errors).toBeUndefined();
      const commitment = created.body.data?.createCommitment as { id: string; version: number };
      const submitted = await post(
        stack.gatewayUrl,
        {
          query: "mutation ($i: ChangeCommitmentStatusInput!) { changeCommitmentStatus(input: $i) { status } }",
          variables: { i: { id: commitment.id, version: commitment.version, to: "SUBMITTED" } },
        },
        { authorization: `Bearer ${officerToken}` },
      );
      expect(submitted.body.errors).toBeUndefined();
    }
  });

  async function totalCount(list: string, filterType: string, filter: Record<string, unknown>): Promise<number> {
    const result = await graphql<Record<string, { totalCount: number }>>(
      stack.gatewayUrl,
      `query ($filter: ${filterType}) { ${list}(first: 1, filter: $filter) { totalCount } }`,
      { filter },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.[list]?.totalCount ?? -1;
  }

  it("exports commitments as CSV with the GraphQL list's filter, rows matching its totalCount", async () => {
    const response = await fetch(`${base}/export/commitments.csv?area=${AREA}&memberCode=ALB`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="commitments.csv"');
    expect(response.headers.get("x-data-licence")).toContain("Creative Commons Attribution 3.0 Unported");
    expect(response.headers.get("x-data-licence")).toContain("Open Government Partnership / IRM data, via g0v/ogp-commitments");
    const rows = parseCsv(await response.text(), { columns: true }) as Record<string, string>[];
    const demo = stack.demo;
    expect(rows.length).toBe(await totalCount("commitments", "CommitmentFilter", { area: AREA, memberId: demo?.memberId }));
    expect(rows.length).toBe(2);
    expect(Object.keys(rows[0] ?? {})).toEqual(expect.arrayContaining(["id", "ogp_id", "title", "status", "member_code", "proposed_area"]));
    expect(rows.every((row) => row.proposed_area === AREA && row.member_code === "ALB" && row.status === "SUBMITTED")).toBe(true);
    expect(rows.map((row) => row.title)).toContain('Open budget, "phase 1", with commas');
  });

  it("exports members as JSON with the licence, paging through the whole list, valid against its JSON Schema's shape", async () => {
    const response = await fetch(`${base}/export/members.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="members.json"');
    const body = (await response.json()) as {
      licence: { name: string };
      totalCount: number;
      columns: string[];
      rows: Record<string, unknown>[];
    };
    expect(body.licence.name).toContain("Creative Commons Attribution 3.0 Unported");
    expect(body.rows.length).toBe(await totalCount("members", "MemberFilter", {}));
    expect(body.rows.length).toBe(body.totalCount);
    expect(new Set(body.rows.map((row) => row.id)).size).toBe(body.rows.length);

    const schema = (await (await fetch(`${base}/export/members.schema.json`)).json()) as {
      properties: { rows: { items: { required: string[]; properties: Record<string, { enum?: unknown[] }> } } };
    };
    expect(schema.properties.rows.items.required).toEqual(body.columns);
    for (const row of body.rows) {
      expect(Object.keys(row)).toEqual(body.columns);
      expect(schema.properties.rows.items.properties.region?.enum).toContain(row.region);
    }
  });

  it("exports institutions, filtered like the list", async () => {
    const csv = await (await fetch(`${base}/export/institutions.csv?memberCode=ALB`)).text();
    const rows = parseCsv(csv, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(await totalCount("institutions", "InstitutionFilter", { memberId: stack.demo?.memberId }));
    expect(rows.length).toBeGreaterThan(0);
    const json = (await (await fetch(`${base}/export/institutions.json?memberCode=ALB`)).json()) as { rows: unknown[] };
    expect(json.rows.length).toBe(rows.length);
  });

  it("answers a bad filter with 400 and a JSON error naming the parameter", async () => {
    for (const [query, parameter] of [
      ["area=SPACE", "area"],
      ["status=SOMEDAY", "status"],
      ["memberCode=NOWHERE", "memberCode"],
      ["colour=red", "colour"],
    ]) {
      const response = await fetch(`${base}/export/commitments.csv?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(await response.json()).toMatchObject({
        error: { code: "BAD_USER_INPUT", field: parameter, message: expect.stringContaining(parameter) },
      });
    }
  });

  it("streams: chunked, its header row first, read page by page rather than at once", async () => {
    const asked = await directoryRequests();
    const response = await fetch(`${base}/export/members.csv?includeArchived=true`);
    expect(response.headers.get("transfer-encoding")).toBe("chunked");
    expect(response.headers.get("content-length")).toBeNull();
    const reader = response.body?.getReader();
    if (!reader) throw new Error("no body");
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first.startsWith("id,ogp_code,name,type,country,region,year_joined,status,archived\r\n")).toBe(true);
    let text = first;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    const rows = text.trim().split("\r\n").length - 1;
    expect(rows).toBe(await totalCount("members", "MemberFilter", { includeArchived: true }));
    // One subgraph request per page of 100 at least (more for the members' fields from other subgraphs).
    expect((await directoryRequests()) - asked).toBeGreaterThanOrEqual(Math.ceil(rows / 100));
  });
});
