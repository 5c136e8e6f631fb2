import { buildSchema, getIntrospectionQuery, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measureOperation, type OperationLimits } from "./operation-limits.js";
import { postGraphQL } from "./testing/http.js";
import { TEST_SDL, type TestGateway, testGateways } from "./testing/test-gateway.js";

const LIMITS: OperationLimits = { maxDepth: 4, maxAliases: 3, maxDirectives: 3, maxTokens: 40, maxCost: 50, defaultListSize: 10 };

const gateways = testGateways();
let limited: TestGateway;
let defaults: TestGateway;
beforeAll(async () => {
  limited = await gateways.start({ limits: LIMITS });
  defaults = await gateways.start();
});
afterAll(() => gateways.stopAll());

/** Sends `query` to the gateway with small limits; says whether it ran (and reached the subgraph) or was refused. */
async function send(query: string, variables?: Record<string, unknown>) {
  const before = limited.fake.requests.length;
  const { status, body } = await postGraphQL(limited.gateway.url, query, { variables });
  return { status, body, reachedSubgraph: limited.fake.requests.length > before };
}

function refusedWith(code: string, message: RegExp) {
  return { errors: [expect.objectContaining({ message: expect.stringMatching(message), extensions: expect.objectContaining({ code }) })] };
}

describe("operation limits, through the gateway", () => {
  it("lets an operation nested to the depth limit through, and refuses one level deeper with QUERY_TOO_DEEP", async () => {
    const under = await send("{ member { parent { parent { id } } } }");
    expect(under.body.errors).toBeUndefined();
    expect(under.reachedSubgraph).toBe(true);

    const over = await send("{ member { parent { parent { parent { id } } } } }");
    expect(over.body).toMatchObject(refusedWith("QUERY_TOO_DEEP", /nests fields 5 levels deep; the limit is 4/));
    expect(over.body.errors?.[0]?.extensions).toEqual({ code: "QUERY_TOO_DEEP", limit: 4, found: 5 });
    expect(over.reachedSubgraph).toBe(false);
  });

  it("says the refusal in the caller's Accept-Language, with the same code and details", async () => {
    const query = "{ member { parent { parent { parent { id } } } } }";
    const said = async (language: string) =>
      (await postGraphQL(limited.gateway.url, query, { headers: { "accept-language": language } })).body.errors?.[0];
    expect(await said("fr")).toEqual({
      message:
        "L'opération imbrique des champs sur 5 niveaux ; la limite est de 4. Demandez la partie la plus profonde dans une seconde opération.",
      extensions: { code: "QUERY_TOO_DEEP", limit: 4, found: 5 },
    });
    expect((await said("es-MX,es;q=0.9"))?.message).toBe(
      "La operación anida campos en 5 niveles; el límite es 4. Pida la parte más profunda con una segunda operación.",
    );
    expect((await said("en"))?.message).toMatch(/^The operation nests fields 5 levels deep; the limit is 4\./);
  });

  it("counts depth through fragments", async () => {
    const over = await send("{ member { ...Ancestors } } fragment Ancestors on Member { parent { parent { parent { id } } } }");
    expect(over.body).toMatchObject(refusedWith("QUERY_TOO_DEEP", /5 levels deep/));
  });

  it("lets the alias limit through and refuses one more alias with TOO_MANY_ALIASES, counting each use of a fragment", async () => {
    const under = await send("{ a: hello b: hello c: hello }");
    expect(under.body.errors).toBeUndefined();
    expect(Object.keys(under.body.data ?? {})).toEqual(["a", "b", "c"]);

    const over = await send("{ a: hello b: hello c: hello d: hello }");
    expect(over.body).toMatchObject(refusedWith("TOO_MANY_ALIASES", /uses 4 aliases; the limit is 3/));
    expect(over.reachedSubgraph).toBe(false);

    const viaFragments = await send("{ one: member { ...Names } two: member { ...Names } } fragment Names on Member { n: name }");
    expect(viaFragments.body).toMatchObject(refusedWith("TOO_MANY_ALIASES", /uses 4 aliases/));
  });

  it("lets the directive limit through and refuses one more directive with TOO_MANY_DIRECTIVES", async () => {
    const under = await send("{ hello @include(if: true) member @skip(if: false) { id @include(if: true) } }");
    expect(under.body.errors).toBeUndefined();

    const over = await send("{ hello @include(if: true) member @skip(if: false) { id @include(if: true) name @include(if: true) } }");
    expect(over.body).toMatchObject(refusedWith("TOO_MANY_DIRECTIVES", /uses 4 directives; the limit is 3/));
    expect(over.reachedSubgraph).toBe(false);
  });

  it("lets a document of the token limit through and refuses a longer one with TOO_MANY_TOKENS", async () => {
    // `{`, `}` and each `hello` are one token each.
    const hellos = (count: number) => `{ ${Array.from({ length: count }, () => "hello").join(" ")} }`;
    const under = await send(hellos(38));
    expect(under.body).toEqual({ data: { hello: "world" } });

    const over = await send(hellos(39));
    expect(over.body).toMatchObject(refusedWith("TOO_MANY_TOKENS", /more than 40 tokens/));
    expect(over.body.errors?.[0]?.extensions).toEqual({ code: "TOO_MANY_TOKENS", limit: 40 });
    expect(over.reachedSubgraph).toBe(false);
  });

  it("sizes lists by their `first` variable: the cost limit lets 24 members through and refuses 25 with QUERY_TOO_COMPLEX", async () => {
    // The connection counts 1, then each member's edge and node 1 each: 1 + 2n.
    const page = "query Page($first: Int) { members(first: $first) { edges { node { id } } } }";
    const under = await send(page, { first: 24 });
    expect(under.body.errors).toBeUndefined();
    expect(under.reachedSubgraph).toBe(true);

    const over = await send(page, { first: 25 });
    expect(over.body).toMatchObject(refusedWith("QUERY_TOO_COMPLEX", /estimated cost is 51; the limit is 50/));
    expect(over.body.errors?.[0]?.message).toMatch(/`first`\/`last`, 10 when not given/);
    expect(over.reachedSubgraph).toBe(false);
  });

  it("answers a refusal with 400 to clients of the GraphQL-over-HTTP media type", async () => {
    const response = await fetch(limited.gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: "{ a: hello b: hello c: hello d: hello }" }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe("TOO_MANY_ALIASES");
  });

  it("lets GraphiQL's and codegen's introspection query through with the default limits", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    const { body } = await postGraphQL(defaults.gateway.url, query);
    expect(body.errors).toBeUndefined();
    const schema = body.data?.__schema as { types: { name: string }[] } | undefined;
    const types = schema?.types.map((type) => type.name);
    expect(types).toEqual(expect.arrayContaining(["Member", "MemberConnection", "Area"]));
  });

  it("refuses introspection that nests more lists than the standard query does (graphql-js's own rule)", async () => {
    const allowed = "{ __schema { types { fields { args { name } } } } }";
    expect((await postGraphQL(defaults.gateway.url, allowed)).body.errors).toBeUndefined();
    const nested = "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }";
    const { body } = await postGraphQL(defaults.gateway.url, nested);
    expect(body).toMatchObject(refusedWith("GRAPHQL_VALIDATION_FAILED", /^Maximum introspection depth exceeded$/));
  });
});

