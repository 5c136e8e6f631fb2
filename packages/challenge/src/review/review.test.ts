import "reflect-metadata";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Created,
  commitmentIn,
  createHarness,
  DRAFT_PLAN,
  firstError,
  type Harness,
  officer,
  ok,
  otherOfficer,
  shift,
  supportUnit,
  tableCounts,
} from "../test-helpers.js";
import { ProgressReport } from "./progress-report.entity.js";

const CREATE_CYCLE = "mutation ($input: CreateReviewCycleInput!) { createReviewCycle(input: $input) { id version isOpen } }";
const REPORT =
  "mutation ($input: ReportProgressInput!, $key: String) { reportProgress(input: $input, idempotencyKey: $key) { id reportedAt reportedBy completion evidenceLinks milestoneStatuses { milestoneId status } reviewCycle { kind } } }";

describe.each(testStores)("review cycles and progress reports on %s", (store) => {
  let harness: Harness;
  let open: { id: string; version: number };
  let closed: { id: string; version: number };
  let justiceOnly: { id: string };
  let commitment: Created;
  let milestoneId: string;

  const cycle = async (input: Record<string, unknown>) =>
    ok(
      await harness.subgraph.execute<{ createReviewCycle: { id: string; version: number; isOpen: boolean } }>(CREATE_CYCLE, {
        as: supportUnit,
        variables: { input: { kind: "MID_TERM", scope: "Standalone commitments, all areas.", ...input } },
      }),
    ).createReviewCycle;
  const report = (input: Record<string, unknown>, as = officer, key?: string) =>
    harness.subgraph.execute<{ reportProgress: { id: string; completion: string } }>(REPORT, {
      as,
      variables: {
        input: { commitmentId: commitment.id, reviewCycleId: open.id, completion: "LIMITED", narrative: "Drafting the law.", ...input },
        key,
      },
    });

  beforeAll(async () => {
    harness = await createHarness(store);
    open = await cycle({ opensOn: shift(-5), closesOn: shift(5), scopePathways: ["STANDALONE"] });
    closed = await cycle({ kind: "END_OF_CHALLENGE", opensOn: shift(-20), closesOn: shift(-1) });
    justiceOnly = await cycle({ opensOn: shift(-5), closesOn: shift(5), scopeAreas: ["JUSTICE"] });
    commitment = await commitmentIn(harness.subgraph, "IN_PROGRESS");
    const data = ok(
      await harness.subgraph.execute<{ commitment: { milestones: { id: string }[] } }>(
        "query ($id: ID!) { commitment(id: $id) { milestones { id } } }",
        {
          as: officer,
          variables: { id: commitment.id },
        },
      ),
    );
    milestoneId = data.commitment.milestones[0]?.id as string;
  });
  afterAll(() => harness.close());

  it("lists cycles with whether they are open today", async () => {
    const data = ok(
      await harness.subgraph.execute<{ reviewCycles: { kind: string; isOpen: boolean; scopeAreas: string[] }[] }>(
        "{ reviewCycles { kind isOpen scopeAreas } }",
      ),
    );
    // By opening day: the end-of-challenge cycle opened first; the two mid-term ones open the same day.
    expect(data.reviewCycles[0]).toEqual({ kind: "END_OF_CHALLENGE", isOpen: false, scopeAreas: [] });
    expect(data.reviewCycles.slice(1)).toEqual(
      expect.arrayContaining([
        { kind: "MID_TERM", isOpen: true, scopeAreas: [] },
        { kind: "MID_TERM", isOpen: true, scopeAreas: ["JUSTICE"] },
      ]),
    );
  });

  it("keeps every report, dated, newest first, never overwritten", async () => {
    const first = ok(
      await report({ milestones: [{ milestoneId, status: "IN_PROGRESS" }], evidenceLinks: ["https://example.gov.al/draft-law.pdf"] }),
    ).reportProgress;
    const second = ok(
      await report({ completion: "SUBSTANTIAL", narrative: "Law adopted.", milestones: [{ milestoneId, status: "DONE" }] }, supportUnit),
    ).reportProgress;
    const data = ok(
      await harness.subgraph.execute<{
        commitment: {
          progressReports: {
            id: string;
            completion: string;
            reportedBy: string;
            narrative: string;
            reviewCycle: { kind: string };
            milestoneStatuses: { status: string }[];
          }[];
          history: { kind: string }[];
        };
      }>(
        "query ($id: ID!) { commitment(id: $id) { progressReports { id completion reportedBy narrative reviewCycle { kind } milestoneStatuses { status } } history { kind } } }",
        { variables: { id: commitment.id } },
      ),
    ).commitment;
    expect(data.progressReports.map((entry) => [entry.id, entry.completion, entry.reportedBy, entry.milestoneStatuses[0]?.status])).toEqual(
      [
        [second.id, "SUBSTANTIAL", "support_unit-1", "DONE"],
        [first.id, "LIMITED", "officer-1", "IN_PROGRESS"],
      ],
    );
    expect(data.progressReports[1]?.narrative).toBe("Drafting the law.");
    expect(data.history.slice(0, 2).map((event) => event.kind)).toEqual(["PROGRESS_REPORTED", "PROGRESS_REPORTED"]);
    expect(await harness.subgraph.dataSource.getRepository(ProgressReport).countBy({ commitmentId: commitment.id })).toBe(2);
  });

  it("makes one report of a retried call with the same idempotency key", async () => {
    const count = () => harness.subgraph.dataSource.getRepository(ProgressReport).countBy({ commitmentId: commitment.id });
    const before = await count();
    const sent = await Promise.all([report({}, officer, "report-7"), report({}, officer, "report-7")]);
    const again = await report({}, officer, "report-7");
    const ids = [...sent, again].map((response) => ok(response).reportProgress.id);
    expect(new Set(ids).size).toBe(1);
    expect(await count()).toBe(before + 1);
    // A key belongs to one operation: reusing it for another is refused.
    const reused = firstError(
      await harness.subgraph.execute(
        'mutation ($id: ID!) { addMilestone(input: { commitmentId: $id, title: "Step" }, idempotencyKey: "report-7") { id } }',
        { as: officer, variables: { id: commitment.id } },
      ),
    );
    expect(reused).toMatchObject({
      code: "CONFLICT",
      field: "idempotencyKey",
      message: expect.stringMatching(/already used for reportProgress/),
    });
  });

  it.each([
    ["outside its window", () => ({ reviewCycleId: closed.id }), "CONFLICT", "reviewCycleId", /not open today/],
    ["outside the cycle's areas", () => ({ reviewCycleId: justiceOnly.id }), "BAD_USER_INPUT", "reviewCycleId", /covers JUSTICE only/],
    [
      "with a link that is not a web address",
      () => ({ evidenceLinks: ["javascript:alert(1)"] }),
      "BAD_USER_INPUT",
      "evidenceLinks.0",
      /http/,
    ],
    [
      "with another commitment's milestone",
      () => ({ milestones: [{ milestoneId: "00000000-0000-4000-8000-000000000000", status: "DONE" }] }),
      "BAD_USER_INPUT",
      "milestones.0.milestoneId",
      /not one of the commitment's/,
    ],
    ["with a blank narrative", () => ({ narrative: " " }), "BAD_USER_INPUT", "narrative", /required/],
  ] as const)("refuses a report %s, writing nothing", async (_, change, code, field, message) => {
    const before = await tableCounts(harness.subgraph);
    expect(firstError(await report(change()))).toMatchObject({ code, field, message: expect.stringMatching(message) });
    expect(await tableCounts(harness.subgraph)).toEqual(before);
  });

  it("takes reports from the lead institution's officers and the support unit only", async () => {
    expect(firstError(await report({}, otherOfficer)).code).toBe("FORBIDDEN");
    expect(firstError(await report({}, null as never)).code).toBe("UNAUTHENTICATED");
  });

  it("takes self-reports for standalone commitments being implemented only", async () => {
    const draft = await commitmentIn(harness.subgraph, "SUBMITTED");
    expect(firstError(await report({ commitmentId: draft.id }))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/this one is SUBMITTED/),
    });
    const planned = await commitmentIn(harness.subgraph, "IN_PROGRESS", {
      pathway: "ACTION_PLAN",
      actionPlanId: DRAFT_PLAN,
      startDate: shift(1),
      endDate: shift(300),
    });
    expect(firstError(await report({ commitmentId: planned.id }))).toMatchObject({
      code: "BAD_USER_INPUT",
      message: expect.stringMatching(/rated by the IRM/),
    });
  });

  it("lets the support unit close a window early, refusing a stale version", async () => {
    const UPDATE = "mutation ($input: UpdateReviewCycleInput!) { updateReviewCycle(input: $input) { version isOpen closesOn } }";
    const closedNow = ok(
      await harness.subgraph.execute<{ updateReviewCycle: { version: number; isOpen: boolean } }>(UPDATE, {
        as: supportUnit,
        variables: { input: { id: open.id, version: open.version, opensOn: shift(-5), closesOn: shift(-1) } },
      }),
    ).updateReviewCycle;
    expect(closedNow).toMatchObject({ version: 2, isOpen: false });
    const stale = firstError(
      await harness.subgraph.execute(UPDATE, { as: supportUnit, variables: { input: { id: open.id, version: 1, closesOn: shift(30) } } }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(firstError(await report({})).code).toBe("CONFLICT");
    const backwards = firstError(
      await harness.subgraph.execute(CREATE_CYCLE, {
        as: supportUnit,
        variables: { input: { kind: "MID_TERM", scope: "x", opensOn: shift(5), closesOn: shift(1) } },
      }),
    );
    expect(backwards).toMatchObject({ code: "BAD_USER_INPUT", field: "closesOn" });
  });
});
