import "reflect-metadata";
import { AuditEntry } from "@ogc/kit";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CREATE,
  commitmentInput,
  createHarness,
  firstError,
  type Harness,
  MINISTRY,
  ok,
  supportUnit,
  tableCounts,
  UPSERT_RESULT,
  type UpsertOutcomes,
} from "../test-helpers.js";
import { CommitmentSuggestedArea } from "./commitment.entity.js";

const COMMITMENTS = `mutation ($rows: [CommitmentUpsertInput!]!, $source: String) { upsertCommitments(input: $rows, source: $source) { ${UPSERT_RESULT} } }`;
const MILESTONES = `mutation ($rows: [MilestoneUpsertInput!]!, $source: String) { upsertMilestones(input: $rows, source: $source) { ${UPSERT_RESULT} } }`;
const RATINGS = `mutation ($rows: [IrmRatingUpsertInput!]!, $source: String) { upsertIrmRatings(input: $rows, source: $source) { ${UPSERT_RESULT} } }`;
const LINKS = `mutation ($rows: [CoCreationLinkUpsertInput!]!, $source: String) { upsertCoCreationLinks(input: $rows, source: $source) { ${UPSERT_RESULT} } }`;

const SOURCE = "IRM import: open_parliament_0703.csv";
const PAGE = "https://www.opengovpartnership.org/members/albania/commitments/AL0100/";
// OGP's short titles reach ~600 characters.
const LONG_TITLE = `Open parliament: ${"publish every committee vote, amendment and attendance record ".repeat(10)}`.trim();

interface Imported {
  title: string;
  sourceUrl: string | null;
  suggestedAreas: string[];
  history: { kind: string; note: string | null; changes: Record<string, { from: unknown; to: unknown }> }[];
}

