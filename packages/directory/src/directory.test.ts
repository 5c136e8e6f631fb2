import "reflect-metadata";
import { readFileSync } from "node:fs";
import { EnvError, printFederatedSchema } from "@ogc/kit";
import { createTestSubgraph, type TestSubgraph, testStores, undescribed } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDirectoryEnv } from "./environment.js";
import { seedDirectoryDemoData } from "./seed/demo-data.js";
import { directorySubgraph } from "./subgraph.js";
import { ok, supportUnit, tableCounts } from "./test-helpers.js";

describe.each(testStores)("demo data on %s", (store) => {
  let directory: TestSubgraph;
  beforeAll(async () => {
    directory = await createTestSubgraph(directorySubgraph, store);
  });
  afterAll(() => directory.close());

  it("loads real members of every type, institutions of every branch and level, partners of every kind, once", async () => {
    const summary = await seedDirectoryDemoData(directory.dataSource);
    expect(summary).toMatchObject({ members: 7, actionPlans: 6 });
    const counts = await tableCounts(directory);
    expect(counts.contact).toBe(counts.institution + counts.partner);

    const again = await seedDirectoryDemoData(directory.dataSource);
    expect(again).toBeNull();
    expect(await tableCounts(directory)).toEqual(counts);

    const data = ok(
      await directory.execute<{
        members: { edges: { node: { ogpCode: string; type: string; region: string } }[] };
        institutions: { edges: { node: { branch: string; level: string; contacts: { email: string }[] } }[] };
        partners: { edges: { node: { kind: string; contacts: { email: string }[] } }[] };
        actionPlans: { edges: { node: { ogpId: string; amendmentWindow: { isOpen: boolean } } }[] };
      }>(
        `{
          members(first: 100) { edges { node { ogpCode type region } } }
          institutions(first: 100) { edges { node { branch level contacts { email } } } }
          partners(first: 100) { edges { node { kind contacts { email } } } }
          actionPlans(filter: { amendmentWindowOpen: true }) { edges { node { ogpId amendmentWindow { isOpen } } } }
        }`,
        { as: supportUnit },
      ),
    );
    const members = data.members.edges.map((edge) => edge.node);
    expect(members.map((member) => member.ogpCode)).toEqual(expect.arrayContaining(["ALB", "ARG", "GHA", "ARBA", "GBSC", "XKX"]));
    expect(new Set(members.map((member) => member.type))).toEqual(new Set(["NATIONAL", "LOCAL", "OTHER"]));
    expect(new Set(members.map((member) => member.region))).toEqual(
      new Set(["AFRICA_AND_MIDDLE_EAST", "AMERICAS", "ASIA_AND_PACIFIC", "EUROPE"]),
    );
    const institutions = data.institutions.edges.map((edge) => edge.node);
    expect(new Set(institutions.map((institution) => institution.branch))).toEqual(
      new Set(["EXECUTIVE", "LEGISLATIVE", "JUDICIAL", "INDEPENDENT"]),
    );
    expect(new Set(institutions.map((institution) => institution.level))).toEqual(new Set(["NATIONAL", "SUBNATIONAL", "LOCAL"]));
    expect(institutions.every((institution) => institution.contacts.length === 1)).toBe(true);
    const partners = data.partners.edges.map((edge) => edge.node);
    expect(new Set(partners.map((partner) => partner.kind))).toEqual(
      new Set(["CIVIL_SOCIETY", "ACADEMIA", "PRIVATE_SECTOR", "MULTILATERAL", "MEDIA", "OTHER"]),
    );
    expect(partners.every((partner) => partner.contacts.length === 1 && partner.contacts[0]?.email.endsWith("@example.org"))).toBe(true);
    expect(data.actionPlans.edges.map((edge) => edge.node)).toEqual([{ ogpId: "AP_GHA05", amendmentWindow: { isOpen: true } }]);
  });

  it("lists the audit log newest first, a page at a time, for the support unit", async () => {
    const query = `query ($after: String) { directoryAuditLog(first: 10, after: $after) { totalCount edges { node { at operation actorId } } pageInfo { hasNextPage endCursor } } }`;
    const first = ok(
      await directory.execute<{
        directoryAuditLog: {
          totalCount: number;
          edges: { node: { at: string; operation: string; actorId: string | null } }[];
          pageInfo: { endCursor: string };
        };
      }>(query, { as: supportUnit }),
    ).directoryAuditLog;
    expect(first.totalCount).toBe((await tableCounts(directory)).audit);
    const times = first.edges.map((edge) => edge.node.at);
    expect(times).toEqual([...times].sort().reverse());
    // The demo data is written by the system itself.
    expect(first.edges.every((edge) => edge.node.actorId === null)).toBe(true);
    const second = ok(
      await directory.execute<{ directoryAuditLog: { edges: { node: { at: string } }[] } }>(query, {
        as: supportUnit,
        variables: { after: first.pageInfo.endCursor },
      }),
    ).directoryAuditLog;
    expect(second.edges[0]?.node.at <= (times.at(-1) ?? "")).toBe(true);
  });
});

describe("environment", () => {
  it("defaults to port 4002 without demo data, and reads SEED_DEMO_DATA", () => {
    expect(loadDirectoryEnv({})).toMatchObject({ PORT: 4002, SEED_DEMO_DATA: false });
    expect(loadDirectoryEnv({ SEED_DEMO_DATA: "true", PORT: "4102" })).toMatchObject({ PORT: 4102, SEED_DEMO_DATA: true });
  });

  it("stops start-up with a clear message on a malformed value", () => {
    expect(() => loadDirectoryEnv({ SEED_DEMO_DATA: "yes" })).toThrow(EnvError);
    expect(() => loadDirectoryEnv({ SEED_DEMO_DATA: "yes" })).toThrow(/SEED_DEMO_DATA/);
  });
});

describe("schema.graphql", () => {
  it("is the SDL the code builds (run `pnpm --filter @ogc/directory schema` after changing the schema)", async () => {
    const committed = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");
    expect(committed).toBe(printFederatedSchema(await directorySubgraph.buildSchema()));
  });

  it("describes every type and every field of the public schema", async () => {
    expect(undescribed(await directorySubgraph.buildSchema())).toEqual([]);
  });
});
