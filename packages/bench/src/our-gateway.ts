// Our gateway as packages/gateway/src/main.ts starts it, from the same environment, with two settings chosen per run:
// upstream deduplication (BENCH_DEDUP=1 on, else off), which the gateway's environment does not expose, and the
// anonymous response cache (BENCH_CACHE=1 on, else off), so that the uncached path is what (a) and (c) measure.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createGatewayVerifier, loadGatewayEnvironment, type StartGatewayOptions, startGateway, supergraphPath } from "@ogc/gateway";
import { closeOnSignals, createLogger } from "@ogc/kit";

const env = loadGatewayEnvironment();
const logger = createLogger("gateway", env.logLevel);
const path = env.supergraphPath ? resolve(env.supergraphPath) : supergraphPath;
const dedup = process.env.BENCH_DEDUP === "1";
const cache = process.env.BENCH_CACHE === "1";
const options: StartGatewayOptions = {
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
};
// Set without naming their types: the gateway's options are being extended while this benchmark is written, and a
// gateway without them simply ignores them (no response cache there: nothing to turn off).
Object.assign(options, {
  deduplicateUpstream: dedup,
  redisUrl: env.redisUrl,
  ...(cache ? {} : { responseCache: false }),
});
const gateway = await startGateway(options);
logger.info({ url: gateway.url, dedup, cache }, "bench gateway ready");
closeOnSignals(gateway, logger);
