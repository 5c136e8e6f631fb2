import "reflect-metadata";
import { Column, type DataSource, Entity, PrimaryColumn } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDataSource, SqlStatementCounter } from "./database.js";
import { DomainError } from "./errors.js";
import { type Connection, paginate } from "./pagination.js";
import { testDatabaseUrl, testStores } from "./testing/index.js";

@Entity("thing")
class Thing {
  @PrimaryColumn("varchar")
  id!: string;

  @Column("varchar")
  name!: string;

  @Column("int")
  rank!: number;
}

describe.each(testStores)("paginate on %s", (store) => {
  let dataSource: DataSource;
  const counter = new SqlStatementCounter();
  const schema = `test_kit_${Date.now()}`;

  beforeAll(async () => {
    dataSource = createDataSource({
      name: "kit",
      schema,
      entities: [Thing],
      migrations: [],
      dataDir: ":memory:",
      databaseUrl: store === "postgres" ? testDatabaseUrl : undefined,
      counter,
    });
    await dataSource.initialize();
    if (store === "postgres") await dataSource.query(`CREATE SCHEMA "${schema}"`);
    await dataSource.synchronize(); // a throwaway table for this test only
    // 25 things; ranks repeat so ties must be broken by id.
    const rows = Array.from({ length: 25 }, (_, i) => ({ id: `t${String(i).padStart(2, "0")}`, name: `Thing ${i}`, rank: i % 4 }));
    await dataSource.getRepository(Thing).insert(rows);
  });

  afterAll(async () => {
    if (store === "postgres") await dataSource.query(`DROP SCHEMA "${schema}" CASCADE`);
    await dataSource.destroy();
  });

  const query = () => dataSource.getRepository(Thing).createQueryBuilder("thing");
  const byRank = { column: "thing.rank", property: "rank", direction: "ASC" as const };
  const id = { column: "thing.id", property: "id" };

  it("walks every row exactly once, in order, with totalCount and pageInfo", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Connection<Thing> = await paginate(query(), { first: 10, after }, byRank, id);
      expect(await page.totalCount).toBe(25);
      seen.push(...page.edges.map((edge) => edge.node.id));
      pages += 1;
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(25);
    const ranks = seen.map((value) => Number(value.slice(1)) % 4);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("sorts descending and keeps filters", async () => {
    const page = await paginate(query().where("thing.rank >= :min", { min: 2 }), { first: 5 }, { ...byRank, direction: "DESC" }, id);
    expect(await page.totalCount).toBe(12);
    expect(page.edges.map((edge) => edge.node.rank)).toEqual([3, 3, 3, 3, 3]);
    const next = await paginate(
      query().where("thing.rank >= :min", { min: 2 }),
      { first: 20, after: page.pageInfo.endCursor },
      { ...byRank, direction: "DESC" },
      id,
    );
    expect(next.edges).toHaveLength(7);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });

  it("costs two statements whatever the page size, and one when totalCount is not read", async () => {
    for (const first of [1, 50]) {
      const { statements } = await counter.measure(async () => {
        const page = await paginate(query(), { first }, byRank, id);
        return page.totalCount;
      });
      expect(statements).toBe(2);
      const pageOnly = await counter.measure(() => paginate(query(), { first }, byRank, id));
      expect(pageOnly.statements).toBe(1);
    }
  });

  it("refuses a forged cursor and an oversized page with BAD_USER_INPUT naming the argument", async () => {
    await expect(paginate(query(), { after: "not-a-cursor" }, byRank, id)).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "after" },
    });
    await expect(paginate(query(), { first: 101 }, byRank, id)).rejects.toBeInstanceOf(DomainError);
    await expect(paginate(query(), { first: -1 }, byRank, id)).rejects.toMatchObject({ extensions: { field: "first" } });
  });
});
