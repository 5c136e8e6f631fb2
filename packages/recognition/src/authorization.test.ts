import "reflect-metadata";
import { AuditEntry, Role, type Viewer } from "@ogc/kit";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRecognitionSchema } from "./subgraph.js";
import {
  apiClient,
  COMMITMENTS,
  createTestRecognition,
  MEMBER_ALB,
  officer,
  openAwardCycle,
  partnerEditor,
  submitNomination,
  submitStory,
  supportAdmin,
  supportUnit,
  type TestRecognition,
  tableCounts,
  viewer,
} from "./test-helpers.js";

type Operation = { query: string; variables?: Record<string, unknown> };

/** Every mutation, with a way to prepare a fresh, valid call of it. */
function mutations(recognition: TestRecognition): Record<string, () => Promise<Operation>> {
  const story = () => submitStory(recognition);
  const cycle = () => openAwardCycle(recognition);
  const nomination = async () => submitNomination(recognition, (await cycle()).id);
  return {
    submitStory: async () => ({
      query: "mutation ($input: SubmitStoryInput!) { submitStory(input: $input) { id } }",
      variables: { input: { title: "A story", body: "<p>Told.</p>", language: "EN", areas: ["JUSTICE"], memberId: MEMBER_ALB } },
    }),
    publishStory: async () => ({ query: `mutation { publishStory(id: "${(await story()).id}", version: 1) { id } }` }),
    rejectStory: async () => ({ query: `mutation { rejectStory(id: "${(await story()).id}", version: 1, reason: "Off topic.") { id } }` }),
    openAwardCycle: async () => ({
      query: 'mutation { openAwardCycle(input: { name: "Awards", opensOn: "2027-01-01", closesOn: "2027-03-01" }) { id } }',
    }),
    closeAwardCycle: async () => ({ query: `mutation { closeAwardCycle(id: "${(await cycle()).id}", version: 1) { id } }` }),
    submitNomination: async () => ({
      query: "mutation ($input: SubmitNominationInput!) { submitNomination(input: $input) { id } }",
      variables: {
        input: { cycleId: (await cycle()).id, memberId: MEMBER_ALB, commitmentIds: [COMMITMENTS.inProgress?.id], rationale: "Deserved." },
      },
    }),
    acceptNomination: async () => ({ query: `mutation { acceptNomination(id: "${(await nomination()).id}", version: 1) { id } }` }),
    rejectNomination: async () => ({
      query: `mutation { rejectNomination(id: "${(await nomination()).id}", version: 1, reason: "Not implemented yet.") { id } }`,
    }),
  };
}

/** Who may call what, beyond the support unit (which may call everything). */
const OPEN_TO: Record<string, Role[]> = {
  submitStory: [Role.PARTNER_EDITOR, Role.INSTITUTION_OFFICER],
  submitNomination: [Role.PARTNER_EDITOR],
};

const callers: [string, Viewer | null][] = [
  ["an anonymous caller", null],
  ["an institution officer", officer],
  ["a partner editor", partnerEditor],
  ["a dashboard's API client", apiClient],
  ["the support unit", supportUnit],
  ["a support-unit admin", supportAdmin],
];

function expectedFor(name: string, as: Viewer | null): string {
  if (!as) return "UNAUTHENTICATED";
  if (as.role === Role.SUPPORT_UNIT || as.role === Role.SUPPORT_UNIT_ADMIN) return "OK";
  return OPEN_TO[name]?.includes(as.role) ? "OK" : "FORBIDDEN";
}

const NOBODY = "00000000-0000-4000-8000-000000000000";

/**
 * The harmless operations the gateway's end-to-end authorisation matrix sends: an allowed caller passes the
 * authorisation check and stops on a record that does not exist or a rule the input breaks, writing nothing.
 */
