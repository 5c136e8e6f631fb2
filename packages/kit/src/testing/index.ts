import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import type { Viewer } from "../auth.js";
import { createRequestContext, type RequestContext } from "../context.js";
import { createDataSource, databaseKind, initializeDatabase, SqlStatementCounter } from "../database.js";
import { createLogger } from "../logger.js";
import { withKitMessages } from "../messages.js";
import { subgraphApolloConfig } from "../server.js";
import type { SubgraphDefinition } from "../subgraph.js";
import { testDatabaseUrl } from "./environment.js";

export { testDatabaseUrl } from "./environment.js";
export * from "./messages.js";

export interface GraphQLResponse<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestSubgraph {
  dataSource: DataSource;
  counter: SqlStatementCounter;
  /** Runs an operation through the subgraph's Apollo Server, with the same error formatting as in production. */
  execute<TData = Record<string, unknown>>(query: string, options?: ExecuteOptions): Promise<GraphQLResponse<TData>>;
  close(): Promise<void>;
}

export interface ExecuteOptions {
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** Run as this signed-in viewer (the token is taken as verified); anonymous when absent. */
  as?: Viewer | null;
}

export type TestStore = "sqlite" | "postgres";

/** The stores to run a suite on: SQLite always, PostgreSQL when `TEST_DATABASE_URL` is set. */
export const testStores: TestStore[] = testDatabaseUrl ? ["sqlite", "postgres"] : ["sqlite"];

/**
 * A subgraph on a fresh database, migrated: in-memory SQLite, or a throwaway PostgreSQL schema dropped on close.
 */
export async function createTestSubgraph<TContext extends RequestContext>(
  definition: SubgraphDefinition<TContext>,
  store: TestStore = "sqlite",
): Promise<TestSubgraph> {
  const counter = new SqlStatementCounter(true);
  const logger = createLogger(definition.name, "silent");
  const schemaName = `test_${definition.name}_${randomBytes(4).toString("hex")}`;
  if (store === "postgres" && !testDatabaseUrl) throw new Error("TEST_DATABASE_URL is not set");
  const dataSource = createDataSource({
    name: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
    databaseUrl: store === "postgres" ? testDatabaseUrl : undefined,
    schema: schemaName,
    dataDir: ":memory:",
    logger,
    counter,
  });
  await initializeDatabase(dataSource, { migrate: true });
  const messages = withKitMessages(definition.messages);
  const apollo = new ApolloServer<TContext>(subgraphApolloConfig<TContext>({ schema: await definition.buildSchema(), logger }));
  await apollo.start();
  return {
    dataSource,
    counter,
    async execute<TData>(query: string, options: ExecuteOptions = {}) {
      const headers = new Map(Object.entries(options.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
      const base = createRequestContext({ get: (name) => headers.get(name) }, logger, options.as ?? null, messages);
      const response = await apollo.executeOperation(
        { query, variables: options.variables ?? {} },
        { contextValue: definition.extendContext(base, { dataSource }) },
      );
      if (response.body.kind !== "single") throw new Error("incremental delivery is not expected here");
      return response.body.singleResult as GraphQLResponse<TData>;
    },
    async close() {
      await apollo.stop();
      if (databaseKind(dataSource) === "postgres") await dataSource.query(`DROP SCHEMA IF EXISTS "${schemaName}" CASCADE`);
      await dataSource.destroy();
    },
  };
}

/** Types the kit defines (described, or not, in the kit), the federation spec's, and GraphQL's own. */
const NOT_OURS = new Set([
  "PageInfo",
  "AuditEntry",
  "AuditEntryConnection",
  "AuditEntryEdge",
  "Role",
  "Locale",
  "JSONObject",
  "Query",
  "Mutation",
  "String",
  "Boolean",
  "Int",
  "Float",
  "ID",
]);

/**
 * Every type, field and root field of a subgraph's schema that carries no description: the schema is documentation
 * for third-party dashboards, so each subgraph asserts this list is empty.
 */
export function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (NOT_OURS.has(type.name) || /^(_|link__|federation__)/.test(type.name)) continue;
    if (!type.description) missing.push(type.name);
    if (!("getFields" in type)) continue;
    for (const field of Object.values(type.getFields())) {
      // `edges`, `pageInfo` and `node` come from the kit's ConnectionType.
      if (/(Connection|Edge)$/.test(type.name) && ["edges", "pageInfo", "node"].includes(field.name)) continue;
      if (!field.description) missing.push(`${type.name}.${field.name}`);
    }
  }
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (!field.name.startsWith("_") && !field.description) missing.push(`${root?.name}.${field.name}`);
    }
  }
  return missing;
}
