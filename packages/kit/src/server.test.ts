import "reflect-metadata";
import { Directive, Field, ObjectType, Query, Resolver } from "type-graphql";
import { afterEach, describe, expect, it } from "vitest";
import { BadUserInputError, NotFoundError, UnauthenticatedError } from "./errors.js";
import { createLogger } from "./logger.js";
import { type MessageCatalog, msg } from "./messages.js";
import { createMetrics } from "./metrics.js";
import { buildFederatedSchema } from "./schema.js";
import { findRoute, MAX_BODY_BYTES, type RunningServer, startSubgraphServer } from "./server.js";

@ObjectType()
@Directive('@key(fields: "id")')
class Widget {
  @Field()
  id!: string;
}

let release: () => void = () => {};
let entered: () => void = () => {};

@Resolver()
class WidgetResolver {
  @Query(() => Widget)
  async slowWidget(): Promise<Widget> {
    entered();
    await new Promise<void>((resolve) => {
      release = resolve;
    });
    return { id: "slow" };
  }

  @Query(() => Widget)
  missingWidget(): Widget {
    throw new NotFoundError("No widget has id 42.");
  }

  @Query(() => Widget)
  tooManyWidgets(): Widget {
    throw new BadUserInputError(msg`A widget order takes at most ${5} widgets; this one has ${7}.`, "count");
  }
}

const widgetMessages: MessageCatalog = {
  "A widget order takes at most {0} widgets; this one has {1}.": {
    es: "Un pedido admite como máximo {0} widgets; este tiene {1}.",
    fr: "Une commande compte au plus {0} widgets ; celle-ci en a {1}.",
  },
};

const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const rejectingVerifier = {
  verify: async (): Promise<never> => {
    throw new UnauthenticatedError("The access token is not valid: sign in again.");
  },
};

async function start(isReady: () => Promise<boolean> = async () => true) {
  const schema = await buildFederatedSchema({ resolvers: [WidgetResolver], validate: false });
  const logger = createLogger("test", "silent");
  const server = await startSubgraphServer({
    name: "test",
    schema,
    logger,
    port: 0,
    host: "127.0.0.1",
    isReady,
    verifier: rejectingVerifier,
    messages: widgetMessages,
  });
  servers.push(server);
  return server;
}

interface Reply {
  data: { _service: { sdl: string }; slowWidget: { id: string } };
  errors: { message: string; extensions: Record<string, unknown> }[];
}
const json = async (response: Response | Promise<Response>) => (await (await response).json()) as Reply;

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

