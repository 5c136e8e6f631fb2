import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { closeOnSignals, createLogger, EnvError } from "@ogc/kit";
import { createGatewayVerifier } from "./authentication.js";
import { type GatewayEnvironment, loadGatewayEnvironment } from "./environment.js";
import { startGateway } from "./gateway.js";
import { supergraphPath } from "./paths.js";
import { loadPersistedDocuments } from "./persisted-queries.js";
import { startGatewayTracing } from "./tracing.js";

let env: GatewayEnvironment;
try {
  env = loadGatewayEnvironment();
} catch (error) {
  // Before a logger exists: say plainly which variable is wrong.
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}

const logger = createLogger("gateway", env.logLevel);
try {
  const path = env.supergraphPath ? resolve(env.supergraphPath) : supergraphPath;
  const tracing = env.tracing && (await startGatewayTracing(env.tracing, logger));
  const gateway = await startGateway({
    supergraphSdl: readFileSync(path, "utf8"),
    logger,
    port: env.port,
    host: env.host,
    production: env.production,
    upstreamTimeoutMs: env.upstreamTimeoutMs,
    upstreamRetries: env.upstreamRetries,
    subgraphUrls: env.subgraphUrls,
    verifier: createGatewayVerifier(env.auth, logger),
    limits: env.limits,
    maxRequestBodyBytes: env.maxRequestBodyBytes,
    rateLimit: { ...env.rateLimits, redisUrl: env.redisUrl },
    trustedProxies: env.trustedProxies,
    redisUrl: env.redisUrl,
    responseCache: env.responseCache ? { maxEntries: env.responseCacheMaxEntries } : false,
    persistedDocuments: env.persistedDocumentsPath ? loadPersistedDocuments(resolve(env.persistedDocumentsPath)) : undefined,
    tracing,
  });
  logger.info(
    {
      url: gateway.url,
      supergraph: path,
      subgraphs: env.subgraphUrls,
      rateLimitCounters: env.redisUrl ? "redis" : "memory",
      responseCache: env.responseCache ? (env.redisUrl ? "redis" : "memory") : "off",
      persistedDocuments: env.persistedDocumentsPath ?? "none",
    },
    `gateway ready at ${gateway.url}`,
  );
  closeOnSignals(gateway, logger);
} catch (error) {
  logger.fatal({ err: error }, "gateway failed to start");
  process.exit(1);
}
