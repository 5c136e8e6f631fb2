import { EnvError } from "@ogc/kit";
import { describe, expect, it } from "vitest";
import { loadGatewayEnvironment } from "./environment.js";

describe("loadGatewayEnvironment", () => {
  it("defaults to port 4000, a 10 s upstream timeout, development, and each subgraph's default URL", () => {
    expect(loadGatewayEnvironment({})).toEqual({
      port: 4000,
      host: "0.0.0.0",
      logLevel: "info",
      production: false,
      supergraphPath: undefined,
      upstreamTimeoutMs: 10_000,
      subgraphUrls: { catalog: "http://localhost:4001/graphql" },
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
    });
    expect(env).toMatchObject({
      port: 8080,
      host: "127.0.0.1",
      logLevel: "warn",
      production: true,
      supergraphPath: "/srv/supergraph.graphql",
      upstreamTimeoutMs: 2500,
      subgraphUrls: { catalog: "http://catalog.internal:8080/graphql" },
    });
  });

  it("stops with a message naming every malformed variable", () => {
    let thrown: unknown;
    try {
      loadGatewayEnvironment({ PORT: "eighty", CATALOG_URL: "not a url", UPSTREAM_TIMEOUT_MS: "-1" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EnvError);
    const { message } = thrown as EnvError;
    expect(message).toContain("PORT");
    expect(message).toContain("CATALOG_URL");
    expect(message).toContain("UPSTREAM_TIMEOUT_MS");
  });
});
