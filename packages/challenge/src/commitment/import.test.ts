import "reflect-metadata";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, firstError, type Harness, MINISTRY, ok, supportUnit, tableCounts } from "../test-helpers.js";

interface Result {
  committed: boolean;
  dryRun: boolean;
  message: string;
  created: number;
  updated: number;
  unchanged: number;
  invalid: number;
  skipped: number;
  rows: {
    index: number;
    key: string;
    outcome: string;
    id: string | null;
    error: { code: string; field: string | null; message: string } | null;
  }[];
}
const RESULT =
  "committed dryRun message created updated unchanged invalid skipped rows { index key outcome id error { code field message } }";
const COMMITMENTS = `mutation ($rows: [CommitmentUpsertInput!]!, $dryRun: Boolean) { upsertCommitments(input: $rows, dryRun: $dryRun) { ${RESULT} } }`;
const MILESTONES = `mutation ($rows: [MilestoneUpsertInput!]!) { upsertMilestones(input: $rows) { ${RESULT} } }`;
const RATINGS = `mutation ($rows: [IrmRatingUpsertInput!]!) { upsertIrmRatings(input: $rows) { ${RESULT} } }`;

// AP_ALB07 runs from 400 days ago to 400 days ahead in the test directory.
const rows = [
  {
    ogpId: "AL0002",
    memberCode: "ALB",
    actionPlanOgpId: "AP_ALB07",
    title: "Open contracting portal",
    leadInstitutionId: MINISTRY,
    values: ["TRANSPARENCY"],
    status: "IN_PROGRESS",
    proposedArea: "ANTI_CORRUPTION",
  },
  { ogpId: "AL0003", memberCode: "ALB", actionPlanOgpId: "AP_ALB07", title: "Whistleblower protection", status: "COMPLETED" },
  { ogpId: "GH0001", memberCode: "GHA", title: "Right to information roll-out" },
];

