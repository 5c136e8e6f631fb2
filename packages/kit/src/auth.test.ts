import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  authenticate,
  cachedSessionCheck,
  createTokenVerifier,
  Role,
  requireRole,
  type TokenVerifier,
} from "./auth.js";

type Keys = Awaited<ReturnType<typeof generateKeyPair>>;
let keys: Keys;
let otherKeys: Keys;
let verifier: TokenVerifier;
const revoked = new Set<string>(["s-revoked"]);

beforeAll(async () => {
  keys = await generateKeyPair("EdDSA", { extractable: true });
  otherKeys = await generateKeyPair("EdDSA");
  verifier = createTokenVerifier({
    keys: async () => keys.publicKey,
    isSessionActive: async (sessionId) => !revoked.has(sessionId),
  });
});

function token(
  claims: Record<string, unknown> = {},
  options: { key?: Keys["privateKey"]; audience?: string; expires?: string | number } = {},
) {
  return new SignJWT({ role: Role.SUPPORT_UNIT, sid: "s-1", ...claims })
    .setProtectedHeader({ alg: "EdDSA" })
    .setSubject("account-1")
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(options.audience ?? ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expires ?? "5m")
    .sign(options.key ?? keys.privateKey);
}

const refused = (promise: Promise<unknown>, message: RegExp) =>
  expect(promise).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" }, message: expect.stringMatching(message) });

describe("createTokenVerifier", () => {
  it("accepts a valid token and reads the viewer's scope", async () => {
    const viewer = await verifier.verify(await token({ role: Role.INSTITUTION_OFFICER, mid: "m-1", iids: ["i-1", "i-2"] }));
    expect(viewer).toEqual({
      accountId: "account-1",
      role: Role.INSTITUTION_OFFICER,
      memberId: "m-1",
      institutionIds: ["i-1", "i-2"],
      partnerId: null,
      sessionId: "s-1",
    });
  });

  it("refuses a token signed by another key", async () => {
    await refused(verifier.verify(await token({}, { key: otherKeys.privateKey })), /not valid/);
  });

  it("refuses an expired token, saying so", async () => {
    await refused(verifier.verify(await token({}, { expires: Math.floor(Date.now() / 1000) - 60 })), /expired/);
  });

  it("refuses alg: none", async () => {
    const unsigned = new UnsecuredJWT({ role: Role.SUPPORT_UNIT_ADMIN })
      .setSubject("account-1")
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setExpirationTime("5m")
      .encode();
    await refused(verifier.verify(unsigned), /not valid/);
  });

  it("refuses an HMAC token keyed with the public key (algorithm confusion)", async () => {
    const jwk = await exportJWK(keys.publicKey);
    const secret = new TextEncoder().encode(JSON.stringify(jwk));
    const hmac = await new SignJWT({ role: Role.SUPPORT_UNIT_ADMIN })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("a")
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setExpirationTime("5m")
      .sign(secret);
    await refused(verifier.verify(hmac), /not valid/);
  });

  it("refuses a token for another audience", async () => {
    await refused(verifier.verify(await token({}, { audience: "some-other-api" })), /not valid/);
  });

  it("refuses a token of a revoked session", async () => {
    await refused(verifier.verify(await token({ sid: "s-revoked" })), /session has ended/);
  });

  it("refuses a token with an unknown role", async () => {
    await refused(verifier.verify(await token({ role: "KING" })), /role/);
  });
});

describe("authenticate and requireRole", () => {
  it("treats a request without Authorization as anonymous, and a malformed header as an error", async () => {
    expect(await authenticate(undefined, verifier)).toBeNull();
    await refused(authenticate("Basic dXNlcjpwYXNz", verifier), /Bearer/);
  });

  it("says UNAUTHENTICATED to anonymous callers and FORBIDDEN to the wrong role", async () => {
    expect(() => requireRole(null, [Role.SUPPORT_UNIT])).toThrow(expect.objectContaining({ extensions: { code: "UNAUTHENTICATED" } }));
    const officer = await verifier.verify(await token({ role: Role.INSTITUTION_OFFICER }));
    expect(() => requireRole(officer, [Role.SUPPORT_UNIT])).toThrow(expect.objectContaining({ extensions: { code: "FORBIDDEN" } }));
    expect(requireRole(officer, [Role.INSTITUTION_OFFICER]).accountId).toBe("account-1");
  });
});

describe("cachedSessionCheck", () => {
  it("asks once per window, and never caches a check that failed", async () => {
    let calls = 0;
    let up = true;
    const check = cachedSessionCheck(
      async () => {
        calls += 1;
        if (!up) throw new Error("identity is restarting");
        return true;
      },
      { ttlMs: 0, staleMs: 0 },
    );
    expect(await check("s-1")).toBe(true);
    up = false;
    await expect(check("s-1")).rejects.toThrow(/restarting/);
    up = true;
    expect(await check("s-1")).toBe(true);
    expect(calls).toBe(3);
  });

  it("stands on the last answer while the check cannot be made, for a bounded time (stale-if-error)", async () => {
    let up = true;
    let active = true;
    const check = cachedSessionCheck(
      async () => {
        if (!up) throw new Error("identity is restarting");
        return active;
      },
      { ttlMs: 0, staleMs: 60_000 },
    );
    expect(await check("s-2")).toBe(true);
    up = false;
    expect(await check("s-2")).toBe(true); // identity restarting: the recent answer stands
    await expect(check("never-seen")).rejects.toThrow(/restarting/); // nothing to stand on
    up = true;
    active = false;
    expect(await check("s-2")).toBe(false); // back: a revocation is seen at once
  });
});
