import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  createGatewayRuntime,
  type GatewayPlugin,
  type GatewayRuntime,
  Logger as HiveLogger,
  type LogLevel,
} from "@graphql-hive/gateway-runtime";
import { PinoLogWriter } from "@graphql-hive/logger/writers/pino";
import { unifiedGraphHandler } from "@graphql-hive/router-runtime";
import httpTransport from "@graphql-mesh/transport-http";
import { createMetrics, type Logger, type ServiceMetrics, type TokenVerifier } from "@ogc/kit";
import { GraphQLError, type OperationDefinitionNode, type ValidationContext } from "graphql";
import { useAuthentication } from "./authentication.js";
import { maskGatewayError } from "./error-masking.js";
import { useIrmImport } from "./irm-import.js";
import { useLanguage } from "./language.js";
import { useMetrics } from "./metrics.js";
import { selfExecutor, useOpenDataExport } from "./open-data-export.js";
import { DEFAULT_OPERATION_LIMITS, type OperationLimits, useOperationLimits } from "./operation-limits.js";
import {
  memoryPersistedQueryStore,
  type PersistedDocuments,
  RedisPersistedQueryStore,
  useAutomaticPersistedQueries,
  usePersistedDocuments,
} from "./persisted-queries.js";
import {
  type CounterStore,
  createRateLimiter,
  DEFAULT_RATE_LIMITS,
  MemoryCounterStore,
  type RateLimitOptions,
  RedisCounterStore,
  useRateLimit,
} from "./rate-limit.js";
import { DEFAULT_MAX_REQUEST_BODY_BYTES, useCsrfPrevention, useJsonBodies, useRequestBodyLimit } from "./request-guards.js";
import { memoryResponseStore, RedisResponseStore, type ResponseStore, useGatewayResponseCache } from "./response-cache.js";
import type { GatewayTracing } from "./tracing.js";
import { DEFAULT_UPSTREAM_RETRIES, upstreamRetry } from "./upstream-retry.js";

export interface GatewayOptions {
  /** The supergraph SDL to serve (the committed `supergraph.graphql`, or one composed on the fly). */
  supergraphSdl: string;
  logger: Logger;
  /** Prometheus metrics served at `GET /metrics`; a fresh registry per gateway when absent. */
  metrics?: ServiceMetrics;
  /** Retries of a subgraph request that could not reach its subgraph (see upstream-retry.ts); 0 turns them off. */
  upstreamRetries?: number;
  /** How long one request to a subgraph may take before its part of the answer becomes an error. Default 10 s. */
  upstreamTimeoutMs?: number;
  /** Subgraph name -> URL, overriding the URLs written in the supergraph (e.g. `CATALOG_URL` in a container). */
  subgraphUrls?: Record<string, string>;
  /** Production: no landing page, no GraphiQL. */
  production?: boolean;
  /** Path of the GraphQL endpoint. Default `/graphql`; Apollo's compatibility suite wants `/`. */
  graphqlEndpoint?: string;
  /**
   * Share one subgraph request between identical in-flight queries (same subgraph, body and forwarded headers, so
   * two callers with different tokens never share). Default on: it measured 1.5x the throughput on repeated reads.
   */
  deduplicateUpstream?: boolean;
  /**
   * Verifies `Authorization: Bearer` access tokens (`createGatewayVerifier` from the environment in `main.ts`). Without
   * one, every request carrying a token is refused; anonymous requests pass.
   */
  verifier?: TokenVerifier;
  /** Limits on each operation; each one not given takes its default (`DEFAULT_OPERATION_LIMITS`). */
  limits?: Partial<OperationLimits>;
  /** Largest request body accepted, in bytes. Default 1 MiB. */
  maxRequestBodyBytes?: number;
  /** Requests per window per IP / account, and where the counters live; `false`: no rate limits. Default in memory. */
  rateLimit?: Partial<RateLimitOptions> | false;
  /** How many proxies in front of the gateway append to `X-Forwarded-For`, whose entries it may then trust. Default 0. */
  trustedProxies?: number;
  /**
   * Redis for the response cache and automatic persisted queries, shared by every replica (`REDIS_URL`); unset: each
   * gateway keeps them in its own memory. Keys start with `redisKeyPrefix` (default `ogc:gateway:`).
   */
  redisUrl?: string;
  redisKeyPrefix?: string;
  /** Cache answers to anonymous queries (response-cache.ts); `false`: off. Default: on, in memory (or `redisUrl`). */
  responseCache?:
    | false
    | { store?: ResponseStore; maxEntries?: number; maxBytes?: number; maxEntryBytes?: number; ttls?: Readonly<Record<string, number>> };
  /** Trusted documents served by `{"documentId": ...}` (the console's operations); none when absent. */
  persistedDocuments?: PersistedDocuments;
  /** `GET /export/...` open-data endpoints (open-data-export.ts). Default on. */
  openDataExport?: boolean;
  /** OpenTelemetry tracing (tracing.ts, when `OTEL_EXPORTER_OTLP_ENDPOINT` is set); absent: none. */
  tracing?: GatewayTracing;
}

