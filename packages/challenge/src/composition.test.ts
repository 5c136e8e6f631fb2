import { readFileSync } from "node:fs";
import { composeServices } from "@theguild/federation-composition";
import { buildSchema, type GraphQLObjectType, parse } from "graphql";
import { describe, expect, it } from "vitest";

/** The committed SDL of a subgraph of this repository. */
function sdl(name: string): string {
  return readFileSync(new URL(`../../${name}/schema.graphql`, import.meta.url), "utf8");
}

describe("composition with the other subgraphs", () => {
  it("composes with catalog, directory and identity, as the gateway will once challenge is on its list", () => {
    const services = ["catalog", "directory", "identity", "challenge"].map((name, index) => ({
      name,
      url: `http://localhost:${4001 + index}/graphql`,
      typeDefs: parse(sdl(name)),
    }));
    const result = composeServices(services);
    expect(result.errors?.map((error) => error.message) ?? []).toEqual([]);
    const schema = buildSchema(result.publicSdl ?? "");
    const fields = (type: string) => (schema.getType(type) as GraphQLObjectType).getFields();
    const signature = (type: string, field: string) => {
      const found = fields(type)[field];
      return found ? `${field}(${found.args.map((arg) => `${arg.name}: ${String(arg.type)}`).join(", ")}): ${String(found.type)}` : null;
    };
    // The public contract's names, and the fields this subgraph adds to the others' entities.
    expect(signature("Query", "commitments")).toBe(
      "commitments(first: Int, after: String, filter: CommitmentFilter): CommitmentConnection!",
    );
    expect(signature("Query", "commitment")).toBe("commitment(id: ID!): Commitment");
    expect(signature("Query", "commitmentByOgpId")).toBe("commitmentByOgpId(ogpId: String!): Commitment");
    expect(Object.keys(fields("Member"))).toEqual(expect.arrayContaining(["ogpCode", "name", "commitments"]));
    expect(Object.keys(fields("Institution"))).toEqual(expect.arrayContaining(["branch", "commitments"]));
    expect(Object.keys(fields("ChallengeArea"))).toEqual(expect.arrayContaining(["name", "commitments", "commitmentStats"]));
    expect(Object.keys(fields("ActionPlan"))).toEqual(expect.arrayContaining(["ogpId", "amendmentWindow"]));
    expect(Object.keys(fields("Commitment"))).toEqual(
      expect.arrayContaining(["member", "leadInstitution", "proposedArea", "assignedArea", "milestones", "history"]),
    );
  });
});
