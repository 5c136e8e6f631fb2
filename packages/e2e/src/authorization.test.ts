import { readFileSync } from "node:fs";
import { buildSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUTHORIZATION_MATRIX, type Caller, ROLES } from "./authorization-matrix.js";
import { graphql, type Stack, startTestStack } from "./stack.js";

/** Demo credentials `scripts/start` seeds (packages/identity/src/demo). */
const CREDENTIALS: Record<Exclude<Caller, "ANONYMOUS">, { email: string; password: string }> = {
  SUPPORT_UNIT_ADMIN: { email: "admin@ogc.example", password: "demo-admin-password" },
  SUPPORT_UNIT: { email: "support@ogc.example", password: "demo-support-password" },
  INSTITUTION_OFFICER: { email: "officer@ogc.example", password: "demo-officer-password" },
  PARTNER_EDITOR: { email: "partner@ogc.example", password: "demo-partner-password" },
  API_CLIENT: { email: "dashboard@ogc.example", password: "demo-dashboard-password" },
};

const DENIED = new Set(["UNAUTHENTICATED", "FORBIDDEN"]);

let stack: Stack & { dispose(): Promise<void> };

interface Session {
  accessToken: string;
  refreshToken: string;
}

async function signIn(caller: Exclude<Caller, "ANONYMOUS">): Promise<Session> {
  const { email, password } = CREDENTIALS[caller];
  const result = await graphql<{ signIn: Session }>(
    stack.gatewayUrl,
    "mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken refreshToken } }",
    { email, password },
  );
  if (!result.data?.signIn) throw new Error(`${caller} could not sign in: ${JSON.stringify(result.errors)}`);
  return result.data.signIn;
}

const sessions = new Map<Caller, Session>();

function demoScope() {
  if (!stack.demo) throw new Error("the stack has no demo data");
  return stack.demo;
}

beforeAll(async () => {
  stack = await startTestStack(400, false);
  for (const caller of ROLES) if (caller !== "ANONYMOUS") sessions.set(caller, await signIn(caller));
});
afterAll(() => stack?.dispose());

describe("the authorisation matrix", () => {
  it("has a row for every mutation of the graph, and no row for a mutation that does not exist", () => {
    const schema = buildSchema(readFileSync(new URL("../../gateway/public-schema.graphql", import.meta.url), "utf8"));
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect(AUTHORIZATION_MATRIX.map((row) => row.mutation).sort()).toEqual(mutations);
  });

  // One test per mutation: every caller, allowed or denied as the matrix says.
  for (const row of AUTHORIZATION_MATRIX) {
    it(`${row.mutation}: allowed for ${row.allowed.join(", ")}`, async () => {
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const caller of ROLES) {
        let session = caller === "ANONYMOUS" ? undefined : sessions.get(caller);
        if (session && (row.ownSession || row.needsRefreshToken)) session = await signIn(caller as Exclude<Caller, "ANONYMOUS">);
        const given = typeof row.variables === "function" ? row.variables(demoScope()) : row.variables;
        const variables = {
          ...given,
          ...(row.needsRefreshToken ? { refreshToken: (session ?? (await signIn("SUPPORT_UNIT"))).refreshToken } : {}),
        };
        const headers: Record<string, string> = session ? { authorization: `Bearer ${session.accessToken}` } : {};
        const result = await graphql(stack.gatewayUrl, row.operation, variables, headers);
        const codes = (result.errors ?? []).map((error) => String(error.extensions?.code));
        // Limits and validation must never be what answers: the matrix's operations are valid GraphQL.
        expect(codes.filter((code) => code.startsWith("GRAPHQL_") || code === "RATE_LIMITED")).toEqual([]);
        outcomes[caller] = codes.some((code) => DENIED.has(code)) ? `denied (${codes.join(",")})` : "allowed";
        expected[caller] = row.allowed.includes(caller) ? "allowed" : "denied";
      }
      const simplified = Object.fromEntries(Object.entries(outcomes).map(([caller, outcome]) => [caller, outcome.split(" ")[0]]));
      expect(simplified, JSON.stringify(outcomes)).toEqual(expected);
    });
  }
});
