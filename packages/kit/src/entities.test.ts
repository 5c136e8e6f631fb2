import "reflect-metadata";
import { Directive, Field, ID, ObjectType, Query, Resolver } from "type-graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEntityClient, EntityLookupError } from "./entities.js";
import { createLogger } from "./logger.js";
import { buildFederatedSchema } from "./schema.js";
import { type RunningServer, startSubgraphServer } from "./server.js";

@ObjectType()
@Directive('@key(fields: "id")')
class Shelf {
  @Field(() => ID)
  id!: string;

  @Field()
  label!: string;
}

const shelves = new Map([
  ["s-1", { id: "s-1", label: "Access to information" }],
  ["s-2", { id: "s-2", label: "Justice" }],
]);
let lastAuthorization: string | undefined;

@Resolver()
class ShelfResolver {
  @Query(() => [Shelf])
  shelves(): Shelf[] {
    return [...shelves.values()];
  }
}

let owner: RunningServer;
beforeAll(async () => {
  const schema = await buildFederatedSchema({
    resolvers: [ShelfResolver],
    referenceResolvers: { Shelf: { __resolveReference: (reference: { id: string }) => shelves.get(reference.id) ?? null } },
    validate: false,
  });
  owner = await startSubgraphServer({
    name: "owner",
    schema,
    logger: createLogger("owner", "silent"),
    port: 0,
    host: "127.0.0.1",
    isReady: async () => true,
    verifier: {
      verify: async (token) => {
        lastAuthorization = token;
        return { accountId: "a", role: "SUPPORT_UNIT" as never, memberId: null, institutionIds: [], partnerId: null, sessionId: null };
      },
    },
  });
});
afterAll(() => owner.close());

describe("createEntityClient", () => {
  it("reads another subgraph's entities in one request, in order, null for unknown keys, forwarding the token", async () => {
    const client = createEntityClient({ url: owner.url });
    const found = await client.fetch<{ id: string; label: string }>(
      "Shelf",
      [{ id: "s-2" }, { id: "nope" }, { id: "s-1" }],
      "id label",
      "Bearer t-123",
    );
    expect(found).toEqual([{ id: "s-2", label: "Justice" }, null, { id: "s-1", label: "Access to information" }]);
    expect(lastAuthorization).toBe("t-123");
  });

  it("fails with a clear error when the owner cannot be reached", async () => {
    const client = createEntityClient({ url: "http://127.0.0.1:9/graphql", timeoutMs: 1_000 });
    await expect(client.fetch("Shelf", [{ id: "s-1" }], "id")).rejects.toBeInstanceOf(EntityLookupError);
  });
});
