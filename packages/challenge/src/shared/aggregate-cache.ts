import { databaseKind } from "@ogc/kit";
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from "typeorm";

/** What the cache reads of better-sqlite3's connection (TypeORM's `driver.databaseConnection` on SQLite). */
interface SqliteConnection {
  readonly open: boolean;
  readonly inTransaction: boolean;
  pragma(source: string, options: { simple: true }): unknown;
  prepare(source: string): { pluck(toggle?: boolean): { get(): unknown } };
}

const MAX_ENTRIES = 256;

/**
 * Results of read-only aggregate statements (counts, GROUP BYs over every published commitment), kept while the
 * SQLite database is unchanged: its version is `PRAGMA data_version` (commits by other connections) with
 * `total_changes()` (rows this connection wrote, committed or not). A result is kept only when no transaction was
 * open and the version was the same before and after the statement, so it never holds uncommitted or half-changed
 * data; any write anywhere in the database invalidates every entry. PostgreSQL has no such cheap version: there the
 * statement always runs.
 */
class AggregateCache {
  private readonly entries = new Map<string, { version: string; value: unknown }>();
  private readonly changes: { get(): unknown };

  constructor(private readonly connection: SqliteConnection) {
    this.changes = connection.prepare("SELECT total_changes()").pluck();
  }

  private version(): string | null {
    if (!this.connection.open || this.connection.inTransaction) return null;
    return `${String(this.connection.pragma("data_version", { simple: true }))}:${String(this.changes.get())}`;
  }

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const before = this.version();
    if (before === null) return compute();
    const hit = this.entries.get(key);
    if (hit && hit.version === before) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as T;
    }
    const value = await compute();
    if (this.version() === before) {
      this.entries.delete(key);
      this.entries.set(key, { version: before, value });
      if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    }
    return value;
  }
}

const caches = new WeakMap<DataSource, AggregateCache | null>();

function cacheOf(dataSource: DataSource): AggregateCache | null {
  let cache = caches.get(dataSource);
  if (cache === undefined) {
    const connection = (dataSource.driver as unknown as { databaseConnection?: SqliteConnection }).databaseConnection;
    cache = databaseKind(dataSource) === "sqlite" && connection ? new AggregateCache(connection) : null;
    caches.set(dataSource, cache);
  }
  return cache;
}

/**
 * Runs `run` (which executes `query` the way `kind` names, e.g. "rows" or "count"), or returns the result it gave for
 * the same kind, SQL and parameters while the database has not changed since (SQLite only; see AggregateCache). For
 * read-only aggregates whose callers do not mutate the result.
 */
export function cachedAggregate<T, E extends ObjectLiteral>(
  dataSource: DataSource,
  kind: string,
  query: SelectQueryBuilder<E>,
  run: () => Promise<T>,
): Promise<T> {
  const cache = dataSource.isInitialized ? cacheOf(dataSource) : null;
  if (!cache) return run();
  return cache.get(JSON.stringify([kind, ...query.getQueryAndParameters()]), run);
}
