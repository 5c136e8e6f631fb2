import "reflect-metadata";
import { existsSync, readFileSync } from "node:fs";
import { EnvError, printFederatedSchema } from "@ogc/kit";
import { undescribed } from "@ogc/kit/testing";
import { composeServices } from "@theguild/federation-composition";
import { extendSchema, type GraphQLNamedType, type GraphQLSchema, getNamedType, isObjectType, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { loadRecognitionEnv } from "./environment.js";
import { buildRecognitionSchema } from "./subgraph.js";

const committedSdl = () => readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

describe("environment", () => {
  it("defaults to port 4005 and the local directory and challenge subgraphs", () => {
    expect(loadRecognitionEnv({})).toMatchObject({
      PORT: 4005,
      DIRECTORY_URL: "http://localhost:4002/graphql",
      CHALLENGE_URL: "http://localhost:4004/graphql",
    });
    expect(loadRecognitionEnv({ CHALLENGE_URL: "http://challenge:4004/graphql" }).CHALLENGE_URL).toBe("http://challenge:4004/graphql");
  });

  it("stops start-up with a clear message on a malformed value", () => {
    expect(() => loadRecognitionEnv({ DIRECTORY_URL: "directory" })).toThrow(EnvError);
    expect(() => loadRecognitionEnv({ DIRECTORY_URL: "directory" })).toThrow(/DIRECTORY_URL/);
  });
});

describe("schema.graphql", () => {
  it("is the SDL the code builds (run `pnpm --filter @ogc/recognition build && pnpm --filter @ogc/recognition schema` after changing the schema)", async () => {
    expect(committedSdl()).toBe(printFederatedSchema(await buildRecognitionSchema()));
  });

  it("describes every type and every field of the public schema", async () => {
    expect(undescribed(await buildRecognitionSchema())).toEqual([]);
  });

  it("composes with the catalog, directory and identity subgraphs (and challenge, once it commits its SDL)", () => {
    const names = ["catalog", "directory", "identity", "challenge"];
    const services = names
      .map((name) => ({ name, path: new URL(`../../${name}/schema.graphql`, import.meta.url) }))
      .filter(({ path }) => existsSync(path))
      .map(({ name, path }) => ({ name, url: `http://${name}/graphql`, typeDefs: parse(readFileSync(path, "utf8")) }));
    expect(services.map((service) => service.name)).toEqual(expect.arrayContaining(["catalog", "directory", "identity"]));
    const result = composeServices([
      ...services,
      { name: "recognition", url: "http://recognition/graphql", typeDefs: parse(committedSdl()) },
    ]);
    expect(result.errors?.map((error) => error.message) ?? []).toEqual([]);
    expect(result.publicSdl).toMatch(/type Member[^{]*\{[^}]*acceptedNominations: \[AwardNomination!\]!/s);
    expect(result.publicSdl).toMatch(/type ChallengeArea[^{]*\{[^}]*stories\(/s);
  });
});

/**
 * DOMAIN.md rule 9: stories are never used to measure performance. The guard: no field of this subgraph returns a
 * number except the allow-listed ones below, none of which is computed over stories. Adding a count, score or ranking
 * of stories anywhere (on Story, on its connection, on Member, Partner, ChallengeArea, Query...) fails this test;
 * do not add it to the list: measure commitments, milestones or IRM ratings in the challenge subgraph instead.
 */
describe("stories are never measured (DOMAIN.md rule 9)", () => {
  const ALLOWED_NUMBERS = new Set([
    // Optimistic-concurrency counters of each record, not measures.
    "Story.version",
    "AwardCycle.version",
    "AwardNomination.version",
    // Totals of lists that are not stories: nominations (a nomination is not a story) and the support unit's audit log.
    "AwardNominationConnection.totalCount",
    "AuditEntryConnection.totalCount",
  ]);

  const numericFields = (schema: GraphQLSchema) => {
    const found: string[] = [];
    for (const type of Object.values(schema.getTypeMap()) as GraphQLNamedType[]) {
      if (!isObjectType(type) || type.name.startsWith("_")) continue;
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type).name;
        if (named === "Int" || named === "Float") found.push(`${type.name}.${field.name}`);
      }
    }
    return found.sort();
  };

  it("no field returns a number but a record's version and the totals of non-story lists", async () => {
    expect(numericFields(await buildRecognitionSchema())).toEqual([...ALLOWED_NUMBERS].sort());
  });

  it("story lists carry no total, and no story-related type has a numeric field but `version`", async () => {
    const schema = await buildRecognitionSchema();
    const storyTypes = ["Story", "StoryConnection", "StoryEdge", "StoryAuthor"];
    for (const name of storyTypes) {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} is missing`);
      const numbers = Object.values(type.getFields())
        .filter((field) => ["Int", "Float"].includes(getNamedType(field.type).name))
        .map((field) => field.name);
      expect([name, numbers]).toEqual([name, name === "Story" ? ["version"] : []]);
    }
  });

  it("fails on a count of stories wherever someone adds one", async () => {
    const schema = await buildRecognitionSchema();
    for (const addition of [
      "extend type StoryConnection { totalCount: Int! }",
      "extend type Member { storyCount: Int! }",
      "extend type ChallengeArea { storyScore: Float }",
    ]) {
      expect(numericFields(extendSchema(schema, parse(addition)))).not.toEqual([...ALLOWED_NUMBERS].sort());
    }
  });
});
