import "reflect-metadata";
import { MemberType, Region } from "@ogc/kit";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ALB,
  createCommitment,
  createHarness,
  firstError,
  GHA,
  GHANA_MINISTRY,
  type Harness,
  MINISTRY,
  ok,
  supportUnit,
  tableCounts,
  UPSERT_RESULT,
  type UpsertOutcomes,
} from "../test-helpers.js";

/** A local member in the Americas, besides Albania (NATIONAL, EUROPE) and Ghana (NATIONAL, AFRICA_AND_MIDDLE_EAST). */
const BUE = "00000000-0000-4000-8000-0000000003a1";
const BUE_CITY = "00000000-0000-4000-8000-0000000003b1";

const LIST = `query ($filter: CommitmentFilter, $first: Int, $after: String) {
  commitments(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { ogpId member { id } startDate endDate } }
  }
}`;

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { ogpId: string | null; member: { id: string }; startDate: string | null; endDate: string | null } }[];
};

const base = { pathway: "ACTION_PLAN", values: ["TRANSPARENCY"], proposedArea: "JUSTICE" };
/** Published commitments of three members of three regions and two types, with planned dates. */
const SEED = [
  { ...base, ogpId: "AL2001", memberCode: "ALB", title: "A1", leadInstitutionId: MINISTRY, startDate: "2023-01-10", endDate: "2025-06-30" },
  { ...base, ogpId: "AL2002", memberCode: "ALB", title: "A2", leadInstitutionId: MINISTRY, startDate: "2024-03-01", endDate: "2028-12-31" },
  {
    ...base,
    ogpId: "GH2001",
    memberCode: "GHA",
    title: "G1",
    leadInstitutionId: GHANA_MINISTRY,
    startDate: "2024-07-01",
    endDate: "2026-01-31",
  },
  {
    ...base,
    ogpId: "BUE2001",
    memberCode: "BUE",
    title: "B1",
    leadInstitutionId: BUE_CITY,
    startDate: "2025-02-01",
    endDate: "2027-03-31",
  },
  { ...base, ogpId: "BUE2002", memberCode: "BUE", title: "B2, undated" },
];

