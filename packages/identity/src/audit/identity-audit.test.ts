import "reflect-metadata";
import { Role, type Viewer } from "@ogc/kit";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  codeOf,
  createIdentityHarness,
  type IdentityHarness,
  type MadeAccount,
  type SignInResult,
  signIn,
} from "../testing/identity-harness.js";

interface Entry {
  at: string;
  actorId: string | null;
  actorRole: string | null;
  operation: string;
  entityType: string;
  entityId: string;
  changes: Record<string, { from: unknown; to: unknown }>;
}
const LOG =
  "query ($after: String) { identityAuditLog(first: 100, after: $after) { totalCount edges { node { at actorId actorRole operation entityType entityId changes } } pageInfo { hasNextPage endCursor } } }";

describe.each(testStores)("identity audit log on %s", (store) => {
  let identity: IdentityHarness;
  let admin: MadeAccount;
  let support: MadeAccount;
  const secrets: string[] = [];
  beforeAll(async () => {
    identity = await createIdentityHarness(store);
    admin = await identity.makeAccount(Role.SUPPORT_UNIT_ADMIN, { displayName: "Audit Admin" });
    support = await identity.makeAccount(Role.SUPPORT_UNIT, { displayName: "Audit Support" });
  });
  afterAll(() => identity.close());

  const log = async (as = support.viewer) => {
    const entries: Entry[] = [];
    let after: string | null = null;
    do {
      const response: {
        data?: { identityAuditLog: { edges: { node: Entry }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } | null;
      } = await identity.execute(LOG, { variables: { after }, as });
      const page = response.data!.identityAuditLog;
      entries.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return entries;
  };

  it("records every mutation, newest first, with personal data and secrets redacted", async () => {
    const run = async <T>(query: string, variables: Record<string, unknown>, as: Viewer | null = admin.viewer): Promise<T> => {
      const { data, errors } = await identity.execute<T>(query, { variables, as });
      expect(errors).toBeUndefined();
      return data!;
    };
    const invited = await run<{ inviteAccount: { token: string } }>(
      "mutation ($input: InviteAccountInput!) { inviteAccount(input: $input) { token } }",
      { input: { email: "Secret.Person@example.org", role: "PARTNER_EDITOR", partnerId: "p-1" } },
    );
    secrets.push(invited.inviteAccount.token, "Secret.Person@example.org", "secret.person@example.org");
    const accepted = await run<{ acceptInvitation: SignInResult }>(
      'mutation ($t: String!) { acceptInvitation(token: $t, displayName: "Very Private Name", password: "private passphrase 1") { accessToken refreshToken sessionId account { id } } }',
      { t: invited.inviteAccount.token },
      null,
    );
    secrets.push(
      "Very Private Name",
      "private passphrase 1",
      accepted.acceptInvitation.refreshToken,
      accepted.acceptInvitation.accessToken,
    );
    const personId = accepted.acceptInvitation.account.id;
    const signedIn = await signIn(identity, "secret.person@example.org", "private passphrase 1");
    const refreshed = await run<{ refreshSession: SignInResult }>(
      "mutation ($t: String!) { refreshSession(refreshToken: $t) { refreshToken } }",
      { t: signedIn.refreshToken },
      null,
    );
    secrets.push(signedIn.refreshToken, refreshed.refreshSession.refreshToken);
    const person = await identity.verifier.verify(signedIn.accessToken);
    await run('mutation { changePassword(currentPassword: "private passphrase 1", newPassword: "private passphrase 2") }', {}, person);
    secrets.push("private passphrase 2");
    await run("mutation { signOut }", {}, person);
    const key = await run<{ createApiKey: { apiKey: string; key: { id: string } } }>(
      'mutation { createApiKey(name: "Audited dashboard") { apiKey key { id } } }',
      {},
    );
    secrets.push(key.createApiKey.apiKey);
    await run("mutation ($k: String!) { signInWithApiKey(apiKey: $k) { accessToken } }", { k: key.createApiKey.apiKey }, null);
    await run("mutation ($id: ID!) { revokeApiKey(id: $id) { id } }", { id: key.createApiKey.key.id });
    await run("mutation ($id: ID!) { disableAccount(id: $id, version: 1) { id } }", { id: personId });
    await run("mutation ($id: ID!) { enableAccount(id: $id, version: 2) { id } }", { id: personId });
    await run("mutation ($input: ChangeRoleInput!) { changeRole(input: $input) { id } }", {
      input: { id: personId, version: 3, role: "INSTITUTION_OFFICER", memberId: "m-1", institutionIds: ["i-1"] },
    });

    const entries = await log();
    const operations = entries.map((entry) => entry.operation);
    for (const operation of [
      "inviteAccount",
      "acceptInvitation",
      "signIn",
      "refreshSession",
      "changePassword",
      "signOut",
      "createApiKey",
      "signInWithApiKey",
      "revokeApiKey",
      "disableAccount",
      "enableAccount",
      "changeRole",
    ]) {
      expect(operations).toContain(operation);
    }
    // Newest first.
    const times = entries.map((entry) => entry.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(entries[0]?.operation).toBe("changeRole");

    // The changes show, the values of personal data and secrets never.
    const serialised = JSON.stringify(entries);
    for (const secret of secrets) expect(serialised).not.toContain(secret);
    expect(serialised).not.toContain("$scrypt$");
    const created = entries.find((entry) => entry.operation === "acceptInvitation" && entry.entityType === "Account")!;
    expect(created.actorId).toBe(personId);
    expect(created.changes).toMatchObject({
      email: { from: "[redacted]", to: "[redacted]" },
      displayName: { from: "[redacted]", to: "[redacted]" },
      passwordHash: { from: "[redacted]", to: "[redacted]" },
      role: { from: null, to: "PARTNER_EDITOR" },
      partnerId: { from: null, to: "p-1" },
    });
    const disabled = entries.find((entry) => entry.operation === "disableAccount" && entry.entityType === "Account")!;
    expect(disabled).toMatchObject({ actorId: admin.account.id, actorRole: "SUPPORT_UNIT_ADMIN", entityId: personId });
    expect(disabled.changes).toEqual({ status: { from: "ACTIVE", to: "DISABLED" }, version: { from: 1, to: 2 } });
    const refresh = entries.find((entry) => entry.operation === "refreshSession")!;
    expect(refresh.changes.refreshToken).toEqual({ from: "[redacted]", to: "[redacted]" });
  });

  it("writes nothing when the change fails: the entry shares the change's transaction", async () => {
    const before = (await log()).length;
    const target = await identity.makeAccount(Role.PARTNER_EDITOR, { partnerId: "p-2" });
    const afterMaking = (await log()).length;
    const stale = await identity.execute("mutation ($id: ID!) { disableAccount(id: $id, version: 7) { id } }", {
      variables: { id: target.account.id },
      as: admin.viewer,
    });
    expect(codeOf(stale)).toBe("CONFLICT");
    expect((await log()).length).toBe(afterMaking);
    expect(afterMaking).toBe(before + 1);
  });
});
