import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger, Role } from "@ogc/kit";
import { buildSchema, graphql, isObjectType, parse } from "graphql";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createGatewayVerifier } from "./authentication.js";
import { composeSupergraph } from "./compose.js";
import { type RunningGateway, type StartGatewayOptions, startGateway } from "./gateway.js";
import { publicSchemaPath } from "./paths.js";
import { loadPersistedDocuments } from "./persisted-queries.js";
import { CACHE_TTL_SECONDS, MemoryResponseStore, mutatedTypes, RedisResponseStore, ttlPerSchemaCoordinate } from "./response-cache.js";
import { testRedisUrl } from "./testing/environment.js";
import { startFakeSubgraph } from "./testing/fake-subgraph.js";
import { postGraphQL } from "./testing/http.js";
import { type IdentityStub, startIdentityStub } from "./testing/identity-stub.js";
import { redisAnswers, redisClient } from "./testing/redis.js";
import { TEST_SDL } from "./testing/test-gateway.js";

const silent = createLogger("gateway", "silent");

/**
 * A subgraph that really executes TEST_SDL over a small store, so cached answers can be told from fresh ones: the
 * member's name changes with `rename`, `hello` answers in the request's language, `broken` fails.
 */
async function startMemberSubgraph() {
  const schema = buildSchema(`${TEST_SDL.replace(/^extend schema.*$/m, "")}\nextend type Query { broken: String }`);
  const names = new Map([
    ["1", "Albania"],
    ["2", "Buenos Aires"],
  ]);
  const member = (id: string) => (names.has(id) ? { id, name: names.get(id), areas: [{ code: "JUSTICE", name: "Justice" }] } : null);
  const fake = await startFakeSubgraph(async (request) =>
    graphql({
      schema,
      source: request.query,
      variableValues: request.variables,
      rootValue: {
        hello: () => `hello in ${request.headers["accept-language"] ?? "nothing"}`,
        member: ({ id }: { id: string }) => member(id),
        areas: () => [{ code: "JUSTICE", name: "Justice" }],
        broken: () => {
          throw new Error("the database is on fire");
        },
        rename: ({ id, name }: { id: string; name: string }) => {
          names.set(id, name);
          return member(id);
        },
      },
    }),
  );
  return fake;
}

const started: { gateway: RunningGateway; close(): Promise<void> }[] = [];
let identity: IdentityStub;

beforeAll(async () => {
  identity = await startIdentityStub();
});
afterEach(async () => {
  await Promise.all(started.splice(0).map((entry) => entry.close()));
});
afterAll(() => identity.close());

async function start(options: Partial<StartGatewayOptions> = {}, fake?: Awaited<ReturnType<typeof startMemberSubgraph>>) {
  const subgraph = fake ?? (await startMemberSubgraph());
  const sdl = `${TEST_SDL}\nextend type Query { broken: String }`;
  const { supergraphSdl } = composeSupergraph([{ name: "fake", url: "http://127.0.0.1:9/graphql", sdl }]);
  const verifier = createGatewayVerifier({ jwksUrl: identity.jwksUrl, sessionUrl: identity.sessionUrl, issuer: "ogc-identity" }, silent);
  const gateway = await startGateway({
    supergraphSdl,
    logger: silent,
    port: 0,
    host: "127.0.0.1",
    subgraphUrls: { fake: subgraph.url },
    verifier,
    rateLimit: false,
    deduplicateUpstream: false,
    ...options,
  });
  started.push({
    gateway,
    close: async () => {
      await gateway.close();
      if (!fake) await subgraph.close();
    },
  });
  return { url: gateway.url, fake: subgraph };
}

const MEMBER = `query Member($id: ID) { member(id: $id) { name } }`;

describe("the TTL table", () => {
  it("names only types and fields the public schema has", () => {
    const schema = buildSchema(readFileSync(publicSchemaPath, "utf8"));
    for (const coordinate of Object.keys(CACHE_TTL_SECONDS)) {
      const [typeName = "", fieldName] = coordinate.split(".");
      const type = schema.getType(typeName);
      expect(type, coordinate).toBeDefined();
      if (fieldName) expect(isObjectType(type) && type.getFields()[fieldName], coordinate).toBeTruthy();
    }
  });
});