const HARMLESS: Record<string, { operation: string; stopsWith: string }> = {
  submitStory: {
    operation: 'mutation { submitStory(input: { title: "x", body: "<p>x</p>", language: EN, areas: [] }) { id } }',
    stopsWith: "BAD_USER_INPUT",
  },
  publishStory: { operation: `mutation { publishStory(id: "${NOBODY}", version: 1) { id } }`, stopsWith: "NOT_FOUND" },
  rejectStory: { operation: `mutation { rejectStory(id: "${NOBODY}", version: 1, reason: "x") { id } }`, stopsWith: "NOT_FOUND" },
  openAwardCycle: {
    operation: 'mutation { openAwardCycle(input: { name: "x", opensOn: "2027-05-01", closesOn: "2027-04-01" }) { id } }',
    stopsWith: "BAD_USER_INPUT",
  },
  closeAwardCycle: { operation: `mutation { closeAwardCycle(id: "${NOBODY}", version: 1) { id } }`, stopsWith: "NOT_FOUND" },
  submitNomination: {
    operation: `mutation { submitNomination(input: { cycleId: "${NOBODY}", memberId: "${NOBODY}", commitmentIds: ["${NOBODY}"], rationale: "x" }) { id } }`,
    stopsWith: "BAD_USER_INPUT",
  },
  acceptNomination: { operation: `mutation { acceptNomination(id: "${NOBODY}", version: 1) { id } }`, stopsWith: "NOT_FOUND" },
  rejectNomination: { operation: `mutation { rejectNomination(id: "${NOBODY}", version: 1, reason: "x") { id } }`, stopsWith: "NOT_FOUND" },
};

describe.each(testStores)("authorisation of every mutation on %s", (store) => {
  let recognition: TestRecognition;
  let table: Record<string, () => Promise<Operation>>;

  beforeAll(async () => {
    recognition = await createTestRecognition(store);
    table = mutations(recognition);
  });
  afterAll(() => recognition.close());

  it("covers every mutation of the schema", async () => {
    const mutationType = (await buildRecognitionSchema()).getMutationType();
    expect(Object.keys(mutationType?.getFields() ?? {}).sort()).toEqual(Object.keys(table).sort());
  });

  it.each(callers)(
    "answers %s as the matrix says; refused calls write nothing, allowed ones are audited under their account",
    async (_, as) => {
      const log = recognition.dataSource.getRepository(AuditEntry);
      for (const [name, prepare] of Object.entries(table)) {
        const operation = await prepare();
        const before = await tableCounts(recognition);
        const own = as ? await log.countBy({ operation: name, actorId: as.accountId, actorRole: as.role }) : 0;
        const response = await recognition.execute(operation.query, { ...operation, as });
        const expected = expectedFor(name, as);
        if (expected === "OK") {
          expect([name, response.errors]).toEqual([name, undefined]);
          expect([name, await log.count()]).toEqual([name, before.audit + 1]);
          expect([name, await log.countBy({ operation: name, actorId: as?.accountId, actorRole: as?.role })]).toEqual([name, own + 1]);
        } else {
          expect([name, response.errors?.[0]?.extensions?.code]).toEqual([name, expected]);
          expect([name, response.data]).toEqual([name, null]);
          expect([name, await tableCounts(recognition)]).toEqual([name, before]);
        }
      }
    },
  );

  it.each(callers)("answers the harmless matrix operations to %s: allowed ones stop on the data, writing nothing", async (_, as) => {
    expect(Object.keys(HARMLESS).sort()).toEqual(Object.keys(table).sort());
    const before = await tableCounts(recognition);
    for (const [name, { operation, stopsWith }] of Object.entries(HARMLESS)) {
      const expected = expectedFor(name, as);
      const code = (await recognition.execute(operation, { as })).errors?.[0]?.extensions?.code;
      expect([name, code]).toEqual([name, expected === "OK" ? stopsWith : expected]);
    }
    expect(await tableCounts(recognition)).toEqual(before);
  });

  it("refuses partner editors and officers whose account names no organisation", async () => {
    const operation = await table.submitStory?.();
    for (const as of [viewer(Role.PARTNER_EDITOR), viewer(Role.INSTITUTION_OFFICER)]) {
      const response = await recognition.execute(operation?.query ?? "", { ...operation, as });
      expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("keeps the audit log for the support unit", async () => {
    const query = "{ recognitionAuditLog(first: 5) { totalCount edges { node { operation entityType } } } }";
    expect((await recognition.execute(query)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await recognition.execute(query, { as: partnerEditor })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const response = await recognition.execute<{ recognitionAuditLog: { totalCount: number } }>(query, { as: supportUnit });
    expect(response.data?.recognitionAuditLog.totalCount).toBe((await tableCounts(recognition)).audit);
  });
});
