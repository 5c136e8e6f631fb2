import {
  authEnvShape,
  authenticationSettings,
  logLevel,
  parseEnv,
  port,
  type TracingSettings,
  tracingEnvShape,
  tracingSettings,
} from "@ogc/kit";
import { z } from "zod";
import type { AuthenticationSettings } from "./authentication.js";
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from "./operation-limits.js";
import { DEFAULT_RATE_LIMITS, type RateLimits } from "./rate-limit.js";
import { DEFAULT_MAX_REQUEST_BODY_BYTES } from "./request-guards.js";
import { subgraphs, subgraphUrlVariable } from "./subgraphs.js";
import { DEFAULT_UPSTREAM_RETRIES } from "./upstream-retry.js";

/** The gateway's configuration, read from the environment in this one place (docs/api-protection.md lists it). */
export interface GatewayEnvironment {
  port: number;
  host: string;
  logLevel: z.infer<typeof logLevel>;
  /** `NODE_ENV=production`: no landing page, no GraphiQL. */
  production: boolean;
  /** The supergraph to serve; unset: the committed `supergraph.graphql`. */
  supergraphPath: string | undefined;
  /** How long one request to a subgraph may take before the gateway gives up on it. */
  upstreamTimeoutMs: number;
  /** `UPSTREAM_RETRIES`: retries of a subgraph request that could not reach its subgraph. */
  upstreamRetries: number;
  /** Subgraph name -> URL, from `<NAME>_URL`, else the subgraph's default. */
  subgraphUrls: Record<string, string>;
  /** Where access tokens are checked: `AUTH_*`, or `OIDC_*` for an OpenID Connect provider (as in every subgraph). */
  auth: AuthenticationSettings;
  /** `MAX_DEPTH`, `MAX_ALIASES`, `MAX_DIRECTIVES`, `MAX_TOKENS`, `MAX_COST`, `DEFAULT_LIST_SIZE`. */
  limits: OperationLimits;
  /** `MAX_REQUEST_BODY_BYTES`. */
  maxRequestBodyBytes: number;
  /** `RATE_LIMIT_WINDOW_MS`, `RATE_LIMIT_ANONYMOUS`, `RATE_LIMIT_ACCOUNT`, `RATE_LIMIT_API_CLIENT` (0: off). */
  rateLimits: RateLimits;
  /** `REDIS_URL`: rate-limit counters, cached answers and persisted queries shared by every replica; unset: in memory. */
  redisUrl: string | undefined;
  /** `RESPONSE_CACHE`: cache answers to anonymous queries (default true; `false` for benchmarks of the uncached path). */
  responseCache: boolean;
  /** `RESPONSE_CACHE_MAX_ENTRIES`: answers kept in memory when there is no Redis. */
  responseCacheMaxEntries: number;
  /** `PERSISTED_DOCUMENTS_PATH`: JSON manifest of trusted documents (id -> document) served by `documentId`; unset: none. */
  persistedDocumentsPath: string | undefined;
  /** `TRUST_PROXY`: how many proxies in front of the gateway append to `X-Forwarded-For` (`true` is 1; default none). */
  trustedProxies: number;
  /** `OTEL_EXPORTER_OTLP_ENDPOINT` (+ `OTEL_SERVICE_NAME`, `OTEL_TRACES_SAMPLER[_ARG]`): OpenTelemetry tracing; unset: off. */
  tracing: TracingSettings | undefined;
}

const urlVariables = Object.fromEntries(
  subgraphs.map((subgraph) => [subgraphUrlVariable(subgraph.name), z.url().default(subgraph.defaultUrl)]),
);

const positive = (fallback: number) => z.coerce.number().int().positive().default(fallback);
/** 0 turns the limit off. */
const limitOrOff = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

