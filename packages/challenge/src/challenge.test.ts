import "reflect-metadata";
import { readFileSync } from "node:fs";
import { createLogger, createRequestContext, EnvError, printFederatedSchema } from "@ogc/kit";
import { undescribed } from "@ogc/kit/testing";
import type { DataSource } from "typeorm";
import { describe, expect, it } from "vitest";
import { loadChallengeEnv } from "./environment.js";
import { buildChallengeSchema, createChallengeSubgraph } from "./subgraph.js";
import { ALB, MINISTRY, supportUnit, testAccounts, testDirectory } from "./test-helpers.js";

describe("environment", () => {
  it("defaults to port 4004 and the local directory and identity, and reads DIRECTORY_URL", () => {
    expect(loadChallengeEnv({})).toMatchObject({
      PORT: 4004,
      DIRECTORY_URL: "http://localhost:4002/graphql",
      IDENTITY_URL: "http://localhost:4003/graphql",
      SEED_DEMO_DATA: false,
    });
    expect(() => loadChallengeEnv({ IDENTITY_URL: "identity" })).toThrow(/IDENTITY_URL/);
    expect(loadChallengeEnv({ DIRECTORY_URL: "http://directory:4002/graphql", PORT: "4104" })).toMatchObject({
      PORT: 4104,
      DIRECTORY_URL: "http://directory:4002/graphql",
    });
  });

  it("stops start-up with a clear message on a malformed value", () => {
    expect(() => loadChallengeEnv({ DIRECTORY_URL: "directory" })).toThrow(EnvError);
    expect(() => loadChallengeEnv({ DIRECTORY_URL: "directory" })).toThrow(/DIRECTORY_URL/);
    expect(() => loadChallengeEnv({ SEED_DEMO_DATA: "yes" })).toThrow(/SEED_DEMO_DATA/);
  });
});

describe("schema.graphql", () => {
  it("is the SDL the code builds (run `pnpm --filter @ogc/challenge schema` after changing the schema)", async () => {
    const committed = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");
    expect(committed).toBe(printFederatedSchema(await buildChallengeSchema()));
  });

  it("describes every type and every field of the public schema", async () => {
    expect(undescribed(await buildChallengeSchema())).toEqual([]);
  });

  it("exposes the public contract's Commitment fields (coCreators belongs to the co-creation issue)", async () => {
    const commitment = (await buildChallengeSchema()).getType("Commitment") as { getFields(): Record<string, unknown> };
    for (const field of [
      "id",
      "ogpId",
      "title",
      "status",
      "pathway",
      "member",
      "leadInstitution",
      "proposedArea",
      "assignedArea",
      "milestones",
      "history",
    ]) {
      expect(Object.keys(commitment.getFields())).toContain(field);
    }
  });
});

describe("the request context", () => {
  it("forwards the caller's Authorization header to the directory, in one request per tick", async () => {
    const directory = testDirectory();
    const definition = createChallengeSubgraph({ directory, accounts: testAccounts() });
    const headers: Record<string, string> = { authorization: "Bearer caller-token" };
    const base = createRequestContext({ get: (name) => headers[name] }, createLogger("challenge", "silent"), supportUnit);
    const { challenge } = definition.extendContext(base, { dataSource: {} as DataSource });
    const [member, institution] = await Promise.all([challenge.directory.member(ALB), challenge.directory.institution(MINISTRY)]);
    expect([member?.ogpCode, institution?.member.id]).toEqual(["ALB", ALB]);
    expect(directory.authorizations).toEqual(["Bearer caller-token"]);
  });

  it("forwards the caller's Authorization header to the identity service when it checks a facilitator", async () => {
    const accounts = testAccounts();
    const definition = createChallengeSubgraph({ directory: testDirectory(), accounts });
    const headers: Record<string, string> = { authorization: "Bearer caller-token" };
    const base = createRequestContext({ get: (name) => headers[name] }, createLogger("challenge", "silent"), supportUnit);
    const { challenge } = definition.extendContext(base, { dataSource: {} as DataSource });
    // Refused on the lookup, before any database work.
    await expect(challenge.coordination.assignFacilitator({ id: "case-1", version: 1, facilitatorId: "nobody" })).rejects.toThrow(
      /No account has the id nobody/,
    );
    expect(accounts.authorizations).toEqual(["Bearer caller-token"]);
  });
});
