import "reflect-metadata";
import { BadUserInputError } from "@ogc/kit";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Commitment } from "../commitment/commitment.entity.js";
import { Pathway } from "../shared/enums.js";
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
  UPSERT_RESULT,
  type UpsertOutcomes,
} from "../test-helpers.js";
import { buildIrmRating } from "./irm.service.js";
import { IRM_ASSESSMENTS } from "./irm-rating.entity.js";

const ALL_FIELDS = IRM_ASSESSMENTS.join(" ");
const UPSERT = `mutation ($rows: [IrmRatingUpsertInput!]!, $source: String) { upsertIrmRatings(input: $rows, source: $source) { ${UPSERT_RESULT} } }`;

/** A row of the IRM file with every rating column set, the way the importer maps it (ND, NR, NA and the 2021+ values). */
const FULL_ROW = {
  verifiable: "YES",
  openGovernmentLens: "NO_DATA",
  potentialForResults: "NOT_REVIEWED",
  completion: "UNCLEAR",
  earlyResults: "NO_EARLY_RESULTS_YET",
  specificity: "HIGH",
  potentialImpact: "TRANSFORMATIVE",
  relevanceAccessToInformation: "YES",
  relevanceCivicParticipation: "NO",
  relevancePublicAccountability: "NO_DATA",
  relevanceTechnology: "NOT_REVIEWED",
  midtermCompletion: "NOT_APPLICABLE",
  starredMidterm: "NOT_APPLICABLE",
  starredEndOfTerm: "NO",
  earlyResultsAccessToInformation: "MAJOR",
  earlyResultsCivicParticipation: "NOT_APPLICABLE",
  earlyResultsPublicAccountability: "WORSENED",
  resultsLevel: "NO_NOTABLE_RESULTS",
  clustered: "YES",
  carriedForward: "NO",
};

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

  it("gives every rating column of the file a value: NOT_REVIEWED when a first rating leaves it out", async () => {
    const other = await createCommitment(harness.subgraph, {
      pathway: "ACTION_PLAN",
      actionPlanId: DRAFT_PLAN,
      startDate: shift(1),
      endDate: shift(300),
    });
    const rating = ok(
      await harness.subgraph.execute<{ recordIrmRating: Record<string, string> }>(
        `mutation ($input: RecordIrmRatingInput!) { recordIrmRating(input: $input) { ${ALL_FIELDS} } }`,
        { as: supportUnit, variables: { input: { commitmentId: other.id, specificity: "LOW", resultsLevel: "SIGNIFICANT" } } },
      ),
    ).recordIrmRating;
    expect(rating).toEqual({
      ...Object.fromEntries(IRM_ASSESSMENTS.map((field) => [field, "NOT_REVIEWED"])),
      specificity: "LOW",
      resultsLevel: "SIGNIFICANT",
    });
  });

  it("upserts every rating column; an identical row is UNCHANGED and writes nothing; a change is in the history with the source", async () => {
    const ogpId = "AL0301";
    await createCommitment(harness.subgraph, {
      pathway: "ACTION_PLAN",
      actionPlanId: DRAFT_PLAN,
      startDate: shift(1),
      endDate: shift(300),
      ogpId,
    });
    const upsert = async (row: Record<string, string>, source?: string) =>
      ok(
        await harness.subgraph.execute<{ upsertIrmRatings: UpsertOutcomes }>(UPSERT, {
          as: supportUnit,
          variables: { rows: [{ commitmentOgpId: ogpId, ...row }], source },
        }),
      ).upsertIrmRatings;
    expect(await upsert(FULL_ROW, "IRM import: sample-18.csv")).toMatchObject({ committed: true, created: 1 });
    const read = async () =>
      ok(
        await harness.subgraph.execute<{
          commitmentByOgpId: { irmRating: Record<string, string>; history: { kind: string; note: string; changes: object }[] };
        }>(`{ commitmentByOgpId(ogpId: "${ogpId}") { irmRating { ${ALL_FIELDS} } history { kind note changes } } }`, { as: supportUnit }),
      ).commitmentByOgpId;
    expect((await read()).irmRating).toEqual(FULL_ROW);

    const before = await tableCounts(harness.subgraph);
    expect(await upsert(FULL_ROW, "IRM import: sample-18.csv")).toMatchObject({ committed: true, unchanged: 1 });
    expect(await upsert({}, "IRM import: sample-18.csv")).toMatchObject({ committed: true, unchanged: 1 });
    expect(await tableCounts(harness.subgraph)).toEqual(before);

    expect(await upsert({ ...FULL_ROW, resultsLevel: "MODERATE" }, "IRM import: open_parliament_0703.csv")).toMatchObject({
      updated: 1,
    });
    expect((await read()).history[0]).toEqual({
      kind: "IRM_RATED",
      note: "IRM import: open_parliament_0703.csv",
      changes: { resultsLevel: { from: "NO_NOTABLE_RESULTS", to: "MODERATE" } },
    });
  });

  it("names the assessment a value it does not know belongs to (callers without GraphQL)", () => {
    const commitment = { id: "c-1", pathway: Pathway.ACTION_PLAN } as Commitment;
    expect(() => buildIrmRating({ resultsLevel: "GREAT" }, null, commitment)).toThrow(BadUserInputError);
    try {
      buildIrmRating({ earlyResultsCivicParticipation: "Not Applicable" }, null, commitment);
    } catch (error) {
      expect((error as BadUserInputError).extensions).toMatchObject({ field: "earlyResultsCivicParticipation" });
    }
    expect(buildIrmRating({ earlyResults: "NO_EARLY_RESULTS_YET" }, null, commitment).earlyResults).toBe("NO_EARLY_RESULTS_YET");
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