const schema = z.object({
  PORT: port(4000),
  HOST: z.string().min(1).default("0.0.0.0"),
  LOG_LEVEL: logLevel,
  NODE_ENV: z.string().default("development"),
  SUPERGRAPH_PATH: z.string().min(1).optional(),
  UPSTREAM_TIMEOUT_MS: positive(10_000),
  UPSTREAM_RETRIES: z.coerce.number().int().min(0).max(20).default(DEFAULT_UPSTREAM_RETRIES),
  ...authEnvShape,
  MAX_DEPTH: positive(DEFAULT_OPERATION_LIMITS.maxDepth),
  MAX_ALIASES: z.coerce.number().int().min(0).default(DEFAULT_OPERATION_LIMITS.maxAliases),
  MAX_DIRECTIVES: z.coerce.number().int().min(0).default(DEFAULT_OPERATION_LIMITS.maxDirectives),
  MAX_TOKENS: positive(DEFAULT_OPERATION_LIMITS.maxTokens),
  MAX_COST: positive(DEFAULT_OPERATION_LIMITS.maxCost),
  DEFAULT_LIST_SIZE: positive(DEFAULT_OPERATION_LIMITS.defaultListSize),
  MAX_REQUEST_BODY_BYTES: positive(DEFAULT_MAX_REQUEST_BODY_BYTES),
  RATE_LIMIT_WINDOW_MS: positive(DEFAULT_RATE_LIMITS.windowMs),
  RATE_LIMIT_ANONYMOUS: limitOrOff(DEFAULT_RATE_LIMITS.anonymous),
  RATE_LIMIT_ACCOUNT: limitOrOff(DEFAULT_RATE_LIMITS.account),
  RATE_LIMIT_API_CLIENT: limitOrOff(DEFAULT_RATE_LIMITS.apiClient),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, "must be a redis:// or rediss:// URL")
    .optional(),
  RESPONSE_CACHE: z
    .enum(["true", "false"], "must be true or false")
    .default("true")
    .transform((value) => value === "true"),
  RESPONSE_CACHE_MAX_ENTRIES: positive(1_000),
  PERSISTED_DOCUMENTS_PATH: z.string().min(1).optional(),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d+)$/, "must be true, false or a number of proxies")
    .default("false")
    .transform((value) => (value === "true" ? 1 : value === "false" ? 0 : Number(value))),
  ...tracingEnvShape,
  ...urlVariables,
});

/** Parses and validates the environment; a missing or malformed variable throws an `EnvError` naming it. */
export function loadGatewayEnvironment(source: NodeJS.ProcessEnv = process.env): GatewayEnvironment {
  const env = parseEnv(schema, source);
  // The subgraph URL variables are built from the subgraph list, so zod's inferred type does not name them.
  const urls = env as unknown as Record<string, string>;
  return {
    port: env.PORT,
    host: env.HOST,
    logLevel: env.LOG_LEVEL,
    production: env.NODE_ENV === "production",
    supergraphPath: env.SUPERGRAPH_PATH,
    upstreamTimeoutMs: env.UPSTREAM_TIMEOUT_MS,
    upstreamRetries: env.UPSTREAM_RETRIES,
    subgraphUrls: Object.fromEntries(subgraphs.map((subgraph) => [subgraph.name, urls[subgraphUrlVariable(subgraph.name)] as string])),
    auth: authenticationSettings(env),
    limits: {
      maxDepth: env.MAX_DEPTH,
      maxAliases: env.MAX_ALIASES,
      maxDirectives: env.MAX_DIRECTIVES,
      maxTokens: env.MAX_TOKENS,
      maxCost: env.MAX_COST,
      defaultListSize: env.DEFAULT_LIST_SIZE,
    },
    maxRequestBodyBytes: env.MAX_REQUEST_BODY_BYTES,
    rateLimits: {
      windowMs: env.RATE_LIMIT_WINDOW_MS,
      anonymous: env.RATE_LIMIT_ANONYMOUS,
      account: env.RATE_LIMIT_ACCOUNT,
      apiClient: env.RATE_LIMIT_API_CLIENT,
    },
    redisUrl: env.REDIS_URL,
    responseCache: env.RESPONSE_CACHE,
    responseCacheMaxEntries: env.RESPONSE_CACHE_MAX_ENTRIES,
    persistedDocumentsPath: env.PERSISTED_DOCUMENTS_PATH,
    trustedProxies: env.TRUST_PROXY,
    tracing: tracingSettings(env, "gateway"),
  };
}
