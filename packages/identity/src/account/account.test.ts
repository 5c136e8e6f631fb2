import "reflect-metadata";
import { Role, type Viewer } from "@ogc/kit";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, createIdentityHarness, type IdentityHarness, type MadeAccount, SIGN_IN, signIn } from "../testing/identity-harness.js";

interface AccountData {
  id: string;
  email: string | null;
  role: Role;
  status: string;
  version: number;
  memberId: string | null;
  institutionIds: string[];
  partnerId: string | null;
  lastSignInAt: string | null;
}
const FIELDS = "id email role status version memberId institutionIds partnerId lastSignInAt";
const DISABLE = `mutation ($id: ID!, $version: Int!) { disableAccount(id: $id, version: $version) { ${FIELDS} } }`;
const ENABLE = `mutation ($id: ID!, $version: Int!) { enableAccount(id: $id, version: $version) { ${FIELDS} } }`;
const CHANGE_ROLE = `mutation ($input: ChangeRoleInput!) { changeRole(input: $input) { ${FIELDS} } }`;

describe.each(testStores)("accounts on %s", (store) => {
  let identity: IdentityHarness;
  let admin: MadeAccount;
  let support: MadeAccount;
  let officer: MadeAccount;
  let partner: MadeAccount;
  beforeAll(async () => {
    identity = await createIdentityHarness(store);
    admin = await identity.makeAccount(Role.SUPPORT_UNIT_ADMIN, { displayName: "Ada Admin" });
    support = await identity.makeAccount(Role.SUPPORT_UNIT, { displayName: "Sam Support" });
    officer = await identity.makeAccount(Role.INSTITUTION_OFFICER, {
      displayName: "Olu Officer",
      memberId: "m-1",
      institutionIds: ["i-1"],
    });
    partner = await identity.makeAccount(Role.PARTNER_EDITOR, { displayName: "Pat Partner", partnerId: "p-1" });
  });
  afterAll(() => identity.close());

  const accountAs = async (id: string, as: Viewer) =>
    (await identity.execute<{ account: AccountData }>(`query ($id: ID!) { account(id: $id) { ${FIELDS} } }`, { variables: { id }, as }))
      .data?.account;

  describe("viewer", () => {
    it("is null for an anonymous caller", async () => {
      expect(await identity.execute("{ viewer { id } }")).toEqual({ data: { viewer: null } });
    });

    it("is the signed-in account, with its own e-mail", async () => {
      const { data } = await identity.execute<{ viewer: AccountData }>(`{ viewer { ${FIELDS} } }`, { as: officer.viewer });
      expect(data?.viewer).toMatchObject({ id: officer.account.id, email: officer.email, role: "INSTITUTION_OFFICER", memberId: "m-1" });
    });
  });

  describe("e-mail, a private field", () => {
    const entity = (id: string, as: Viewer | null) =>
      identity.execute<{ _entities: { id: string; email: string | null; displayName: string }[] }>(
        "query ($r: [_Any!]!) { _entities(representations: $r) { ... on Account { id email displayName } } }",
        { variables: { r: [{ __typename: "Account", id }] }, as },
      );

    it("is readable by the account itself and by the support unit", async () => {
      expect((await entity(officer.account.id, officer.viewer)).data?._entities[0]?.email).toBe(officer.email);
      expect((await entity(officer.account.id, support.viewer)).data?._entities[0]?.email).toBe(officer.email);
      expect((await entity(officer.account.id, admin.viewer)).data?._entities[0]?.email).toBe(officer.email);
    });

    it("is null, without an error, for anyone else; the display name stays public", async () => {
      for (const as of [partner.viewer, null]) {
        const response = await entity(officer.account.id, as);
        expect(response.errors).toBeUndefined();
        expect(response.data?._entities[0]).toEqual({ id: officer.account.id, email: null, displayName: "Olu Officer" });
      }
    });

    it("is never exposed with the password hash: the schema has no field for it", async () => {
      const response = await identity.execute("{ viewer { passwordHash } }", { as: admin.viewer });
      expect(codeOf(response)).toBe("GRAPHQL_VALIDATION_FAILED");
    });
  });

  describe("Account references from other subgraphs", () => {
    it("resolves many references in one SQL statement, null for unknown ids", async () => {
      const ids = [admin.account.id, officer.account.id, "unknown-id", partner.account.id, officer.account.id, support.account.id];
      const { result, statements } = await identity.counter.measure(() =>
        identity.execute<{ _entities: ({ id: string; role: string } | null)[] }>(
          "query ($r: [_Any!]!) { _entities(representations: $r) { ... on Account { id role displayName } } }",
          { variables: { r: ids.map((id) => ({ __typename: "Account", id })) } },
        ),
      );
      expect(result.data?._entities.map((entity) => entity?.id ?? null)).toEqual([
        admin.account.id,
        officer.account.id,
        null,
        partner.account.id,
        officer.account.id,
        support.account.id,
      ]);
      expect(statements).toBe(1);
    });
  });

  describe("accounts", () => {
    it("pages through accounts with a Relay connection", async () => {
      const page = async (after: string | null) =>
        (
          await identity.execute<{
            accounts: {
              totalCount: number;
              edges: { cursor: string; node: { id: string } }[];
              pageInfo: { hasNextPage: boolean; endCursor: string };
            };
          }>(
            "query ($after: String) { accounts(first: 3, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }",
            {
              variables: { after },
              as: admin.viewer,
            },
          )
        ).data!.accounts;
      const first = await page(null);
      expect(first.edges).toHaveLength(3);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const seen = new Set(first.edges.map((edge) => edge.node.id));
      let after: string | null = first.pageInfo.endCursor;
      while (after) {
        const next = await page(after);
        for (const edge of next.edges) seen.add(edge.node.id);
        after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
      }
      expect(seen.size).toBe(first.totalCount);
    });

    it("filters by role, status and a case-insensitive search over e-mail and name", async () => {
      const list = async (filter: Record<string, unknown>) =>
        (
          await identity.execute<{ accounts: { totalCount: number; edges: { node: { id: string } }[] } }>(
            "query ($filter: AccountFilter) { accounts(first: 100, filter: $filter) { totalCount edges { node { id } } } }",
            { variables: { filter }, as: admin.viewer },
          )
        ).data!.accounts;
      expect((await list({ role: "PARTNER_EDITOR" })).edges.map((edge) => edge.node.id)).toContain(partner.account.id);
      expect((await list({ role: "PARTNER_EDITOR" })).edges.map((edge) => edge.node.id)).not.toContain(officer.account.id);
      expect((await list({ search: "olu OFF" })).edges.map((edge) => edge.node.id)).toEqual([officer.account.id]);
      expect((await list({ search: officer.email.toUpperCase() })).edges.map((edge) => edge.node.id)).toEqual([officer.account.id]);
      // A LIKE wildcard is searched for literally: no name or e-mail holds "%".
      expect((await list({ search: "%" })).totalCount).toBe(0);
      expect((await list({ status: "DISABLED", search: "Ada" })).totalCount).toBe(0);
    });

    it("is for administrators: UNAUTHENTICATED when anonymous, FORBIDDEN for other roles", async () => {
      const query = "{ accounts { totalCount } }";
      expect(codeOf(await identity.execute(query))).toBe("UNAUTHENTICATED");
      expect(codeOf(await identity.execute(query, { as: support.viewer }))).toBe("FORBIDDEN");
      expect(codeOf(await identity.execute(query, { as: officer.viewer }))).toBe("FORBIDDEN");
    });
  });

  describe("disableAccount and enableAccount", () => {
    it("disables an account: its sessions end at once and it cannot sign in; enabling lets it in again", async () => {
      const target = await identity.makeAccount(Role.PARTNER_EDITOR, { partnerId: "p-9" });
      const first = await signIn(identity, target.email, target.password);
      const second = await signIn(identity, target.email, target.password);

      const { data, errors } = await identity.execute<{ disableAccount: AccountData }>(DISABLE, {
        variables: { id: target.account.id, version: 1 },
        as: admin.viewer,
      });
      expect(errors).toBeUndefined();
      expect(data?.disableAccount).toMatchObject({ status: "DISABLED", version: 2 });

      for (const session of [first, second]) {
        expect(await identity.services().sessions.isActive(session.sessionId)).toBe(false);
        await expect(identity.verifier.verify(session.accessToken)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
      }
      const refresh = await identity.execute("mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken } }", {
        variables: { t: second.refreshToken },
      });
      expect(codeOf(refresh)).toBe("UNAUTHENTICATED");
      const refused = await identity.execute(SIGN_IN, { variables: { email: target.email, password: target.password } });
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN" }, message: expect.stringMatching(/disabled/) });

      const enabled = await identity.execute<{ enableAccount: AccountData }>(ENABLE, {
        variables: { id: target.account.id, version: 2 },
        as: admin.viewer,
      });
      expect(enabled.data?.enableAccount).toMatchObject({ status: "ACTIVE", version: 3 });
      await signIn(identity, target.email, target.password);
    });

    it("refuses a stale version with CONFLICT and changes nothing", async () => {
      const target = await identity.makeAccount(Role.SUPPORT_UNIT);
      await identity.execute(DISABLE, { variables: { id: target.account.id, version: 1 }, as: admin.viewer });
      const stale = await identity.execute(ENABLE, { variables: { id: target.account.id, version: 1 }, as: admin.viewer });
      expect(stale.errors?.[0]).toMatchObject({
        extensions: { code: "CONFLICT", currentVersion: 2 },
        message: expect.stringMatching(/Reload/),
      });
      expect((await accountAs(target.account.id, admin.viewer))?.status).toBe("DISABLED");
    });

    it("says NOT_FOUND for an unknown account, and refuses to disable oneself", async () => {
      expect(codeOf(await identity.execute(DISABLE, { variables: { id: "nope", version: 1 }, as: admin.viewer }))).toBe("NOT_FOUND");
      const self = await identity.execute(DISABLE, { variables: { id: admin.account.id, version: 1 }, as: admin.viewer });
      expect(self.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    });
  });

  describe("changeRole", () => {
    it("changes role and scope, bumps the version and ends the account's sessions so old claims stop working", async () => {
      const target = await identity.makeAccount(Role.PARTNER_EDITOR, { partnerId: "p-5" });
      const session = await signIn(identity, target.email, target.password);
      const { data, errors } = await identity.execute<{ changeRole: AccountData }>(CHANGE_ROLE, {
        variables: {
          input: { id: target.account.id, version: 1, role: "INSTITUTION_OFFICER", memberId: "m-7", institutionIds: ["i-7", "i-8", "i-7"] },
        },
        as: admin.viewer,
      });
      expect(errors).toBeUndefined();
      expect(data?.changeRole).toMatchObject({
        role: "INSTITUTION_OFFICER",
        memberId: "m-7",
        institutionIds: ["i-7", "i-8"],
        partnerId: null,
        version: 2,
      });
      await expect(identity.verifier.verify(session.accessToken)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
      const again = await signIn(identity, target.email, target.password);
      expect((await identity.verifier.verify(again.accessToken)).institutionIds).toEqual(["i-7", "i-8"]);
    });

    it("refuses a scope that does not fit the role, naming the field", async () => {
      const target = await identity.makeAccount(Role.PARTNER_EDITOR, { partnerId: "p-6" });
      const attempt = (input: Record<string, unknown>) =>
        identity.execute(CHANGE_ROLE, { variables: { input: { id: target.account.id, version: 1, ...input } }, as: admin.viewer });
      expect((await attempt({ role: "INSTITUTION_OFFICER", memberId: "m-1" })).errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "institutionIds",
      });
      expect((await attempt({ role: "PARTNER_EDITOR" })).errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "partnerId",
      });
      expect((await attempt({ role: "SUPPORT_UNIT", partnerId: "p-6" })).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
      expect((await attempt({ role: "API_CLIENT" })).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "role" });
      expect((await accountAs(target.account.id, admin.viewer))?.version).toBe(1);
    });
  });

  describe("changePassword", () => {
    it("changes the caller's password and ends their other sessions", async () => {
      const target = await identity.makeAccount(Role.SUPPORT_UNIT);
      const current = await signIn(identity, target.email, target.password);
      const other = await signIn(identity, target.email, target.password);
      const mutation = "mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }";
      const viewer = await identity.verifier.verify(current.accessToken);

      const short = await identity.execute(mutation, { variables: { c: target.password, n: "short" }, as: viewer });
      expect(short.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "newPassword" });
      const wrong = await identity.execute(mutation, { variables: { c: "not my password", n: "a brand new passphrase" }, as: viewer });
      expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "currentPassword" });

      const done = await identity.execute(mutation, { variables: { c: target.password, n: "a brand new passphrase" }, as: viewer });
      expect(done).toEqual({ data: { changePassword: true } });
      expect(await identity.services().sessions.isActive(current.sessionId)).toBe(true);
      expect(await identity.services().sessions.isActive(other.sessionId)).toBe(false);
      expect(codeOf(await identity.execute(SIGN_IN, { variables: { email: target.email, password: target.password } }))).toBe(
        "UNAUTHENTICATED",
      );
      await signIn(identity, target.email, "a brand new passphrase");
    });

    it("says why a new password is refused in the language the request asks for, English without one", async () => {
      const target = await identity.makeAccount(Role.PARTNER_EDITOR, { partnerId: "p-1" });
      const mutation = "mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }";
      const tooShort = (headers?: Record<string, string>) =>
        identity.execute(mutation, { variables: { c: target.password, n: "short" }, as: target.viewer, headers });

      const french = await tooShort({ "accept-language": "fr-FR,fr;q=0.9,en;q=0.5" });
      expect(french.errors?.[0]).toMatchObject({
        message: "Un mot de passe doit compter au moins 12 caractères ; quelques mots font un bon mot de passe.",
        extensions: { code: "BAD_USER_INPUT", field: "newPassword" },
      });
      const spanish = await tooShort({ "accept-language": "es" });
      expect(spanish.errors?.[0]).toMatchObject({
        message: "Una contraseña necesita al menos 12 caracteres; unas cuantas palabras forman una buena contraseña.",
        extensions: { code: "BAD_USER_INPUT", field: "newPassword" },
      });
      const english = await tooShort();
      expect(english.errors?.[0]).toMatchObject({
        message: "A password needs at least 12 characters; a few words make a good one.",
        extensions: { code: "BAD_USER_INPUT", field: "newPassword" },
      });
    });
  });

  describe("authorisation of every mutation", () => {
    // [operation, variables, roles allowed]; anonymous callers get UNAUTHENTICATED, other roles FORBIDDEN.
    const ADMIN_ONLY = [Role.SUPPORT_UNIT_ADMIN];
    const SUPPORT = [Role.SUPPORT_UNIT_ADMIN, Role.SUPPORT_UNIT];
    const cases: [string, string, () => Record<string, unknown>, Role[]][] = [
      ["disableAccount", DISABLE, () => ({ id: partner.account.id, version: 99 }), ADMIN_ONLY],
      ["enableAccount", ENABLE, () => ({ id: partner.account.id, version: 99 }), ADMIN_ONLY],
      [
        "changeRole",
        CHANGE_ROLE,
        () => ({ input: { id: partner.account.id, version: 99, role: "PARTNER_EDITOR", partnerId: "p-1" } }),
        ADMIN_ONLY,
      ],
      ["account", "query ($id: ID!) { account(id: $id) { id } }", () => ({ id: partner.account.id }), ADMIN_ONLY],
      [
        "inviteAccount",
        "mutation ($input: InviteAccountInput!) { inviteAccount(input: $input) { token } }",
        () => ({ input: { email: "authz@example.org", role: "PARTNER_EDITOR", partnerId: "p-1" } }),
        SUPPORT,
      ],
      ["createApiKey", 'mutation { createApiKey(name: "Authz") { apiKey } }', () => ({}), SUPPORT],
      ["revokeApiKey", 'mutation { revokeApiKey(id: "none") { id } }', () => ({}), SUPPORT],
      ["apiKeys", "{ apiKeys { id } }", () => ({}), SUPPORT],
      ["identityAuditLog", "{ identityAuditLog { totalCount } }", () => ({}), SUPPORT],
      ["changePassword", 'mutation { changePassword(currentPassword: "x", newPassword: "y") }', () => ({}), Object.values(Role)],
      ["signOut", "mutation { signOut }", () => ({}), Object.values(Role)],
    ];
    it.each(cases)("%s", async (_name, operation, variables, allowed) => {
      expect(codeOf(await identity.execute(operation, { variables: variables() }))).toBe("UNAUTHENTICATED");
      const everyone: Record<Role, Viewer> = {
        [Role.SUPPORT_UNIT_ADMIN]: admin.viewer,
        [Role.SUPPORT_UNIT]: support.viewer,
        [Role.INSTITUTION_OFFICER]: officer.viewer,
        [Role.PARTNER_EDITOR]: partner.viewer,
        [Role.API_CLIENT]: { ...partner.viewer, role: Role.API_CLIENT, partnerId: null },
      };
      for (const role of Object.values(Role)) {
        const code = codeOf(await identity.execute(operation, { variables: variables(), as: everyone[role] }));
        if (allowed.includes(role)) expect(String(code ?? "OK"), role).not.toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/);
        else expect(code, role).toBe("FORBIDDEN");
      }
    });
  });
});
