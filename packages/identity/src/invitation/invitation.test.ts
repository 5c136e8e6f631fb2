import "reflect-metadata";
import { Role } from "@ogc/kit";
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
