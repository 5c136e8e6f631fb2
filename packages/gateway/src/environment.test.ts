import { EnvError } from "@ogc/kit";
import { describe, expect, it } from "vitest";
import { loadGatewayEnvironment } from "./environment.js";
import { subgraphs } from "./subgraphs.js";

describe("loadGatewayEnvironment", () => {
  it("defaults to port 4000, a 10 s upstream timeout, development, each subgraph's default URL and the documented limits", () => {
    expect(loadGatewayEnvironment({})).toEqual({
      port: 4000,
      host: "0.0.0.0",
      logLevel: "info",
      production: false,
      supergraphPath: undefined,
      upstreamTimeoutMs: 10_000,
      upstreamRetries: 6,
      subgraphUrls: Object.fromEntries(subgraphs.map((subgraph) => [subgraph.name, subgraph.defaultUrl])),
      auth: {
        jwksUrl: "http://localhost:4003/.well-known/jwks.json",
        sessionUrl: "http://localhost:4003/sessions/",
        issuer: "ogc-identity",
      },
      limits: { maxDepth: 12, maxAliases: 20, maxDirectives: 20, maxTokens: 2_000, maxCost: 10_000, defaultListSize: 20 },
      maxRequestBodyBytes: 1_048_576,
      rateLimits: { windowMs: 60_000, anonymous: 300, account: 600, apiClient: 1_200 },
      redisUrl: undefined,
      responseCache: true,
      responseCacheMaxEntries: 1_000,
      persistedDocumentsPath: undefined,
      trustedProxies: 0,
    });
  });

  it("reads each setting from its variable", () => {
    const env = loadGatewayEnvironment({
      PORT: "8080",
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      SUPERGRAPH_PATH: "/srv/supergraph.graphql",
      UPSTREAM_TIMEOUT_MS: "2500",
      CATALOG_URL: "http://catalog.internal:8080/graphql",
      AUTH_JWKS_URL: "https://sso.example.org/jwks",
      AUTH_SESSION_URL: "http://identity:4003/sessions",
      AUTH_ISSUER: "https://sso.example.org",
      MAX_DEPTH: "8",
      MAX_ALIASES: "5",
      MAX_DIRECTIVES: "6",
      MAX_TOKENS: "500",
      MAX_COST: "900",
      DEFAULT_LIST_SIZE: "10",
      MAX_REQUEST_BODY_BYTES: "4096",
      RATE_LIMIT_WINDOW_MS: "1000",
      RATE_LIMIT_ANONYMOUS: "0",
      RATE_LIMIT_ACCOUNT: "7",
      RATE_LIMIT_API_CLIENT: "70",
      REDIS_URL: "redis://redis:6379/1",
      RESPONSE_CACHE: "false",
      RESPONSE_CACHE_MAX_ENTRIES: "50",
      PERSISTED_DOCUMENTS_PATH: "/srv/persisted-documents.json",
      TRUST_PROXY: "true",
    });
    expect(env).toMatchObject({
      port: 8080,
      host: "127.0.0.1",
      logLevel: "warn",
      production: true,
      supergraphPath: "/srv/supergraph.graphql",
      upstreamTimeoutMs: 2500,
      subgraphUrls: { catalog: "http://catalog.internal:8080/graphql" },
      auth: { jwksUrl: "https://sso.example.org/jwks", sessionUrl: "http://identity:4003/sessions", issuer: "https://sso.example.org" },
      limits: { maxDepth: 8, maxAliases: 5, maxDirectives: 6, maxTokens: 500, maxCost: 900, defaultListSize: 10 },
      maxRequestBodyBytes: 4096,
      rateLimits: { windowMs: 1000, anonymous: 0, account: 7, apiClient: 70 },
      redisUrl: "redis://redis:6379/1",
      responseCache: false,
      responseCacheMaxEntries: 50,
      persistedDocumentsPath: "/srv/persisted-documents.json",
      trustedProxies: 1,
    });
    expect(loadGatewayEnvironment({ TRUST_PROXY: "2" }).trustedProxies).toBe(2);
  });

  it("stops with a message naming every malformed variable", () => {
    let thrown: unknown;
    try {
      loadGatewayEnvironment({
        PORT: "eighty",
        CATALOG_URL: "not a url",
        UPSTREAM_TIMEOUT_MS: "-1",
        MAX_DEPTH: "0",
        RATE_LIMIT_ANONYMOUS: "lots",
        REDIS_URL: "localhost:6379",
        TRUST_PROXY: "yes",
        RESPONSE_CACHE: "maybe",
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EnvError);
    const { message } = thrown as EnvError;
    expect(message).toContain("PORT");
    expect(message).toContain("CATALOG_URL");
    for (const variable of ["UPSTREAM_TIMEOUT_MS", "MAX_DEPTH", "RATE_LIMIT_ANONYMOUS", "REDIS_URL", "TRUST_PROXY", "RESPONSE_CACHE"])
      expect(message).toContain(variable);
  });
});
