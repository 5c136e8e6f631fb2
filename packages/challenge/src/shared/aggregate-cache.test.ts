import "reflect-metadata";
import { transaction } from "@ogc/kit";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Commitment } from "../commitment/commitment.entity.js";
import { AGGREGATE_VERSION_TRIGGER } from "../migrations/1764116100000-aggregate-version.js";
import { createHarness, type Harness, MINISTRY, ok, supportUnit, UPSERT_RESULT } from "../test-helpers.js";
import { cachedAggregate } from "./aggregate-cache.js";

const TOTAL = "{ challengeStatistics { totalCommitments } }";
const row = (ogpId: string) => ({
  ogpId,
  memberCode: "ALB",
  pathway: "ACTION_PLAN",
  values: ["TRANSPARENCY"],
  title: `Commitment ${ogpId}`,
  leadInstitutionId: MINISTRY,
  proposedArea: "ANTI_CORRUPTION",
  status: "IN_PROGRESS",
  startDate: "2024-01-01",
  endDate: "2027-12-31",
});

describe.each(testStores)("aggregates kept until the data changes, on %s", (store) => {
  let harness: Harness;
  const upsert = async (ogpIds: string[]) => {
    const result = ok(
      await harness.subgraph.execute<{ upsertCommitments: { committed: boolean } }>(
        `mutation ($rows: [CommitmentUpsertInput!]!) { upsertCommitments(input: $rows) { ${UPSERT_RESULT} } }`,
        { as: supportUnit, variables: { rows: ogpIds.map(row) } },
      ),
    );
    expect(result.upsertCommitments.committed).toBe(true);
  };
  const total = async () =>
    ok(await harness.subgraph.execute<{ challengeStatistics: { totalCommitments: number } }>(TOTAL)).challengeStatistics.totalCommitments;
  const measured = async () => {
    const { result, statements } = await harness.subgraph.counter.measure(total);
    return { value: result, statements };
  };
  const published = () =>
    harness.subgraph.dataSource.getRepository(Commitment).createQueryBuilder("commitment").where("commitment.published_at IS NOT NULL");

  beforeAll(async () => {
    harness = await createHarness(store);
    await upsert(["AC1001", "AC1002"]);
  });
  afterAll(() => harness.close());

  it("answers an unchanged database from the cache: fewer statements, the same numbers", async () => {
    const first = await measured();
    const again = await measured();
    expect(first.value).toBe(2);
    expect(again.value).toBe(2);
    expect(again.statements).toBeLessThan(first.statements);
  });

  it("answers every aggregate of the full statistics from the cache with a handful of statements, not one per aggregate", async () => {
    const FULL = `{ challengeStatistics { totalCommitments membersTakingPart institutions withActiveCoCreator withoutStartDate
      areas(first: 20) { edges { node { area commitments membersTakingPart } } }
      members(first: 20) { edges { node { memberId commitments byStatus { status count } } } }
      regions(first: 10) { edges { node { region commitments } } }
      commitmentsPerYear(first: 10) { edges { node { year commitments } } } } }`;
    const run = () => harness.subgraph.counter.measure(async () => ok(await harness.subgraph.execute(FULL)));
    const cold = await run();
    const warm = await run();
    expect(warm.result).toEqual(cold.result);
    // On SQLite a kept answer costs no statement. On PostgreSQL each batch of aggregates asked in the same turn reads
    // the version once: 5 reads for the nine aggregates this asks for, in five turns (9 when each read its own).
    expect(warm.statements).toBeLessThanOrEqual(store === "postgres" ? 5 : 1);
  });

  it("drops what it kept when a write is committed, through the API or by any other connection", async () => {
    await measured();
    await upsert(["AC1003"]);
    expect(await total()).toBe(3);
    // Straight SQL, as another process (the importer's database, an operator) would write.
    await harness.subgraph.dataSource.query("UPDATE commitment SET published_at = NULL WHERE ogp_id = 'AC1003'");
    expect(await total()).toBe(2);
    await harness.subgraph.dataSource.query("UPDATE commitment SET published_at = created_at WHERE ogp_id = 'AC1003'");
    expect(await total()).toBe(3);
  });

  it("counts once for requests that miss together: five identical requests right after a write send one aggregate", async () => {
    await upsert(["AC1004"]);
    const statements = harness.subgraph.counter.statements;
    const from = statements.length;
    const totals = await Promise.all(Array.from({ length: 5 }, () => total()));
    expect(totals).toEqual([4, 4, 4, 4, 4]);
    const aggregates = statements.slice(from).filter((sql) => /COUNT\(/i.test(sql) && !sql.includes("aggregate_version"));
    expect(aggregates).toHaveLength(1);
  });

  it("never keeps what a transaction has not committed: a count inside it, then the same count after a rollback", async () => {
    const before = await cachedAggregate(harness.subgraph.dataSource, "count", published(), () => published().getCount());
    const inside = await transaction(harness.subgraph.dataSource, async (manager) => {
      await manager.query("UPDATE commitment SET published_at = NULL WHERE ogp_id = 'AC1001'");
      const query = manager.getRepository(Commitment).createQueryBuilder("commitment").where("commitment.published_at IS NOT NULL");
      const count = await cachedAggregate(harness.subgraph.dataSource, "count", query, () => query.getCount());
      throw Object.assign(new Error("roll back"), { count });
    }).catch((error: { count: number }) => error.count);
    expect(inside).toBe(before - 1);
    expect(await cachedAggregate(harness.subgraph.dataSource, "count", published(), () => published().getCount())).toBe(before);
  });

  // SQLite needs no trigger: its own data_version moves with every commit.
  if (store === "postgres")
    it("every table of the subgraph carries the trigger that moves the version", async () => {
      const untracked: { name: string }[] = await harness.subgraph.dataSource.query(
        `SELECT t.tablename AS name FROM pg_tables t
       WHERE t.schemaname = current_schema() AND t.tablename NOT IN ('migrations', 'aggregate_version')
         AND NOT EXISTS (
           SELECT 1 FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = t.schemaname AND c.relname = t.tablename AND g.tgname = $1)`,
        [AGGREGATE_VERSION_TRIGGER],
      );
      expect(untracked).toEqual([]);
      const tracked: { count: string }[] = await harness.subgraph.dataSource.query(
        "SELECT COUNT(*) AS count FROM pg_trigger WHERE tgname = $1 AND tgrelid IN (SELECT oid FROM pg_class WHERE relnamespace = current_schema()::regnamespace)",
        [AGGREGATE_VERSION_TRIGGER],
      );
      expect(Number(tracked[0]?.count)).toBeGreaterThan(10);
    });
});
