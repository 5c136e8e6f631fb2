import { mkdirSync } from "node:fs";
import { join } from "node:path";
import {
  type AfterQueryEvent,
  DataSource,
  type EntityManager,
  type EntitySchema,
  type EntitySubscriberInterface,
  EventSubscriber,
  type MixedList,
  type Logger as TypeOrmLogger,
} from "typeorm";
import type { Logger } from "./logger.js";

/**
 * Told when each statement starts and ends (tracing.ts makes a span of it). `source` is the query runner that sent it,
 * so that the end of a statement is matched to its start when several are in flight.
 */
export interface SqlStatementObserver {
  started(query: string, source: object | undefined): void;
  finished(query: string, source: object | undefined, error?: unknown): void;
}

/** Counts the SQL statements a data source sends, so tests and benchmarks can prove a query does not do N+1. */
export class SqlStatementCounter {
  private total = 0;
  readonly statements: string[] = [];
  /** Called for every statement, e.g. to feed a Prometheus counter. */
  onStatement: (() => void) | undefined;
  /** Set before the data source is created: only then does it report when statements end. */
  observer: SqlStatementObserver | undefined;
  constructor(private readonly keepText = false) {}
  record(query: string, source?: object): void {
    this.total += 1;
    this.onStatement?.();
    this.observer?.started(query, source);
    if (this.keepText) this.statements.push(query);
  }
  /** A statement `record`ed earlier has ended (TypeORM's after-query event). */
  finished(query: string, source?: object, error?: unknown): void {
    this.observer?.finished(query, source, error);
  }
  get count(): number {
    return this.total;
  }
  reset(): void {
    this.total = 0;
    this.statements.length = 0;
  }
  /** Runs `work` and returns how many statements it sent, and their text when the counter keeps it. */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; statements: number; sql: string[] }> {
    const before = this.total;
    const from = this.statements.length;
    const result = await work();
    return { result, statements: this.total - before, sql: this.statements.slice(from) };
  }
}

class CountingLogger implements TypeOrmLogger {
  constructor(
    readonly counter: SqlStatementCounter,
    private readonly logger?: Logger,
  ) {}
  logQuery(query: string, parameters?: unknown[], queryRunner?: object): void {
    // Transaction control is not a statement a resolver chose to send.
    if (/^(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SAVEPOINT|RELEASE)/i.test(query)) return;
    this.counter.record(query, queryRunner);
    this.logger?.trace({ query, parameters }, "sql");
  }
  logQueryError(error: string | Error, query: string): void {
    this.logger?.error({ err: error, query }, "sql error");
  }
  logQuerySlow(time: number, query: string): void {
    this.logger?.warn({ time, query }, "slow sql");
  }
  logSchemaBuild(message: string): void {
    this.logger?.debug(message);
  }
  logMigration(message: string): void {
    this.logger?.info(message);
  }
  log(level: "log" | "info" | "warn", message: unknown): void {
    this.logger?.[level === "log" ? "info" : level]({ message }, "typeorm");
  }
}

export interface DatabaseOptions {
  /** Subgraph name: the SQLite file name, or the PostgreSQL schema. */
  name: string;
  // biome-ignore lint/complexity/noBannedTypes: TypeORM takes entity classes as Function.
  entities: MixedList<Function | string | EntitySchema>;
  // biome-ignore lint/complexity/noBannedTypes: TypeORM takes migration classes as Function.
  migrations: MixedList<Function | string>;
  /** PostgreSQL when set; embedded SQLite otherwise. */
  databaseUrl?: string | undefined;
  /** Folder of the SQLite files; `:memory:` keeps the database in memory (unit tests). */
  dataDir: string;
  logger?: Logger;
  counter?: SqlStatementCounter;
  /** PostgreSQL schema override (tests use a throwaway schema per run). */
  schema?: string;
}

export type DatabaseKind = "sqlite" | "postgres";

export function databaseKind(dataSource: DataSource): DatabaseKind {
  return dataSource.options.type === "postgres" ? "postgres" : "sqlite";
}

/**
 * Reports the end of each statement to the counter of its data source (whose logger only hears of the start).
 * TypeORM instantiates subscribers itself, from classes registered by the decorator.
 */
@EventSubscriber()
class StatementEndSubscriber implements EntitySubscriberInterface {
  afterQuery(event: AfterQueryEvent): void {
    const { logger } = event.dataSource;
    if (logger instanceof CountingLogger) logger.counter.finished(event.query, event.queryRunner, event.success ? undefined : event.error);
  }
}

/** A TypeORM data source for embedded SQLite (better-sqlite3) or PostgreSQL, one schema per subgraph. */
export function createDataSource(options: DatabaseOptions): DataSource {
  const counter = options.counter ?? new SqlStatementCounter();
  const common = {
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: "migrations",
    synchronize: false,
    logging: ["query", "error", "warn", "migration"] as ("query" | "error" | "warn" | "migration")[],
    logger: new CountingLogger(counter, options.logger),
    // Only a traced data source listens for the end of statements.
    subscribers: counter.observer ? [StatementEndSubscriber] : [],
    maxQueryExecutionTime: 500,
  };
  if (options.databaseUrl) {
    const schema = options.schema ?? options.name;
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`"${schema}" is not a plain lower-case schema name`);
    return new DataSource({
      ...common,
      type: "postgres",
      url: options.databaseUrl,
      schema,
      applicationName: `ogc-${options.name}`,
      // The subgraph's schema first on the search path, so raw SQL (data migrations, aggregates) finds its tables.
      extra: { max: 10, connectionTimeoutMillis: 5000, options: `-c search_path=${schema},public` },
    });
  }
  const inMemory = options.dataDir === ":memory:";
  if (!inMemory) mkdirSync(options.dataDir, { recursive: true });
  return new DataSource({
    ...common,
    type: "better-sqlite3",
    database: inMemory ? ":memory:" : join(options.dataDir, `${options.name}.sqlite`),
    enableWAL: !inMemory,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma("foreign_keys = ON");
      db.pragma("busy_timeout = 5000");
    },
  });
}

/** Connects, creates the subgraph's PostgreSQL schema if needed, and runs pending migrations when asked. */
export async function initializeDatabase(dataSource: DataSource, { migrate }: { migrate: boolean }): Promise<void> {
  await dataSource.initialize();
  if (databaseKind(dataSource) === "postgres") {
    const schema = (dataSource.options as { schema?: string }).schema;
    if (schema) await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  }
  if (migrate) await dataSource.runMigrations({ transaction: "each" });
}

/** True when the database answers a trivial statement within `timeoutMs`. */
export async function isDatabaseReady(dataSource: DataSource, timeoutMs = 2000): Promise<boolean> {
  if (!dataSource.isInitialized) return false;
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("database did not answer in time")), timeoutMs);
    });
    await Promise.race([dataSource.query("SELECT 1"), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `work` in a transaction; every write of every subgraph goes through here. On SQLite, TypeORM shares one
 * connection between all callers, so two concurrent transactions would interleave on it: there they are queued one
 * after the other (SQLite allows one writer at a time anyway). On PostgreSQL each gets its own pooled connection.
 */
export function transaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (databaseKind(dataSource) !== "sqlite") return dataSource.transaction(work);
  const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => dataSource.transaction(work));
  sqliteQueues.set(
    dataSource,
    next.catch(() => undefined),
  );
  return next;
}