describe.each(testStores)("batch upserts on %s", (store) => {
  let harness: Harness;
  const upsert = async (mutation: string, input: unknown[], dryRun?: boolean) =>
    Object.values(
      ok(await harness.subgraph.execute<Record<string, Result>>(mutation, { as: supportUnit, variables: { rows: input, dryRun } })),
    )[0] as Result;

  beforeAll(async () => {
    harness = await createHarness(store);
  });
  afterAll(() => harness.close());

  it("creates commitments keyed by OGP id, checking references in one directory request, then finds the same batch UNCHANGED", async () => {
    const requests = harness.directory.requests;
    const first = await upsert(COMMITMENTS, rows);
    expect(harness.directory.requests - requests).toBe(1);
    expect(first).toMatchObject({ committed: true, created: 3 });
    expect(first.rows.map((row) => [row.key, row.outcome])).toEqual([
      ["AL0002", "CREATED"],
      ["AL0003", "CREATED"],
      ["GH0001", "CREATED"],
    ]);
    const imported = ok(
      await harness.subgraph.execute<{ commitmentByOgpId: Record<string, unknown> }>(
        '{ commitmentByOgpId(ogpId: "AL0002") { status pathway actionPlan { id } leadInstitution { id } history { kind actorId } } }',
      ),
    ).commitmentByOgpId;
    expect(imported).toMatchObject({
      status: "IN_PROGRESS",
      pathway: "ACTION_PLAN",
      leadInstitution: { id: MINISTRY },
      history: [{ kind: "IMPORTED", actorId: "support_unit-1" }],
    });
    const before = await tableCounts(harness.subgraph);
    const again = await upsert(COMMITMENTS, rows);
    expect(again).toMatchObject({ committed: true, unchanged: 3 });
    expect(again.rows.map((row) => row.id)).toEqual(first.rows.map((row) => row.id));
    expect(await tableCounts(harness.subgraph)).toEqual(before);
  });

  it("refuses the whole batch when one row is invalid, says which row and field, and writes nothing", async () => {
    const before = await tableCounts(harness.subgraph);
    const result = await upsert(COMMITMENTS, [
      { ...rows[0], title: "Open contracting portal, phase 2" },
      { ogpId: "al0004", memberCode: "ALB", title: "Lower case id" },
      { ogpId: "AL0005", memberCode: "NOPE", title: "Unknown member" },
      {
        ogpId: "AL0006",
        memberCode: "ALB",
        actionPlanOgpId: "AP_ALB07",
        title: "Ends first",
        startDate: "2030-01-01",
        endDate: "2029-01-01",
      },
      { ogpId: "AL0002", memberCode: "ALB", title: "Twice" },
    ]);
    expect(result).toMatchObject({ committed: false, invalid: 4, skipped: 1 });
    expect(result.rows.map((row) => [row.outcome, row.error?.code ?? null, row.error?.field ?? null])).toEqual([
      ["SKIPPED", null, null],
      ["INVALID", "BAD_USER_INPUT", "ogpId"],
      ["INVALID", "BAD_USER_INPUT", "memberCode"],
      ["INVALID", "BAD_USER_INPUT", "endDate"],
      ["INVALID", "CONFLICT", "ogpId"],
    ]);
    expect(await tableCounts(harness.subgraph)).toEqual(before);
  });

  it("checks a batch without writing it on a dry run", async () => {
    const before = await tableCounts(harness.subgraph);
    const result = await upsert(COMMITMENTS, [{ ogpId: "AL0010", memberCode: "ALB", title: "Dry" }], true);
    expect(result).toMatchObject({ committed: false, dryRun: true, created: 1 });
    expect(await tableCounts(harness.subgraph)).toEqual(before);
  });

  it("upserts milestones by commitment OGP id and position", async () => {
    const input = [
      { commitmentOgpId: "AL0002", position: 1, title: "Portal launched", dueDate: "2026-01-31", status: "DONE" },
      { commitmentOgpId: "AL0002", position: 2, title: "All tenders published" },
    ];
    expect((await upsert(MILESTONES, input)).rows.map((row) => [row.key, row.outcome])).toEqual([
      ["AL0002 #1", "CREATED"],
      ["AL0002 #2", "CREATED"],
    ]);
    const changed = await upsert(MILESTONES, [{ ...input[1], status: "IN_PROGRESS" }]);
    expect(changed.rows[0]?.outcome).toBe("UPDATED");
    const refused = await upsert(MILESTONES, [
      { commitmentOgpId: "XX9999", position: 1, title: "Orphan" },
      { commitmentOgpId: "AL0002", position: 0, title: "Zero" },
    ]);
    expect(refused.rows.map((row) => row.error?.field)).toEqual(["commitmentOgpId", "position"]);
    const data = ok(
      await harness.subgraph.execute<{
        commitmentByOgpId: { milestones: { position: number; status: string }[]; history: { kind: string }[] };
      }>('{ commitmentByOgpId(ogpId: "AL0002") { milestones { position status } history { kind } } }'),
    ).commitmentByOgpId;
    expect(data.milestones).toEqual([
      { position: 1, status: "DONE" },
      { position: 2, status: "IN_PROGRESS" },
    ]);
    expect(data.history.map((event) => event.kind)).toEqual(["MILESTONE_CHANGED", "MILESTONE_ADDED", "MILESTONE_ADDED", "IMPORTED"]);
  });

  it("upserts IRM ratings, keeping NO_DATA and NOT_REVIEWED, refusing standalone commitments", async () => {
    const result = await upsert(RATINGS, [
      { commitmentOgpId: "AL0002", verifiable: "YES", potentialForResults: "NO_DATA", completion: "LIMITED" },
      { commitmentOgpId: "AL0003", earlyResults: "NOT_REVIEWED", completion: "NO_DATA" },
    ]);
    expect(result).toMatchObject({ committed: true, created: 2 });
    const rating = ok(
      await harness.subgraph.execute<{ commitmentByOgpId: { irmRating: Record<string, string> } }>(
        '{ commitmentByOgpId(ogpId: "AL0003") { irmRating { verifiable openGovernmentLens potentialForResults completion earlyResults } } }',
      ),
    ).commitmentByOgpId.irmRating;
    expect(rating).toEqual({
      verifiable: "NOT_REVIEWED",
      openGovernmentLens: "NOT_REVIEWED",
      potentialForResults: "NOT_REVIEWED",
      completion: "NO_DATA",
      earlyResults: "NOT_REVIEWED",
    });
    const refused = await upsert(RATINGS, [{ commitmentOgpId: "GH0001", verifiable: "YES" }]);
    expect(refused.rows[0]?.error).toMatchObject({ code: "BAD_USER_INPUT", field: "commitmentOgpId" });
  });

  it("imports thousands of rows in statements per chunk, not per row", async () => {
    const many = Array.from({ length: 1200 }, (_, i) => ({
      ogpId: `BU${String(i).padStart(4, "0")}`,
      memberCode: "GHA",
      title: `Bulk ${i}`,
      values: ["TRANSPARENCY"],
    }));
    const { result, statements } = await harness.subgraph.counter.measure(() => upsert(COMMITMENTS, many));
    expect(result).toMatchObject({ committed: true, created: 1200 });
    expect(statements).toBeLessThanOrEqual(20);
  });

  it("refuses a batch to anyone but the support unit", async () => {
    expect(firstError(await harness.subgraph.execute(COMMITMENTS, { variables: { rows } })).code).toBe("UNAUTHENTICATED");
  });
});