/** Headers a subgraph needs from the caller: who it is, which language it reads. `x-request-id` is added by `requestId`. */
const FORWARDED_HEADERS = ["authorization", "accept-language"] as const;

/** Endpoints every service of the hub answers (DESIGN.md), on top of Hive's own `/healthcheck` and `/readiness`. */
const HEALTH_PATH = "/healthz";
const READINESS_PATH = "/readyz";

function hiveLogLevel(level: string): LogLevel | false {
  if (level === "silent") return false;
  if (level === "fatal") return "error";
  return level as LogLevel;
}

/**
 * Strips "Did you mean ...?" from validation errors: suggestions let anyone map fields they cannot see, and
 * DESIGN.md asks for none. graphql-js has no switch for them, so the messages are rewritten after validation.
 */
const blockFieldSuggestions: GatewayPlugin = {
  onValidate({ addValidationRule }) {
    // The supergraph has no subscriptions: say so at validation, not as a planner failure at execution.
    addValidationRule((context: ValidationContext) => ({
      OperationDefinition(node: OperationDefinitionNode) {
        if (node.operation === "subscription" && !context.getSchema().getSubscriptionType()) {
          context.reportError(
            new GraphQLError("This API has no subscriptions: use a query (and poll it) instead.", {
              nodes: node,
              extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
            }),
          );
        }
      },
    }));
    return ({ result, setResult }) => {
      if (result.length === 0) return;
      setResult(
        result.map((error) => {
          const message = error.message.replace(/\s*Did you mean .+\?$/s, "");
          if (message === error.message) return error;
          const { nodes, source, positions, path, originalError, extensions } = error;
          return new GraphQLError(message, { nodes, source, positions, path, originalError, extensions });
        }),
      );
    };
  },
};

/**
 * Serves `GET /healthz` (alive while the process answers) and `GET /readyz` (the supergraph is loaded and the gateway
 * is not shutting down). Readiness does not wait for every subgraph: a gateway with one subgraph down still answers
 * the rest of the graph, and taking it out of the load balancer would turn a partial outage into a full one.
 */
function healthEndpoints(getRuntime: () => GatewayRuntime | undefined, isClosing: () => boolean): GatewayPlugin {
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8" } });
  return {
    onRequest({ request, url, endResponse }) {
      if (request.method !== "GET" && request.method !== "HEAD") return;
      if (url.pathname === HEALTH_PATH) {
        endResponse(json(200, { status: "ok", service: "gateway" }));
        return;
      }
      if (url.pathname !== READINESS_PATH) return;
      return Promise.resolve(getRuntime()?.getSchema())
        .then((schema) => Boolean(schema) && !isClosing())
        .catch(() => false)
        .then((ready) => endResponse(json(ready ? 200 : 503, { status: ready ? "ready" : "not ready", service: "gateway" })));
    },
  };
}

