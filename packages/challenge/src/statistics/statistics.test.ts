import "reflect-metadata";
import { MemberType, Region } from "@ogc/kit";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AGGREGATE_VERSION_TABLE } from "../migrations/1764116100000-aggregate-version.js";
import {
  ALB,
  ASSEMBLY,
  CSO,
  createCommitment,
  createHarness,
  firstError,
  GHA,
  GHANA_MINISTRY,
  type Harness,
  MINISTRY,
  ok,
  supportUnit,
  UPSERT_RESULT,
  type UpsertOutcomes,
} from "../test-helpers.js";

const STATISTICS = `query ($filter: StatisticsFilter, $first: Int, $after: String) {
  challengeStatistics(filter: $filter) {
    totalCommitments membersTakingPart institutions withActiveCoCreator withoutStartDate
    areas(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { area commitments membersTakingPart institutions withActiveCoCreator activeCoCreationShare
        byStatus { status count } irmCompletion { completion count } } }
    }
    members(first: $first) {
      totalCount pageInfo { hasNextPage }
      edges { node { memberId member { id } commitments areas institutions withActiveCoCreator byStatus { status count } } }
    }
    commitmentsPerYear(first: $first) { totalCount edges { node { year commitments } } }
  }
}`;

interface Statistics {
  totalCommitments: number;
  membersTakingPart: number;
  institutions: number;
  withActiveCoCreator: number;
  withoutStartDate: number;
  areas: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Record<string, unknown> }[] };
  members: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: Record<string, unknown> }[] };
  commitmentsPerYear: { totalCount: number; edges: { node: { year: number; commitments: number } }[] };
}

const base = { memberCode: "ALB", pathway: "ACTION_PLAN", values: ["TRANSPARENCY"] };
/** Five published commitments of two members in two areas; a sixth (a draft) must never count. */
const SEED = [
  {
    ...base,
    ogpId: "AL1001",
    title: "One",
    leadInstitutionId: MINISTRY,
    proposedArea: "ANTI_CORRUPTION",
    status: "IN_PROGRESS",
    startDate: "2023-03-01",
    endDate: "2028-12-31",
  },
  {
    ...base,
    ogpId: "AL1002",
    title: "Two",
    leadInstitutionId: ASSEMBLY,
    proposedArea: "JUSTICE",
    assignedArea: "ANTI_CORRUPTION",
    status: "COMPLETED",
    startDate: "2024-01-15",
  },
  {
    ...base,
    ogpId: "AL1003",
    title: "Three",
    leadInstitutionId: MINISTRY,
    pathway: "STANDALONE",
    assignedArea: "JUSTICE",
    startDate: "2024-06-01",
  },
  {
    ...base,
    ogpId: "GH1001",
    memberCode: "GHA",
    title: "Four",
    leadInstitutionId: GHANA_MINISTRY,
    proposedArea: "ANTI_CORRUPTION",
    status: "IN_PROGRESS",
    startDate: "2024-02-01",
    endDate: "2026-06-30",
  },
  { ...base, ogpId: "GH1002", memberCode: "GHA", title: "Five, without lead, area or dates" },
];

