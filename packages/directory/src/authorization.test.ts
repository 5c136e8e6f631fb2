import "reflect-metadata";
import { AuditEntry, Role, type Viewer } from "@ogc/kit";
import { createTestSubgraph, type TestSubgraph, testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directorySubgraph } from "./subgraph.js";
import {
  addContact,
  apiClient,
  createActionPlan,
  createInstitution,
  createMember,
  createPartner,
  supportAdmin,
  supportUnit,
  tableCounts,
  unique,
  viewer,
} from "./test-helpers.js";

type Operation = { query: string; variables?: Record<string, unknown> };

/** Every mutation, with a way to prepare a fresh, valid call of it. */
function mutations(directory: TestSubgraph): Record<string, () => Promise<Operation>> {
  const archived = async <T extends { id: string }>(created: Promise<T>, archive: string) => {
    const record = await created;
    await directory.execute(`mutation { ${archive}(id: "${record.id}", version: 1) { id } }`, { as: supportUnit });
    return record;
  };
  const member = () => createMember(directory);
  return {
    createMember: async () => ({
      query: "mutation ($input: CreateMemberInput!) { createMember(input: $input) { id } }",
      variables: { input: { ogpCode: unique("C"), name: "New", type: "NATIONAL", region: "EUROPE" } },
    }),
    updateMember: async () => ({
      query: `mutation { updateMember(input: { id: "${(await member()).id}", version: 1, name: "Renamed" }) { id } }`,
    }),
    archiveMember: async () => ({ query: `mutation { archiveMember(id: "${(await member()).id}", version: 1) { id } }` }),
    restoreMember: async () => ({
      query: `mutation { restoreMember(id: "${(await archived(member(), "archiveMember")).id}", version: 2) { id } }`,
    }),
    upsertMembers: async () => ({
      query: "mutation ($rows: [MemberUpsertInput!]!) { upsertMembers(input: $rows) { committed } }",
      variables: { rows: [{ ogpCode: unique("U"), name: "Upserted", type: "NATIONAL", region: "EUROPE" }] },
    }),
    createInstitution: async () => ({
      query: `mutation { createInstitution(input: { memberId: "${(await member()).id}", name: { en: "Office" }, branch: EXECUTIVE, level: NATIONAL }) { id } }`,
    }),
    updateInstitution: async () => ({
      query: `mutation { updateInstitution(input: { id: "${(await createInstitution(directory, (await member()).id)).id}", version: 1, branch: JUDICIAL }) { id } }`,
    }),
    archiveInstitution: async () => ({
      query: `mutation { archiveInstitution(id: "${(await createInstitution(directory, (await member()).id)).id}", version: 1) { id } }`,
    }),
    restoreInstitution: async () => {
      const institution = await archived(createInstitution(directory, (await member()).id), "archiveInstitution");
      return { query: `mutation { restoreInstitution(id: "${institution.id}", version: 2) { id } }` };
    },
    upsertInstitutions: async () => ({
      query: "mutation ($rows: [InstitutionUpsertInput!]!) { upsertInstitutions(input: $rows) { committed } }",
      variables: {
        rows: [{ memberCode: (await member()).ogpCode, name: { en: "Upserted office" }, branch: "EXECUTIVE", level: "NATIONAL" }],
      },
    }),
    createPartner: async () => ({ query: `mutation { createPartner(input: { name: "${unique("Partner ")}", kind: MEDIA }) { id } }` }),
    updatePartner: async () => ({
      query: `mutation { updatePartner(input: { id: "${(await createPartner(directory)).id}", version: 1, kind: ACADEMIA }) { id } }`,
    }),
    archivePartner: async () => ({ query: `mutation { archivePartner(id: "${(await createPartner(directory)).id}", version: 1) { id } }` }),
    restorePartner: async () => ({
      query: `mutation { restorePartner(id: "${(await archived(createPartner(directory), "archivePartner")).id}", version: 2) { id } }`,
    }),
    upsertPartners: async () => ({
      query: "mutation ($rows: [PartnerUpsertInput!]!) { upsertPartners(input: $rows) { committed } }",
      variables: { rows: [{ name: unique("Upserted partner "), kind: "OTHER" }] },
    }),
    createActionPlan: async () => ({
      query: `mutation { createActionPlan(input: { memberId: "${(await member()).id}", ogpId: "AP_${unique("A")}01", number: 1, startDate: "2026-01-01", endDate: "2027-12-31", lengthYears: 2 }) { id } }`,
    }),
    updateActionPlan: async () => ({
      query: `mutation { updateActionPlan(input: { id: "${(await createActionPlan(directory, (await member()).id)).id}", version: 1, status: SUBMITTED }) { id } }`,
    }),
    archiveActionPlan: async () => ({
      query: `mutation { archiveActionPlan(id: "${(await createActionPlan(directory, (await member()).id)).id}", version: 1) { id } }`,
    }),
    restoreActionPlan: async () => {
      const plan = await archived(createActionPlan(directory, (await member()).id), "archiveActionPlan");
      return { query: `mutation { restoreActionPlan(id: "${plan.id}", version: 2) { id } }` };
    },
    upsertActionPlans: async () => ({
      query: "mutation ($rows: [ActionPlanUpsertInput!]!) { upsertActionPlans(input: $rows) { committed } }",
      variables: {
        rows: [
          {
            ogpId: `AP_${unique("B")}01`,
            memberCode: (await member()).ogpCode,
            number: 1,
            startDate: "2026-01-01",
            endDate: "2027-12-31",
            lengthYears: 2,
          },
        ],
      },
    }),
    addContact: async () => ({
      query: `mutation { addContact(input: { partnerId: "${(await createPartner(directory)).id}", name: "Ann Other", email: "ann@example.org" }) { id } }`,
    }),
    updateContact: async () => {
      const contact = await addContact(directory, { partnerId: (await createPartner(directory)).id });
      return { query: `mutation { updateContact(input: { id: "${contact.id}", version: 1, name: "Ann Renamed" }) { id } }` };
    },
    eraseContact: async () => {
      const contact = await addContact(directory, { partnerId: (await createPartner(directory)).id });
      return { query: `mutation { eraseContact(id: "${contact.id}") { id } }` };
    },
  };
}

