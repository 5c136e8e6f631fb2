import { logLevel, parseEnv, port } from "@ogc/kit";
import { z } from "zod";
import { subgraphs, subgraphUrlVariable } from "./subgraphs.js";

/** The gateway's configuration, read from the environment in this one place. */
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
  /** Subgraph name -> URL, from `<NAME>_URL`, else the subgraph's default. */
  subgraphUrls: Record<string, string>;
}

const urlVariables = Object.fromEntries(
  subgraphs.map((subgraph) => [subgraphUrlVariable(subgraph.name), z.url().default(subgraph.defaultUrl)]),
);

const schema = z.object({
  PORT: port(4000),
  HOST: z.string().min(1).default("0.0.0.0"),
  LOG_LEVEL: logLevel,
  NODE_ENV: z.string().default("development"),
  SUPERGRAPH_PATH: z.string().min(1).optional(),
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  ...urlVariables,
});

/** Parses and validates the environment; a missing or malformed variable throws an `EnvError` naming it. */
export function loadGatewayEnvironment(source: NodeJS.ProcessEnv = process.env): GatewayEnvironment {
  const env = parseEnv(schema, source) as z.infer<typeof schema> & Record<string, string>;
  return {
    port: env.PORT,
    host: env.HOST,
    logLevel: env.LOG_LEVEL,
    production: env.NODE_ENV === "production",
    supergraphPath: env.SUPERGRAPH_PATH,
    upstreamTimeoutMs: env.UPSTREAM_TIMEOUT_MS,
    subgraphUrls: Object.fromEntries(subgraphs.map((subgraph) => [subgraph.name, env[subgraphUrlVariable(subgraph.name)] as string])),
  };
}
