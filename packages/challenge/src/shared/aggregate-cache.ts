import { databaseKind } from "@ogc/kit";
import type { DataSource, ObjectLiteral, QueryRunner, SelectQueryBuilder } from "typeorm";
import { AGGREGATE_VERSION_TABLE } from "../migrations/1764116100000-aggregate-version.js";

/** What the cache reads of better-sqlite3's connection (TypeORM's `driver.databaseConnection` on SQLite). */
interface SqliteConnection {
  readonly open: boolean;
  readonly inTransaction: boolean;
  pragma(source: string, options: { simple: true }): unknown;
  prepare(source: string): { pluck(toggle?: boolean): { get(): unknown } };
}

const MAX_ENTRIES = 256;

/**
 * How the cache learns that the database changed: read before the statement and again after it. Null: the version
 * cannot be told (an open transaction), so nothing is cached.
 */
interface DatabaseVersion {
  read(): string | null | Promise<string | null>;
}

/**
 * SQLite: `PRAGMA data_version` (commits by other connections) with `total_changes()` (rows this connection wrote,
 * committed or not); null while a transaction is open on the one shared connection.
 */
class SqliteVersion implements DatabaseVersion {
  private readonly changes: { get(): unknown };

  constructor(private readonly connection: SqliteConnection) {
    this.changes = connection.prepare("SELECT total_changes()").pluck();
  }

  read(): string | null {
    if (!this.connection.open || this.connection.inTransaction) return null;
    return `${String(this.connection.pragma("data_version", { simple: true }))}:${String(this.changes.get())}`;
  }
}

/**
 * PostgreSQL: the sum of `aggregate_version`, which a trigger on every table of the subgraph bumps in the writing
 * transaction (migrations/1764116100000-aggregate-version.ts), so it moves exactly when a write is committed. One
 * read of a table with a row per connection, shared by the aggregates asked together: a kept answer costs a statement
 * per batch of aggregates instead of the aggregates.
 */
class PostgresVersion implements DatabaseVersion {
  /** The read the callers of this turn of the event loop share; null once it has been sent. */
  private batch: Promise<string | null> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Callers that ask in the same turn (the dozen aggregates of one `challengeStatistics`, run together) share one
   * statement. It is sent only after the last of them asked, so it sees every commit any of them could have seen: a
   * caller never gets a version read before it asked.
   */
  read(): Promise<string | null> {
    this.batch ??= Promise.resolve().then(() => {
      this.batch = null;
      return this.readNow();
    });
    return this.batch;
  }

  private async readNow(): Promise<string | null> {
    try {
      const rows: { version: string }[] = await this.dataSource.query(
        `SELECT COALESCE(SUM(version), 0)::text AS version FROM ${AGGREGATE_VERSION_TABLE}`,
      );
      return rows[0]?.version ?? null;
    } catch {
      // Not migrated yet, or the database is away: the statement itself will say what is wrong.
      return null;
    }
  }
}

/**
 * Results of read-only aggregate statements (counts, GROUP BYs over every published commitment), kept while the
 * database is unchanged. A result is kept only when the version was the same before and after the statement, so it
 * never holds uncommitted or half-changed data; any committed write to the subgraph's tables invalidates every entry.
 * Requests that miss together share one statement: a caller that read the same version as a statement under way
 * waits for it instead of sending its own (no commit came between, so it would count the same rows).
 */
class AggregateCache {
  private readonly entries = new Map<string, { version: string; value: unknown }>();
  private readonly running = new Map<string, { version: string; value: Promise<unknown> }>();

  constructor(private readonly version: DatabaseVersion) {}

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const before = await this.version.read();
    if (before === null) return compute();
    const hit = this.entries.get(key);
    if (hit && hit.version === before) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as T;
    }
    const under = this.running.get(key);
    if (under && under.version === before) return under.value as Promise<T>;
    const value = compute();
    const mine = { version: before, value };
    this.running.set(key, mine);
    try {
      const result = await value;
      if ((await this.version.read()) === before) {
        this.entries.delete(key);
        this.entries.set(key, { version: before, value: result });
        if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
      }
      return result;
    } finally {
      if (this.running.get(key) === mine) this.running.delete(key);
    }
  }
}

const caches = new WeakMap<DataSource, AggregateCache | null>();

function cacheOf(dataSource: DataSource): AggregateCache | null {
  let cache = caches.get(dataSource);
  if (cache === undefined) {
    const connection = (dataSource.driver as unknown as { databaseConnection?: SqliteConnection }).databaseConnection;
    if (databaseKind(dataSource) === "postgres") cache = new AggregateCache(new PostgresVersion(dataSource));
    else cache = connection ? new AggregateCache(new SqliteVersion(connection)) : null;
    caches.set(dataSource, cache);
  }
  return cache;
}

/**
 * Runs `run` (which executes `query` the way `kind` names, e.g. "rows" or "count"), or returns the result it gave for
 * the same kind, SQL and parameters while the database has not changed since (see AggregateCache). For read-only
 * aggregates whose callers do not mutate the result. A query bound to a transaction always runs: it may see writes of
 * its own that no version shows yet.
 */
export function cachedAggregate<T, E extends ObjectLiteral>(
  dataSource: DataSource,
  kind: string,
  query: SelectQueryBuilder<E>,
  run: () => Promise<T>,
): Promise<T> {
  const cache = dataSource.isInitialized ? cacheOf(dataSource) : null;
  // The query runner is protected in TypeORM's typings; it is set when the query was built inside a transaction.
  const runner = (query as unknown as { queryRunner?: QueryRunner }).queryRunner;
  if (!cache || runner?.isTransactionActive) return run();
  return cache.get(JSON.stringify([kind, ...query.getQueryAndParameters()]), run);
}
