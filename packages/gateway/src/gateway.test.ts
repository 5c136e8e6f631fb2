import { createLogger } from "@ogc/kit";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createGatewayVerifier } from "./authentication.js";
import { composeSupergraph } from "./compose.js";
import { INTERNAL_ERROR_MESSAGE, TIMEOUT_MESSAGE } from "./error-masking.js";
import { type RunningGateway, type StartGatewayOptions, startGateway } from "./gateway.js";
import { type FakeRequest, type FakeSubgraph, startFakeSubgraph } from "./testing/fake-subgraph.js";
import { postGraphQL } from "./testing/http.js";
import { type IdentityStub, startIdentityStub } from "./testing/identity-stub.js";

const sdl = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])
type Query {
  hello: String
  notFound: String
  conflict: String
  crash: String
  slow: String
  headers: String
}`;

let releaseSlow: () => void = () => {};
let slowEntered: () => void = () => {};
const heldHeaders: (() => void)[] = [];

/** Answers like a subgraph would, one behaviour per root field. */
async function answer(request: FakeRequest): Promise<unknown> {
  const { query } = request;
  if (query.includes("notFound")) {
    return {
      data: { notFound: null },
      errors: [{ message: "No member has id 42.", path: ["notFound"], extensions: { code: "NOT_FOUND" } }],
    };
  }
  if (query.includes("conflict")) {
    const extensions = { code: "CONFLICT", field: "ogpId", existingId: "7" };
    return { data: { conflict: null }, errors: [{ message: "A commitment AL0002 already exists.", path: ["conflict"], extensions }] };
  }
  if (query.includes("crash")) {
    const message = "TypeError: Cannot read properties of undefined (reading 'id') at /srv/challenge/dist/service.js:42";
    return { data: { crash: null }, errors: [{ message, path: ["crash"], extensions: { stacktrace: ["at service.js:42"] } }] };
  }
  if (query.includes("slow")) {
    slowEntered();
    await new Promise<void>((resolve) => {
      releaseSlow = resolve;
    });
    return { data: { slow: "finally" } };
  }
  if (query.includes("headers")) {
    // Held until a second request arrives (or 300 ms pass), so that concurrent callers really overlap upstream.
    await new Promise<void>((resolve) => {
      heldHeaders.push(resolve);
      if (heldHeaders.length >= 2) for (const release of heldHeaders.splice(0)) release();
      else setTimeout(resolve, 300);
    });
    return { data: { headers: JSON.stringify(request.headers) } };
  }
  return { data: { hello: "world" } };
}

const fakes: FakeSubgraph[] = [];
const gateways: RunningGateway[] = [];
afterEach(async () => {
  releaseSlow();
  await Promise.all(gateways.splice(0).map((gateway) => gateway.close()));
  await Promise.all(fakes.splice(0).map((fake) => fake.close()));
});

// Tokens are verified at the gateway: the callers below hold real ones, signed by a stand-in identity subgraph.
let identity: IdentityStub;
let tokens: Record<"first" | "alice" | "bob", string>;
beforeAll(async () => {
  identity = await startIdentityStub();
  tokens = {
    first: await identity.sign(),
    alice: await identity.sign({ accountId: "alice" }),
    bob: await identity.sign({ accountId: "bob" }),
  };
});
afterAll(() => identity.close());

async function start(options: Partial<StartGatewayOptions> = {}) {
  const fake = await startFakeSubgraph(answer);
  fakes.push(fake);
  // The supergraph names an unreachable URL: the gateway must call the one given in `subgraphUrls`, as with CATALOG_URL.
  const { supergraphSdl } = composeSupergraph([{ name: "fake", url: "http://127.0.0.1:9/graphql", sdl }]);
  const gateway = await startGateway({
    supergraphSdl,
    logger: createLogger("gateway", "silent"),
    port: 0,
    host: "127.0.0.1",
    subgraphUrls: { fake: fake.url },
    verifier: createGatewayVerifier(
      { jwksUrl: identity.jwksUrl, sessionUrl: identity.sessionUrl, issuer: "ogc-identity" },
      createLogger("gateway", "silent"),
    ),
    ...options,
  });
  gateways.push(gateway);
  return { gateway, fake, base: gateway.url.replace(/\/graphql$/, "") };
}

describe("the gateway", () => {
  it("routes to the subgraph URL given at start-up, not the one written in the supergraph", async () => {
    const { gateway } = await start();
    const { body } = await postGraphQL(gateway.url, "{ hello }");
    expect(body).toEqual({ data: { hello: "world" } });
  });

  it("passes a subgraph's expected failures to the client unchanged: message, path, code and details", async () => {
    const { gateway } = await start();
    const notFound = await postGraphQL(gateway.url, "{ notFound }");
    expect(notFound.body.errors).toEqual([{ message: "No member has id 42.", path: ["notFound"], extensions: { code: "NOT_FOUND" } }]);
    const conflict = await postGraphQL(gateway.url, "{ conflict }");
    expect(conflict.body.errors).toEqual([
      {
        message: "A commitment AL0002 already exists.",
        path: ["conflict"],
        extensions: { code: "CONFLICT", field: "ogpId", existingId: "7" },
      },
    ]);
  });

  it("masks a subgraph's unexpected error: no internal message, no stack trace", async () => {
    const { gateway } = await start();
    const { body } = await postGraphQL(gateway.url, "{ crash }");
    expect(body.errors).toEqual([{ message: INTERNAL_ERROR_MESSAGE, path: ["crash"], extensions: { code: "INTERNAL_SERVER_ERROR" } }]);
    expect(JSON.stringify(body)).not.toMatch(/TypeError|service\.js|stacktrace/);
  });

  it("says the masked error's replacement in the caller's Accept-Language", async () => {
    const { gateway } = await start();
    const { body } = await postGraphQL(gateway.url, "{ crash }", { headers: { "accept-language": "fr" } });
    expect(body.errors).toEqual([
      {
        message: "Erreur interne du serveur. Elle a été consignée ; réessayez ou contactez l'unité de soutien.",
        path: ["crash"],
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      },
    ]);
  });

  it("answers with a timeout error, without the subgraph's URL, when a subgraph is slower than the upstream timeout", async () => {
    const { gateway } = await start({ upstreamTimeoutMs: 200 });
    const { body } = await postGraphQL(gateway.url, "{ slow }");
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]).toMatchObject({ message: TIMEOUT_MESSAGE, extensions: { code: "GATEWAY_TIMEOUT" } });
    expect(JSON.stringify(body)).not.toContain("127.0.0.1");
  });

  it("explains a bad query without suggesting field names", async () => {
    const { gateway } = await start();
    const unknown = await postGraphQL(gateway.url, "{ helo }");
    expect(unknown.body.errors).toEqual([
      expect.objectContaining({ message: 'Cannot query field "helo" on type "Query".', extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }),
    ]);
    const syntax = await postGraphQL(gateway.url, "{ hello ");
    expect(syntax.body.errors?.[0]).toMatchObject({
      message: "Syntax Error: Expected Name, found <EOF>.",
      extensions: { code: "GRAPHQL_PARSE_FAILED" },
    });
    expect(JSON.stringify([unknown.body, syntax.body])).not.toMatch(/Did you mean|stack|at \//);
  });

  it("forwards authorization, accept-language and x-request-id to subgraphs", async () => {
    const { gateway } = await start();
    const { body, headers } = await postGraphQL(gateway.url, "{ headers }", {
      headers: { authorization: `Bearer ${tokens.first}`, "accept-language": "fr-FR", "x-request-id": "dashboard-123" },
    });
    const seen = JSON.parse(body.data?.headers as string) as Record<string, string>;
    expect(seen).toMatchObject({ authorization: `Bearer ${tokens.first}`, "accept-language": "fr-FR", "x-request-id": "dashboard-123" });
    expect(headers.get("x-request-id")).toBe("dashboard-123");
  });

  it("generates a request id when the caller sends none, and returns it", async () => {
    const { gateway } = await start();
    const { body, headers } = await postGraphQL(gateway.url, "{ headers }");
    const seen = JSON.parse(body.data?.headers as string) as Record<string, string>;
    expect(seen["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers.get("x-request-id")).toBe(seen["x-request-id"]);
  });

  it("shares one subgraph request between identical concurrent queries of the same caller", async () => {
    const { gateway, fake } = await start();
    const answers = await Promise.all(
      [1, 2].map(() => postGraphQL(gateway.url, "{ headers }", { headers: { authorization: `Bearer ${tokens.alice}` } })),
    );
    expect(answers.map((answer) => JSON.parse(answer.body.data?.headers as string).authorization)).toEqual([
      `Bearer ${tokens.alice}`,
      `Bearer ${tokens.alice}`,
    ]);
    expect(fake.requests).toHaveLength(1);
  });

  it("never lets two callers with different tokens share one subgraph answer", async () => {
    const { gateway, fake } = await start();
    const [first, second] = await Promise.all(
      [tokens.alice, tokens.bob].map((token) => postGraphQL(gateway.url, "{ headers }", { headers: { authorization: `Bearer ${token}` } })),
    );
    expect(JSON.parse(first?.body.data?.headers as string).authorization).toBe(`Bearer ${tokens.alice}`);
    expect(JSON.parse(second?.body.data?.headers as string).authorization).toBe(`Bearer ${tokens.bob}`);
    expect(fake.requests).toHaveLength(2);
  });

  it("answers /healthz and /readyz", async () => {
    const { base } = await start();
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", service: "gateway" });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", service: "gateway" });
  });

  it("serves Prometheus metrics with the duration of each request", async () => {
    const { gateway, base } = await start();
    await postGraphQL(gateway.url, "{ headers }");
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    const graphqlLine = text
      .split("\n")
      .find((line) => line.startsWith("http_request_duration_seconds_count{") && line.includes('route="/graphql"'));
    expect(graphqlLine).toMatch(/service="gateway"/);
    expect(graphqlLine?.split(" ")[1]).toBe("1");
    expect(text).toMatch(/process_resident_memory_bytes/);
  });

  it("offers GraphiQL in development but not in production", async () => {
    const page = async (production: boolean) => {
      const { gateway } = await start({ production });
      const response = await fetch(gateway.url, { headers: { accept: "text/html" } });
      return (await response.text()).toLowerCase();
    };
    expect(await page(false)).toContain("graphiql");
    expect(await page(true)).not.toContain("graphiql");
  });

  it("lets in-flight requests finish when closed", async () => {
    const { gateway } = await start();
    const entered = new Promise<void>((resolve) => {
      slowEntered = resolve;
    });
    const pending = postGraphQL(gateway.url, "{ slow }");
    await entered;
    const closed = gateway.close();
    releaseSlow();
    expect((await pending).body).toEqual({ data: { slow: "finally" } });
    await closed;
    await expect(fetch(gateway.url)).rejects.toThrow();
  });
});
