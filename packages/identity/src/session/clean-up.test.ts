import "reflect-metadata";
import { createLogger, Role } from "@ogc/kit";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addSeconds, DAY, HOUR } from "../shared/clock.js";
import { createIdentityHarness, type IdentityHarness, type SignInResult, signIn } from "../testing/identity-harness.js";
import { cleanUpExpired, scheduleCleanUp } from "./clean-up.js";

describe.each(testStores)("clean-up of expired sessions, refresh tokens and lock-out rows on %s", (store) => {
  let identity: IdentityHarness;
  let start: Date;
  let signedOut: SignInResult;
  let active: SignInResult;
  let auditEntries: number;
  beforeAll(async () => {
    identity = await createIdentityHarness(store);
    start = identity.clock.now();
    const leaver = await identity.makeAccount(Role.SUPPORT_UNIT);
    const stayer = await identity.makeAccount(Role.PARTNER_EDITOR, { partnerId: "p-1" });
    signedOut = await signIn(identity, leaver.email, leaver.password);
    await identity.execute("mutation { signOut }", { as: await identity.verifier.verify(signedOut.accessToken) });
    active = await signIn(identity, stayer.email, stayer.password);
    const refreshed = await identity.execute<{ refreshSession: SignInResult }>(
      "mutation ($t: String!) { refreshSession(refreshToken: $t) { refreshToken } }",
      { variables: { t: active.refreshToken } },
    );
    expect(refreshed.errors).toBeUndefined();
    const wrong = (email: string) => identity.execute(`mutation { signIn(email: "${email}", password: "wrong password!!") { sessionId } }`);
    await wrong("once@example.org");
    for (let attempt = 0; attempt < 5; attempt += 1) await wrong(stayer.email);
    auditEntries = await count("audit_log");
  });
  afterAll(() => identity.close());

  const count = async (table: string) => Number((await identity.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const counts = async () => ({
    sessions: await count("session"),
    refreshTokens: await count("refresh_token"),
    throttles: await count("sign_in_throttle"),
  });
  const at = (seconds: number) => addSeconds(start, seconds);

  it("keeps everything still of use: live tokens, recent sessions, lock-outs and recent failure counts", async () => {
    expect(await counts()).toEqual({ sessions: 2, refreshTokens: 3, throttles: 2 });
    expect(await cleanUpExpired(identity.dataSource, at(HOUR))).toEqual({ refreshTokens: 0, sessions: 0, throttles: 0 });
    expect(await counts()).toEqual({ sessions: 2, refreshTokens: 3, throttles: 2 });
  });

  it("forgets failure counts idle for a day once no lock-out is in force", async () => {
    expect(await cleanUpExpired(identity.dataSource, at(DAY + HOUR))).toEqual({ refreshTokens: 0, sessions: 0, throttles: 2 });
  });

  it("deletes expired refresh tokens, and sessions ended more than 30 days ago with their tokens; active ones stay", async () => {
    // Day 31: the signed-out session ended 31 days ago; every refresh token (30 days) has expired.
    expect(await cleanUpExpired(identity.dataSource, at(31 * DAY))).toEqual({ refreshTokens: 3, sessions: 1, throttles: 0 });
    expect(await counts()).toEqual({ sessions: 1, refreshTokens: 0, throttles: 0 });
    expect(await identity.services().sessions.isActive(signedOut.sessionId)).toBe(false);
    // Day 61: the other session expired on day 30, more than 30 days ago.
    expect(await cleanUpExpired(identity.dataSource, at(61 * DAY))).toEqual({ refreshTokens: 0, sessions: 1, throttles: 0 });
    expect(await counts()).toEqual({ sessions: 0, refreshTokens: 0, throttles: 0 });
    expect(await count("audit_log")).toBe(auditEntries);
  });

  it("runs on an interval until stopped", async () => {
    const person = await identity.makeAccount(Role.SUPPORT_UNIT);
    await signIn(identity, person.email, person.password);
    expect((await counts()).sessions).toBe(1);
    const stop = scheduleCleanUp(identity.dataSource, createLogger("identity", "silent"), () => at(400 * DAY), 10);
    try {
      for (let waited = 0; (await counts()).sessions > 0 && waited < 100; waited += 1) await new Promise((done) => setTimeout(done, 20));
      expect(await counts()).toEqual({ sessions: 0, refreshTokens: 0, throttles: 0 });
    } finally {
      stop();
    }
  });
});
