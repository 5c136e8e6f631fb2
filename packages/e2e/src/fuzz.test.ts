// Bad input at scale: thousands of operations generated from the public schema (valid and deliberately wrong), and
// raw garbage bodies, sent through the real gateway. Nothing may answer 5xx, crash a service or leak an internal detail,
// and every error must carry a message and a code. fast-check shrinks a failure to a minimal request, printed below.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { buildSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, SUBGRAPHS, startStack } from "../../../scripts/stack.mjs";
import { type OperationCase, OperationGenerator, type RawCase, rawCaseArbitrary } from "./fuzz-generators.js";
import { graphql, type Stack } from "./stack.js";

const PORT_OFFSET = 950;
/** Requests in flight at once: each fast-check run sends one batch of this many. */
const BATCH = 8;
const OPERATION_RUNS = { anonymous: 300, support: 250 };
const RAW_RUNS = 100;

let stack: Stack;
let dataDir: string;
let supportToken: string;
let generator: OperationGenerator;
let supportGenerator: OperationGenerator;
const seen = { requests: 0, statuses: new Map<number, number>(), codes: new Map<string, number>(), unavailable: [] as string[] };

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "ogc-e2e-fuzz-"));
  stack = await startStack({
    dataDir,
    portOffset: PORT_OFFSET,
    withConsole: false,
    env: { LOG_LEVEL: "warn", SEED_DEMO_DATA: "true", RATE_LIMIT_ANONYMOUS: "0", RATE_LIMIT_ACCOUNT: "0" },
  });
  const signIn = await graphql<{ signIn: { accessToken: string } }>(
    stack.gatewayUrl,
    "mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }",
    { email: "support@ogc.example", password: "demo-support-password" },
  );
  if (!signIn.data?.signIn) throw new Error(`the support unit could not sign in: ${JSON.stringify(signIn.errors)}`);
  supportToken = signIn.data.signIn.accessToken;
  const schema = buildSchema(readFileSync(join(ROOT, "packages", "gateway", "public-schema.graphql"), "utf8"));
  const demo = stack.demo;
  const ids = [
    ...(demo ? [demo.memberId, demo.partnerId, ...demo.institutionIds] : []),
    "00000000-0000-0000-0000-000000000000",
    "not-an-id",
    "",
  ];
  generator = new OperationGenerator(schema, ids);
  // As the support unit, nothing that would end its own session or rights half-way through the runs.
  supportGenerator = new OperationGenerator(schema, ids, ["signOut", "changePassword", "disableAccount", "changeRole"]);
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  console.log(
    `fuzz: ${seen.requests} requests; statuses ${JSON.stringify(Object.fromEntries(seen.statuses))}; ` +
      `error codes ${JSON.stringify(Object.fromEntries(seen.codes))}`,
  );
  if (seen.unavailable.length) console.warn(`fuzz: 503 SERVICE_UNAVAILABLE for:\n${seen.unavailable.join("\n")}`);
});

/** What would tell an attacker how the hub is built: stack frames, file paths, SQL, drivers, internal addresses. */
const INTERNAL_DETAIL = [
  /\bat .*\.(c|m)?js:\d+/,
  /\.(js|ts):\d+:\d+/,
  /node_modules/,
  /\bSELECT\s/i,
  /\bINSERT INTO\b/i,
  /\bUPDATE\s+\S+\s+SET\b/i,
  /SQLITE_|sqlite3?\b|better-sqlite|\bpg_|relation ".*" does not exist|violates .* constraint|duplicate key/i,
  /ECONNREFUSED|ECONNRESET|127\.0\.0\.1|localhost:\d+/,
  /TypeError|ReferenceError|Cannot read propert|undefined is not|is not a function/,
];

interface ErrorShape {
  message?: unknown;
  extensions?: { code?: unknown };
}

