import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** Thrown at start-up when a variable is missing or malformed; the message names each bad variable. */
export class EnvError extends Error {
  override readonly name = "EnvError";
}

/** The repository root, found from this file's place in packages/kit/{src,dist}. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/**
 * Parses the environment with a zod schema. This module is the only place of the kit that reads `process.env`;
 * each package reads its own variables in its own `environment.ts` through this function.
 */
export function parseEnv<S extends z.ZodType>(schema: S, source: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

export const logLevel = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info");

/** `postgres://` or `postgresql://` URL; anything else is refused rather than guessed. */
export const postgresUrl = z.string().refine((value) => /^postgres(ql)?:\/\/.+/.test(value), "must be a postgres:// or postgresql:// URL");

/**
 * Where access tokens are checked, read by the gateway and every subgraph alike. By default the identity subgraph's
 * keys and sessions; with `OIDC_ISSUER`, a deployment's own OpenID Connect provider instead.
 */
export const authEnvShape = {
  /** Where the identity subgraph publishes the keys that sign access tokens. */
  AUTH_JWKS_URL: z.url().default("http://localhost:4003/.well-known/jwks.json"),
  AUTH_ISSUER: z.string().min(1).default("ogc-identity"),
  /** Where a token's session is checked, so revoked sessions are refused before their tokens expire. */
  AUTH_SESSION_URL: z.url().default("http://localhost:4003/sessions/"),
  /** An OpenID Connect provider whose tokens are accepted instead of the identity subgraph's. */
  OIDC_ISSUER: z.url().optional(),
  /** Its JWKS; unset: `jwks_uri` of `<OIDC_ISSUER>/.well-known/openid-configuration`. */
  OIDC_JWKS_URL: z.url().optional(),
  OIDC_AUDIENCE: z.string().min(1).default("ogc-api"),
  /** Prefix of the role and scope claims in the provider's tokens, e.g. `https://ogc.example/` for `https://ogc.example/role`. */
  OIDC_CLAIM_NAMESPACE: z.string().default(""),
};

/** A variable set to the empty string counts as unset, as OpenTelemetry's own SDKs treat it. */
const unsetIfEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema);

/** `OTEL_TRACES_SAMPLER` values of the OpenTelemetry specification (the Jaeger and X-Ray ones are not supported). */
export const traceSamplers = [
  "always_on",
  "always_off",
  "traceidratio",
  "parentbased_always_on",
  "parentbased_always_off",
  "parentbased_traceidratio",
] as const;
export type TraceSampler = (typeof traceSamplers)[number];

/**
 * OpenTelemetry's standard variables, read by the gateway and every subgraph alike. Tracing is on when an OTLP
 * endpoint is set, and off (no SDK loaded) otherwise.
 */
export const tracingEnvShape = {
  /** Base URL of an OTLP/HTTP receiver (a collector): traces go to `<base>/v1/traces`. */
  OTEL_EXPORTER_OTLP_ENDPOINT: unsetIfEmpty(z.url().optional()),
  /** Full URL for traces only; wins over `OTEL_EXPORTER_OTLP_ENDPOINT`. */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: unsetIfEmpty(z.url().optional()),
  /** `service.name` of the spans; default: the service's own name (`gateway`, `catalog`, ...). */
  OTEL_SERVICE_NAME: unsetIfEmpty(z.string().min(1).optional()),
  OTEL_TRACES_SAMPLER: unsetIfEmpty(z.enum(traceSamplers).default("parentbased_always_on")),
  /** Ratio of the `traceidratio` samplers, 0 to 1 (default 1). */
  OTEL_TRACES_SAMPLER_ARG: unsetIfEmpty(z.coerce.number().min(0).max(1).optional()),
  /** `true` turns tracing off even with an endpoint set. */
  OTEL_SDK_DISABLED: unsetIfEmpty(z.enum(["true", "false"], "must be true or false").default("false")),
};

const tracingEnvSchema = z.object(tracingEnvShape);
export type TracingEnv = z.infer<typeof tracingEnvSchema>;

/** Where and how a service exports its traces (tracing.ts). */
export interface TracingSettings {
  /** The OTLP/HTTP URL spans are posted to (JSON). */
  tracesUrl: string;
  serviceName: string;
  sampler: TraceSampler;
  /** Ratio of the `traceidratio` samplers. */
  samplerRatio: number;
}

/** The tracing the variables of `tracingEnvShape` ask for; `undefined`: tracing off. */
export function tracingSettings(env: TracingEnv, defaultServiceName: string): TracingSettings | undefined {
  if (env.OTEL_SDK_DISABLED === "true") return undefined;
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  const tracesUrl = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (base ? `${base.replace(/\/+$/, "")}/v1/traces` : undefined);
  if (!tracesUrl) return undefined;
  return {
    tracesUrl,
    serviceName: env.OTEL_SERVICE_NAME ?? defaultServiceName,
    sampler: env.OTEL_TRACES_SAMPLER,
    samplerRatio: env.OTEL_TRACES_SAMPLER_ARG ?? 1,
  };
}

/** Variables every subgraph reads. */
export function subgraphEnvSchema(defaultPort: number) {
  return z.object({
    PORT: port(defaultPort),
    HOST: z.string().default("0.0.0.0"),
    DATABASE_URL: postgresUrl.optional(),
    DATA_DIR: z.string().default(resolve(repoRoot, ".data")),
    LOG_LEVEL: logLevel,
    ...authEnvShape,
    ...tracingEnvShape,
    MIGRATE_ON_START: z
      .enum(["true", "false"])
      .default("true")
      .transform((value) => value === "true"),
  });
}

export type SubgraphEnv = z.infer<ReturnType<typeof subgraphEnvSchema>>;

/** Reads the variables every subgraph needs, with this subgraph's default port. */
export function loadSubgraphEnv(defaultPort: number, source: NodeJS.ProcessEnv = process.env): SubgraphEnv {
  return parseEnv(subgraphEnvSchema(defaultPort), source);
}

const authEnvSchema = z.object(authEnvShape);
export type AuthEnv = z.infer<typeof authEnvSchema>;
