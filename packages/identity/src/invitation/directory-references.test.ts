import "reflect-metadata";
import { Role } from "@ogc/kit";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Account } from "../account/account.entity.js";
import { createIdentityHarness, type IdentityHarness, type MadeAccount } from "../testing/identity-harness.js";
import { MemoryDirectory } from "../testing/memory-directory.js";
import { checkedDirectoryReferences } from "./directory-references.js";
import { Invitation } from "./invitation.entity.js";

const INVITE = `mutation ($input: InviteAccountInput!) { inviteAccount(input: $input) { token invitation { id memberId institutionIds partnerId } } }`;
const CHANGE_ROLE = `mutation ($input: ChangeRoleInput!) { changeRole(input: $input) { id version role memberId institutionIds partnerId } }`;

describe.each(testStores)("scope ids checked against the directory on %s", (store) => {
  let identity: IdentityHarness;
  let directory: MemoryDirectory;
  let admin: MadeAccount;
  let support: MadeAccount;
  beforeAll(async () => {
    directory = new MemoryDirectory()
      .addMember("alb")
      .addMember("arg")
      .addMember("gone", true)
      .addInstitution("alb-justice", "alb")
      .addInstitution("alb-assembly", "alb")
      .addInstitution("alb-old", "alb", true)
      .addInstitution("arg-cabinet", "arg")
      .addInstitution("gone-office", "gone")
      .addPartner("poder")
      .addPartner("closed", true);
    identity = await createIdentityHarness(store, { directory: checkedDirectoryReferences(directory.lookup()) });
    admin = await identity.makeAccount(Role.SUPPORT_UNIT_ADMIN);
    support = await identity.makeAccount(Role.SUPPORT_UNIT);
  });
  afterAll(() => identity.close());
  beforeEach(() => {
    directory.down = false;
  });

  const invite = (input: Record<string, unknown>) => identity.execute(INVITE, { variables: { input }, as: support.viewer });
  const written = async () => ({
    invitations: await identity.dataSource.getRepository(Invitation).count(),
    audit: Number((await identity.dataSource.query("SELECT COUNT(*) AS n FROM audit_log"))[0].n),
  });

  it("accepts an officer invitation whose member exists and owns every institution, and a partner that exists", async () => {
    const officer = await invite({
      email: "officer@alb.example",
      role: "INSTITUTION_OFFICER",
      memberId: "alb",
      institutionIds: ["alb-justice", "alb-assembly"],
    });
    expect(officer.errors).toBeUndefined();
    const editor = await invite({ email: "editor@poder.example", role: "PARTNER_EDITOR", partnerId: "poder" });
    expect(editor.errors).toBeUndefined();
  });

  it.each([
    ["an unknown member", { memberId: "nope", institutionIds: ["alb-justice"] }, "input.memberId", /no member with the id "nope"/],
    ["an archived member", { memberId: "gone", institutionIds: ["gone-office"] }, "input.memberId", /archived/],
    ["an unknown institution", { memberId: "alb", institutionIds: ["alb-justice", "nope"] }, "input.institutionIds", /"nope"/],
    ["an archived institution", { memberId: "alb", institutionIds: ["alb-old"] }, "input.institutionIds", /archived.*"alb-old"/],
    [
      "an institution of another member",
      { memberId: "alb", institutionIds: ["alb-justice", "arg-cabinet"] },
      "input.institutionIds",
      /another member than "alb": "arg-cabinet"/,
    ],
  ])("refuses %s for an officer (BAD_USER_INPUT naming the field), writing nothing", async (_, scope, field, message) => {
    const before = await written();
    const response = await invite({ email: "refused@alb.example", role: "INSTITUTION_OFFICER", ...scope });
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field }, message: expect.stringMatching(message) });
    expect(await written()).toEqual(before);
  });

  it("refuses an unknown or archived partner for a partner editor, writing nothing", async () => {
    const before = await written();
    for (const partnerId of ["nope", "closed"]) {
      const response = await invite({ email: "refused@partner.example", role: "PARTNER_EDITOR", partnerId });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.partnerId" });
    }
    expect(await written()).toEqual(before);
  });

  it("asks the directory once per entity type, and not at all for roles without a scope", async () => {
    const before = directory.requests;
    await invite({
      email: "batch@alb.example",
      role: "INSTITUTION_OFFICER",
      memberId: "alb",
      institutionIds: ["alb-justice", "alb-assembly"],
    });
    expect(directory.requests - before).toBe(2);
    directory.down = true;
    const staff = await identity.execute(INVITE, {
      variables: { input: { email: "staff@ogp.example", role: "SUPPORT_UNIT" } },
      as: admin.viewer,
    });
    expect(staff.errors).toBeUndefined();
  });

  it("fails with a typed, actionable error when the directory is unreachable, writing nothing", async () => {
    directory.down = true;
    const before = await written();
    const response = await invite({ email: "later@poder.example", role: "PARTNER_EDITOR", partnerId: "poder" });
    expect(response.errors?.[0]).toMatchObject({
      extensions: { code: "SERVICE_UNAVAILABLE", reason: "DIRECTORY_UNAVAILABLE" },
      message: expect.stringMatching(/directory could not be reached.*nothing was saved.*Try again/),
    });
    expect(await written()).toEqual(before);
  });

  describe("changeRole", () => {
    it("checks the new scope the same way, leaving the account untouched when refused", async () => {
      const target = await identity.makeAccount(Role.PARTNER_EDITOR, { partnerId: "poder" });
      const change = (input: Record<string, unknown>) =>
        identity.execute<{ changeRole: { version: number; institutionIds: string[] } }>(CHANGE_ROLE, {
          variables: { input: { id: target.account.id, version: 1, ...input } },
          as: admin.viewer,
        });
      const mismatched = await change({ role: "INSTITUTION_OFFICER", memberId: "alb", institutionIds: ["arg-cabinet"] });
      expect(mismatched.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "institutionIds" });
      expect((await change({ role: "PARTNER_EDITOR", partnerId: "nope" })).errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "partnerId",
      });
      expect(
        (await change({ role: "INSTITUTION_OFFICER", memberId: "nope", institutionIds: ["alb-justice"] })).errors?.[0]?.extensions,
      ).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "memberId",
      });
      directory.down = true;
      expect((await change({ role: "PARTNER_EDITOR", partnerId: "poder" })).errors?.[0]?.extensions).toMatchObject({
        reason: "DIRECTORY_UNAVAILABLE",
      });
      directory.down = false;
      expect((await identity.dataSource.getRepository(Account).findOneByOrFail({ id: target.account.id })).version).toBe(1);

      const changed = await change({ role: "INSTITUTION_OFFICER", memberId: "alb", institutionIds: ["alb-justice"] });
      expect(changed.errors).toBeUndefined();
      expect(changed.data?.changeRole).toMatchObject({ version: 2, institutionIds: ["alb-justice"] });
    });
  });
});