describe.each(testStores)("challenge statistics on %s", (store) => {
  let harness: Harness;
  const mutate = async (mutation: string, rows: unknown[]) => {
    const result = Object.values(
      ok(await harness.subgraph.execute<Record<string, UpsertOutcomes>>(mutation, { as: supportUnit, variables: { rows } })),
    )[0] as UpsertOutcomes;
    expect(result.committed).toBe(true);
  };
  const seed = async (rows: unknown[]) =>
    mutate(`mutation ($rows: [CommitmentUpsertInput!]!) { upsertCommitments(input: $rows) { ${UPSERT_RESULT} } }`, rows);
  /**
   * Two runs sent as many aggregate statements, at most `limit` of them. On PostgreSQL each is framed by reads of the
   * aggregate version (aggregate-cache.ts), at most one before and one after it: aggregates asked in the same turn share
   * a read, so how many reads there are depends on which statements end together, never on the rows.
   */
  const expectSameAggregates = (sql: string[], before: string[], limit: number) => {
    const isVersionRead = (statement: string) => statement.includes(AGGREGATE_VERSION_TABLE);
    const aggregates = sql.filter((statement) => !isVersionRead(statement)).length;
    expect(aggregates).toBe(before.filter((statement) => !isVersionRead(statement)).length);
    expect(aggregates).toBeLessThanOrEqual(limit);
    const versionReads = sql.filter(isVersionRead).length;
    if (store === "sqlite") expect(versionReads).toBe(0);
    else expect(versionReads).toBeLessThanOrEqual(2 * aggregates);
  };

  const statistics = async (variables: Record<string, unknown> = {}) =>
    ok(await harness.subgraph.execute<{ challengeStatistics: Statistics }>(STATISTICS, { variables })).challengeStatistics;

  beforeAll(async () => {
    harness = await createHarness(store);
    await seed(SEED);
    await mutate(`mutation ($rows: [IrmRatingUpsertInput!]!) { upsertIrmRatings(input: $rows) { ${UPSERT_RESULT} } }`, [
      { commitmentOgpId: "AL1001", completion: "SUBSTANTIAL" },
      { commitmentOgpId: "AL1002", completion: "COMPLETE" },
      { commitmentOgpId: "GH1001", completion: "SUBSTANTIAL" },
    ]);
    await mutate(`mutation ($rows: [CoCreationLinkUpsertInput!]!) { upsertCoCreationLinks(input: $rows) { ${UPSERT_RESULT} } }`, [
      { commitmentOgpId: "AL1001", partnerId: CSO },
      { commitmentOgpId: "AL1001", partnerId: "partner-1", role: "DESIGN" },
      { commitmentOgpId: "GH1001", partnerId: "partner-1" },
    ]);
    // A draft: never public, never counted.
    await createCommitment(harness.subgraph, { proposedArea: "ANTI_CORRUPTION", startDate: "2024-01-01" });
  });
  afterAll(() => harness.close());

  it("counts per area, per member and per start year, for anyone, without drafts", async () => {
    const data = await statistics();
    expect(data).toMatchObject({ totalCommitments: 5, membersTakingPart: 2, institutions: 3, withActiveCoCreator: 2, withoutStartDate: 1 });
    expect(data.areas.totalCount).toBe(2);
    expect(data.areas.edges.map((edge) => edge.node)).toEqual([
      {
        area: "ANTI_CORRUPTION",
        commitments: 3,
        membersTakingPart: 2,
        institutions: 3,
        withActiveCoCreator: 2,
        activeCoCreationShare: 2 / 3,
        byStatus: [
          { status: "COMPLETED", count: 1 },
          { status: "IN_PROGRESS", count: 2 },
        ],
        irmCompletion: [
          { completion: "COMPLETE", count: 1 },
          { completion: "SUBSTANTIAL", count: 2 },
        ],
      },
      {
        area: "JUSTICE",
        commitments: 1,
        membersTakingPart: 1,
        institutions: 1,
        withActiveCoCreator: 0,
        activeCoCreationShare: 0,
        byStatus: [{ status: "SUBMITTED", count: 1 }],
        irmCompletion: [],
      },
    ]);
    expect(data.members.totalCount).toBe(2);
    expect(data.members.edges.map((edge) => edge.node)).toEqual([
      {
        memberId: ALB,
        member: { id: ALB },
        commitments: 3,
        areas: 2,
        institutions: 2,
        withActiveCoCreator: 1,
        byStatus: [
          { status: "COMPLETED", count: 1 },
          { status: "IN_PROGRESS", count: 1 },
          { status: "SUBMITTED", count: 1 },
        ],
      },
      {
        memberId: GHA,
        member: { id: GHA },
        commitments: 2,
        areas: 1,
        institutions: 1,
        withActiveCoCreator: 1,
        byStatus: [
          { status: "IN_PROGRESS", count: 1 },
          { status: "SUBMITTED", count: 1 },
        ],
      },
    ]);
    expect(data.commitmentsPerYear).toEqual({
      totalCount: 2,
      edges: [{ node: { year: 2023, commitments: 1 } }, { node: { year: 2024, commitments: 3 } }],
    });
  });

  it.each([
    [{ area: "ANTI_CORRUPTION" }, 3],
    [{ memberIds: [GHA] }, 2],
    [{ memberIds: [] }, 5],
    [{ pathway: "STANDALONE" }, 1],
    [{ status: "IN_PROGRESS" }, 2],
    [{ startDateFrom: "2024-01-01", startDateTo: "2024-03-01" }, 2],
    [{ area: "JUSTICE", memberIds: [GHA] }, 0],
    [{ region: "EUROPE" }, 3],
    [{ region: "AFRICA_AND_MIDDLE_EAST" }, 2],
    [{ region: "AMERICAS" }, 0],
    [{ memberType: "NATIONAL" }, 5],
    [{ memberType: "LOCAL" }, 0],
    [{ memberType: "NATIONAL", region: "EUROPE", memberIds: [GHA] }, 0],
    [{ endDateFrom: "2027-01-01" }, 1],
    [{ endDateTo: "2027-01-01" }, 1],
    [{ endDateFrom: "2026-06-30", endDateTo: "2028-12-31" }, 2],
  ])("filters with %j", async (filter, total) => {
    const data = await statistics({ filter });
    expect(data.totalCommitments).toBe(total);
    expect(data.areas.edges.reduce((sum, edge) => sum + (edge.node.commitments as number), 0)).toBeLessThanOrEqual(total);
  });

  it("pages the lists with cursors", async () => {
    const first = await statistics({ first: 1 });
    expect(first.areas.edges.map((edge) => edge.node.area)).toEqual(["ANTI_CORRUPTION"]);
    expect(first.areas.pageInfo.hasNextPage).toBe(true);
    expect(first.members.pageInfo.hasNextPage).toBe(true);
    const second = await statistics({ first: 1, after: first.areas.pageInfo.endCursor });
    expect(second.areas.edges.map((edge) => edge.node.area)).toEqual(["JUSTICE"]);
    expect(second.areas.pageInfo.hasNextPage).toBe(false);
    expect(second.areas.totalCount).toBe(2);
  });

  it("refuses a malformed or inverted date range, naming the field", async () => {
    for (const [filter, field] of [
      [{ startDateFrom: "2024-13-01" }, "filter.startDateFrom"],
      [{ startDateFrom: "2024-05-01", startDateTo: "2024-04-30" }, "filter.startDateTo"],
      [{ endDateFrom: "2024-02-30" }, "filter.endDateFrom"],
      [{ endDateTo: "31/12/2027" }, "filter.endDateTo"],
      [{ endDateFrom: "2028-01-01", endDateTo: "2027-12-31" }, "filter.endDateTo"],
    ] as const) {
      const error = firstError(await harness.subgraph.execute(STATISTICS, { variables: { filter } }));
      expect(error).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
  });

  it("answers in the same number of SQL statements whatever the number of commitments, areas, members and years", async () => {
    // An unchanged database answers again from the kept aggregates; any write (here one that changes no value) drops
    // them. On PostgreSQL kept aggregates cost the reads of the version that tell the database is unchanged.
    await harness.subgraph.dataSource.query("UPDATE commitment SET version = version");
    const { sql: before } = await harness.subgraph.counter.measure(() => statistics());
    const { result: again, statements: repeated } = await harness.subgraph.counter.measure(() => statistics());
    // On PostgreSQL a kept answer costs one read of the version per batch of aggregates asked together: 3 for these 7.
    expect(repeated).toBe(store === "sqlite" ? 0 : 3);
    expect(again).toEqual(await statistics());
    const areas = ["CIVIC_SPACE", "FISCAL_OPENNESS", "JUSTICE", "MEDIA_FREEDOM", "DIGITAL_GOVERNANCE"];
    for (let i = 0; i < 6; i += 1) harness.directory.addMember(`00000000-0000-4000-8000-0000000001${String(i).padStart(2, "0")}`, `M${i}X`);
    await seed(
      Array.from({ length: 60 }, (_, i) => ({
        ...base,
        ogpId: `ST${String(i).padStart(4, "0")}`,
        memberCode: `M${i % 6}X`,
        title: `Bulk ${i}`,
        proposedArea: areas[i % areas.length],
        status: i % 2 ? "IN_PROGRESS" : "SUBMITTED",
        startDate: `${2012 + (i % 12)}-01-01`,
      })),
    );
    const { result, sql } = await harness.subgraph.counter.measure(() => statistics());
    expect(result.totalCommitments).toBe(65);
    expect(result.members.totalCount).toBe(8);
    expect(result.areas.totalCount).toBe(6);
    expectSameAggregates(sql, before, 8);
  });

  const REGIONS = `query ($filter: StatisticsFilter, $first: Int, $after: String) {
    challengeStatistics(filter: $filter) {
      regions(first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { region commitments membersTakingPart institutions withActiveCoCreator activeCoCreationShare byStatus { status count } } }
      }
    }
  }`;
  type RegionPage = {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Record<string, unknown> }[];
  };
  const regions = async (variables: Record<string, unknown> = {}) =>
    ok(await harness.subgraph.execute<{ challengeStatistics: { regions: RegionPage } }>(REGIONS, { variables })).challengeStatistics
      .regions;

  it("counts per region of the members, as the directory places them, asking the directory once", async () => {
    // The hand-computed seed: Albania (EUROPE) has AL1001-AL1003, Ghana (AFRICA_AND_MIDDLE_EAST) GH1001-GH1002.
    const seeded = { filter: { memberIds: [ALB, GHA] } };
    const requests = harness.directory.requests;
    const page = await regions(seeded);
    expect(harness.directory.requests - requests).toBe(1);
    expect(page.totalCount).toBe(2);
    expect(page.edges.map((edge) => edge.node)).toEqual([
      {
        region: "AFRICA_AND_MIDDLE_EAST",
        commitments: 2,
        membersTakingPart: 1,
        institutions: 1,
        withActiveCoCreator: 1,
        activeCoCreationShare: 0.5,
        byStatus: [
          { status: "IN_PROGRESS", count: 1 },
          { status: "SUBMITTED", count: 1 },
        ],
      },
      {
        region: "EUROPE",
        commitments: 3,
        membersTakingPart: 1,
        institutions: 2,
        withActiveCoCreator: 1,
        activeCoCreationShare: 1 / 3,
        byStatus: [
          { status: "COMPLETED", count: 1 },
          { status: "IN_PROGRESS", count: 1 },
          { status: "SUBMITTED", count: 1 },
        ],
      },
    ]);
    const first = await regions({ ...seeded, first: 1 });
    expect(first.edges.map((edge) => edge.node.region)).toEqual(["AFRICA_AND_MIDDLE_EAST"]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await regions({ ...seeded, first: 1, after: first.pageInfo.endCursor });
    expect(second.edges.map((edge) => edge.node.region)).toEqual(["EUROPE"]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    // Filters narrow the regions too; a region filter leaves one region.
    const europe = await regions({ filter: { memberIds: [ALB, GHA], region: "EUROPE", status: "IN_PROGRESS" } });
    expect(europe.edges.map((edge) => [edge.node.region, edge.node.commitments])).toEqual([["EUROPE", 1]]);
    // A filter and the regions in one request still ask the directory once.
    const before = harness.directory.requests;
    await statistics({ filter: { region: "EUROPE", memberType: "NATIONAL" } });
    await harness.subgraph.execute(
      `{ a: challengeStatistics(filter: { region: EUROPE }) { totalCommitments regions { totalCount } }
         b: challengeStatistics(filter: { memberType: LOCAL }) { totalCommitments members { totalCount } } }`,
    );
    expect(harness.directory.requests - before).toBe(2);
  });

  it("refuses a bad regions page, naming the argument, and says so when the directory cannot be asked", async () => {
    expect(firstError(await harness.subgraph.execute(REGIONS, { variables: { first: 101 } }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "first",
    });
    expect(firstError(await harness.subgraph.execute(REGIONS, { variables: { after: "not-a-cursor" } }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "after",
    });
    harness.directory.unavailable = true;
    try {
      const error = firstError(await harness.subgraph.execute(REGIONS));
      expect(error.message).toMatch(/directory could not be asked/);
    } finally {
      harness.directory.unavailable = false;
    }
  });

  it("groups by region in the same number of SQL statements whatever the number of commitments, members and regions", async () => {
    await harness.subgraph.dataSource.query("UPDATE commitment SET version = version");
    const { result: small, sql: before } = await harness.subgraph.counter.measure(() => regions());
    const regionsOf = [Region.AMERICAS, Region.ASIA_AND_PACIFIC, Region.AFRICA_AND_MIDDLE_EAST, Region.EUROPE];
    for (let i = 0; i < 8; i += 1) {
      harness.directory.addMember(`00000000-0000-4000-8000-0000000002${String(i).padStart(2, "0")}`, `R${i}X`, false, {
        type: i % 2 ? MemberType.LOCAL : MemberType.NATIONAL,
        region: regionsOf[i % 4],
      });
    }
    await seed(
      Array.from({ length: 40 }, (_, i) => ({
        ...base,
        ogpId: `RG${String(i).padStart(4, "0")}`,
        memberCode: `R${i % 8}X`,
        title: `Regional ${i}`,
        status: i % 3 ? "IN_PROGRESS" : "SUBMITTED",
      })),
    );
    const { result: large, sql } = await harness.subgraph.counter.measure(() => regions());
    expect(small.totalCount).toBe(2);
    expect(large.totalCount).toBe(4);
    expect(large.edges.reduce((sum, edge) => sum + (edge.node.commitments as number), 0)).toBe(
      small.edges.reduce((sum, edge) => sum + (edge.node.commitments as number), 0) + 40,
    );
    expectSameAggregates(sql, before, 2);
    const local = await statistics({ filter: { memberType: "LOCAL" } });
    expect(local.totalCommitments).toBe(20);
  });
});