/**
 * Hive Gateway over a static supergraph, planned by the Rust query planner (@graphql-hive/router-runtime: about 2.4x
 * the JavaScript planner's throughput here). Returns a request handler: `createServer(gateway)` serves it.
 */
export function createGateway(options: GatewayOptions, isClosing: () => boolean = () => false): GatewayRuntime {
  const { logger } = options;
  const metrics = options.metrics ?? createMetrics("gateway");
  const production = options.production ?? false;
  const transportEntries: Record<string, { location?: string; options?: Record<string, unknown> }> = {
    "*.http": { options: { deduplicateInflightRequests: options.deduplicateUpstream ?? true } },
  };
  for (const [name, url] of Object.entries(options.subgraphUrls ?? {})) transportEntries[name] = { location: url };
  const rateLimit = options.rateLimit === false ? undefined : { ...DEFAULT_RATE_LIMITS, ...options.rateLimit };
  // Created once here, not in `plugins`: each owns a Redis connection, closed when the gateway is disposed.
  const rateLimiter =
    rateLimit &&
    createRateLimiter({ limits: rateLimit, store: counterStore(rateLimit, logger), trustedProxies: options.trustedProxies ?? 0, logger });
  const redisKeyPrefix = options.redisKeyPrefix ?? "ogc:gateway:";
  const responseCache =
    options.responseCache === false
      ? []
      : useGatewayResponseCache({
          supergraphSdl: options.supergraphSdl,
          ttls: options.responseCache?.ttls,
          store:
            options.responseCache?.store ??
            (options.redisUrl
              ? new RedisResponseStore(options.redisUrl, `${redisKeyPrefix}response-cache:`, logger)
              : memoryResponseStore({
                  maxEntries: options.responseCache?.maxEntries,
                  maxBytes: options.responseCache?.maxBytes,
                  maxEntryBytes: options.responseCache?.maxEntryBytes,
                })),
        });
  const persistedQueries = useAutomaticPersistedQueries(
    options.redisUrl ? new RedisPersistedQueryStore(options.redisUrl, `${redisKeyPrefix}apq:`, logger) : memoryPersistedQueryStore(),
  );
  const graphqlEndpoint = options.graphqlEndpoint ?? "/graphql";
  const openDataExport =
    options.openDataExport === false
      ? []
      : [
          useOpenDataExport({
            getSchema: () => {
              const schema = runtime?.getSchema();
              if (!schema) throw new Error("the gateway has no schema yet");
              return schema;
            },
            execute: selfExecutor((url, init, serverContext) => {
              if (!runtime) throw new Error("the gateway is not running");
              return runtime.fetch(url, init, serverContext);
            }, graphqlEndpoint),
            rateLimiter,
            logger,
          }),
        ];

  const irmImport = useIrmImport({
    fetch: (url, init, serverContext) => {
      if (!runtime) throw new Error("the gateway is not running");
      return runtime.fetch(url, init, serverContext);
    },
    graphqlEndpoint,
    rateLimiter,
    logger,
  });

  // Assigned before the first request arrives; the readiness endpoint asks it whether the supergraph is loaded.
  let runtime: GatewayRuntime | undefined;
  runtime = createGatewayRuntime({
    supergraph: options.supergraphSdl,
    unifiedGraphHandler,
    // Passed explicitly: Hive would otherwise import `@graphql-mesh/transport-http` by name at run time.
    transports: { http: httpTransport },
    transportEntries,
    graphqlEndpoint,
    logging: new HiveLogger({ level: hiveLogLevel(logger.level), writers: [new PinoLogWriter(logger.child({ component: "hive" }))] }),
    landingPage: !production,
    graphiql: !production,
    // isDev off: graphql-yoga would otherwise put the original error in the response when NODE_ENV=development.
    maskedErrors: { maskError: maskGatewayError, isDev: false },
    // Subgraph errors keep the code their subgraph gave; the masker decides what the client sees.
    subgraphErrors: { errorCode: false, subgraphNameProp: false },
    upstreamTimeout: options.upstreamTimeoutMs ?? 10_000,
    upstreamRetry: upstreamRetry(options.upstreamRetries ?? DEFAULT_UPSTREAM_RETRIES),
    requestId: true,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => Object.fromEntries(FORWARDED_HEADERS.map((name) => [name, request.headers.get(name)])),
    },
    plugins: () => [
      ...(options.tracing ? [options.tracing.plugin] : []),
      useMetrics(metrics),
      // The gateway's own refusals and replacement messages, said in the request's language.
      useLanguage(),
      healthEndpoints(() => runtime, isClosing),
      // Not GraphQL requests: answered before the GraphQL guards (the export counts against the rate limit itself).
      ...openDataExport,
      irmImport,
      // Cheapest refusals first, each before the body is parsed: CSRF, size, token, rate.
      useCsrfPrevention(),
      useJsonBodies(),
      useRequestBodyLimit(options.maxRequestBodyBytes ?? DEFAULT_MAX_REQUEST_BODY_BYTES),
      useAuthentication(options.verifier),
      ...(rateLimiter ? [useRateLimit(rateLimiter)] : []),
      useOperationLimits({ ...DEFAULT_OPERATION_LIMITS, ...options.limits }),
      blockFieldSuggestions,
      // The document of a request given by id or hash is found before the response cache keys on it.
      ...(options.persistedDocuments ? [usePersistedDocuments(options.persistedDocuments)] : []),
      ...persistedQueries,
      ...responseCache,
    ],
  });
  return runtime;
}

