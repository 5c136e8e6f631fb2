import type { MigrationInterface, QueryRunner } from "typeorm";

/** The table that holds the version; the aggregate cache reads `SUM(version)` (see shared/aggregate-cache.ts). */
export const AGGREGATE_VERSION_TABLE = "aggregate_version";
/** The name of the trigger every table of the subgraph carries. */
export const AGGREGATE_VERSION_TRIGGER = "bump_aggregate_version";
/** Tables whose writes do not change any aggregate: the migration log, and the version itself. */
const UNTRACKED = ["migrations", AGGREGATE_VERSION_TABLE];

/**
 * Gives PostgreSQL what SQLite's `PRAGMA data_version` gives for free: a number that changes with every committed
 * write to the subgraph's tables, so that aggregate results can be kept until the data changes (aggregate-cache.ts).
 *
 * Each table carries a statement-level trigger that adds 1 to the row of the writing connection (keyed by its backend
 * pid) in `aggregate_version`; the version is the sum of the rows. The bump is part of the writing transaction: it is
 * seen when, and only when, the write is committed. Every connection has a row of its own, so writers never wait for
 * one another on it. A table added by a later migration gets the trigger with `trackAggregateVersion` (a test checks that
 * every table has it). On SQLite this migration does nothing.
 */
export class AggregateVersion1764116100000 implements MigrationInterface {
  name = "AggregateVersion1764116100000";

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== "postgres") return;
    await queryRunner.query(`CREATE TABLE ${AGGREGATE_VERSION_TABLE} (backend integer PRIMARY KEY, version bigint NOT NULL)`);
    // SET search_path FROM CURRENT: the trigger finds this schema's table whatever the writing connection's path.
    await queryRunner.query(`
      CREATE FUNCTION ${AGGREGATE_VERSION_TRIGGER}() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        INSERT INTO ${AGGREGATE_VERSION_TABLE} (backend, version) VALUES (pg_backend_pid(), 1)
          ON CONFLICT (backend) DO UPDATE SET version = ${AGGREGATE_VERSION_TABLE}.version + 1;
        RETURN NULL;
      END $$`);
    const tables: { name: string }[] = await queryRunner.query(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND NOT (tablename = ANY($1)) ORDER BY tablename",
      [UNTRACKED],
    );
    for (const { name } of tables) await trackAggregateVersion(queryRunner, name);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== "postgres") return;
    // Dropping the function with CASCADE drops every trigger that calls it.
    await queryRunner.query(`DROP FUNCTION ${AGGREGATE_VERSION_TRIGGER}() CASCADE`);
    await queryRunner.query(`DROP TABLE ${AGGREGATE_VERSION_TABLE}`);
  }
}

/** Makes writes to `table` change the aggregate version (PostgreSQL; a no-op on SQLite). For later migrations. */
export async function trackAggregateVersion(queryRunner: QueryRunner, table: string): Promise<void> {
  if (queryRunner.connection.options.type !== "postgres") return;
  await queryRunner.query(
    `CREATE TRIGGER ${AGGREGATE_VERSION_TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" ` +
      `FOR EACH STATEMENT EXECUTE FUNCTION ${AGGREGATE_VERSION_TRIGGER}()`,
  );
}