describe.each(testStores)("commitments filtered by member type, region and dates on %s", (store) => {
  let harness: Harness;
  const list = async (filter: Record<string, unknown> | null, page: { first?: number; after?: string | null } = {}) =>
    ok(await harness.subgraph.execute<{ commitments: Page }>(LIST, { variables: { filter, first: 100, ...page } })).commitments;
  const ogpIds = async (filter: Record<string, unknown>) => (await list(filter)).edges.map((edge) => edge.node.ogpId).sort();

  beforeAll(async () => {
    harness = await createHarness(store);
    harness.directory.addMember(BUE, "BUE", false, { type: MemberType.LOCAL, region: Region.AMERICAS });
    harness.directory.addInstitution(BUE_CITY, BUE);
    const result = ok(
      await harness.subgraph.execute<{ upsertCommitments: UpsertOutcomes }>(
        `mutation ($rows: [CommitmentUpsertInput!]!) { upsertCommitments(input: $rows) { ${UPSERT_RESULT} } }`,
        { as: supportUnit, variables: { rows: SEED } },
      ),
    ).upsertCommitments;
    expect(result.committed).toBe(true);
    // A draft of a European national member: never listed to the public, whatever the filter.
    await createCommitment(harness.subgraph, { ogpId: "AL2099", startDate: "2024-03-01" });
  });
  afterAll(() => harness.close());

  it.each([
    [{ memberType: "LOCAL" }, ["BUE2001", "BUE2002"]],
    [{ memberType: "NATIONAL" }, ["AL2001", "AL2002", "GH2001"]],
    [{ region: "EUROPE" }, ["AL2001", "AL2002"]],
    [{ region: "AFRICA_AND_MIDDLE_EAST", memberType: "NATIONAL" }, ["GH2001"]],
    [{ region: "AMERICAS", memberId: ALB }, []],
    [{ startDateFrom: "2024-03-01" }, ["AL2002", "BUE2001", "GH2001"]],
    [{ startDateFrom: "2024-01-01", startDateTo: "2024-12-31" }, ["AL2002", "GH2001"]],
    [{ endDateTo: "2026-01-31" }, ["AL2001", "GH2001"]],
    [{ endDateFrom: "2027-01-01", region: "AMERICAS" }, ["BUE2001"]],
    [{ startDateFrom: "2024-01-01", endDateTo: "2027-12-31" }, ["BUE2001", "GH2001"]],
  ])("lists with %j", async (filter, expected) => {
    expect(await ogpIds(filter)).toEqual(expected);
    expect((await list(filter)).totalCount).toBe(expected.length);
  });

  it("lists published commitments or drafts never submitted, drafts to the support unit only", async () => {
    const asSupport = async (filter: Record<string, unknown>) =>
      ok(await harness.subgraph.execute<{ commitments: Page }>(LIST, { as: supportUnit, variables: { filter, first: 100 } }))
        .commitments.edges.map((edge) => edge.node.ogpId)
        .sort();
    expect(await asSupport({ published: true, memberId: ALB })).toEqual(["AL2001", "AL2002"]);
    expect(await asSupport({ published: false, memberId: ALB })).toEqual(["AL2099"]);
    expect(await asSupport({ memberId: ALB })).toEqual(["AL2001", "AL2002", "AL2099"]);
    expect(await ogpIds({ published: false })).toEqual([]);
  });

  it("gives an empty page, not an error, when no member has the type or region", async () => {
    const page = await list({ memberType: "OTHER" });
    expect(page).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    expect(await ogpIds({ region: "ASIA_AND_PACIFIC" })).toEqual([]);
  });

  it("pages a filtered list with cursors", async () => {
    const first = await list({ memberType: "NATIONAL" }, { first: 2 });
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list({ memberType: "NATIONAL" }, { first: 2, after: first.pageInfo.endCursor });
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges].map((edge) => edge.node.ogpId).sort()).toEqual(["AL2001", "AL2002", "GH2001"]);
  });

  it("filters the commitments of a member, an institution or an area with the same filter", async () => {
    const data = ok(
      await harness.subgraph.execute<{ _entities: { commitments: { totalCount: number } }[] }>(
        `query ($r: [_Any!]!) { _entities(representations: $r) {
          ... on Member { commitments(filter: { region: EUROPE, endDateFrom: "2028-01-01" }) { totalCount } }
          ... on ChallengeArea { commitments(filter: { memberType: LOCAL }) { totalCount } }
        } }`,
        {
          variables: {
            r: [
              { __typename: "Member", id: ALB },
              { __typename: "Member", id: GHA },
              { __typename: "ChallengeArea", code: "JUSTICE" },
            ],
          },
        },
      ),
    );
    expect(data._entities.map((entity) => entity.commitments.totalCount)).toEqual([1, 0, 2]);
  });

  it("asks the directory once per request, however many lists filter by member type or region", async () => {
    const before = harness.directory.requests;
    ok(
      await harness.subgraph.execute(
        `{ a: commitments(filter: { region: EUROPE }) { totalCount } b: commitments(filter: { memberType: LOCAL }) { totalCount }
           c: challengeStatistics(filter: { region: AMERICAS }) { totalCommitments } }`,
      ),
    );
    expect(harness.directory.requests - before).toBe(1);
    await list({ startDateFrom: "2024-01-01" });
    expect(harness.directory.requests - before).toBe(1);
  });

  it("refuses a malformed day or an inverted range, naming the field, before asking anyone", async () => {
    const counts = await tableCounts(harness.subgraph);
    const requests = harness.directory.requests;
    for (const [filter, field] of [
      [{ startDateFrom: "2024-02-30", region: "EUROPE" }, "filter.startDateFrom"],
      [{ startDateTo: "tomorrow" }, "filter.startDateTo"],
      [{ startDateFrom: "2024-05-01", startDateTo: "2024-04-30" }, "filter.startDateTo"],
      [{ endDateFrom: "2024-1-1" }, "filter.endDateFrom"],
      [{ endDateFrom: "2028-01-01", endDateTo: "2027-12-31", memberType: "LOCAL" }, "filter.endDateTo"],
    ] as const) {
      const error = firstError(await harness.subgraph.execute(LIST, { variables: { filter } }));
      expect(error).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(harness.directory.requests).toBe(requests);
    expect(await tableCounts(harness.subgraph)).toEqual(counts);
  });

  it("says so when the directory cannot be asked, and lists without it when the filter does not need it", async () => {
    harness.directory.unavailable = true;
    try {
      const error = firstError(await harness.subgraph.execute(LIST, { variables: { filter: { region: "EUROPE" } } }));
      expect(error.message).toMatch(/directory could not be asked/);
      expect(await ogpIds({ endDateTo: "2026-01-31" })).toEqual(["AL2001", "GH2001"]);
    } finally {
      harness.directory.unavailable = false;
    }
  });

  it("lists a region's commitments in the same number of SQL statements whatever their number", async () => {
    const measure = async () => {
      // On SQLite an unchanged database answers the count from its cache (aggregate-cache.ts); a write drops it.
      await harness.subgraph.dataSource.query("UPDATE commitment SET version = version");
      return (await harness.subgraph.counter.measure(() => list({ region: "AMERICAS", startDateFrom: "2000-01-01" }))).statements;
    };
    const few = await measure();
    const bulk = Array.from({ length: 30 }, (_, i) => ({
      ...base,
      ogpId: `BUE3${String(i).padStart(3, "0")}`,
      memberCode: "BUE",
      title: `Bulk ${i}`,
      leadInstitutionId: BUE_CITY,
      startDate: "2025-05-01",
      endDate: "2026-05-01",
    }));
    ok(
      await harness.subgraph.execute(`mutation ($rows: [CommitmentUpsertInput!]!) { upsertCommitments(input: $rows) { committed } }`, {
        as: supportUnit,
        variables: { rows: bulk },
      }),
    );
    expect((await list({ region: "AMERICAS", startDateFrom: "2000-01-01" })).totalCount).toBe(31);
    expect(await measure()).toBe(few);
  });
});
