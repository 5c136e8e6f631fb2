import { readFileSync } from "node:fs";
import { composeServices as composeWithApollo } from "@apollo/composition";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { CompositionError, composeSupergraph } from "./compose.js";
import { publicSchemaPath, supergraphPath } from "./paths.js";
import { subgraphs } from "./subgraphs.js";
import { COMPOSE_COMMAND, readCommittedSubgraphs, renderSupergraphFiles } from "./supergraph-files.js";

const federation = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@shareable"])';

describe("the committed subgraph SDL", () => {
  it("lists every subgraph of subgraphs.ts", () => {
    expect(readCommittedSubgraphs().map((subgraph) => subgraph.name)).toEqual(subgraphs.map((subgraph) => subgraph.name));
  });

  it("composes with @theguild/federation-composition, the composer the gateway uses", () => {
    const composed = composeSupergraph(readCommittedSubgraphs());
    expect(composed.publicSdl).toContain("challengeAreas: [ChallengeArea!]!");
    expect(composed.publicSdl).not.toContain("join__");
  });

  it("composes with @apollo/composition too, so the graph stays portable to Apollo Router", () => {
    const result = composeWithApollo(
      readCommittedSubgraphs().map((subgraph) => ({ name: subgraph.name, url: subgraph.url, typeDefs: parse(subgraph.sdl) })),
    );
    expect(result.errors?.map((error) => error.message) ?? []).toEqual([]);
    expect(result.supergraphSdl).toContain("challengeAreas: [ChallengeArea!]!");
  });
});

describe("the committed supergraph files", () => {
  const expected = renderSupergraphFiles(composeSupergraph(readCommittedSubgraphs()));

  it(`supergraph.graphql is up to date (regenerate with \`${COMPOSE_COMMAND}\`)`, () => {
    expect(readFileSync(supergraphPath, "utf8"), `supergraph.graphql is stale: run \`${COMPOSE_COMMAND}\``).toBe(expected.supergraph);
  });

  it(`public-schema.graphql is up to date (regenerate with \`${COMPOSE_COMMAND}\`)`, () => {
    expect(readFileSync(publicSchemaPath, "utf8"), `public-schema.graphql is stale: run \`${COMPOSE_COMMAND}\``).toBe(
      expected.publicSchema,
    );
  });
});

describe("composeSupergraph", () => {
  it("hides @inaccessible parts from the public schema but keeps them in the supergraph", () => {
    const sdl = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@inaccessible"])
      type Query { visible: String secret: String @inaccessible }`;
    const composed = composeSupergraph([{ name: "one", url: "http://one/graphql", sdl }]);
    expect(composed.publicSdl).toContain("visible");
    expect(composed.publicSdl).not.toContain("secret");
    expect(composed.supergraphSdl).toContain("secret");
    expect(composed.supergraphSdl).toContain('url: "http://one/graphql"');
  });

  it("throws one error listing every composition problem", () => {
    // Two subgraphs define the same non-shareable field with different types: two separate problems.
    const one = `${federation}\n type Query { a: String b: Int }`;
    const two = `${federation}\n type Query { a: Int b: String }`;
    let thrown: unknown;
    try {
      composeSupergraph([
        { name: "one", url: "http://one/graphql", sdl: one },
        { name: "two", url: "http://two/graphql", sdl: two },
      ]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CompositionError);
    const { errors, message } = thrown as CompositionError;
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors.some((error) => error.includes('"Query.a"'))).toBe(true);
    expect(errors.some((error) => error.includes('"Query.b"'))).toBe(true);
    for (const error of errors) expect(message).toContain(error);
  });

  it("names the subgraph whose SDL does not parse", () => {
    expect(() => composeSupergraph([{ name: "broken", url: "http://broken/graphql", sdl: "type Query {" }])).toThrow(
      /broken: SDL does not parse/,
    );
  });
});