describe("the types a mutation invalidates", () => {
  const schema = buildSchema(`
    type Member { id: ID! name: String }
    type Area { code: String! }
    type UpsertResult { committed: Boolean! created: Int! }
    type RenamePayload { member: Member }
    type Query { member: Member }
    type Mutation { rename: RenamePayload upsertMembers: UpsertResult! signOut: Boolean! }
  `);
  it("takes the entities its answer names, and every entity type when it names none", () => {
    expect(mutatedTypes(schema, parse("mutation { rename { member { name } } }"))).toEqual(["Member"]);
    expect(mutatedTypes(schema, parse("mutation { upsertMembers { committed } }")).sort()).toEqual(["Area", "Member"]);
    expect(mutatedTypes(schema, parse("mutation { signOut }")).sort()).toEqual(["Area", "Member"]);
    expect(mutatedTypes(schema, parse("{ member { name } }"))).toEqual([]);
  });
});

describe("MemoryResponseStore", () => {
  afterEach(() => vi.useRealTimers());
  /** An answer of about `bytes` bytes as JSON. */
  const answer = (bytes: number) => ({ data: { text: "x".repeat(Math.max(0, bytes - 20)) } });

  it("keeps at most maxEntries answers, dropping the least recently read", () => {
    const store = new MemoryResponseStore({ maxEntries: 3 });
    for (const key of ["a", "b", "c"]) store.set(key, answer(100), [], 60_000);
    expect(store.get("a")).toBeDefined();
    store.set("d", answer(100), [], 60_000);
    expect(store.get("b")).toBeUndefined();
    expect(["a", "c", "d"].map((key) => store.get(key) !== undefined)).toEqual([true, true, true]);
    for (let i = 0; i < 1_000; i += 1) store.set(`k${i}`, answer(100), [{ typename: "Member", id: String(i) }], 60_000);
    expect(store.stats.entries).toBe(3);
    // The index holds the entities of the answers kept, no more: `Member` and three `Member:<id>`.
    expect(store.stats.indexes).toBe(4);
  });

  it("keeps the answers' total size under maxBytes, and never stores one over maxEntryBytes", () => {
    const store = new MemoryResponseStore({ maxEntries: 1_000, maxBytes: 10_000, maxEntryBytes: 4_000 });
    for (let i = 0; i < 100; i += 1) store.set(`k${i}`, answer(3_000), [], 60_000);
    expect(store.stats.bytes).toBeLessThanOrEqual(10_000);
    expect(store.stats.entries).toBe(3);
    store.set("huge", answer(5_000), [], 60_000);
    expect(store.get("huge")).toBeUndefined();
    expect(store.get("k99")).toBeDefined();
  });

  it("drops expired answers, also those nobody reads again", () => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ["Date"] });
    const store = new MemoryResponseStore();
    store.set("short", answer(100), [{ typename: "Member", id: "1" }], 1_000);
    store.set("long", answer(100), [], 60_000);
    vi.setSystemTime(1_002_000);
    expect(store.get("short")).toBeUndefined();
    store.set("other", answer(100), [], 1_000);
    vi.setSystemTime(1_004_000);
    store.set("later", answer(100), [], 60_000);
    expect(store.stats).toMatchObject({ entries: 2, indexes: 0 });
    expect(store.get("long")).toBeDefined();
  });

  it("invalidates by entity and by type, index entries included", () => {
    const store = new MemoryResponseStore();
    store.set("one", answer(100), [{ typename: "Member", id: "1" }], 60_000);
    store.set(
      "two",
      answer(100),
      [
        { typename: "Member", id: "2" },
        { typename: "ChallengeArea", id: "JUSTICE" },
      ],
      60_000,
    );
    store.invalidate([{ typename: "Member", id: "1" }]);
    expect(store.get("one")).toBeUndefined();
    expect(store.get("two")).toBeDefined();
    store.invalidate([{ typename: "ChallengeArea" }]);
    expect(store.get("two")).toBeUndefined();
    expect(store.stats).toEqual({ entries: 0, bytes: 0, indexes: 0 });
  });
});

