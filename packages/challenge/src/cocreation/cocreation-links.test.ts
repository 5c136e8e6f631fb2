import "reflect-metadata";
import { Role, type Viewer } from "@ogc/kit";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ASSEMBLY,
  changeStatus,
  commitmentIn,
  createCommitment,
  createHarness,
  firstError,
  GHA,
  GHANA_MINISTRY,
  ghanaOfficer,
  type Harness,
  officer,
  ok,
  otherOfficer,
  partnerEditor,
  supportUnit,
  tableCounts,
  UPSERT_RESULT,
  type UpsertOutcomes,
  viewer,
} from "../test-helpers.js";

const LINKS = `query ($filter: CoCreationLinkFilter, $first: Int, $after: String) {
  coCreationLinks(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id status role partner { id } commitment { id title } } }
  }
}`;

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; status: string; role: string; partner: { id: string }; commitment: { id: string } | null } }[];
};

const secondPartner = viewer(Role.PARTNER_EDITOR, { accountId: "partner-2-editor", partnerId: "partner-2" });

describe.each(testStores)("the coCreationLinks list on %s", (store) => {
  let harness: Harness;
  /** c1: Albania's ministry leads, the assembly supports; c2: the assembly leads; c3: Ghana's ministry leads. */
  const c: Record<"c1" | "c2" | "c3", string> = { c1: "", c2: "", c3: "" };
  /**
   * L1 ACTIVE (partner-1, c1), L2 REQUESTED (partner-1, c1), L3 REQUESTED (partner-2, c2), L4 ACTIVE (partner-2, c3),
   * L5 DECLINED (partner-1, c3), L6 REQUESTED (partner-2) on a draft the ministry leads and the assembly supports.
   */
  const l: Record<"L1" | "L2" | "L3" | "L4" | "L5" | "L6", string> = { L1: "", L2: "", L3: "", L4: "", L5: "", L6: "" };

  const list = async (
    filter: Record<string, unknown> | null,
    as: Viewer | null = null,
    page: { first?: number; after?: string | null } = {},
  ) =>
    ok(await harness.subgraph.execute<{ coCreationLinks: Page }>(LINKS, { as, variables: { filter, first: 100, ...page } }))
      .coCreationLinks;
  const names = async (filter: Record<string, unknown> | null, as: Viewer | null = null) => {
    const byId = new Map(Object.entries(l).map(([name, id]) => [id, name]));
    return (await list(filter, as)).edges.map((edge) => byId.get(edge.node.id) ?? edge.node.id).sort();
  };
  const request = async (commitmentId: string, role: string, as: Viewer) =>
    ok(
      await harness.subgraph.execute<{ requestCoCreation: { id: string } }>(
        "mutation ($input: RequestCoCreationInput!) { requestCoCreation(input: $input) { id } }",
        { as, variables: { input: { commitmentId, role } } },
      ),
    ).requestCoCreation.id;
  const answer = async (name: string, id: string, as: Viewer, reason?: string) =>
    ok(
      await harness.subgraph.execute(`mutation ($input: CoCreationDecisionInput!) { ${name}(input: $input) { id } }`, {
        as,
        variables: { input: { id, version: 1, reason } },
      }),
    );

  beforeAll(async () => {
    harness = await createHarness(store);
    harness.directory.addPartner("partner-2");
    c.c1 = (await commitmentIn(harness.subgraph, "SUBMITTED", { ogpId: "AL3001" })).id;
    const led = await createCommitment(
      harness.subgraph,
      { leadInstitutionId: ASSEMBLY, supportingInstitutionIds: [], proposedArea: "JUSTICE", title: "Open parliament" },
      otherOfficer,
    );
    c.c2 = (await changeStatus(harness.subgraph, led, "SUBMITTED", otherOfficer)).id;
    const ghana = await createCommitment(
      harness.subgraph,
      {
        memberId: GHA,
        leadInstitutionId: GHANA_MINISTRY,
        supportingInstitutionIds: [],
        proposedArea: "FISCAL_OPENNESS",
        title: "Open budget",
      },
      ghanaOfficer,
    );
    c.c3 = (await changeStatus(harness.subgraph, ghana, "SUBMITTED", ghanaOfficer)).id;
    l.L1 = await request(c.c1, "DESIGN", partnerEditor);
    await answer("acceptCoCreation", l.L1, officer);
    l.L2 = await request(c.c1, "EVALUATION", partnerEditor);
    l.L3 = await request(c.c2, "IMPLEMENTATION", secondPartner);
    l.L4 = await request(c.c3, "DESIGN", secondPartner);
    await answer("acceptCoCreation", l.L4, supportUnit);
    l.L5 = await request(c.c3, "IMPLEMENTATION", partnerEditor);
    await answer("declineCoCreation", l.L5, supportUnit, "Out of scope.");
    // A draft shows its links only to those who may see it (its lead's officers); the support unit may link a partner to it.
    const draft = await createCommitment(harness.subgraph, { title: "Still a draft" });
    l.L6 = ok(
      await harness.subgraph.execute<{ requestCoCreation: { id: string } }>(
        "mutation ($input: RequestCoCreationInput!) { requestCoCreation(input: $input) { id } }",
        { as: supportUnit, variables: { input: { commitmentId: draft.id, role: "DESIGN", partnerId: "partner-2" } } },
      ),
    ).requestCoCreation.id;
  });
  afterAll(() => harness.close());

  it.each([
    ["an anonymous caller", null, ["L1", "L4"]],
    ["partner-1's editor", partnerEditor, ["L1", "L2", "L4", "L5"]],
    ["partner-2's editor", secondPartner, ["L1", "L3", "L4", "L6"]],
    ["an officer of the lead institution of c1 and the draft", officer, ["L1", "L2", "L4", "L6"]],
    ["an officer of the assembly, which supports c1 and leads c2", otherOfficer, ["L1", "L2", "L3", "L4"]],
    ["an officer of Ghana's ministry", ghanaOfficer, ["L1", "L4", "L5"]],
  ] as const)("shows %s the links they may see", async (_who, as, expected) => {
    expect(await names(null, as)).toEqual(expected);
  });

  it("shows the support unit every link, drafts' too", async () => {
    const page = await list(null, supportUnit);
    expect(page.totalCount).toBe(6);
  });

  it("gives an officer the queue of requests to answer, and nobody else's", async () => {
    expect(await names({ status: "REQUESTED" }, officer)).toEqual(["L2", "L6"]);
    // The assembly supports the draft too, but its officers may not see a draft it does not lead.
    expect(await names({ status: "REQUESTED" }, otherOfficer)).toEqual(["L2", "L3"]);
    expect(await names({ status: "REQUESTED" }, ghanaOfficer)).toEqual([]);
    // A status you may not see lists nothing: not an error.
    expect(await list({ status: "REQUESTED" })).toMatchObject({ totalCount: 0, edges: [] });
    expect(await names({ status: "DECLINED" }, officer)).toEqual([]);
    const queue = await list({ status: "REQUESTED", commitmentId: c.c1 }, officer);
    expect(queue.edges.map((edge) => edge.node)).toEqual([
      {
        id: l.L2,
        status: "REQUESTED",
        role: "EVALUATION",
        partner: { id: "partner-1" },
        commitment: { id: c.c1, title: expect.any(String) },
      },
    ]);
  });

  it.each([
    [{ commitmentId: "c1" }, ["L1", "L2"]],
    [{ partnerId: "partner-2", status: "ACTIVE" }, ["L4"]],
    [{ area: "FISCAL_OPENNESS" }, ["L4", "L5"]],
    [{ memberId: GHA }, ["L4", "L5"]],
    [{ region: "AFRICA_AND_MIDDLE_EAST" }, ["L4", "L5"]],
    [{ memberType: "NATIONAL", region: "EUROPE", role: "IMPLEMENTATION" }, ["L3"]],
    [{ partnerId: "partner-2", status: "REQUESTED" }, ["L3", "L6"]],
    [{ memberType: "LOCAL" }, []],
    [{ role: "DESIGN", area: "ANTI_CORRUPTION" }, ["L1", "L6"]],
    [{ status: "DECLINED" }, ["L5"]],
  ])("filters with %j", async (filter, expected) => {
    const resolved = { ...filter, ...("commitmentId" in filter ? { commitmentId: c[filter.commitmentId as "c1"] } : {}) };
    expect(await names(resolved, supportUnit)).toEqual(expected);
  });

  it("pages with cursors, oldest first", async () => {
    const first = await list(null, supportUnit, { first: 4 });
    expect(first.edges).toHaveLength(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list(null, supportUnit, { first: 4, after: first.pageInfo.endCursor });
    expect(second.edges).toHaveLength(2);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(new Set([...first.edges, ...second.edges].map((edge) => edge.node.id))).toEqual(new Set(Object.values(l)));
    expect(first.edges[0]?.node.id).toBe(l.L1);
  });

  it("refuses a bad page, naming the argument, before asking the directory or changing anything", async () => {
    const counts = await tableCounts(harness.subgraph);
    const requests = harness.directory.requests;
    for (const [variables, field] of [
      [{ first: 101, filter: { region: "EUROPE" } }, "first"],
      [{ first: -1 }, "first"],
      [{ after: "not-a-cursor", filter: { memberType: "LOCAL" } }, "after"],
    ] as const) {
      expect(firstError(await harness.subgraph.execute(LINKS, { variables }))).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(harness.directory.requests).toBe(requests);
    expect(await tableCounts(harness.subgraph)).toEqual(counts);
  });

  it("answers in the same number of SQL statements whatever the number of links", async () => {
    const measure = async () =>
      (
        await harness.subgraph.counter.measure(async () =>
          expect((await list({ region: "EUROPE" }, supportUnit)).totalCount).toBeGreaterThan(0),
        )
      ).statements;
    const few = await measure();
    const partners = Array.from({ length: 25 }, (_, i) => `00000000-0000-4000-8000-0000000004${String(i).padStart(2, "0")}`);
    for (const id of partners) harness.directory.addPartner(id);
    const result = ok(
      await harness.subgraph.execute<{ upsertCoCreationLinks: UpsertOutcomes }>(
        `mutation ($rows: [CoCreationLinkUpsertInput!]!) { upsertCoCreationLinks(input: $rows) { ${UPSERT_RESULT} } }`,
        { as: supportUnit, variables: { rows: partners.map((partnerId) => ({ commitmentOgpId: "AL3001", partnerId })) } },
      ),
    ).upsertCoCreationLinks;
    expect(result.created).toBe(25);
    expect((await list({ region: "EUROPE" })).totalCount).toBe(26);
    expect(await measure()).toBe(few);
  });
});
