import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { cachedSessionCheck, createTokenVerifier, discoveredKeys, type TokenVerifier } from "./auth.js";
import type { RequestContext } from "./context.js";
import { createDataSource, type DatabaseOptions, initializeDatabase, isDatabaseReady, SqlStatementCounter } from "./database.js";
import { type AuthEnv, type SubgraphEnv, tracingSettings } from "./env.js";
import { ServiceUnavailableError } from "./errors.js";
import { createLogger, type Logger } from "./logger.js";
import type { MessageCatalog } from "./messages.js";
import { createMetrics } from "./metrics.js";
import { closeOnSignals, type Routes, type RunningServer, startSubgraphServer } from "./server.js";

/** Everything that makes one subgraph, in one object, so `main`, tests and tools start it the same way. */
export interface SubgraphDefinition<TContext extends RequestContext = RequestContext> {
  name: string;
  defaultPort: number;
  entities: DatabaseOptions["entities"];
  migrations: DatabaseOptions["migrations"];
  buildSchema(): Promise<GraphQLSchema>;
  /** How this subgraph verifies access tokens; by default, against the identity subgraph's JWKS and sessions. */
  createVerifier?(env: SubgraphEnv, dependencies: { dataSource: DataSource; logger: Logger }): TokenVerifier;
  /** Extra HTTP routes (e.g. the identity subgraph's JWKS). */
  routes?(dependencies: { dataSource: DataSource }): Routes;
  /** Adds the subgraph's own dependencies (data access) to the request context. */
  extendContext(base: RequestContext, dependencies: { dataSource: DataSource }): TContext;
  /** The Spanish and French of the subgraph's error messages, said per `Accept-Language` (messages.ts). */
  messages?: MessageCatalog;
}

export interface StartedSubgraph extends RunningServer {
  dataSource: DataSource;
  counter: SqlStatementCounter;
  logger: Logger;
}

/** Connects the database, migrates, builds the schema and serves it. Used by every subgraph's `main.ts`. */
export async function startSubgraph<TContext extends RequestContext>(
  definition: SubgraphDefinition<TContext>,
  env: SubgraphEnv,
  logger: Logger = createLogger(definition.name, env.LOG_LEVEL),
): Promise<StartedSubgraph> {
  const counter = new SqlStatementCounter();
  const metrics = createMetrics(definition.name);
  counter.onStatement = () => metrics.sqlStatements.inc();
  const tracingConfig = tracingSettings(env, definition.name);
  // Loaded only when an OTLP endpoint is set: otherwise no OpenTelemetry code is imported, let alone run.
  const tracing =
    tracingConfig &&
    (await import("./tracing.js")).startSubgraphTracing(tracingConfig, { database: env.DATABASE_URL ? "postgresql" : "sqlite", logger });
  if (tracing) counter.observer = tracing.sql;
  const dataSource = createDataSource({
    name: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    logger,
    counter,
  });
  await initializeDatabase(dataSource, { migrate: env.MIGRATE_ON_START });
  const schema = await definition.buildSchema();
  const server = await startSubgraphServer<TContext>({
    name: definition.name,
    schema,
    logger,
    port: env.PORT,
    host: env.HOST,
    isReady: () => isDatabaseReady(dataSource),
    metrics,
    verifier: definition.createVerifier?.(env, { dataSource, logger }) ?? defaultVerifier(env, logger),
    routes: definition.routes?.({ dataSource }) ?? {},
    extendContext: (base) => definition.extendContext(base, { dataSource }),
    messages: definition.messages,
    tracing: tracing?.server,
    onClose: async () => {
      await dataSource.destroy();
      // Last: exports the spans of the requests that were drained.
      await tracing?.shutdown();
    },
  });
  return { ...server, dataSource, counter, logger };
}

/** `main` of a subgraph process: start, log a clear message and exit 1 on failure, stop cleanly on signals. */
export async function runSubgraph<TContext extends RequestContext>(
  definition: SubgraphDefinition<TContext>,
  env: SubgraphEnv,
): Promise<void> {
  const logger = createLogger(definition.name, env.LOG_LEVEL);
  try {
    const started = await startSubgraph(definition, env, logger);
    closeOnSignals(started, logger);
  } catch (error) {
    logger.fatal({ err: error }, `${definition.name} subgraph failed to start`);
    process.exit(1);
  }
}

/** Where access tokens are checked: the identity subgraph's keys and sessions, or an OIDC provider. */
export interface AuthenticationSettings {
  jwksUrl: string;
  issuer: string;
  sessionUrl: string;
  /** Set: tokens come from this OpenID Connect provider instead (no session check: its short-lived tokens are the bound). */
  oidc?: { issuer: string; jwksUrl?: string | undefined; audience: string; claimNamespace: string } | undefined;
}

/** The settings the variables of `authEnvShape` describe. */
export function authenticationSettings(env: AuthEnv): AuthenticationSettings {
  return {
    jwksUrl: env.AUTH_JWKS_URL,
    issuer: env.AUTH_ISSUER,
    sessionUrl: env.AUTH_SESSION_URL,
    oidc: env.OIDC_ISSUER
      ? { issuer: env.OIDC_ISSUER, jwksUrl: env.OIDC_JWKS_URL, audience: env.OIDC_AUDIENCE, claimNamespace: env.OIDC_CLAIM_NAMESPACE }
      : undefined,
  };
}

/**
 * Verifies tokens against the identity subgraph (its published keys, and its word on whether the session is still
 * active), or against an OIDC provider when one is configured.
 */
export function identityVerifier(settings: AuthenticationSettings, logger: Logger): TokenVerifier {
  if (settings.oidc) {
    const { oidc } = settings;
    return createTokenVerifier({
      keys: oidc.jwksUrl ? new URL(oidc.jwksUrl) : discoveredKeys(oidc.issuer),
      issuer: oidc.issuer,
      audience: oidc.audience,
      claimNamespace: oidc.claimNamespace,
    });
  }
  const sessionUrl = settings.sessionUrl.endsWith("/") ? settings.sessionUrl : `${settings.sessionUrl}/`;
  return createTokenVerifier({
    keys: new URL(settings.jwksUrl),
    issuer: settings.issuer,
    isSessionActive: cachedSessionCheck(async (sessionId) => {
      let response: Response;
      try {
        response = await fetch(`${sessionUrl}${encodeURIComponent(sessionId)}`, { signal: AbortSignal.timeout(3_000) });
      } catch (error) {
        // Not a verdict on the token: the request fails as unavailable (never as signed out), unless a recent answer
        // can stand in (cachedSessionCheck).
        logger.warn({ err: error }, "session check failed");
        throw new ServiceUnavailableError("Your session could not be checked right now: try again in a moment.");
      }
      if (response.status >= 500) throw new ServiceUnavailableError("Your session could not be checked right now: try again in a moment.");
      if (!response.ok) return false;
      return ((await response.json()) as { active?: unknown }).active === true;
    }),
  });
}

/** The verifier every subgraph uses unless its definition brings its own. */
export function defaultVerifier(env: SubgraphEnv, logger: Logger): TokenVerifier {
  return identityVerifier(authenticationSettings(env), logger);
}
