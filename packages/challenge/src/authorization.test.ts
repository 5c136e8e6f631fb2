import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { AuditEntry, ChallengeAreaCode, type Viewer } from "@ogc/kit";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CoordinationCase,
  CoordinationCaseInstitution,
  CoordinationCaseStatus,
  CoordinationCaseStep,
} from "./coordination/coordination.entity.js";
import { buildChallengeSchema } from "./subgraph.js";
import {
  ASSEMBLY,
  apiClient,
  commitmentIn,
  commitmentInput,
  createCommitment,
  createHarness,
  DRAFT_PLAN,
  ghanaOfficer,
  type Harness,
  MINISTRY,
  officer,
  ok,
  otherOfficer,
  partnerEditor,
  SECOND_SUPPORT,
  shift,
  supportAdmin,
  supportUnit,
  tableCounts,
} from "./test-helpers.js";

type Operation = { query: string; variables?: Record<string, unknown> };
/** WRITERS: the owning officers and the support unit; PARTNER: partner editors and the support unit; PARTIES: all three. */
type Audience = "WRITERS" | "SUPPORT" | "PARTNER" | "PARTIES";

let sequence = 0;
const nextOgpId = () => `ZZ${String(++sequence).padStart(4, "0")}`;

/** Every mutation, who may call it, and a way to prepare a fresh, valid call of it on a commitment of `officer`. */
function mutations(harness: Harness): Record<string, { audience: Audience; prepare: () => Promise<Operation> }> {
  const subgraph = harness.subgraph;
  const openCycle = async () =>
    ok(
      await subgraph.execute<{ createReviewCycle: { id: string; version: number } }>(
        `mutation { createReviewCycle(input: { kind: MID_TERM, opensOn: "${shift(-1)}", closesOn: "${shift(1)}", scope: "All" }) { id version } }`,
        { as: supportUnit },
      ),
    ).createReviewCycle;
  const milestoneOf = async (id: string) =>
    ok(
      await subgraph.execute<{ commitment: { milestones: { id: string; version: number }[] } }>(
        `{ commitment(id: "${id}") { milestones { id version } } }`,
        { as: supportUnit },
      ),
    ).commitment.milestones[0] as { id: string; version: number };
  /** A fresh open case of an unknown member (written directly: the system opens cases), with two institutions and a next step. */
  const openCase = async () => {
    const at = new Date().toISOString();
    const id = randomUUID();
    const stepId = randomUUID();
    await subgraph.dataSource.getRepository(CoordinationCase).insert({
      id,
      version: 1,
      createdAt: at,
      updatedAt: at,
      memberId: randomUUID(),
      area: ChallengeAreaCode.JUSTICE,
      openSlot: 1,
      status: CoordinationCaseStatus.OPEN,
      openedAt: at,
    });
    await subgraph.dataSource.getRepository(CoordinationCaseInstitution).insert([
      { caseId: id, institutionId: MINISTRY, joinedAt: at },
      { caseId: id, institutionId: ASSEMBLY, joinedAt: at },
    ]);
    await subgraph.dataSource
      .getRepository(CoordinationCaseStep)
      .insert({ id: stepId, caseId: id, description: "Meet", dueOn: "2027-01-01", createdAt: at, doneAt: null });
    return { id, stepId };
  };
  /** A fresh REQUESTED co-creation link of partner-1 on a submitted commitment of `officer`. */
  const requested = async () => {
    const commitment = await commitmentIn(subgraph, "SUBMITTED");
    return ok(
      await subgraph.execute<{ requestCoCreation: { id: string } }>(
        `mutation { requestCoCreation(input: { commitmentId: "${commitment.id}", role: EVALUATION }) { id } }`,
        { as: partnerEditor },
      ),
    ).requestCoCreation.id;
  };
  const planned = () =>
    createCommitment(subgraph, {
      pathway: "ACTION_PLAN",
      actionPlanId: DRAFT_PLAN,
      startDate: shift(1),
      endDate: shift(300),
      ogpId: nextOgpId(),
    });
  return {
    createCommitment: {
      audience: "WRITERS",
      prepare: async () => ({
        query: "mutation ($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }",
        variables: { input: commitmentInput() },
      }),
    },
    updateCommitment: {
      audience: "WRITERS",
      prepare: async () => ({
        query: `mutation { updateCommitment(input: { id: "${(await createCommitment(subgraph)).id}", version: 1, title: "Renamed" }) { id } }`,
      }),
    },
    changeCommitmentStatus: {
      audience: "WRITERS",
      prepare: async () => ({
        query: `mutation { changeCommitmentStatus(input: { id: "${(await createCommitment(subgraph)).id}", version: 1, to: SUBMITTED }) { id } }`,
      }),
    },
    assignChallengeArea: {
      audience: "SUPPORT",
      prepare: async () => {
        const submitted = await commitmentIn(subgraph, "SUBMITTED");
        return {
          query: `mutation { assignChallengeArea(input: { id: "${submitted.id}", version: ${submitted.version}, area: JUSTICE }) { id } }`,
        };
      },
    },
    decideEligibility: {
      audience: "SUPPORT",
      prepare: async () => {
        const review = await commitmentIn(subgraph, "UNDER_REVIEW");
        return {
          query: `mutation { decideEligibility(input: { commitmentId: "${review.id}", version: ${review.version}, criterion: GOVERNMENT_LED, outcome: MET, reason: "Ministry" }) { id } }`,
        };
      },
    },
    addMilestone: {
      audience: "WRITERS",
      prepare: async () => ({
        query: `mutation { addMilestone(input: { commitmentId: "${(await createCommitment(subgraph)).id}", title: "Another" }) { id } }`,
      }),
    },
    updateMilestone: {
      audience: "WRITERS",
      prepare: async () => {
        const milestone = await milestoneOf((await createCommitment(subgraph)).id);
        return {
          query: `mutation { updateMilestone(input: { id: "${milestone.id}", version: ${milestone.version}, status: IN_PROGRESS }) { id } }`,
        };
      },
    },
    createReviewCycle: {
      audience: "SUPPORT",
      prepare: async () => ({
        query: `mutation { createReviewCycle(input: { kind: END_OF_CHALLENGE, opensOn: "2028-01-01", closesOn: "2028-06-30", scope: "All" }) { id } }`,
      }),
    },
    updateReviewCycle: {
      audience: "SUPPORT",
      prepare: async () => {
        const cycle = await openCycle();
        return {
          query: `mutation { updateReviewCycle(input: { id: "${cycle.id}", version: ${cycle.version}, scope: "Narrower" }) { id } }`,
        };
      },
    },
    reportProgress: {
      audience: "WRITERS",
      prepare: async () => {
        const [cycle, commitment] = [await openCycle(), await commitmentIn(subgraph, "IN_PROGRESS")];
        return {
          query: `mutation { reportProgress(input: { commitmentId: "${commitment.id}", reviewCycleId: "${cycle.id}", completion: LIMITED, narrative: "Under way" }) { id } }`,
        };
      },
    },
    recordIrmRating: {
      audience: "SUPPORT",
      prepare: async () => ({
        query: `mutation { recordIrmRating(input: { commitmentId: "${(await planned()).id}", verifiable: YES }) { id: version } }`,
      }),
    },
    upsertCommitments: {
      audience: "SUPPORT",
      prepare: async () => ({
        query: `mutation { upsertCommitments(input: [{ ogpId: "${nextOgpId()}", memberCode: "ALB", title: "Imported" }]) { committed } }`,
      }),
    },
    upsertMilestones: {
      audience: "SUPPORT",
      prepare: async () => {
        const ogpId = nextOgpId();
        await createCommitment(subgraph, { ogpId });
        return {
          query: `mutation { upsertMilestones(input: [{ commitmentOgpId: "${ogpId}", position: 2, title: "Imported step" }]) { committed } }`,
        };
      },
    },
    upsertIrmRatings: {
      audience: "SUPPORT",
      prepare: async () => {
        const ogpId = nextOgpId();
        await createCommitment(subgraph, {
          pathway: "ACTION_PLAN",
          actionPlanId: DRAFT_PLAN,
          startDate: shift(1),
          endDate: shift(300),
          ogpId,
        });
        return { query: `mutation { upsertIrmRatings(input: [{ commitmentOgpId: "${ogpId}", verifiable: NO_DATA }]) { committed } }` };
      },
    },
    upsertCoCreationLinks: {
      audience: "SUPPORT",
      prepare: async () => {
        const ogpId = nextOgpId();
        await createCommitment(subgraph, { ogpId });
        return {
          query: `mutation { upsertCoCreationLinks(input: [{ commitmentOgpId: "${ogpId}", partnerId: "partner-1" }], source: "Authorisation test") { committed } }`,
        };
      },
    },
    requestCoCreation: {
      audience: "PARTNER",
      prepare: async () => ({
        query: `mutation { requestCoCreation(input: { commitmentId: "${(await commitmentIn(subgraph, "SUBMITTED")).id}", role: DESIGN, partnerId: "partner-1" }) { id } }`,
      }),
    },
    acceptCoCreation: {
      audience: "WRITERS",
      prepare: async () => ({ query: `mutation { acceptCoCreation(input: { id: "${await requested()}", version: 1 }) { id } }` }),
    },
    declineCoCreation: {
      audience: "WRITERS",
      prepare: async () => ({
        query: `mutation { declineCoCreation(input: { id: "${await requested()}", version: 1, reason: "Not now" }) { id } }`,
      }),
    },
    endCoCreation: {
      audience: "PARTIES",
      prepare: async () => ({ query: `mutation { endCoCreation(input: { id: "${await requested()}", version: 1 }) { id } }` }),
    },
    declareParticipationIntent: {
      audience: "WRITERS",
      prepare: async () => ({
        query: `mutation { declareParticipationIntent(input: { institutionId: "${MINISTRY}", area: JUSTICE, note: "Note ${++sequence}" }) { id } }`,
      }),
    },
    withdrawParticipationIntent: {
      audience: "WRITERS",
      prepare: async () => {
        const intent = ok(
          await subgraph.execute<{ declareParticipationIntent: { id: string; version: number } }>(
            `mutation { declareParticipationIntent(input: { institutionId: "${MINISTRY}", area: MEDIA_FREEDOM }) { id version } }`,
            { as: officer },
          ),
        ).declareParticipationIntent;
        return { query: `mutation { withdrawParticipationIntent(input: { id: "${intent.id}", version: ${intent.version} }) { id } }` };
      },
    },
    assignFacilitator: {
      audience: "SUPPORT",
      prepare: async () => ({
        query: `mutation { assignFacilitator(input: { id: "${(await openCase()).id}", version: 1, facilitatorId: "${SECOND_SUPPORT}" }) { id } }`,
      }),
    },
    addCaseNote: {
      audience: "SUPPORT",
      prepare: async () => ({
        query: `mutation { addCaseNote(input: { id: "${(await openCase()).id}", version: 1, text: "Called" }) { id } }`,
      }),
    },
    addNextStep: {
      audience: "SUPPORT",
      prepare: async () => ({
        query: `mutation { addNextStep(input: { id: "${(await openCase()).id}", version: 1, description: "Meet", dueOn: "2027-01-01" }) { id } }`,
      }),
    },
    completeNextStep: {
      audience: "SUPPORT",
      prepare: async () => {
        const opened = await openCase();
        return { query: `mutation { completeNextStep(input: { id: "${opened.id}", version: 1, stepId: "${opened.stepId}" }) { id } }` };
      },
    },
    designateLead: {
      audience: "SUPPORT",
      prepare: async () => ({
        query: `mutation { designateLead(input: { id: "${(await openCase()).id}", version: 1, institutionId: "${MINISTRY}" }) { id } }`,
      }),
    },
    resolveCoordinationCase: {
      audience: "SUPPORT",
      prepare: async () => ({
        query: `mutation { resolveCoordinationCase(input: { id: "${(await openCase()).id}", version: 1, resolution: KEPT_SEPARATE, divisionOfWork: "Split" }) { id } }`,
      }),
    },
  };
}

