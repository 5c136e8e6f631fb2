import "reflect-metadata";
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, Role } from "@ogc/kit";
import { type GraphQLResponse, testStores } from "@ogc/kit/testing";
import { decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signAccessToken } from "../auth/access-token.js";
import { codeOf, createIdentityHarness, type IdentityHarness, SIGN_IN, type SignInResult, signIn } from "../testing/identity-harness.js";
import { ROTATION_GRACE_SECONDS } from "./session.service.js";

const REFRESH = `mutation ($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken sessionId account { id email } } }`;
const VIEWER = "{ viewer { id email role displayName } }";

describe.each(testStores)("sessions on %s", (store) => {
  let identity: IdentityHarness;
  beforeAll(async () => {
    identity = await createIdentityHarness(store);
  });
  afterAll(() => identity.close());

  describe("signIn", () => {
    it("returns a 10-minute EdDSA access token with the kit's claims, a refresh token and the account", async () => {
      const officer = await identity.makeAccount(Role.INSTITUTION_OFFICER, { memberId: "m-1", institutionIds: ["i-1", "i-2"] });
      const result = await signIn(identity, officer.email, officer.password);
      expect(result.account).toMatchObject({ id: officer.account.id, email: officer.email, role: "INSTITUTION_OFFICER" });
      expect(result.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

      const header = decodeProtectedHeader(result.accessToken);
      expect(header).toMatchObject({ alg: "EdDSA", kid: (await identity.keys.current()).kid });
      const claims = decodeJwt(result.accessToken);
      expect(claims).toMatchObject({
        sub: officer.account.id,
        role: "INSTITUTION_OFFICER",
        mid: "m-1",
        iids: ["i-1", "i-2"],
        sid: result.sessionId,
        iss: ACCESS_TOKEN_ISSUER,
        aud: ACCESS_TOKEN_AUDIENCE,
      });
      expect(claims.jti).toEqual(expect.any(String));
      expect(claims.exp! - claims.iat!).toBe(600);
      expect(new Date(result.accessTokenExpiresAt).getTime()).toBe(claims.exp! * 1000);

      const viewer = await identity.verifier.verify(result.accessToken);
      expect(viewer).toEqual({
        accountId: officer.account.id,
        role: Role.INSTITUTION_OFFICER,
        memberId: "m-1",
        institutionIds: ["i-1", "i-2"],
        partnerId: null,
        sessionId: result.sessionId,
      });
      const { data } = await identity.executeWithToken<{ viewer: { id: string; email: string } }>(result.accessToken, VIEWER);
      expect(data?.viewer).toMatchObject({ id: officer.account.id, email: officer.email });
    });

    it("finds the account whatever the case of the e-mail typed", async () => {
      const support = await identity.makeAccount(Role.SUPPORT_UNIT);
      const result = await signIn(identity, `  ${support.email.toUpperCase()} `, support.password);
      expect(result.account.id).toBe(support.account.id);
    });

    it("refuses a wrong password with UNAUTHENTICATED", async () => {
      const partner = await identity.makeAccount(Role.PARTNER_EDITOR, { partnerId: "p-1" });
      const response = await identity.execute(SIGN_IN, { variables: { email: partner.email, password: `${partner.password}!` } });
      expect(response.data).toBeNull();
      expect(response.errors?.[0]).toMatchObject({ message: "E-mail or password is wrong.", extensions: { code: "UNAUTHENTICATED" } });
    });

    it("answers an unknown e-mail exactly like a wrong password, after checking a password hash all the same", async () => {
      const verify = vi.spyOn(identity.identity.dependencies(identity.dataSource).passwords, "verify");
      const response = await identity.execute(SIGN_IN, { variables: { email: "nobody@example.org", password: "whatever password" } });
      expect(response.errors?.[0]).toMatchObject({ message: "E-mail or password is wrong.", extensions: { code: "UNAUTHENTICATED" } });
      // The dummy hash is compared, so an unknown e-mail takes as long as a known one.
      expect(verify).toHaveBeenCalledWith("whatever password", null);
      verify.mockRestore();
    });

    it("locks sign-in for 15 minutes after 5 failures in a row, even with the right password, then lets it in again", async () => {
      const admin = await identity.makeAccount(Role.SUPPORT_UNIT_ADMIN);
      const attempt = (password: string) => identity.execute(SIGN_IN, { variables: { email: admin.email, password } });
      for (let failure = 1; failure <= 4; failure += 1) expect(codeOf(await attempt("not the password"))).toBe("UNAUTHENTICATED");
      const fifth = await attempt("not the password");
      const lockedUntil = identity.clock.now().getTime() + 15 * 60_000;
      expect(fifth.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
      expect(fifth.errors?.[0]?.message).toMatch(/locked until .* Try again after that time/);
      const retryAt = new Date(fifth.errors?.[0]?.extensions?.retryAt as string).getTime();
      expect(Math.abs(retryAt - lockedUntil)).toBeLessThan(5_000);

      const locked = await attempt(admin.password);
      expect(codeOf(locked)).toBe("RATE_LIMITED");
      expect(locked.data).toBeNull();

      identity.clock.advance(14 * 60);
      expect(codeOf(await attempt(admin.password))).toBe("RATE_LIMITED");
      identity.clock.advance(61);
      const after = await attempt(admin.password);
      expect(after.errors).toBeUndefined();
    });

    it("locks unknown e-mails the same way, so lock-out does not reveal which e-mails exist", async () => {
      const attempt = () => identity.execute(SIGN_IN, { variables: { email: "ghost@example.org", password: "guess guess guess" } });
      for (let failure = 1; failure <= 4; failure += 1) expect(codeOf(await attempt())).toBe("UNAUTHENTICATED");
      expect(codeOf(await attempt())).toBe("RATE_LIMITED");
    });

    it("counts consecutive failures only: a successful sign-in starts the count again", async () => {
      const support = await identity.makeAccount(Role.SUPPORT_UNIT);
      const attempt = (password: string) => identity.execute(SIGN_IN, { variables: { email: support.email, password } });
      for (let failure = 1; failure <= 4; failure += 1) await attempt("wrong password here");
      expect((await attempt(support.password)).errors).toBeUndefined();
      for (let failure = 1; failure <= 4; failure += 1) expect(codeOf(await attempt("wrong password here"))).toBe("UNAUTHENTICATED");
    });
  });

  describe("refreshSession", () => {
    let first: SignInResult;
    beforeAll(async () => {
      const officer = await identity.makeAccount(Role.INSTITUTION_OFFICER, { memberId: "m-2", institutionIds: ["i-3"] });
      first = await signIn(identity, officer.email, officer.password);
    });

    it("rotates: a new access and refresh token for the same session, and the old refresh token is spent", async () => {
      const { data, errors } = await identity.execute<{ refreshSession: SignInResult }>(REFRESH, {
        variables: { token: first.refreshToken },
      });
      expect(errors).toBeUndefined();
      const second = data!.refreshSession;
      expect(second.sessionId).toBe(first.sessionId);
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect(second.accessToken).not.toBe(first.accessToken);
      expect(second.account.email).toEqual(expect.stringContaining("@"));
      expect((await identity.verifier.verify(second.accessToken)).sessionId).toBe(first.sessionId);

      // The new refresh token works once in turn.
      const third = await identity.execute<{ refreshSession: SignInResult }>(REFRESH, { variables: { token: second.refreshToken } });
      expect(third.errors).toBeUndefined();

      // Reusing the first, already-rotated token after the grace window: taken as theft, the whole session ends.
      identity.clock.advance(ROTATION_GRACE_SECONDS + 1);
      const reuse = await identity.execute(REFRESH, { variables: { token: first.refreshToken } });
      expect(codeOf(reuse)).toBe("UNAUTHENTICATED");
      expect(reuse.errors?.[0]?.message).toMatch(/already used/);
      const latest = third.data!.refreshSession;
      expect(codeOf(await identity.execute(REFRESH, { variables: { token: latest.refreshToken } }))).toBe("UNAUTHENTICATED");
      await expect(identity.verifier.verify(latest.accessToken)).rejects.toMatchObject({
        extensions: { code: "UNAUTHENTICATED" },
        message: expect.stringMatching(/session has ended/),
      });
      expect(await identity.services().sessions.isActive(first.sessionId)).toBe(false);
    });

    it("only refuses a token rotated moments ago (two tabs racing), without ending the session", async () => {
      const officer = await identity.makeAccount(Role.INSTITUTION_OFFICER, { memberId: "m-2", institutionIds: ["i-3"] });
      const session = await signIn(identity, officer.email, officer.password);
      const rotate = (token: string) => identity.execute<{ refreshSession: SignInResult }>(REFRESH, { variables: { token } });
      const [a, b] = await Promise.all([rotate(session.refreshToken), rotate(session.refreshToken)]);
      const [winner, loser] = a.errors ? [b, a] : [a, b];
      expect(winner.errors).toBeUndefined();
      expect(loser.errors?.[0]).toMatchObject({
        extensions: { code: "UNAUTHENTICATED", reason: "REFRESH_TOKEN_ROTATED" },
        message: expect.stringMatching(/use the newest one/),
      });
      identity.clock.advance(ROTATION_GRACE_SECONDS - 1);
      const late = await rotate(session.refreshToken);
      expect(late.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED", reason: "REFRESH_TOKEN_ROTATED" });
      // The session goes on: the newest token still works.
      expect((await rotate(winner.data!.refreshSession.refreshToken)).errors).toBeUndefined();
      expect(await identity.services().sessions.isActive(session.sessionId)).toBe(true);
    });

    it("refuses a refresh token it never issued", async () => {
      expect(codeOf(await identity.execute(REFRESH, { variables: { token: "made-up-token" } }))).toBe("UNAUTHENTICATED");
    });

    it("refuses a refresh token older than 30 days", async () => {
      const partner = await identity.makeAccount(Role.PARTNER_EDITOR, { partnerId: "p-2" });
      const session = await signIn(identity, partner.email, partner.password);
      identity.clock.advance(30 * 24 * 3600 + 1);
      const response = await identity.execute(REFRESH, { variables: { token: session.refreshToken } });
      expect(response.errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" }, message: expect.stringMatching(/expired/) });
      expect(await identity.services().sessions.isActive(session.sessionId)).toBe(false);
    });
  });

  describe("signOut", () => {
    it("ends the session: the session endpoint says inactive, tokens are refused, the refresh token too", async () => {
      const support = await identity.makeAccount(Role.SUPPORT_UNIT);
      const session = await signIn(identity, support.email, support.password);
      const http = await identity.http();
      const before = await fetch(`${http.base}/sessions/${session.sessionId}`);
      expect(before.status).toBe(200);
      expect(await before.json()).toEqual({ active: true });

      const out = await (await http.graphql("mutation { signOut }", {}, session.accessToken)).json();
      expect(out).toEqual({ data: { signOut: true } });

      expect(await (await fetch(`${http.base}/sessions/${session.sessionId}`)).json()).toEqual({ active: false });
      await expect(identity.verifier.verify(session.accessToken)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
      const refused = await http.graphql(VIEWER, {}, session.accessToken);
      expect(refused.status).toBe(401);
      expect(codeOf((await refused.json()) as GraphQLResponse)).toBe("UNAUTHENTICATED");
      expect(codeOf(await identity.execute(REFRESH, { variables: { token: session.refreshToken } }))).toBe("UNAUTHENTICATED");
    });

    it("needs a signed-in caller", async () => {
      expect(codeOf(await identity.execute("mutation { signOut }"))).toBe("UNAUTHENTICATED");
    });

    it("answers inactive for a session id that never existed", async () => {
      const http = await identity.http();
      expect(await (await fetch(`${http.base}/sessions/00000000-0000-0000-0000-000000000000`)).json()).toEqual({ active: false });
      expect(await (await fetch(`${http.base}/sessions/${"x".repeat(200)}`)).json()).toEqual({ active: false });
    });
  });

  describe("identity's token verifier", () => {
    let session: SignInResult;
    beforeAll(async () => {
      const officer = await identity.makeAccount(Role.INSTITUTION_OFFICER, { memberId: "m-3", institutionIds: ["i-4"] });
      session = await signIn(identity, officer.email, officer.password);
    });
    const refused = (token: string, message: RegExp) =>
      expect(identity.verifier.verify(token)).rejects.toMatchObject({
        extensions: { code: "UNAUTHENTICATED" },
        message: expect.stringMatching(message),
      });
    const claims = () => ({ role: Role.SUPPORT_UNIT_ADMIN, sid: session.sessionId });

    it("accepts its own token", async () => {
      expect((await identity.verifier.verify(session.accessToken)).role).toBe(Role.INSTITUTION_OFFICER);
    });

    it("refuses a token signed with another key (forged), even with the right kid", async () => {
      const other = await generateKeyPair("EdDSA");
      const forged = await new SignJWT(claims())
        .setProtectedHeader({ alg: "EdDSA", kid: (await identity.keys.current()).kid })
        .setSubject("someone")
        .setIssuer(ACCESS_TOKEN_ISSUER)
        .setAudience(ACCESS_TOKEN_AUDIENCE)
        .setExpirationTime("5m")
        .sign(other.privateKey);
      await refused(forged, /not valid/);
    });

    it("refuses a tampered token: its own, with the role changed", async () => {
      const [header, , signature] = session.accessToken.split(".");
      const payload = Buffer.from(JSON.stringify({ ...decodeJwt(session.accessToken), role: "SUPPORT_UNIT_ADMIN" })).toString("base64url");
      await refused(`${header}.${payload}.${signature}`, /not valid/);
    });

    it("refuses an expired token, saying so", async () => {
      const key = await identity.keys.current();
      const viewer = await identity.verifier.verify(session.accessToken);
      const expired = await signAccessToken(
        key,
        ACCESS_TOKEN_ISSUER,
        { ...viewer, sessionId: session.sessionId },
        new Date(Date.now() - 11 * 60_000),
      );
      await refused(expired.token, /expired/);
    });

    it("refuses alg: none", async () => {
      const unsigned = new UnsecuredJWT(claims())
        .setSubject("someone")
        .setIssuer(ACCESS_TOKEN_ISSUER)
        .setAudience(ACCESS_TOKEN_AUDIENCE)
        .setExpirationTime("5m")
        .encode();
      await refused(unsigned, /not valid/);
    });

    it("refuses an HMAC token keyed with the published public key", async () => {
      const jwk = await exportJWK((await identity.keys.current()).publicKey);
      const hmac = await new SignJWT(claims())
        .setProtectedHeader({ alg: "HS256" })
        .setSubject("someone")
        .setIssuer(ACCESS_TOKEN_ISSUER)
        .setAudience(ACCESS_TOKEN_AUDIENCE)
        .setExpirationTime("5m")
        .sign(new TextEncoder().encode(JSON.stringify(jwk)));
      await refused(hmac, /not valid/);
    });

    it("refuses a token for another audience or from another issuer, though signed with its key", async () => {
      const key = await identity.keys.current();
      const sign = (issuer: string, audience: string) =>
        new SignJWT(claims())
          .setProtectedHeader({ alg: "EdDSA", kid: key.kid })
          .setSubject("someone")
          .setIssuer(issuer)
          .setAudience(audience)
          .setExpirationTime("5m")
          .sign(key.privateKey);
      await refused(await sign(ACCESS_TOKEN_ISSUER, "another-api"), /not valid/);
      await refused(await sign("someone-else", ACCESS_TOKEN_AUDIENCE), /not valid/);
    });
  });

  describe("routes", () => {
    it("publishes the public key as a JWKS, without the private part", async () => {
      const http = await identity.http();
      const response = await fetch(`${http.base}/.well-known/jwks.json`);
      expect(response.status).toBe(200);
      const jwks = (await response.json()) as { keys: Record<string, unknown>[] };
      const key = await identity.keys.current();
      expect(jwks.keys).toEqual([{ kty: "OKP", crv: "Ed25519", x: expect.any(String), kid: key.kid, alg: "EdDSA", use: "sig" }]);
      expect(jwks.keys[0]).not.toHaveProperty("d");
      expect((await fetch(`${http.base}/.well-known/jwks.json`, { method: "POST" })).status).toBe(405);
    });
  });
});