describe("startSubgraphServer", () => {
  it("answers /healthz, and /readyz from the dependency check", async () => {
    let ready = true;
    const server = await start(async () => ready);
    const base = server.url.replace("/graphql", "");
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    ready = false;
    const notReady = await fetch(`${base}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ status: "not ready" });
  });

  it("serves the federation fields and passes domain errors through", async () => {
    const server = await start();
    const sdl = await json(post(server.url, { query: "{ _service { sdl } }" }));
    expect(sdl.data._service.sdl).toContain('@key(fields: "id")');
    const missing = await json(post(server.url, { query: "{ missingWidget { id } }" }));
    expect(missing.errors[0]).toMatchObject({ message: "No widget has id 42.", extensions: { code: "NOT_FOUND" } });
  });

  it("refuses a request with a bad token with 401 before any resolver runs", async () => {
    const server = await start();
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer forged.token.here" },
      body: JSON.stringify({ query: "{ missingWidget { id } }" }),
    });
    expect(response.status).toBe(401);
    const body = await json(response);
    expect(body.errors[0]).toMatchObject({
      message: "The access token is not valid: sign in again.",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("says an error's message in the language Accept-Language asks for, with its values, and in English otherwise", async () => {
    const server = await start();
    const query = { query: "{ tooManyWidgets { id } }" };
    const said = async (headers: Record<string, string>) => (await json(post(server.url, query, headers))).errors[0];
    expect(await said({ "accept-language": "fr-FR,fr;q=0.9" })).toMatchObject({
      message: "Une commande compte au plus 5 widgets ; celle-ci en a 7.",
      extensions: { code: "BAD_USER_INPUT", field: "count" },
    });
    expect((await said({ "accept-language": "es" }))?.message).toBe("Un pedido admite como máximo 5 widgets; este tiene 7.");
    expect((await said({}))?.message).toBe("A widget order takes at most 5 widgets; this one has 7.");
    expect((await said({ "accept-language": "de" }))?.message).toBe("A widget order takes at most 5 widgets; this one has 7.");
    // A message the catalog does not translate stays in English; kit's own messages are translated too.
    expect((await json(post(server.url, { query: "{ missingWidget { id } }" }, { "accept-language": "fr" }))).errors[0]?.message).toBe(
      "No widget has id 42.",
    );
    const refused = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer forged.token.here", "accept-language": "es" },
      body: JSON.stringify({ query: "{ missingWidget { id } }" }),
    });
    expect(refused.status).toBe(401);
    expect((await json(refused)).errors[0]).toMatchObject({
      message: "El token de acceso no es válido: vuelva a iniciar sesión.",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("refuses a body over the limit with 413 and malformed JSON with 400", async () => {
    const server = await start();
    const big = await post(server.url, { query: `{ __typename }`, padding: "x".repeat(MAX_BODY_BYTES) });
    expect(big.status).toBe(413);
    const bad = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" });
    expect(bad.status).toBe(400);
    expect((await json(bad)).errors[0]?.message).toMatch(/not valid JSON/);
  });

  it("lets an in-flight request finish when closing, then stops accepting", async () => {
    const server = await start();
    const started = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const inFlight = post(server.url, { query: "{ slowWidget { id } }" });
    await started;
    const closed = server.close();
    release();
    const response = await inFlight;
    expect(await response.json()).toEqual({ data: { slowWidget: { id: "slow" } } });
    await closed;
    await expect(fetch(server.url.replace("/graphql", "/healthz"))).rejects.toThrow();
  });
});

describe("findRoute", () => {
  const a = () => {};
  const b = () => {};
  const c = () => {};
  const routes = { "/.well-known/jwks.json": a, "/sessions/": b, "/sessions/special/": c };
  it("matches exact paths first, then the longest prefix ending in a slash", () => {
    expect(findRoute(routes, "/.well-known/jwks.json")).toBe(a);
    expect(findRoute(routes, "/sessions/abc")).toBe(b);
    expect(findRoute(routes, "/sessions/special/x")).toBe(c);
  });
  it("matches nothing else", () => {
    expect(findRoute(routes, "/sessionsx")).toBeUndefined();
    expect(findRoute(routes, "/graphql")).toBeUndefined();
  });
});

describe("GET /metrics", () => {
  it("serves Prometheus metrics: HTTP durations, GraphQL outcomes, process metrics", async () => {
    const metrics = createMetrics("test");
    const schema = await buildFederatedSchema({ resolvers: [WidgetResolver], validate: false });
    const server = await startSubgraphServer({
      name: "test",
      schema,
      logger: createLogger("test", "silent"),
      port: 0,
      host: "127.0.0.1",
      isReady: async () => true,
      metrics,
    });
    servers.push(server);
    await post(server.url, { query: "{ missingWidget { id } }" });
    await post(server.url, { query: "{ __typename }" });
    const response = await fetch(server.url.replace("/graphql", "/metrics"));
    expect(response.headers.get("content-type")).toMatch(/text\/plain/);
    const text = await response.text();
    // One sample line of `name` whose labels include all of `labels`.
    const sample = (name: string, labels: string[]) =>
      text
        .split("\n")
        .find((line) => line.startsWith(`${name}{`) && labels.every((label) => line.includes(label)))
        ?.split(" ")[1];
    expect(sample("graphql_operations_total", ['outcome="NOT_FOUND"', 'operation_type="query"', 'service="test"'])).toBe("1");
    expect(sample("graphql_operations_total", ['outcome="ok"'])).toBe("1");
    expect(sample("http_request_duration_seconds_count", ['route="/graphql"', 'method="POST"', 'status="200"'])).toBe("2");
    expect(text).toMatch(/process_resident_memory_bytes/);
  });
});