function counterStore(options: Partial<RateLimitOptions>, logger: Logger): CounterStore {
  if (!options.redisUrl) return new MemoryCounterStore();
  return new RedisCounterStore(options.redisUrl, options.redisKeyPrefix ?? "ogc:gateway:rate-limit:", logger);
}

export interface StartGatewayOptions extends GatewayOptions {
  port: number;
  host?: string;
}

export interface RunningGateway {
  /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  port: number;
  /** Stops accepting connections, lets in-flight requests finish (10 s at most), then releases the gateway. */
  close(): Promise<void>;
}

const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM"];

/**
 * Creates the gateway without graphql-yoga's own SIGINT/SIGTERM handlers. Hive Gateway hard-wires
 * `disposeOnProcessTerminate`, which disposes the gateway the moment a signal arrives and aborts every in-flight
 * operation with SHUTTING_DOWN. Whoever owns the process (`main.ts` through `closeOnSignals`) calls `close()` instead,
 * which drains first. The handlers are registered once per process, synchronously, so they are the new listeners.
 */
function createGatewayOwningSignals(options: GatewayOptions, isClosing: () => boolean): GatewayRuntime {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const gateway = createGateway(options, isClosing);
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return gateway;
}

/** Serves the gateway over node:http. Resolves once it listens; rejects if the port is taken. */
export async function startGateway(options: StartGatewayOptions): Promise<RunningGateway> {
  const { logger } = options;
  let closing = false;
  const gateway = createGatewayOwningSignals(options, () => closing);
  const server: Server = createServer(gateway);
  server.keepAliveTimeout = 65_000;

  // In-flight requests, so that shutdown can drop idle keep-alive connections as soon as the last one has answered.
  let inFlight = 0;
  let onIdle: (() => void) | undefined;
  server.on("request", (_request, response) => {
    inFlight += 1;
    if (closing) response.setHeader("connection", "close");
    response.once("close", () => {
      inFlight -= 1;
      if (inFlight === 0) onIdle?.();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "0.0.0.0", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}${options.graphqlEndpoint ?? "/graphql"}`;

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= (async () => {
      closing = true;
      const drained = new Promise<void>((resolve) => server.close(() => resolve()));
      onIdle = () => server.closeAllConnections();
      if (inFlight === 0) server.closeAllConnections();
      else server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), 10_000);
      await drained;
      clearTimeout(force);
      await gateway.dispose();
      await options.tracing?.shutdown();
      logger.info("gateway stopped");
    })();
    return closed;
  };
  return { url, port, close };
}