const refusedEverything: [string, Viewer | null, string][] = [
  ["an anonymous caller", null, "UNAUTHENTICATED"],
  ["a partner editor", partnerEditor, "FORBIDDEN"],
  ["a dashboard's API client", apiClient, "FORBIDDEN"],
  ["an officer of another member", ghanaOfficer, "FORBIDDEN"],
  ["an officer of another institution of the same member", otherOfficer, "FORBIDDEN"],
];

describe.each(testStores)("authorisation of every mutation on %s", (store) => {
  let harness: Harness;
  let table: ReturnType<typeof mutations>;
  beforeAll(async () => {
    harness = await createHarness(store);
    table = mutations(harness);
  });
  afterAll(() => harness.close());

  const run = async (name: string, as: Viewer | null) => {
    const operation = await (table[name] as { prepare: () => Promise<Operation> }).prepare();
    const before = await tableCounts(harness.subgraph);
    const response = await harness.subgraph.execute(operation.query, { ...operation, as });
    return { response, before };
  };

  it("covers every mutation of the schema", async () => {
    const mutationType = (await buildChallengeSchema()).getMutationType();
    expect(Object.keys(mutationType?.getFields() ?? {}).sort()).toEqual(Object.keys(table).sort());
  });

  it.each(refusedEverything)("refuses every mutation to %s, writing nothing", async (_, as, code) => {
    for (const [name, { audience }] of Object.entries(table)) {
      // Partner editors ask for and end co-creation links: tested below.
      if (as === partnerEditor && (audience === "PARTNER" || audience === "PARTIES")) continue;
      const { response, before } = await run(name, as);
      // Another institution's draft is not even visible to it: NOT_FOUND is as good as FORBIDDEN there.
      const expected = as?.role === "INSTITUTION_OFFICER" && response.errors?.[0]?.extensions?.code === "NOT_FOUND" ? "NOT_FOUND" : code;
      expect([name, response.errors?.[0]?.extensions?.code]).toEqual([name, expected]);
      expect([name, response.data]).toEqual([name, null]);
      expect([name, await tableCounts(harness.subgraph)]).toEqual([name, before]);
    }
  });

  it("refuses the support unit's mutations to the owning institution's officers, and allows theirs", async () => {
    for (const [name, { audience }] of Object.entries(table)) {
      const { response, before } = await run(name, officer);
      if (audience === "SUPPORT" || audience === "PARTNER") {
        expect([name, response.errors?.[0]?.extensions?.code]).toEqual([name, "FORBIDDEN"]);
        expect([name, await tableCounts(harness.subgraph)]).toEqual([name, before]);
      } else {
        expect([name, response.errors]).toEqual([name, undefined]);
      }
    }
  });

  it("allows partner editors to ask for and end co-creation links, and nothing else of the co-creation mutations", async () => {
    for (const [name, { audience }] of Object.entries(table)) {
      if (audience !== "PARTNER" && audience !== "PARTIES") continue;
      const { response } = await run(name, partnerEditor);
      expect([name, response.errors]).toEqual([name, undefined]);
    }
  });
  it.each([
    ["the support unit", supportUnit],
    ["a support-unit admin", supportAdmin],
  ])("allows every mutation to %s, each write recorded in the audit log under their account", async (_, as) => {
    const log = harness.subgraph.dataSource.getRepository(AuditEntry);
    for (const [name, { prepare }] of Object.entries(table)) {
      const operation = await prepare();
      const entries = () => log.countBy({ operation: name, actorId: as.accountId, actorRole: as.role });
      const own = await entries();
      const response = await harness.subgraph.execute(operation.query, { ...operation, as });
      expect([name, response.errors]).toEqual([name, undefined]);
      expect([name, (await entries()) > own]).toEqual([name, true]);
    }
  });

  it("lists the audit log to the support unit only, newest first", async () => {
    const query = "{ challengeAuditLog(first: 5) { totalCount edges { node { at operation } } } }";
    const data = ok(
      await harness.subgraph.execute<{ challengeAuditLog: { totalCount: number; edges: { node: { at: string } }[] } }>(query, {
        as: supportUnit,
      }),
    );
    expect(data.challengeAuditLog.totalCount).toBeGreaterThan(5);
    const times = data.challengeAuditLog.edges.map((edge) => edge.node.at);
    expect(times).toEqual([...times].sort().reverse());
    expect((await harness.subgraph.execute(query, { as: officer })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await harness.subgraph.execute(query)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