describe("response cache (in memory)", () => {
  it("answers a repeated anonymous query from the cache, without asking the subgraph, and says so", async () => {
    const { url, fake } = await start();
    const first = await postGraphQL(url, MEMBER, { variables: { id: "1" } });
    expect(first.body).toEqual({ data: { member: { name: "Albania" } } });
    expect(first.headers.get("x-cache")).toBe("MISS");
    expect(first.headers.get("cache-control")).toBe("public, max-age=60");
    // Shared HTTP caches keep a copy per language, as the gateway's own cache does.
    expect(first.headers.get("vary")).toMatch(/Accept-Language/);
    const asked = fake.requests.length;

    const second = await postGraphQL(url, MEMBER, { variables: { id: "1" } });
    expect(second.body).toEqual({ data: { member: { name: "Albania" } } });
    expect(second.headers.get("x-cache")).toBe("HIT");
    expect(second.headers.get("cache-control")).toMatch(/^public, max-age=(59|60)$/);
    expect(second.headers.get("vary")).toMatch(/Accept-Language/);
    expect(fake.requests.length).toBe(asked);

    // Other variables are another answer.
    const other = await postGraphQL(url, MEMBER, { variables: { id: "2" } });
    expect(other.body).toEqual({ data: { member: { name: "Buenos Aires" } } });
    expect(other.headers.get("x-cache")).toBe("MISS");
  });

  it("never serves nor stores the answer of a request with a token or a cookie", async () => {
    const { url, fake } = await start();
    const token = await identity.sign({ accountId: "alice", role: Role.SUPPORT_UNIT });
    await postGraphQL(url, MEMBER, { variables: { id: "1" } });
    const before = fake.requests.length;
    for (const headers of [{ authorization: `Bearer ${token}` }, { cookie: "session=abc" }] as Record<string, string>[]) {
      for (let i = 0; i < 2; i += 1) {
        const response = await postGraphQL(url, MEMBER, { variables: { id: "1" }, headers });
        expect(response.body).toEqual({ data: { member: { name: "Albania" } } });
        expect(response.headers.get("x-cache")).toBe("BYPASS");
        expect(response.headers.get("cache-control")).toBe("private, no-store");
      }
    }
    expect(fake.requests.length).toBe(before + 4);
  });

  it("drops the cached answers holding an entity a mutation returned, before the mutation answers", async () => {
    const { url } = await start();
    const token = await identity.sign({ accountId: "carol", role: Role.SUPPORT_UNIT_ADMIN });
    await postGraphQL(url, MEMBER, { variables: { id: "1" } });
    await postGraphQL(url, MEMBER, { variables: { id: "2" } });
    expect((await postGraphQL(url, MEMBER, { variables: { id: "1" } })).headers.get("x-cache")).toBe("HIT");

    // The mutation selects no id: the cache adds it to find the entity.
    const renamed = await postGraphQL(url, `mutation { rename(id: "1", name: "Republic of Albania") { name } }`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(renamed.body).toEqual({ data: { rename: { name: "Republic of Albania" } } });

    const after = await postGraphQL(url, MEMBER, { variables: { id: "1" } });
    expect(after.headers.get("x-cache")).toBe("MISS");
    expect(after.body).toEqual({ data: { member: { name: "Republic of Albania" } } });
    // Any answer holding a member goes too: the mutation may have changed which members a cached list holds.
    expect((await postGraphQL(url, MEMBER, { variables: { id: "2" } })).headers.get("x-cache")).toBe("MISS");
    // An answer holding no member stays.
    await postGraphQL(url, "{ areas { code } }");
    await postGraphQL(url, `mutation { rename(id: "2", name: "CABA") { id } }`, { headers: { authorization: `Bearer ${token}` } });
    expect((await postGraphQL(url, "{ areas { code } }")).headers.get("x-cache")).toBe("HIT");
  });

  it("never stores nor serves a mutation's answer, even an anonymous one (a sign-in's tokens)", async () => {
    const { url, fake } = await start();
    const before = fake.requests.length;
    for (let i = 0; i < 2; i += 1) {
      const response = await postGraphQL(url, `mutation { rename(id: "2", name: "Buenos Aires") { name } }`);
      expect(response.body).toEqual({ data: { rename: { name: "Buenos Aires" } } });
      expect(response.headers.get("x-cache")).not.toBe("HIT");
    }
    expect(fake.requests.length).toBe(before + 2);
  });

  it("does not cache answers carrying errors", async () => {
    const { url, fake } = await start();
    for (let i = 0; i < 2; i += 1) {
      const response = await postGraphQL(url, "{ hello broken }");
      expect(response.body.errors?.length).toBe(1);
      expect(response.headers.get("x-cache")).toBe("MISS");
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
    expect(fake.requests.length).toBe(2);
  });

  it("keeps one answer per language of Accept-Language", async () => {
    const { url, fake } = await start();
    const ask = (language: string) => postGraphQL(url, "{ hello }", { headers: { "accept-language": language } });
    expect((await ask("es")).body.data).toEqual({ hello: "hello in es" });
    expect((await ask("fr-FR, fr;q=0.9")).body.data).toEqual({ hello: "hello in fr-FR, fr;q=0.9" });
    const spanishAgain = await ask("es-AR");
    expect(spanishAgain.headers.get("x-cache")).toBe("HIT");
    expect(spanishAgain.body.data).toEqual({ hello: "hello in es" });
    expect(fake.requests.length).toBe(2);
  });

  it("takes each answer's TTL from the table: the shortest of its fields, and 0 never caches", async () => {
    const ttls = ttlPerSchemaCoordinate(composeSupergraph([{ name: "fake", url: "http://x/graphql", sdl: TEST_SDL }]).supergraphSdl, {
      "Query.areas": 3_600,
      "Query.member": 20,
      "Query.hello": 0,
    });
    expect(ttls).toMatchObject({ "Query.areas": 3_600_000, "Query.member": 20_000, "Query.hello": 0, "Query.members": 30_000 });

    const { url, fake } = await start({ responseCache: { ttls: { "Query.areas": 3_600, "Query.member": 20, "Query.hello": 0 } } });
    // An hour in the gateway; a minute at most for caches downstream, which see no invalidation.
    expect((await postGraphQL(url, "{ areas { code } }")).headers.get("cache-control")).toBe("public, max-age=60");
    expect((await postGraphQL(url, `{ areas { code } member(id: "1") { name } }`)).headers.get("cache-control")).toBe("public, max-age=20");
    for (let i = 0; i < 2; i += 1) {
      const hello = await postGraphQL(url, "{ hello }");
      expect(hello.headers.get("cache-control")).toBe("no-store");
      expect(hello.headers.get("x-cache")).toBe("MISS");
    }
    expect(fake.requests.length).toBe(4);
  });
});

const redisUp = await redisAnswers(testRedisUrl);

describe.runIf(redisUp)(`response cache in Redis (${testRedisUrl}), shared by two gateways`, () => {
  const prefix = `ogc-test:${randomUUID()}:`;
  afterAll(async () => {
    const redis = redisClient(testRedisUrl);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it("serves from one gateway what the other cached, and a mutation through either invalidates both", async () => {
    const fake = await startMemberSubgraph();
    try {
      const options = { redisUrl: testRedisUrl, redisKeyPrefix: prefix };
      const a = await start(options, fake);
      const b = await start(options, fake);
      const token = await identity.sign({ accountId: "carol", role: Role.SUPPORT_UNIT_ADMIN });

      expect((await postGraphQL(a.url, MEMBER, { variables: { id: "1" } })).headers.get("x-cache")).toBe("MISS");
      const asked = fake.requests.length;
      const fromB = await postGraphQL(b.url, MEMBER, { variables: { id: "1" } });
      expect(fromB.headers.get("x-cache")).toBe("HIT");
      expect(fromB.body).toEqual({ data: { member: { name: "Albania" } } });
      expect(fake.requests.length).toBe(asked);

      await postGraphQL(b.url, `mutation { rename(id: "1", name: "Shqipëria") { id } }`, { headers: { authorization: `Bearer ${token}` } });
      const fromA = await postGraphQL(a.url, MEMBER, { variables: { id: "1" } });
      expect(fromA.headers.get("x-cache")).toBe("MISS");
      expect(fromA.body).toEqual({ data: { member: { name: "Shqipëria" } } });

      const redis = redisClient(testRedisUrl);
      const keys = await redis.keys(`${prefix}response-cache:*`);
      await redis.quit();
      expect(keys.some((key) => key.startsWith(`${prefix}response-cache:r:`))).toBe(true);
      expect(keys.some((key) => key.startsWith(`${prefix}response-cache:e:Member:`))).toBe(true);
    } finally {
      await fake.close();
    }
  });

  it("misses, rather than fails, while Redis is unreachable", async () => {
    const store = new RedisResponseStore("redis://127.0.0.1:1", prefix, silent);
    try {
      expect(await store.get("anything")).toBeUndefined();
      await store.set("anything", { data: {} }, [{ typename: "Member", id: "1" }], 1_000);
      await store.invalidate([{ typename: "Member", id: "1" }]);
    } finally {
      await store.close();
    }
  });
});

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("automatic persisted queries and persisted documents", () => {
  it("follows Apollo's protocol: unknown hash, then hash with query, then the hash alone", async () => {
    const { url } = await start();
    const query = `query Member($id: ID) { member(id: $id) { name } }`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    const post = (body: Record<string, unknown>) =>
      fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then(
        async (response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> }),
      );

    const unknown = await post({ variables: { id: "1" }, extensions });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({
      errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }],
    });

    const registered = await post({ query, variables: { id: "1" }, extensions });
    expect(registered.body).toEqual({ data: { member: { name: "Albania" } } });

    const byHash = await post({ variables: { id: "2" }, extensions });
    expect(byHash).toEqual({ status: 200, body: { data: { member: { name: "Buenos Aires" } } } });

    // As a GET, which caches downstream can keep (with a header proving it is no cross-site request).
    const search = new URLSearchParams({ extensions: JSON.stringify(extensions), variables: JSON.stringify({ id: "1" }) });
    const get = await fetch(`${url}?${search}`, { headers: { "x-graphql-client": "test" } });
    expect({ status: get.status, body: await get.json() }).toEqual({ status: 200, body: { data: { member: { name: "Albania" } } } });
    const etag = get.headers.get("etag");
    expect(etag).toBeTruthy();
    const notModified = await fetch(`${url}?${search}`, { headers: { "x-graphql-client": "test", "if-none-match": etag ?? "" } });
    expect(notModified.status).toBe(304);
    const token = await identity.sign({ accountId: "alice", role: Role.SUPPORT_UNIT });
    const signedIn = await fetch(`${url}?${search}`, {
      headers: { "x-graphql-client": "test", "if-none-match": etag ?? "", authorization: `Bearer ${token}` },
    });
    expect(signedIn.status).toBe(200);

    const mismatch = await post({ query: "{ hello }", extensions });
    expect(mismatch.body).toMatchObject({ errors: [{ extensions: { code: "PERSISTED_QUERY_MISMATCH" } }] });
  });

  it("serves the manifest's documents by id, and still any document sent in full", async () => {
    const document = "query Hello { hello }";
    const { url } = await start({ persistedDocuments: new Map([[`sha256:${sha256(document)}`, document]]) });
    const post = (body: Record<string, unknown>) =>
      fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then(
        async (response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> }),
      );
    expect(await post({ documentId: `sha256:${sha256(document)}` })).toEqual({ status: 200, body: { data: { hello: "hello in *" } } });
    const unknown = await post({ documentId: "sha256:0000" });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ errors: [{ extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] });
    expect((await post({ query: "{ areas { code } }" })).body).toEqual({ data: { areas: [{ code: "JUSTICE" }] } });
  });

  it("reads GraphQL Codegen's manifest (bare hashes) and serves its documents by id and by Apollo's sha256Hash", async () => {
    const document = "query Hello { hello }";
    const hash = sha256(document);
    const dir = mkdtempSync(join(tmpdir(), "ogc-manifest-"));
    const path = join(dir, "persisted-documents.json");
    writeFileSync(path, JSON.stringify({ [hash]: document }));
    const { url } = await start({ persistedDocuments: loadPersistedDocuments(path) });
    const post = (body: Record<string, unknown>) =>
      fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then(
        async (response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> }),
      );
    const hello = { status: 200, body: { data: { hello: "hello in *" } } };
    expect(await post({ documentId: hash })).toEqual(hello);
    expect(await post({ documentId: `sha256:${hash}` })).toEqual(hello);
    // Apollo Client's persisted-query link: the hash alone, found in the manifest, never asks for the document.
    expect(await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })).toEqual(hello);
    // A hash the manifest does not hold goes on to the automatic persisted queries, which ask for the document.
    const other = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256("{ areas { code } }") } } });
    expect(other.body).toMatchObject({ errors: [{ extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] });
  });
});
