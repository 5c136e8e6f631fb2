import "reflect-metadata";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCommitment,
  createHarness,
  DRAFT_PLAN,
  firstError,
  type Harness,
  ok,
  shift,
  supportUnit,
  tableCounts,
} from "../test-helpers.js";

const RECORD =
  "mutation ($input: RecordIrmRatingInput!) { recordIrmRating(input: $input) { version verifiable openGovernmentLens potentialForResults completion earlyResults } }";

describe.each(testStores)("IRM ratings on %s", (store) => {
  let harness: Harness;
  let planned: { id: string };
  beforeAll(async () => {
    harness = await createHarness(store);
    planned = await createCommitment(harness.subgraph, {
      pathway: "ACTION_PLAN",
      actionPlanId: DRAFT_PLAN,
      startDate: shift(1),
      endDate: shift(300),
    });
  });
  afterAll(() => harness.close());

  it("keeps NO_DATA and NOT_REVIEWED as values of their own, never null", async () => {
    const first = ok(
      await harness.subgraph.execute<{ recordIrmRating: Record<string, unknown> }>(RECORD, {
        as: supportUnit,
        variables: { input: { commitmentId: planned.id, verifiable: "YES", potentialForResults: "NO_DATA" } },
      }),
    ).recordIrmRating;
    expect(first).toEqual({
      version: 1,
      verifiable: "YES",
      openGovernmentLens: "NOT_REVIEWED",
      potentialForResults: "NO_DATA",
      completion: "NOT_REVIEWED",
      earlyResults: "NOT_REVIEWED",
    });
    const second = ok(
      await harness.subgraph.execute<{ recordIrmRating: Record<string, unknown> }>(RECORD, {
        as: supportUnit,
        variables: { input: { commitmentId: planned.id, version: 1, completion: "SUBSTANTIAL", earlyResults: "MARGINAL" } },
      }),
    ).recordIrmRating;
    expect(second).toMatchObject({ version: 2, potentialForResults: "NO_DATA", completion: "SUBSTANTIAL", earlyResults: "MARGINAL" });
    const data = ok(
      await harness.subgraph.execute<{
        commitment: { irmRating: { completion: string }; history: { kind: string; changes: Record<string, unknown> }[] };
      }>("query ($id: ID!) { commitment(id: $id) { irmRating { completion } history { kind changes } } }", {
        as: supportUnit,
        variables: { id: planned.id },
      }),
    ).commitment;
    expect(data.irmRating.completion).toBe("SUBSTANTIAL");
    expect(data.history[0]).toEqual({
      kind: "IRM_RATED",
      changes: { completion: { from: "NOT_REVIEWED", to: "SUBSTANTIAL" }, earlyResults: { from: "NOT_REVIEWED", to: "MARGINAL" } },
    });
  });

  it("refuses a stale or missing version, and a standalone commitment, writing nothing", async () => {
    const standalone = await createCommitment(harness.subgraph);
    const before = await tableCounts(harness.subgraph);
    for (const [input, code] of [
      [{ commitmentId: planned.id, version: 1, verifiable: "NO" }, "CONFLICT"],
      [{ commitmentId: planned.id, verifiable: "NO" }, "CONFLICT"],
      [{ commitmentId: standalone.id, verifiable: "NO" }, "BAD_USER_INPUT"],
    ] as const) {
      expect(firstError(await harness.subgraph.execute(RECORD, { as: supportUnit, variables: { input } })).code).toBe(code);
    }
    expect(await tableCounts(harness.subgraph)).toEqual(before);
  });
});
