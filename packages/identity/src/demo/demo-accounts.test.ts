import "reflect-metadata";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PasswordHasher } from "../auth/password.js";
import { createIdentityHarness, type IdentityHarness, signIn, TEST_PASSWORD_COST } from "../testing/identity-harness.js";
import { DEMO_ACCOUNTS, DEMO_API_KEY, seedDemoAccounts } from "./demo-accounts.js";

describe.each(testStores)("demo accounts on %s", (store) => {
  let identity: IdentityHarness;
  beforeAll(async () => {
    identity = await createIdentityHarness(store);
  });
  afterAll(() => identity.close());

  it("creates one account per role, each able to sign in with its known password, once only", async () => {
    const passwords = new PasswordHasher(TEST_PASSWORD_COST);
    expect((await seedDemoAccounts(identity.dataSource, { passwords })).created).toBe(true);
    expect((await seedDemoAccounts(identity.dataSource, { passwords })).created).toBe(false);
    expect(new Set(DEMO_ACCOUNTS.map((demo) => demo.role)).size).toBe(5);
    for (const demo of DEMO_ACCOUNTS) {
      const session = await signIn(identity, demo.email, demo.password);
      expect(session.account).toMatchObject({ email: demo.email, role: demo.role });
      expect(demo.password.length).toBeGreaterThanOrEqual(12);
    }
    const officer = await identity.verifier.verify((await signIn(identity, "officer@ogc.example", "demo-officer-password")).accessToken);
    expect(officer).toMatchObject({ memberId: "demo-member", institutionIds: ["demo-institution"] });
  });

  it("gives the demo dashboard an API key", async () => {
    const { data, errors } = await identity.execute<{ signInWithApiKey: { account: { email: string; role: string } } }>(
      "mutation ($k: String!) { signInWithApiKey(apiKey: $k) { account { email role } } }",
      { variables: { k: DEMO_API_KEY } },
    );
    expect(errors).toBeUndefined();
    expect(data?.signInWithApiKey.account).toEqual({ email: "dashboard@ogc.example", role: "API_CLIENT" });
  });

  it("does nothing when any account exists", async () => {
    const other = await createIdentityHarness(store);
    await other.makeAccount(DEMO_ACCOUNTS[0]!.role);
    expect((await seedDemoAccounts(other.dataSource)).created).toBe(false);
    await other.close();
  });
});
