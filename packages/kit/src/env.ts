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

/** Variables every subgraph reads. */
export function subgraphEnvSchema(defaultPort: number) {
  return z.object({
    PORT: port(defaultPort),
    HOST: z.string().default("0.0.0.0"),
    DATABASE_URL: postgresUrl.optional(),
    DATA_DIR: z.string().default(resolve(repoRoot, ".data")),
    LOG_LEVEL: logLevel,
    ...authEnvShape,
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