describe("measureOperation", () => {
  const schema = buildSchema(TEST_SDL.replace(/^extend schema.*$/m, ""));
  const measure = (query: string, variables?: Record<string, unknown>) => measureOperation(schema, parse(query), undefined, variables, 20);

  it("counts a list without `first` as the default page size, and nested lists multiply", () => {
    expect(measure("{ areas { code } }")?.cost).toBe(20);
    expect(measure("{ members { edges { node { areas { code } } } } }")?.cost).toBe(1 + 20 + 20 + 20 * 20);
    expect(measure("{ members(first: 2) { totalCount edges { node { parent { id } } } } }")?.cost).toBe(1 + 2 + 2 + 2);
  });

  it("sizes a list by its variable, or the variable's default in the operation when none is sent", () => {
    const page = "query Page($first: Int = 50) { members(first: $first) { edges { node { id } } } }";
    expect(measure(page, { first: 5 })?.cost).toBe(1 + 5 + 5);
    expect(measure(page, {})?.cost).toBe(1 + 50 + 50);
  });

  it("makes every root field of a mutation cost 10 more than a query's", () => {
    expect(measure('mutation { rename(id: 1, name: "x") { id } }')?.cost).toBe(11);
  });

  it("measures the operation named, and ignores introspection for depth and cost", () => {
    const document = parse("query A { hello } query B { member { parent { id } } __schema { types { name } } }");
    expect(measureOperation(schema, document, "B", undefined, 20)).toEqual({
      depth: 3,
      aliases: 0,
      directives: 0,
      cost: 2,
    });
  });

  it("measures fragments that spread each other exponentially often in linear time", () => {
    const fragments = Array.from({ length: 40 }, (_, i) =>
      i === 39
        ? `fragment F${i} on Member { n${i}: name }`
        : `fragment F${i} on Member { a${i}: parent { ...F${i + 1} } b${i}: parent { ...F${i + 1} } }`,
    );
    const measured = measure(`{ member { ...F0 } } ${fragments.join(" ")}`);
    expect(measured?.aliases).toBeGreaterThan(2 ** 39);
    expect(measured?.depth).toBe(41);
  });
});
