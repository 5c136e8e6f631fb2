import "reflect-metadata";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DirectoryMember } from "../directory/directory-client.js";
import { Milestone } from "../milestone/milestone.entity.js";
import { MilestoneStatus } from "../shared/enums.js";
import {
  ALB,
  changeStatus,
  createCommitment,
  createHarness,
  type Harness,
  OMBUDSMAN,
  officer,
  ok,
  shift,
  supportUnit,
} from "../test-helpers.js";
import { precheckForwardLooking } from "./eligibility.service.js";

type Check = { criterion: string; outcome: string; reason: string };
const PRECHECK =
  "query ($id: ID!) { commitment(id: $id) { eligibility { precheck { criterion outcome reason } allMet decisions { criterion } } } }";

function milestone(position: number, dueDate: string | null, status: MilestoneStatus): Milestone {
  return Object.assign(new Milestone(), { position, title: `Step ${position}`, dueDate, status });
}

describe("the forward-looking pre-check", () => {
  const today = "2026-11-26";
  it.each([
    ["a future milestone not done", [milestone(1, "2027-01-01", MilestoneStatus.PLANNED)], "MET", /Milestone 1 .* is due 2027-01-01/],
    ["a future milestone already done", [milestone(1, "2027-01-01", MilestoneStatus.DONE)], "NOT_MET", /done, cancelled or past/],
    ["only past milestones", [milestone(1, "2026-01-01", MilestoneStatus.IN_PROGRESS)], "NOT_MET", /past its due date/],
    ["a milestone due today", [milestone(1, today, MilestoneStatus.PLANNED)], "NOT_MET", /past its due date/],
    ["no milestones", [], "NOT_MET", /no milestones/],
    ["an undated milestone not done", [milestone(1, null, MilestoneStatus.PLANNED)], "UNKNOWN", /no due date/],
  ] as const)("of a draft, judged today, with %s: %s", (_, milestones, outcome, reason) => {
    const result = precheckForwardLooking(milestones, null, today);
    expect(result).toMatchObject({ criterion: "FORWARD_LOOKING", outcome });
    expect(result.reason).toMatch(reason);
  });

  // Submitted on 2026-06-01, reviewed on 2026-11-26: what lay ahead at submission counts, whatever happened since.
  const submittedOn = "2026-06-01";
  it.each([
    [
      "a milestone due after submission, now past",
      [milestone(1, "2026-09-01", MilestoneStatus.IN_PROGRESS)],
      "MET",
      /Milestone 1 \("Step 1"\), due 2026-09-01, lay ahead when the commitment was submitted \(published here on 2026-06-01\)\./,
    ],
    ["a milestone due after submission, done since", [milestone(1, "2026-09-01", MilestoneStatus.DONE)], "MET", /Milestone 1/],
    [
      "a milestone due after submission, cancelled",
      [milestone(1, "2026-09-01", MilestoneStatus.CANCELLED)],
      "NOT_MET",
      /No milestone was due after the commitment was submitted \(published here on 2026-06-01/,
    ],
    [
      "only milestones due before submission",
      [milestone(1, "2026-05-01", MilestoneStatus.PLANNED)],
      "NOT_MET",
      /No milestone was due after/,
    ],
    [
      "a milestone due on the submission day",
      [milestone(1, submittedOn, MilestoneStatus.PLANNED)],
      "NOT_MET",
      /No milestone was due after/,
    ],
  ] as const)("of a submitted commitment, judged at submission, with %s: %s", (_, milestones, outcome, reason) => {
    const result = precheckForwardLooking(milestones, submittedOn, today);
    expect(result).toMatchObject({ criterion: "FORWARD_LOOKING", outcome });
    expect(result.reason).toMatch(reason);
  });
});

describe.each(testStores)("the eligibility pre-check on %s", (store) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await createHarness(store);
  });
  afterAll(() => harness.close());

  const precheck = async (id: string): Promise<Record<string, Check>> => {
    const data = ok(
      await harness.subgraph.execute<{ commitment: { eligibility: { precheck: Check[] } } }>(PRECHECK, {
        as: supportUnit,
        variables: { id },
      }),
    );
    return Object.fromEntries(data.commitment.eligibility.precheck.map((check) => [check.criterion, check]));
  };

  it("shows all four criteria MET for a complete commitment, in the official order", async () => {
    const created = await createCommitment(harness.subgraph);
    const data = ok(
      await harness.subgraph.execute<{ commitment: { eligibility: { precheck: Check[]; allMet: boolean; decisions: unknown[] } } }>(
        PRECHECK,
        {
          as: supportUnit,
          variables: { id: created.id },
        },
      ),
    ).commitment.eligibility;
    expect(data.precheck.map((check) => [check.criterion, check.outcome])).toEqual([
      ["THEMATIC_RELEVANCE", "MET"],
      ["FORWARD_LOOKING", "MET"],
      ["OPEN_GOVERNMENT_RELEVANCE", "MET"],
      ["GOVERNMENT_LED", "MET"],
    ]);
    expect(data.precheck[0]?.reason).toBe("Proposed area: ANTI_CORRUPTION.");
    expect(data.precheck[3]?.reason).toMatch(/public institution \(executive branch\) of the same member/);
    expect([data.allMet, data.decisions]).toEqual([false, []]);
  });

  it("says NOT_MET for thematic relevance without a proposed area, and for forward-looking without milestones", async () => {
    const created = await createCommitment(harness.subgraph, { proposedArea: null, milestones: [] });
    const checks = await precheck(created.id);
    expect(checks.THEMATIC_RELEVANCE).toMatchObject({ outcome: "NOT_MET", reason: "No challenge area is proposed." });
    expect(checks.FORWARD_LOOKING).toMatchObject({ outcome: "NOT_MET", reason: "The commitment has no milestones." });
  });

  it("says UNKNOWN for forward-looking when an open milestone has no due date", async () => {
    const created = await createCommitment(harness.subgraph, { milestones: [{ title: "Someday" }, { title: "Past", dueDate: shift(-5) }] });
    expect((await precheck(created.id)).FORWARD_LOOKING?.outcome).toBe("UNKNOWN");
  });

  it("judges forward-looking at submission: a milestone done since, or past due by review time, still counts", async () => {
    const UPDATE_MILESTONE = "mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id status } }";
    const MILESTONES = "query ($id: ID!) { commitment(id: $id) { milestones { id version title dueDate } } }";
    const draft = await createCommitment(harness.subgraph, { milestones: [{ title: "Law adopted", dueDate: shift(30) }] });
    const submitted = await changeStatus(
      harness.subgraph,
      await createCommitment(harness.subgraph, { milestones: [{ title: "Law adopted", dueDate: shift(30) }] }),
      "SUBMITTED",
      officer,
    );
    const submittedOn = shift(0);
    vi.useFakeTimers({ now: Date.now() + 90 * 86_400_000, toFake: ["Date"] });
    try {
      // Ninety days on, the milestone is past due; on the submitted commitment it is also done.
      const [step] = ok(
        await harness.subgraph.execute<{ commitment: { milestones: { id: string; version: number; title: string; dueDate: string }[] } }>(
          MILESTONES,
          { as: supportUnit, variables: { id: submitted.id } },
        ),
      ).commitment.milestones;
      ok(
        await harness.subgraph.execute(UPDATE_MILESTONE, {
          as: officer,
          variables: { input: { id: step?.id, version: step?.version, title: step?.title, dueDate: step?.dueDate, status: "DONE" } },
        }),
      );
      expect((await precheck(submitted.id)).FORWARD_LOOKING).toMatchObject({
        outcome: "MET",
        reason: expect.stringContaining(`lay ahead when the commitment was submitted (published here on ${submittedOn})`),
      });
      // A draft is judged today: its only milestone is now behind it.
      expect((await precheck(draft.id)).FORWARD_LOOKING?.outcome).toBe("NOT_MET");
    } finally {
      vi.useRealTimers();
    }
  });

  it("says NOT_MET for open-government relevance when an imported commitment names no value", async () => {
    const result = ok(
      await harness.subgraph.execute<{ upsertCommitments: { committed: boolean; rows: { id: string }[] } }>(
        'mutation { upsertCommitments(input: [{ ogpId: "AL0101", memberCode: "ALB", title: "Imported without values" }]) { committed rows { id } } }',
        { as: supportUnit },
      ),
    ).upsertCommitments;
    expect(result.committed).toBe(true);
    const checks = await precheck(result.rows[0]?.id as string);
    expect(checks.OPEN_GOVERNMENT_RELEVANCE).toMatchObject({ outcome: "NOT_MET", reason: "No open-government value is given." });
    // Imported without a lead institution: the data cannot tell who leads it.
    expect(checks.GOVERNMENT_LED).toMatchObject({ outcome: "UNKNOWN", reason: "No lead institution is recorded." });
  });

  it("asks the directory for government-led: NOT_MET once the lead is archived or moved, UNKNOWN when it cannot be asked", async () => {
    const created = await createCommitment(harness.subgraph, { leadInstitutionId: OMBUDSMAN, supportingInstitutionIds: [] });
    const ombudsman = harness.directory.institutions.get(OMBUDSMAN);
    if (!ombudsman) throw new Error("test directory lacks the ombudsman");
    try {
      ombudsman.archived = true;
      expect((await precheck(created.id)).GOVERNMENT_LED).toMatchObject({ outcome: "NOT_MET", reason: expect.stringMatching(/archived/) });
      ombudsman.archived = false;
      ombudsman.member = { id: "another-member" };
      expect((await precheck(created.id)).GOVERNMENT_LED).toMatchObject({
        outcome: "NOT_MET",
        reason: expect.stringMatching(/another member/),
      });
      harness.directory.institutions.delete(OMBUDSMAN);
      expect((await precheck(created.id)).GOVERNMENT_LED).toMatchObject({
        outcome: "NOT_MET",
        reason: expect.stringMatching(/knows no public institution/),
      });
      harness.directory.unavailable = true;
      expect((await precheck(created.id)).GOVERNMENT_LED).toMatchObject({
        outcome: "UNKNOWN",
        reason: expect.stringMatching(/could not be asked/),
      });
    } finally {
      harness.directory.unavailable = false;
      harness.directory.addInstitution(OMBUDSMAN, ALB, { branch: "INDEPENDENT" });
    }
  });

  it("says NOT_MET for government-led once the member has left the partnership, UNKNOWN while it is suspended", async () => {
    const created = await createCommitment(harness.subgraph);
    const albania = harness.directory.members.get(ALB) as DirectoryMember;
    try {
      albania.memberStatus = "WITHDRAWN";
      expect((await precheck(created.id)).GOVERNMENT_LED).toMatchObject({
        outcome: "NOT_MET",
        reason: "The member ALB has left the partnership (WITHDRAWN): it is no longer an OGP member.",
      });
      albania.memberStatus = "SUSPENDED";
      expect((await precheck(created.id)).GOVERNMENT_LED).toMatchObject({ outcome: "UNKNOWN", reason: expect.stringMatching(/suspended/) });
      albania.memberStatus = "INACTIVE";
      expect((await precheck(created.id)).GOVERNMENT_LED?.outcome).toBe("MET");
    } finally {
      albania.memberStatus = "ACTIVE";
    }
  });

  it("asks the directory once for the lead institutions of a whole page", async () => {
    for (let i = 0; i < 5; i += 1) await createCommitment(harness.subgraph);
    const requests = harness.directory.requests;
    const data = ok(
      await harness.subgraph.execute<{ commitments: { edges: { node: { eligibility: { precheck: Check[] } } }[] } }>(
        "{ commitments(first: 20) { edges { node { eligibility { precheck { outcome } } } } } }",
        { as: supportUnit },
      ),
    );
    expect(data.commitments.edges.length).toBeGreaterThan(5);
    expect(harness.directory.requests - requests).toBe(1);
  });
});
