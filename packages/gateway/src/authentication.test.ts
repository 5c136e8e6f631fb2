import { createLogger, Role } from "@ogc/kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGatewayVerifier } from "./authentication.js";
import { postGraphQL } from "./testing/http.js";
import { type IdentityStub, startIdentityStub, type TokenOptions, unsignedToken } from "./testing/identity-stub.js";
import { type TestGateway, testGateways } from "./testing/test-gateway.js";

const gateways = testGateways();
let identity: IdentityStub;
let running: TestGateway;

beforeAll(async () => {
  identity = await startIdentityStub();
  const logger = createLogger("gateway", "silent");
  // The verifier main.ts builds from AUTH_JWKS_URL, AUTH_SESSION_URL and AUTH_ISSUER.
  const verifier = createGatewayVerifier({ jwksUrl: identity.jwksUrl, sessionUrl: identity.sessionUrl, issuer: "ogc-identity" }, logger);
  running = await gateways.start({ verifier }, logger);
});
afterAll(async () => {
  await gateways.stopAll();
  await identity.close();
});

/** Asks for the headers the subgraph received, with `authorization` if given. */
async function askHeaders(authorization?: string) {
  const before = running.fake.requests.length;
  const response = await postGraphQL(running.gateway.url, "{ headers }", authorization ? { headers: { authorization } } : {});
  return { ...response, reachedSubgraph: running.fake.requests.length > before };
}

describe("authentication at the gateway", () => {
  it("lets an anonymous request through; the subgraph sees no token", async () => {
    const { status, body } = await askHeaders();
    expect(status).toBe(200);
    expect(JSON.parse(body.data?.headers as string).authorization).toBeUndefined();
  });

  it("lets a valid token through and forwards it unchanged to the subgraph", async () => {
    const token = await identity.sign({ role: Role.INSTITUTION_OFFICER });
    const { status, body } = await askHeaders(`Bearer ${token}`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(JSON.parse(body.data?.headers as string).authorization).toBe(`Bearer ${token}`);
  });

  const refused: [string, () => Promise<string>, RegExp][] = [
    ["forged (signed with another key)", () => identity.sign({ foreignKey: true }), /not valid: sign in again/],
    ["expired", () => identity.sign({ expiresIn: -60 }), /has expired: refresh it or sign in again/],
    ["unsigned (alg: none)", async () => unsignedToken(), /not valid: sign in again/],
    ["for another audience", () => identity.sign({ audience: "another-api" }), /not valid: sign in again/],
    ["from another issuer", () => identity.sign({ issuer: "someone-else" }), /not valid: sign in again/],
    [
      "of a revoked session",
      async () => {
        const options: TokenOptions = { sessionId: "session-to-revoke" };
        identity.revoke("session-to-revoke");
        return identity.sign(options);
      },
      /session has ended: sign in again/,
    ],
  ];

  it.each(refused)("refuses a token %s with 401 UNAUTHENTICATED before calling any subgraph", async (_kind, token, message) => {
    const { status, body, headers, reachedSubgraph } = await askHeaders(`Bearer ${await token()}`);
    expect(status).toBe(401);
    expect(headers.get("www-authenticate")).toBe('Bearer error="invalid_token"');
    expect(body).toEqual({ errors: [{ message: expect.stringMatching(message), extensions: { code: "UNAUTHENTICATED" } }] });
    expect(reachedSubgraph).toBe(false);
  });

  it("refuses an Authorization header that is not a bearer token", async () => {
    const { status, body } = await askHeaders("Basic dXNlcjpwYXNz");
    expect(status).toBe(401);
    expect(body.errors?.[0]).toEqual({
      message: "The Authorization header must be `Bearer <access token>`.",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("says why a token is refused in the caller's Accept-Language", async () => {
    const token = await identity.sign({ expiresIn: -60 });
    const refusedIn = async (language: string) =>
      (
        await postGraphQL(running.gateway.url, "{ headers }", {
          headers: { authorization: `Bearer ${token}`, "accept-language": language },
        })
      ).body.errors?.[0];
    expect(await refusedIn("fr-CA,fr;q=0.9")).toEqual({
      message: "Le jeton d'accès a expiré : renouvelez-le ou reconnectez-vous.",
      extensions: { code: "UNAUTHENTICATED" },
    });
    expect((await refusedIn("es"))?.message).toBe("El token de acceso ha caducado: renuévelo o vuelva a iniciar sesión.");
    expect((await refusedIn("en"))?.message).toBe("The access token has expired: refresh it or sign in again.");
  });

  it("asks the identity subgraph about a session once, then trusts its answer for a few seconds", async () => {
    const token = await identity.sign({ sessionId: "cached-session" });
    const before = identity.sessionChecks;
    for (let i = 0; i < 3; i += 1) expect((await askHeaders(`Bearer ${token}`)).status).toBe(200);
    expect(identity.sessionChecks - before).toBe(1);
  });

  it("refuses every token when started without a verifier, and still serves anonymous callers", async () => {
    const bare = await gateways.start();
    const token = await identity.sign();
    const signedIn = await postGraphQL(bare.gateway.url, "{ hello }", { headers: { authorization: `Bearer ${token}` } });
    expect(signedIn.status).toBe(401);
    expect(signedIn.body.errors?.[0]?.extensions).toEqual({ code: "UNAUTHENTICATED" });
    expect((await postGraphQL(bare.gateway.url, "{ hello }")).body).toEqual({ data: { hello: "world" } });
  });
});
