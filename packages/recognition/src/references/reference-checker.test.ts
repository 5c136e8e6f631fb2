import "reflect-metadata";
import { existsSync, readFileSync } from "node:fs";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { createLogger, DomainError, Role, type RunningServer, startSubgraphServer } from "@ogc/kit";
import { parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMITMENT_SELECTION, entityReferenceChecker, MEMBER_SELECTION, ReferenceUnavailableError } from "./reference-checker.js";

/** The query the kit's entity client sends for `typename` and `selection`. */
const entitiesQuery = (typename: string, selection: string) =>
  `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`;

const FEDERATION = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])';

/** A stand-in for the directory and the challenge subgraph in one server, answering `_entities` as they do. */
const owner = {
  members: new Map([["m-1", { id: "m-1" }]]),
  commitments: new Map([["c-1", { id: "c-1", ogpId: "AL0002", status: "IN_PROGRESS", memberId: "m-1" }]]),
  tokens: [] as string[],
};

let server: RunningServer;
beforeAll(async () => {
  const schema = buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION}
      type Query { ping: String }
      type Member @key(fields: "id") { id: ID! }
      type Commitment @key(fields: "id") { id: ID! ogpId: String status: String! member: Member! }`),
    resolvers: {
      Member: { __resolveReference: (reference: { id: string }) => owner.members.get(reference.id) ?? null },
      Commitment: {
        __resolveReference: (reference: { id: string }) => owner.commitments.get(reference.id) ?? null,
        member: (commitment: { memberId: string }) => ({ id: commitment.memberId }),
      },
    } as never,
  });
  server = await startSubgraphServer({
    name: "owner",
    schema,
    logger: createLogger("owner", "silent"),
    port: 0,
    host: "127.0.0.1",
    isReady: async () => true,
    verifier: {
      verify: async (token) => {
        owner.tokens.push(token);
        return { accountId: "a-1", role: Role.PARTNER_EDITOR, memberId: null, institutionIds: [], partnerId: "p-1", sessionId: null };
      },
    },
  });
});
afterAll(() => server.close());

describe("entityReferenceChecker", () => {
  it("asks the owners through _entities, in order, null for unknown ids, forwarding the caller's token", async () => {
    const checker = entityReferenceChecker({ directoryUrl: server.url, challengeUrl: server.url });
    expect(await checker.members(["nope", "m-1"], "Bearer t-1")).toEqual([null, { id: "m-1" }]);
    expect(await checker.commitments(["c-1", "c-2"], "Bearer t-2")).toEqual([
      { id: "c-1", ogpId: "AL0002", status: "IN_PROGRESS", member: { id: "m-1" } },
      null,
    ]);
    expect(owner.tokens).toEqual(["t-1", "t-2"]);
  });

  it("refuses the write with a clear message when an owner cannot be reached", async () => {
    const checker = entityReferenceChecker({
      directoryUrl: "http://127.0.0.1:9/graphql",
      challengeUrl: "http://127.0.0.1:9/graphql",
      timeoutMs: 1_000,
    });
    const failure = checker.commitments(["c-1"]);
    await expect(failure).rejects.toBeInstanceOf(ReferenceUnavailableError);
    await expect(failure).rejects.toThrow(/challenge subgraph could not be asked/);
    const error = await checker.members(["m-1"]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
  });
});

describe("the selections match the owners' committed schemas", () => {
  const owners: [string, string, string][] = [
    ["directory", "Member", MEMBER_SELECTION],
    ["challenge", "Commitment", COMMITMENT_SELECTION],
  ];
  it.each(owners)("%s's %s has the fields read", (name, typename, selection) => {
    const path = new URL(`../../../${name}/schema.graphql`, import.meta.url);
    // The challenge subgraph may not have committed its SDL yet; the directory always has.
    if (!existsSync(path)) {
      expect(name).toBe("challenge");
      return;
    }
    const schema = buildSubgraphSchema({ typeDefs: parse(readFileSync(path, "utf8")) });
    expect(validate(schema, parse(entitiesQuery(typename, selection))).map((error) => error.message)).toEqual([]);
  });
});
