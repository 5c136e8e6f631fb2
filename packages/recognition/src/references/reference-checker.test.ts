import "reflect-metadata";
import { existsSync, readFileSync } from "node:fs";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { createLogger, DomainError, MEMBER_PROFILES_QUERY, Role, type RunningServer, startSubgraphServer } from "@ogc/kit";
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
  /** The directory's member list, answered two at a time so reading it all takes several pages. */
  profiles: [
    { id: "m-1", type: "NATIONAL", region: "EUROPE" },
    { id: "m-2", type: "LOCAL", region: "AMERICAS" },
    { id: "m-3", type: "OTHER", region: "EUROPE" },
  ],
};

let server: RunningServer;
beforeAll(async () => {
  const schema = buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION}
      type Query { members(first: Int, after: String, filter: MemberFilter): MemberConnection! }
      input MemberFilter { includeArchived: Boolean }
      type MemberConnection { edges: [MemberEdge!]! pageInfo: PageInfo! }
      type MemberEdge { node: Member! }
      type PageInfo { hasNextPage: Boolean! endCursor: String }
      type Member @key(fields: "id") { id: ID! type: String! region: String! }
      type Commitment @key(fields: "id") { id: ID! ogpId: String status: String! member: Member! }`),
    resolvers: {
      Query: {
        members: (_: unknown, args: { after?: string | null; filter?: { includeArchived?: boolean } }) => {
          if (!args.filter?.includeArchived) throw new Error("archived members were left out");
          const start = args.after ? Number(args.after) : 0;
          const nodes = owner.profiles.slice(start, start + 2);
          const hasNextPage = start + 2 < owner.profiles.length;
          return { edges: nodes.map((node) => ({ node })), pageInfo: { hasNextPage, endCursor: hasNextPage ? String(start + 2) : null } };
        },
      },
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

  it("reads the directory's whole member list, page after page, archived members included", async () => {
    const checker = entityReferenceChecker({ directoryUrl: server.url, challengeUrl: server.url });
    owner.tokens.length = 0;
    expect(await checker.memberProfiles("Bearer t-3")).toEqual(owner.profiles);
    expect(owner.tokens).toEqual(["t-3", "t-3"]);
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
    // SERVICE_UNAVAILABLE, which the gateway lets through, with a message that names no internal address.
    expect(error).toMatchObject({ extensions: { code: "SERVICE_UNAVAILABLE" }, detail: expect.stringContaining("127.0.0.1:9") });
    expect((error as Error).message).not.toContain("127.0.0.1");
    await expect(checker.memberProfiles()).rejects.toThrow(/directory subgraph could not be asked/);
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

  it("the directory's member list has the fields and filter read", () => {
    const schema = buildSubgraphSchema({
      typeDefs: parse(readFileSync(new URL("../../../directory/schema.graphql", import.meta.url), "utf8")),
    });
    expect(validate(schema, parse(MEMBER_PROFILES_QUERY)).map((error) => error.message)).toEqual([]);
  });
});
