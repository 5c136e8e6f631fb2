import "reflect-metadata";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IRM_ASSESSMENTS } from "../irm/irm-rating.entity.js";
import { createCommitment, createHarness, DRAFT_PLAN, type Harness, ok, shift, supportUnit } from "../test-helpers.js";

describe.each(testStores)("the import migrations on %s", (store) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await createHarness(store);
  });
  afterAll(() => harness.close());

  it("roll back and forward again over existing data: a rating recorded before them has every new assessment NOT_REVIEWED", async () => {
    const planned = await createCommitment(harness.subgraph, {
      pathway: "ACTION_PLAN",
      actionPlanId: DRAFT_PLAN,
      startDate: shift(1),
      endDate: shift(300),
    });
    ok(
      await harness.subgraph.execute("mutation ($input: RecordIrmRatingInput!) { recordIrmRating(input: $input) { version } }", {
        as: supportUnit,
        variables: { input: { commitmentId: planned.id, completion: "LIMITED" } },
      }),
    );
    const dataSource = harness.subgraph.dataSource;
    // The aggregate version and the list index (the last migrations) first, then the two import migrations.
    await dataSource.undoLastMigration({ transaction: "each" });
    await dataSource.undoLastMigration({ transaction: "each" });
    await dataSource.undoLastMigration({ transaction: "each" });
    await dataSource.undoLastMigration({ transaction: "each" });
    // A change made under the old schema survives; the columns added again are filled by their default.
    await dataSource.query("UPDATE irm_rating SET completion = 'SUBSTANTIAL'");
    expect((await dataSource.runMigrations({ transaction: "each" })).map((migration) => migration.name)).toEqual([
      "IrmImport1764115800000",
      "CommitmentImport1764115900000",
      "CommitmentListIndex1764116000000",
      "AggregateVersion1764116100000",
    ]);
    const rating = ok(
      await harness.subgraph.execute<{
        commitment: { sourceUrl: string | null; suggestedAreas: string[]; irmRating: Record<string, string> };
      }>(`query ($id: ID!) { commitment(id: $id) { sourceUrl suggestedAreas irmRating { ${IRM_ASSESSMENTS.join(" ")} } } }`, {
        as: supportUnit,
        variables: { id: planned.id },
      }),
    ).commitment;
    expect(rating).toEqual({
      sourceUrl: null,
      suggestedAreas: [],
      irmRating: { ...Object.fromEntries(IRM_ASSESSMENTS.map((field) => [field, "NOT_REVIEWED"])), completion: "SUBSTANTIAL" },
    });
  });
});