const refused: [string, Viewer | null, string][] = [
  ["an anonymous caller", null, "UNAUTHENTICATED"],
  ["an institution officer", viewer(Role.INSTITUTION_OFFICER, { institutionIds: ["any"], memberId: "any" }), "FORBIDDEN"],
  ["a partner editor", viewer(Role.PARTNER_EDITOR, { partnerId: "any" }), "FORBIDDEN"],
  ["a dashboard's API client", apiClient, "FORBIDDEN"],
];

describe.each(testStores)("authorisation of every mutation on %s", (store) => {
  let directory: TestSubgraph;
  let table: Record<string, () => Promise<Operation>>;

  beforeAll(async () => {
    directory = await createTestSubgraph(directorySubgraph, store);
    table = mutations(directory);
  });
  afterAll(() => directory.close());

  it("covers every mutation of the schema", async () => {
    const mutationType = (await directorySubgraph.buildSchema()).getMutationType();
    expect(Object.keys(mutationType?.getFields() ?? {}).sort()).toEqual(Object.keys(table).sort());
  });

  it.each(refused)("refuses every mutation to %s, writing nothing", async (_, as, code) => {
    for (const [name, prepare] of Object.entries(table)) {
      const operation = await prepare();
      const before = await tableCounts(directory);
      const response = await directory.execute(operation.query, { ...operation, as });
      expect([name, response.errors?.[0]?.extensions?.code]).toEqual([name, code]);
      expect([name, response.data]).toEqual([name, null]);
      expect([name, await tableCounts(directory)]).toEqual([name, before]);
    }
  });

  it.each([
    ["the support unit", supportUnit],
    ["a support-unit admin", supportAdmin],
  ])("allows every mutation to %s, each write recorded in the audit log under their account", async (_, as) => {
    const log = directory.dataSource.getRepository(AuditEntry);
    for (const [name, prepare] of Object.entries(table)) {
      const operation = await prepare();
      const before = await log.count();
      const entries = () => log.countBy({ operation: name, actorId: as.accountId, actorRole: as.role });
      const own = await entries();
      const response = await directory.execute(operation.query, { ...operation, as });
      expect([name, response.errors]).toEqual([name, undefined]);
      expect([name, await log.count(), await entries()]).toEqual([name, before + 1, own + 1]);
    }
  });
});