describe.each(testStores)("imported commitment fields on %s", (store) => {
  let harness: Harness;
  const upsert = async (mutation: string, rows: unknown[], source?: string) =>
    Object.values(
      ok(await harness.subgraph.execute<Record<string, UpsertOutcomes>>(mutation, { as: supportUnit, variables: { rows, source } })),
    )[0] as UpsertOutcomes;
  const imported = async (ogpId: string) =>
    ok(
      await harness.subgraph.execute<{ commitmentByOgpId: Imported }>(
        "query ($ogpId: String!) { commitmentByOgpId(ogpId: $ogpId) { title sourceUrl suggestedAreas history { kind note changes } } }",
        { variables: { ogpId } },
      ),
    ).commitmentByOgpId;
  const row = {
    ogpId: "AL0100",
    memberCode: "ALB",
    actionPlanOgpId: "AP_ALB07",
    title: LONG_TITLE,
    leadInstitutionId: MINISTRY,
    values: ["TRANSPARENCY"],
    sourceUrl: PAGE,
    suggestedAreas: ["JUSTICE", "ANTI_CORRUPTION"],
  };

  beforeAll(async () => {
    harness = await createHarness(store);
  });
  afterAll(() => harness.close());

  it("keeps a long title whole, the official page and the suggested areas (as a set), with the source in the history", async () => {
    expect(LONG_TITLE.length).toBeGreaterThan(600);
    expect(await upsert(COMMITMENTS, [row], SOURCE)).toMatchObject({ committed: true, created: 1 });
    const stored = await imported("AL0100");
    expect(stored).toMatchObject({ title: LONG_TITLE, sourceUrl: PAGE, suggestedAreas: ["ANTI_CORRUPTION", "JUSTICE"] });
    expect(stored.history).toHaveLength(1);
    expect(stored.history[0]).toMatchObject({ kind: "IMPORTED", note: SOURCE });
    expect(stored.history[0]?.changes).toMatchObject({
      sourceUrl: { from: null, to: PAGE },
      suggestedAreas: { from: null, to: ["ANTI_CORRUPTION", "JUSTICE"] },
    });
  });

  it("finds identical rows UNCHANGED and writes nothing: areas in another order or repeated, or left out, are no change", async () => {
    const before = await tableCounts(harness.subgraph);
    for (const again of [
      row,
      { ...row, suggestedAreas: ["JUSTICE", "ANTI_CORRUPTION", "JUSTICE"] },
      { ...row, suggestedAreas: undefined, sourceUrl: undefined },
    ]) {
      const result = await upsert(COMMITMENTS, [again], SOURCE);
      expect(result).toMatchObject({ committed: true, unchanged: 1, created: 0, updated: 0 });
      expect(await tableCounts(harness.subgraph)).toEqual(before);
    }
  });

  it("replaces the suggested areas when they change, audited and in the history, and clears them with []", async () => {
    const result = await upsert(COMMITMENTS, [{ ...row, suggestedAreas: ["CIVIC_SPACE", "JUSTICE"] }], SOURCE);
    expect(result).toMatchObject({ committed: true, updated: 1 });
    const stored = await imported("AL0100");
    expect(stored.suggestedAreas).toEqual(["CIVIC_SPACE", "JUSTICE"]);
    expect(stored.history[0]).toEqual({
      kind: "IMPORTED",
      note: SOURCE,
      changes: { suggestedAreas: { from: ["ANTI_CORRUPTION", "JUSTICE"], to: ["CIVIC_SPACE", "JUSTICE"] } },
    });
    const id = result.rows[0]?.id as string;
    const audit = await harness.subgraph.dataSource
      .getRepository(AuditEntry)
      .findBy({ entityId: id, operation: "upsertCommitments", entityType: "Commitment" });
    expect(audit.map((entry) => entry.changes)).toContainEqual({
      suggestedAreas: { from: ["ANTI_CORRUPTION", "JUSTICE"], to: ["CIVIC_SPACE", "JUSTICE"] },
    });
    const rows = await harness.subgraph.dataSource.getRepository(CommitmentSuggestedArea).findBy({ commitmentId: id });
    expect(rows.map((suggested) => suggested.area).sort()).toEqual(["CIVIC_SPACE", "JUSTICE"]);

    await upsert(COMMITMENTS, [{ ogpId: "AL0101", memberCode: "ALB", title: "Cleared later", suggestedAreas: ["MEDIA_FREEDOM"] }]);
    expect(await upsert(COMMITMENTS, [{ ogpId: "AL0101", memberCode: "ALB", title: "Cleared later", suggestedAreas: [] }])).toMatchObject({
      updated: 1,
    });
    expect((await imported("AL0101")).suggestedAreas).toEqual([]);
  });

  it("keeps OGP's dates of an imported commitment even when they run past its plan's, which the form refuses", async () => {
    const outside = {
      ...row,
      ogpId: "AL0177",
      title: "Beyond the plan",
      suggestedAreas: [],
      startDate: "2001-01-01",
      endDate: "2099-12-31",
    };
    const result = await upsert(COMMITMENTS, [outside], SOURCE);
    expect(result.rows[0]).toMatchObject({ outcome: "CREATED" });
    const stored = ok(
      await harness.subgraph.execute<{ commitmentByOgpId: { startDate: string; endDate: string } }>(
        '{ commitmentByOgpId(ogpId: "AL0177") { startDate endDate } }',
      ),
    ).commitmentByOgpId;
    expect(stored).toEqual({ startDate: "2001-01-01", endDate: "2099-12-31" });
  });

  it("keeps an imported text longer than the form's 20,000 characters whole", async () => {
    const reform = "The government will publish every contract. ".repeat(600);
    expect(reform.length).toBeGreaterThan(20_000);
    const result = await upsert(COMMITMENTS, [{ ...row, ogpId: "AL0178", title: "Long text", suggestedAreas: [], reform }]);
    expect(result.rows[0]).toMatchObject({ outcome: "CREATED" });
    const stored = ok(
      await harness.subgraph.execute<{ commitmentByOgpId: { reform: string } }>('{ commitmentByOgpId(ogpId: "AL0178") { reform } }'),
    ).commitmentByOgpId;
    expect(stored.reform).toBe(reform.trim());
  });

  it("filters the commitments list by suggested area", async () => {
    await upsert(COMMITMENTS, [{ ogpId: "AL0102", memberCode: "ALB", title: "Civic space too", suggestedAreas: ["CIVIC_SPACE"] }]);
    const list = async (area: string) =>
      ok(
        await harness.subgraph.execute<{ commitments: { totalCount: number; edges: { node: { ogpId: string } }[] } }>(
          "query ($area: ChallengeAreaCode!) { commitments(first: 50, filter: { suggestedArea: $area }) { totalCount edges { node { ogpId } } } }",
          { variables: { area } },
        ),
      ).commitments;
    const civic = await list("CIVIC_SPACE");
    expect(civic.edges.map((edge) => edge.node.ogpId).sort()).toEqual(["AL0100", "AL0102"]);
    expect(civic.totalCount).toBe(2);
    expect((await list("ANTI_CORRUPTION")).totalCount).toBe(0);
  });

  it("refuses a page that is not an http(s) address and a title over 1000 characters, naming the field, writing nothing", async () => {
    const before = await tableCounts(harness.subgraph);
    const result = await upsert(COMMITMENTS, [
      { ...row, sourceUrl: "ftp://files.example.org/AL0100.pdf" },
      { ogpId: "AL0103", memberCode: "ALB", title: "Relative page", sourceUrl: "/members/albania" },
      { ogpId: "AL0104", memberCode: "ALB", title: "Script", sourceUrl: "javascript:alert(1)" },
      { ogpId: "AL0105", memberCode: "ALB", title: "x".repeat(1001) },
      { ogpId: "AL0106", memberCode: "ALB", title: "Fine" },
    ]);
    expect(result).toMatchObject({ committed: false, invalid: 4, skipped: 1 });
    expect(result.rows.map((outcome) => [outcome.outcome, outcome.error?.field ?? null])).toEqual([
      ["INVALID", "sourceUrl"],
      ["INVALID", "sourceUrl"],
      ["INVALID", "sourceUrl"],
      ["INVALID", "title"],
      ["SKIPPED", null],
    ]);
    expect(result.rows[0]?.error?.message).toMatch(/http:\/\/ or https:\/\//);
    expect(result.rows[3]?.error?.message).toMatch(/longer than 1000/);
    expect(await tableCounts(harness.subgraph)).toEqual(before);
  });

  it("keeps the 300-character limit of the form, and lets the form edit an imported commitment without touching its long title", async () => {
    const refused = firstError(
      await harness.subgraph.execute(CREATE, { as: supportUnit, variables: { input: commitmentInput({ title: "x".repeat(301) }) } }),
    );
    expect(refused).toMatchObject({ code: "BAD_USER_INPUT", field: "title" });
    const current = ok(
      await harness.subgraph.execute<{ commitmentByOgpId: { id: string; version: number } }>(
        '{ commitmentByOgpId(ogpId: "AL0100") { id version } }',
      ),
    ).commitmentByOgpId;
    const edited = ok(
      await harness.subgraph.execute<{ updateCommitment: { title: string; summary: string } }>(
        "mutation ($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { title summary } }",
        { as: supportUnit, variables: { input: { id: current.id, version: current.version, summary: "Edited in the hub." } } },
      ),
    ).updateCommitment;
    expect(edited).toEqual({ title: LONG_TITLE, summary: "Edited in the hub." });
  });

  it("names the source in the history events of milestone and rating upserts (Imported without one)", async () => {
    await upsert(MILESTONES, [{ commitmentOgpId: "AL0100", position: 1, title: "Votes published" }], SOURCE);
    await upsert(MILESTONES, [{ commitmentOgpId: "AL0100", position: 2, title: "Attendance published" }]);
    await upsert(RATINGS, [{ commitmentOgpId: "AL0100", verifiable: "YES" }], SOURCE);
    const history = (await imported("AL0100")).history.slice(0, 3);
    expect(history.map((event) => [event.kind, event.note])).toEqual([
      ["IRM_RATED", SOURCE],
      ["MILESTONE_ADDED", "Imported"],
      ["MILESTONE_ADDED", SOURCE],
    ]);
  });

  it("refuses a source over 200 characters on every upsert, naming `source`, writing nothing", async () => {
    const before = await tableCounts(harness.subgraph);
    const tooLong = `IRM import: ${"x".repeat(200)}`;
    for (const [mutation, rows] of [
      [COMMITMENTS, [{ ...row, title: "Would change" }]],
      [MILESTONES, [{ commitmentOgpId: "AL0100", position: 3, title: "Would be added" }]],
      [RATINGS, [{ commitmentOgpId: "AL0100", verifiable: "NO" }]],
      [LINKS, [{ commitmentOgpId: "AL0100", partnerId: "partner-1" }]],
    ] as const) {
      const response = await harness.subgraph.execute(mutation, { as: supportUnit, variables: { rows, source: tooLong } });
      expect(firstError(response)).toMatchObject({ code: "BAD_USER_INPUT", field: "source", message: expect.stringMatching(/200/) });
    }
    expect(await tableCounts(harness.subgraph)).toEqual(before);
  });

  it("imports suggested areas of thousands of rows in statements per chunk, not per row", async () => {
    const many = (areas: string[]) =>
      Array.from({ length: 1200 }, (_, i) => ({
        ogpId: `SA${String(i).padStart(4, "0")}`,
        memberCode: "GHA",
        title: `Bulk ${i}`,
        suggestedAreas: areas,
      }));
    const created = await harness.subgraph.counter.measure(() => upsert(COMMITMENTS, many(["JUSTICE", "FISCAL_OPENNESS"])));
    expect(created.result).toMatchObject({ committed: true, created: 1200 });
    expect(created.statements).toBeLessThanOrEqual(25);
    const changed = await harness.subgraph.counter.measure(() => upsert(COMMITMENTS, many(["GENDER_AND_INCLUSION"])));
    expect(changed.result).toMatchObject({ committed: true, updated: 1200 });
    expect(changed.statements).toBeLessThanOrEqual(35);
    const same = await harness.subgraph.counter.measure(() => upsert(COMMITMENTS, many(["GENDER_AND_INCLUSION"])));
    expect(same.result).toMatchObject({ committed: true, unchanged: 1200 });
    expect(same.statements).toBeLessThanOrEqual(15);
  }, 30_000);
});
