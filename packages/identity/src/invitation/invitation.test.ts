import "reflect-metadata";
import { Role, type Viewer } from "@ogc/kit";
import { testStores } from "@ogc/kit/testing";
import type { GraphQLObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  codeOf,
  createIdentityHarness,
  type IdentityHarness,
  type MadeAccount,
  type SignInResult,
  signIn,
} from "../testing/identity-harness.js";

const INVITE = `mutation ($input: InviteAccountInput!) {
  inviteAccount(input: $input) { token invitation { id email role memberId institutionIds partnerId invitedById expiresAt acceptedAt } }
}`;
const ACCEPT = `mutation ($token: String!, $name: String!, $password: String!) {
  acceptInvitation(token: $token, displayName: $name, password: $password) { accessToken refreshToken sessionId account { id email role displayName memberId institutionIds partnerId } }
}`;

interface Invited {
  token: string;
  invitation: {
    id: string;
    email: string;
    role: string;
    institutionIds: string[];
    invitedById: string;
    expiresAt: string;
    acceptedAt: string | null;
  };
}

describe.each(testStores)("invitations on %s", (store) => {
  let identity: IdentityHarness;
  let admin: MadeAccount;
  let support: MadeAccount;
  beforeAll(async () => {
    identity = await createIdentityHarness(store);
    admin = await identity.makeAccount(Role.SUPPORT_UNIT_ADMIN);
    support = await identity.makeAccount(Role.SUPPORT_UNIT);
  });
  afterAll(() => identity.close());

  const invite = async (input: Record<string, unknown>, as = support.viewer) => {
    const response = await identity.execute<{ inviteAccount: Invited }>(INVITE, { variables: { input }, as });
    return { response, invited: response.data?.inviteAccount };
  };
  const accept = (token: string, password = "a long enough passphrase", name = "Ines Invited") =>
    identity.execute<{ acceptInvitation: SignInResult & { account: Record<string, unknown> } }>(ACCEPT, {
      variables: { token, name, password },
    });

  it("invites an institution officer; accepting creates the account with that scope and signs it in", async () => {
    const { response, invited } = await invite({
      email: "Ines@Ministry.example",
      role: "INSTITUTION_OFFICER",
      memberId: "m-1",
      institutionIds: ["i-1", "i-2"],
    });
    expect(response.errors).toBeUndefined();
    expect(invited?.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(invited?.invitation).toMatchObject({
      email: "Ines@Ministry.example",
      role: "INSTITUTION_OFFICER",
      invitedById: support.account.id,
      acceptedAt: null,
    });
    const expires = new Date(invited!.invitation.expiresAt).getTime() - identity.clock.now().getTime();
    expect(Math.abs(expires - 7 * 24 * 3600_000)).toBeLessThan(5_000);

    const accepted = await accept(invited!.token);
    expect(accepted.errors).toBeUndefined();
    const payload = accepted.data!.acceptInvitation;
    expect(payload.account).toMatchObject({
      email: "Ines@Ministry.example",
      role: "INSTITUTION_OFFICER",
      displayName: "Ines Invited",
      memberId: "m-1",
      institutionIds: ["i-1", "i-2"],
      partnerId: null,
    });
    expect((await identity.verifier.verify(payload.accessToken)).institutionIds).toEqual(["i-1", "i-2"]);
    // The new account signs in with its password, whatever the e-mail's case.
    await signIn(identity, "ines@ministry.example", "a long enough passphrase");
  });

  it("refuses a token used once already", async () => {
    const { invited } = await invite({ email: "pat@partner.example", role: "PARTNER_EDITOR", partnerId: "p-1" });
    expect((await accept(invited!.token)).errors).toBeUndefined();
    const again = await accept(invited!.token);
    expect(again.errors?.[0]).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "token" },
      message: expect.stringMatching(/already been used/),
    });
  });

  it("refuses an expired token (after 7 days)", async () => {
    const { invited } = await invite({ email: "late@partner.example", role: "PARTNER_EDITOR", partnerId: "p-1" });
    identity.clock.advance(7 * 24 * 3600 + 1);
    const late = await accept(invited!.token);
    expect(late.errors?.[0]).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "token" },
      message: expect.stringMatching(/expired/),
    });
  });

  it("refuses a token replaced by a newer invitation to the same e-mail, and a made-up one", async () => {
    const { invited: older } = await invite({ email: "twice@partner.example", role: "PARTNER_EDITOR", partnerId: "p-1" });
    const { invited: newer } = await invite({ email: "TWICE@partner.example", role: "PARTNER_EDITOR", partnerId: "p-2" });
    expect((await accept(older!.token)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });
    expect((await accept("not-a-token")).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });
    const accepted = await accept(newer!.token);
    expect(accepted.data?.acceptInvitation.account.partnerId).toBe("p-2");
  });

  it("requires a password of at least 12 characters and a display name, and keeps the token usable", async () => {
    const { invited } = await invite({ email: "weak@partner.example", role: "PARTNER_EDITOR", partnerId: "p-1" });
    const weak = await accept(invited!.token, "short pass");
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "password" });
    expect(weak.errors?.[0]?.message).toMatch(/at least 12 characters/);
    const nameless = await accept(invited!.token, "a long enough passphrase", "   ");
    expect(nameless.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "displayName" });
    expect((await accept(invited!.token)).errors).toBeUndefined();
  });

  it("refuses an e-mail that already has an account (CONFLICT) and a malformed one", async () => {
    expect(codeOf((await invite({ email: admin.email.toUpperCase(), role: "PARTNER_EDITOR", partnerId: "p-1" })).response)).toBe(
      "CONFLICT",
    );
    const malformed = (await invite({ email: "not an e-mail", role: "PARTNER_EDITOR", partnerId: "p-1" })).response;
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.email" });
  });

  it("checks the scope against the role, naming the input field", async () => {
    const noInstitutions = (await invite({ email: "a@ministry.example", role: "INSTITUTION_OFFICER", memberId: "m-1" })).response;
    expect(noInstitutions.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.institutionIds" });
    const noPartner = (await invite({ email: "b@partner.example", role: "PARTNER_EDITOR" })).response;
    expect(noPartner.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.partnerId" });
    const apiClient = (await invite({ email: "c@dashboard.example", role: "API_CLIENT" })).response;
    expect(apiClient.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.role" });
  });

  it("lets administrators, not the support unit, invite support-unit staff", async () => {
    expect(codeOf((await invite({ email: "staff@ogp.example", role: "SUPPORT_UNIT" }, support.viewer)).response)).toBe("FORBIDDEN");
    const { response, invited } = await invite({ email: "staff@ogp.example", role: "SUPPORT_UNIT" }, admin.viewer);
    expect(response.errors).toBeUndefined();
    expect((await accept(invited!.token)).data?.acceptInvitation.account.role).toBe("SUPPORT_UNIT");
  });

  it("stores only a hash of the token", async () => {
    const { invited } = await invite({ email: "hash@partner.example", role: "PARTNER_EDITOR", partnerId: "p-1" });
    const rows = await identity.dataSource.query("SELECT * FROM invitation");
    expect(JSON.stringify(rows)).not.toContain(invited!.token);
  });
});

const LIST = `query ($first: Int, $after: String, $status: InvitationStatus) {
  invitations(first: $first, after: $after, filter: { status: $status }) { totalCount edges { node { id email status revokedAt acceptedAt } } pageInfo { hasNextPage endCursor } }
}`;
const WITHDRAW = `mutation ($id: ID!) { withdrawInvitation(id: $id) { id status revokedAt } }`;

interface ListedInvitation {
  id: string;
  email: string;
  status: string;
  revokedAt: string | null;
  acceptedAt: string | null;
}
interface InvitationList {
  invitations: { totalCount: number; edges: { node: ListedInvitation }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

describe.each(testStores)("listing and withdrawing invitations on %s", (store) => {
  let identity: IdentityHarness;
  let admin: MadeAccount;
  let support: MadeAccount;
  let officer: MadeAccount;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    identity = await createIdentityHarness(store);
    admin = await identity.makeAccount(Role.SUPPORT_UNIT_ADMIN);
    support = await identity.makeAccount(Role.SUPPORT_UNIT);
    officer = await identity.makeAccount(Role.INSTITUTION_OFFICER, { memberId: "m-1", institutionIds: ["i-1"] });
    const invite = async (name: string, input: Record<string, unknown>, as = support.viewer) => {
      const response = await identity.execute<{ inviteAccount: Invited }>(INVITE, { variables: { input }, as });
      expect(response.errors).toBeUndefined();
      ids[name] = response.data!.inviteAccount.invitation.id;
      tokens[name] = response.data!.inviteAccount.token;
      // A second apart: two invitations of the same millisecond would be ordered by their random ids.
      identity.clock.advance(1);
    };
    await invite("expired", { email: "expired@partner.example", role: "PARTNER_EDITOR", partnerId: "p-1" });
    identity.clock.advance(7 * 24 * 3600 + 1);
    await invite("accepted", { email: "accepted@partner.example", role: "PARTNER_EDITOR", partnerId: "p-1" });
    await invite("withdrawn", { email: "withdrawn@partner.example", role: "PARTNER_EDITOR", partnerId: "p-1" });
    await invite("pending", { email: "pending@partner.example", role: "PARTNER_EDITOR", partnerId: "p-1" });
    await invite("staff", { email: "staff@ogp.example", role: "SUPPORT_UNIT" }, admin.viewer);
    const accepted = await identity.execute(ACCEPT, {
      variables: { token: tokens.accepted, name: "Ada Accepted", password: "a long enough passphrase" },
    });
    expect(accepted.errors).toBeUndefined();
  });
  afterAll(() => identity.close());

  const list = (variables: Record<string, unknown> = {}, as: Viewer | null = support.viewer) =>
    identity.execute<InvitationList>(LIST, { variables, as });
  const withdraw = (id: string, as: Viewer | null = support.viewer) =>
    identity.execute<{ withdrawInvitation: ListedInvitation }>(WITHDRAW, { variables: { id }, as });

  it("withdraws a pending invitation: its token stops working, the change is audited", async () => {
    const { data, errors } = await withdraw(ids.withdrawn!);
    expect(errors).toBeUndefined();
    expect(data?.withdrawInvitation).toMatchObject({ id: ids.withdrawn, status: "WITHDRAWN", revokedAt: expect.any(String) });
    const refused = await identity.execute(ACCEPT, {
      variables: { token: tokens.withdrawn, name: "Too Late", password: "a long enough passphrase" },
    });
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "token" },
      message: expect.stringMatching(/withdrawn/),
    });
    const entries = await identity.dataSource.query(
      `SELECT actor_id, operation, entity_type, entity_id, changes FROM audit_log WHERE operation = 'withdrawInvitation'`,
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor_id: support.account.id, entity_type: "Invitation", entity_id: ids.withdrawn });
    expect(JSON.parse(entries[0].changes)).toEqual({ revokedAt: { from: null, to: data?.withdrawInvitation.revokedAt } });
    // Again: nothing changes, nothing more is audited.
    expect((await withdraw(ids.withdrawn!)).data?.withdrawInvitation.revokedAt).toBe(data?.withdrawInvitation.revokedAt);
    expect(await identity.dataSource.query(`SELECT id FROM audit_log WHERE operation = 'withdrawInvitation'`)).toHaveLength(1);
  });

  it("refuses to withdraw an accepted invitation (CONFLICT), an unknown one (NOT_FOUND), and staff invitations unless administrator", async () => {
    expect(codeOf(await withdraw(ids.accepted!))).toBe("CONFLICT");
    expect(codeOf(await withdraw("00000000-0000-0000-0000-000000000000"))).toBe("NOT_FOUND");
    expect(codeOf(await withdraw(ids.staff!))).toBe("FORBIDDEN");
    expect(codeOf(await withdraw(ids.staff!, officer.viewer))).toBe("FORBIDDEN");
    expect(codeOf(await withdraw(ids.staff!, null))).toBe("UNAUTHENTICATED");
    expect((await withdraw(ids.staff!, admin.viewer)).data?.withdrawInvitation.status).toBe("WITHDRAWN");
  });

  it("lists invitations newest first for the support unit, by status, a page at a time, without tokens", async () => {
    const all = await list();
    expect(all.errors).toBeUndefined();
    const nodes = all.data!.invitations.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.id)).toEqual([ids.staff, ids.pending, ids.withdrawn, ids.accepted, ids.expired]);
    expect(Object.fromEntries(nodes.map((node) => [node.email, node.status]))).toEqual({
      "staff@ogp.example": "WITHDRAWN",
      "pending@partner.example": "PENDING",
      "withdrawn@partner.example": "WITHDRAWN",
      "accepted@partner.example": "ACCEPTED",
      "expired@partner.example": "EXPIRED",
    });
    for (const [status, expected] of [
      ["PENDING", [ids.pending]],
      ["ACCEPTED", [ids.accepted]],
      ["EXPIRED", [ids.expired]],
      ["WITHDRAWN", [ids.staff, ids.withdrawn]],
    ] as const) {
      const filtered = await list({ status });
      expect(filtered.data?.invitations.edges.map((edge) => edge.node.id)).toEqual(expected);
      expect(filtered.data?.invitations.totalCount).toBe(expected.length);
    }
    const first = await list({ first: 2 });
    expect(first.data?.invitations.pageInfo.hasNextPage).toBe(true);
    const second = await list({ first: 2, after: first.data?.invitations.pageInfo.endCursor });
    expect(second.data?.invitations.edges.map((edge) => edge.node.id)).toEqual([ids.withdrawn, ids.accepted]);
    expect(JSON.stringify(all)).not.toContain(tokens.pending!);
  });

  it("is for the support unit only, and the Invitation type has no token field", async () => {
    expect(codeOf(await list({}, officer.viewer))).toBe("FORBIDDEN");
    expect(codeOf(await list({}, null))).toBe("UNAUTHENTICATED");
    expect((await list({}, admin.viewer)).errors).toBeUndefined();
    const invitationType = (await identity.identity.buildSchema()).getType("Invitation") as GraphQLObjectType;
    expect(Object.keys(invitationType.getFields()).filter((name) => /token|hash/i.test(name))).toEqual([]);
  });
});
