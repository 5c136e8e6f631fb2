import "reflect-metadata";
import { Role } from "@ogc/kit";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, createIdentityHarness, type IdentityHarness, type MadeAccount, type SignInResult } from "../testing/identity-harness.js";

const CREATE = `mutation ($name: String!) { createApiKey(name: $name) { apiKey key { id name prefix revokedAt accountId } account { id role displayName email } } }`;
const EXCHANGE = `mutation ($key: String!) { signInWithApiKey(apiKey: $key) { accessToken refreshToken sessionId account { id role } } }`;
const REVOKE = `mutation ($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;

interface Created {
  apiKey: string;
  key: { id: string; name: string; prefix: string; revokedAt: string | null; accountId: string };
  account: { id: string; role: string; displayName: string; email: string | null };
}

describe.each(testStores)("API keys on %s", (store) => {
  let identity: IdentityHarness;
  let support: MadeAccount;
  beforeAll(async () => {
    identity = await createIdentityHarness(store);
    support = await identity.makeAccount(Role.SUPPORT_UNIT);
  });
  afterAll(() => identity.close());

  const create = async (name: string) => {
    const { data, errors } = await identity.execute<{ createApiKey: Created }>(CREATE, { variables: { name }, as: support.viewer });
    expect(errors).toBeUndefined();
    return data!.createApiKey;
  };

  it("creates an API_CLIENT account with a key shown once, and exchanges the key for an API_CLIENT access token", async () => {
    const created = await create("Open data dashboard");
    expect(created.apiKey).toMatch(/^ogc_[A-Za-z0-9_-]{43}$/);
    expect(created.key).toMatchObject({ name: "Open data dashboard", prefix: created.apiKey.slice(0, 12), revokedAt: null });
    expect(created.account).toMatchObject({
      id: created.key.accountId,
      role: "API_CLIENT",
      displayName: "Open data dashboard",
      email: null,
    });

    const { data, errors } = await identity.execute<{ signInWithApiKey: SignInResult }>(EXCHANGE, { variables: { key: created.apiKey } });
    expect(errors).toBeUndefined();
    const viewer = await identity.verifier.verify(data!.signInWithApiKey.accessToken);
    expect(viewer).toMatchObject({ accountId: created.account.id, role: Role.API_CLIENT });
    const me = await identity.executeWithToken<{ viewer: { id: string; role: string } }>(
      data!.signInWithApiKey.accessToken,
      "{ viewer { id role } }",
    );
    expect(me.data?.viewer).toEqual({ id: created.account.id, role: "API_CLIENT" });

    const listed = await identity.execute<{ apiKeys: { id: string; lastUsedAt: string | null }[] }>("{ apiKeys { id lastUsedAt } }", {
      as: support.viewer,
    });
    expect(listed.data?.apiKeys.find((key) => key.id === created.key.id)?.lastUsedAt).toEqual(expect.any(String));
  });

  it("revokes a key: it signs in no more, and the sessions it opened end at once", async () => {
    const created = await create("Revoked dashboard");
    const session = (await identity.execute<{ signInWithApiKey: SignInResult }>(EXCHANGE, { variables: { key: created.apiKey } })).data!
      .signInWithApiKey;
    const revoked = await identity.execute<{ revokeApiKey: { revokedAt: string | null } }>(REVOKE, {
      variables: { id: created.key.id },
      as: support.viewer,
    });
    expect(revoked.data?.revokeApiKey.revokedAt).toEqual(expect.any(String));

    const refused = await identity.execute(EXCHANGE, { variables: { key: created.apiKey } });
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: "UNAUTHENTICATED" },
      message: expect.stringMatching(/not valid or has been revoked/),
    });
    await expect(identity.verifier.verify(session.accessToken)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    const refresh = await identity.execute("mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken } }", {
      variables: { t: session.refreshToken },
    });
    expect(codeOf(refresh)).toBe("UNAUTHENTICATED");
  });

  it("refuses a made-up key, and says NOT_FOUND when revoking an unknown id", async () => {
    expect(codeOf(await identity.execute(EXCHANGE, { variables: { key: "ogc_made-up" } }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await identity.execute(REVOKE, { variables: { id: "unknown" }, as: support.viewer }))).toBe("NOT_FOUND");
  });

  it("requires a name", async () => {
    const response = await identity.execute(CREATE, { variables: { name: "  " }, as: support.viewer });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });
  });

  it("stores only a hash of the key", async () => {
    const created = await create("Hashed dashboard");
    const rows = await identity.dataSource.query("SELECT * FROM api_key");
    expect(JSON.stringify(rows)).not.toContain(created.apiKey.slice(4));
  });
});
