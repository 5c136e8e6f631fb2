import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, Role } from "./auth.js";
import { loadSubgraphEnv } from "./env.js";
import { createLogger } from "./logger.js";
import { authenticationSettings, identityVerifier } from "./subgraph.js";

// A stand-in OpenID Connect provider on loopback: a discovery document and a JWKS, as real providers publish them.
let provider: Server;
let issuer: string;
let keys: Awaited<ReturnType<typeof generateKeyPair>>;
let discoveries = 0;

beforeAll(async () => {
  keys = await generateKeyPair("ES256", { extractable: true });
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: "provider-key-1", alg: "ES256", use: "sig" };
  provider = createServer((request, response) => {
    response.setHeader("content-type", "application/json");
    if (request.url === "/realm/.well-known/openid-configuration") {
      discoveries += 1;
      response.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/protocol/certs` }));
    } else if (request.url === "/realm/protocol/certs") response.end(JSON.stringify({ keys: [jwk] }));
    else response.writeHead(404).end("{}");
  });
  await new Promise<void>((resolve) => provider.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/realm`;
});
afterAll(() => new Promise<void>((resolve) => provider.close(() => resolve())));

const namespace = "https://ogc.example/";
const providerToken = (claims: Record<string, unknown>, tokenIssuer = issuer) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: "ES256", kid: "provider-key-1" })
    .setSubject("provider-user-7")
    .setIssuer(tokenIssuer)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setExpirationTime("5m")
    .sign(keys.privateKey);

describe("OIDC_ISSUER: a deployment's own identity provider", () => {
  const verifier = () =>
    identityVerifier(
      authenticationSettings(loadSubgraphEnv(4001, { OIDC_ISSUER: issuer, OIDC_CLAIM_NAMESPACE: namespace })),
      createLogger("test", "silent"),
    );

  it("accepts the provider's tokens, found through discovery, reading the namespaced role and scope claims", async () => {
    const token = await providerToken({
      [`${namespace}role`]: Role.INSTITUTION_OFFICER,
      [`${namespace}mid`]: "m-9",
      [`${namespace}iids`]: ["i-1"],
    });
    const viewer = await verifier().verify(token);
    expect(viewer).toMatchObject({
      accountId: "provider-user-7",
      role: Role.INSTITUTION_OFFICER,
      memberId: "m-9",
      institutionIds: ["i-1"],
    });
    expect(discoveries).toBe(1);
  });

  it("refuses tokens from another issuer, such as the built-in identity subgraph's", async () => {
    const token = await providerToken({ [`${namespace}role`]: Role.SUPPORT_UNIT }, ACCESS_TOKEN_ISSUER);
    await expect(verifier().verify(token)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });

  it("refuses a provider token that carries no role", async () => {
    await expect(verifier().verify(await providerToken({ email: "x@example.org" }))).rejects.toMatchObject({
      message: expect.stringMatching(/role/),
    });
  });
});