/** Checks one answer; throws (so fast-check shrinks) with the request and the answer when a property does not hold. */
async function check(request: string, response: Response): Promise<void> {
  const text = await response.text();
  seen.requests++;
  seen.statuses.set(response.status, (seen.statuses.get(response.status) ?? 0) + 1);
  const fail = (why: string): never => {
    throw new Error(`${why}\nrequest: ${request.slice(0, 2000)}\nstatus: ${response.status}\nbody: ${text.slice(0, 2000)}`);
  };
  let body: { errors?: unknown; data?: unknown };
  try {
    body = JSON.parse(text);
  } catch {
    return fail("the answer is not JSON");
  }
  if (typeof body !== "object" || body === null) return fail("the answer is not a JSON object");
  const errors = body.errors;
  if (errors !== undefined && !Array.isArray(errors)) return fail("`errors` is not a list");
  for (const error of (errors ?? []) as ErrorShape[]) {
    const code = error.extensions?.code;
    if (typeof code === "string") seen.codes.set(code, (seen.codes.get(code) ?? 0) + 1);
    if (typeof error.message !== "string" || !error.message.trim()) return fail("an error without a message");
    if (typeof code !== "string" || !code) return fail("an error without a code");
    // Masked exceptions: bad input must be answered as such, not by a bug in disguise (a 500 inside a 200).
    if (code === "INTERNAL_SERVER_ERROR") return fail("an internal server error");
    const shown = JSON.stringify(error);
    const leak = INTERNAL_DETAIL.find((pattern) => pattern.test(shown));
    if (leak) return fail(`an error shows an internal detail (${leak})`);
  }
  if (response.status >= 500) {
    const codes = ((errors ?? []) as ErrorShape[]).map((error) => error.extensions?.code);
    if (response.status === 503 && codes.length && codes.every((code) => code === "SERVICE_UNAVAILABLE")) {
      seen.unavailable.push(request.slice(0, 500));
      return;
    }
    return fail(`HTTP ${response.status}`);
  }
  if (response.status >= 400 && !errors?.length) fail(`HTTP ${response.status} without an error`);
  if (response.status === 200 && errors === undefined && body.data === undefined) fail("neither data nor errors");
}

async function sendOperation(operation: OperationCase, token?: string): Promise<void> {
  const body = JSON.stringify({ query: operation.query, variables: operation.variables, operationName: operation.operationName });
  const response = await fetch(stack.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
    signal: AbortSignal.timeout(30_000),
  });
  await check(`${token ? "as the support unit: " : "anonymous: "}${body}`, response);
}

async function sendRaw(raw: RawCase): Promise<void> {
  const headers: Record<string, string> = {};
  if (raw.contentType) headers["content-type"] = raw.contentType;
  if (raw.accept) headers.accept = raw.accept;
  if (raw.csrfHeader) headers["x-graphql-client"] = "fuzz";
  const response = await fetch(`${stack.gatewayUrl}${raw.search ?? ""}`, {
    method: raw.method,
    headers,
    ...(raw.method === "POST" ? { body: raw.body ?? "" } : {}),
    signal: AbortSignal.timeout(30_000),
  });
  await check(JSON.stringify(raw), response);
}

const batch = <T>(arbitrary: fc.Arbitrary<T>) => fc.array(arbitrary, { minLength: 1, maxLength: BATCH });

describe("the gateway under generated bad input", () => {
  it("answers every generated operation, anonymous, with a coded error or data and never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(batch(generator.arbitrary()), async (operations) => {
        await Promise.all(operations.map((operation) => sendOperation(operation)));
      }),
      { numRuns: OPERATION_RUNS.anonymous },
    );
  }, 300_000);

  it("answers every generated operation sent as the support unit the same way", async () => {
    await fc.assert(
      fc.asyncProperty(batch(supportGenerator.arbitrary()), async (operations) => {
        await Promise.all(operations.map((operation) => sendOperation(operation, supportToken)));
      }),
      { numRuns: OPERATION_RUNS.support },
    );
  }, 300_000);

  it("refuses garbage bodies, odd content types and GETs with a coded error, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(batch(rawCaseArbitrary()), async (raws) => {
        await Promise.all(raws.map((raw) => sendRaw(raw)));
      }),
      { numRuns: RAW_RUNS },
    );
  }, 300_000);

  it("is still up afterwards: the gateway process alive, /healthz and every subgraph's /readyz 200", async () => {
    for (const service of stack.services) {
      expect(service.child.exitCode, `${service.name} exited`).toBeNull();
      expect(service.child.signalCode, `${service.name} was killed`).toBeNull();
    }
    const health = await fetch(stack.gatewayUrl.replace("/graphql", "/healthz"));
    expect(health.status).toBe(200);
    for (const subgraph of SUBGRAPHS) {
      const ready = await fetch(`http://127.0.0.1:${subgraph.port + PORT_OFFSET}/readyz`);
      expect(ready.status, `${subgraph.name} /readyz`).toBe(200);
    }
  });
});
