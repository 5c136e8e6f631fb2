import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphQLResult, graphql, type Stack, startTestStack } from "./stack.js";

// The public read API for dashboards through the real gateway, with the real directory answering member types and
// regions (demo data: ALB national in EUROPE, ARBA local in the AMERICAS, GBSC local in EUROPE, GHA national in AFRICA).
let stack: Stack & { dispose(): Promise<void> };
type Who = "support" | "officer" | "partner";
const tokens: Record<Who, string> = { support: "", officer: "", partner: "" };

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function signIn(email: string, password: string): Promise<string> {
  const result = await graphql<{ signIn: { accessToken: string } }>(
    stack.gatewayUrl,
    "mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }",
    { e: email, p: password },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.signIn.accessToken;
}

/** Sends an operation as `who` (anonymous when null); fails the test on any error. */
async function as<T>(who: Who | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await graphql<T>(stack.gatewayUrl, query, variables, who ? { authorization: `Bearer ${tokens[who]}` } : {});
  expect(result.errors, `${who ?? "anonymous"}: ${query.slice(0, 80)}`).toBeUndefined();
  return result.data as T;
}

const base = { pathway: "ACTION_PLAN", values: ["TRANSPARENCY"], proposedArea: "JUSTICE" };
const SEED = [
  { ...base, ogpId: "AL0901", memberCode: "ALB", title: "Albania, national", status: "IN_PROGRESS", startDate: "2024-02-01" },
  { ...base, ogpId: "ARBA0901", memberCode: "ARBA", title: "Buenos Aires one", startDate: "2025-01-01", endDate: "2027-06-30" },
  { ...base, ogpId: "ARBA0902", memberCode: "ARBA", title: "Buenos Aires two", status: "COMPLETED", startDate: "2023-05-01" },
  { ...base, ogpId: "GBSC0901", memberCode: "GBSC", title: "Scotland", startDate: "2024-06-01" },
  { ...base, ogpId: "GH0901", memberCode: "GHA", title: "Ghana", status: "IN_PROGRESS" },
];

beforeAll(async () => {
  stack = await startTestStack(1700, false);
  tokens.support = await signIn("support@ogc.example", "demo-support-password");
  tokens.officer = await signIn("officer@ogc.example", "demo-officer-password");
  tokens.partner = await signIn("partner@ogc.example", "demo-partner-password");
  const { upsertCommitments } = await as<{ upsertCommitments: { committed: boolean; created: number } }>(
    "support",
    'mutation ($rows: [CommitmentUpsertInput!]!) { upsertCommitments(input: $rows, source: "e2e public API") { committed created } }',
    { rows: SEED },
  );
  expect(upsertCommitments).toEqual({ committed: true, created: SEED.length });
}, 120_000);
afterAll(() => stack?.dispose());

describe("the public read API for dashboards, through the gateway", () => {
  it("filters commitments by member type, region and dates, as the directory records the members", async () => {
    const ids = async (filter: Record<string, unknown>) =>
      (
        await as<{ commitments: { totalCount: number; edges: { node: { ogpId: string; member: { type: string; region: string } } }[] } }>(
          null,
          "query ($f: CommitmentFilter) { commitments(first: 50, filter: $f) { totalCount edges { node { ogpId member { type region } } } } }",
          { f: filter },
        )
      ).commitments.edges
        .map((edge) => edge.node.ogpId)
        .sort();
    expect(await ids({ memberType: "LOCAL" })).toEqual(["ARBA0901", "ARBA0902", "GBSC0901"]);
    expect(await ids({ region: "EUROPE" })).toEqual(["AL0901", "GBSC0901"]);
    expect(await ids({ region: "AMERICAS", startDateFrom: "2024-01-01" })).toEqual(["ARBA0901"]);
    expect(await ids({ region: "EUROPE", memberType: "NATIONAL", endDateTo: "2030-01-01" })).toEqual([]);
    expect(await ids({ memberType: "OTHER" })).toEqual([]);
    const refused = await graphql(
      stack.gatewayUrl,
      '{ commitments(filter: { startDateFrom: "2025-01-01", startDateTo: "2024-01-01" }) { totalCount } }',
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.startDateTo" });
  });

  it("exports the commitments of a member type and region as open data, with the same filter", async () => {
    const base = stack.gatewayUrl.replace(/\/graphql$/, "");
    const response = await fetch(`${base}/export/commitments.json?memberType=LOCAL&region=AMERICAS&startDateFrom=2024-01-01`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { totalCount: number; rows: { ogp_id: string }[] };
    expect(body.rows.map((row) => row.ogp_id)).toEqual(["ARBA0901"]);
    const refused = await fetch(`${base}/export/commitments.json?endDateFrom=2028-01-01&endDateTo=2027-01-01`);
    expect(refused.status).toBe(400);
  });

  it("aggregates per region in the database, grouping on the directory's regions", async () => {
    const regions = async (filter: Record<string, unknown>) =>
      (
        await as<{
          challengeStatistics: {
            totalCommitments: number;
            regions: { totalCount: number; edges: { node: Record<string, unknown> }[] };
          };
        }>(
          null,
          `query ($f: StatisticsFilter) { challengeStatistics(filter: $f) { totalCommitments
             regions { totalCount edges { node { region commitments membersTakingPart withActiveCoCreator byStatus { status count } } } } } }`,
          { f: filter },
        )
      ).challengeStatistics;
    const all = await regions({});
    expect(all.totalCommitments).toBe(5);
    expect(all.regions.totalCount).toBe(3);
    expect(all.regions.edges.map((edge) => edge.node)).toEqual([
      {
        region: "AFRICA_AND_MIDDLE_EAST",
        commitments: 1,
        membersTakingPart: 1,
        withActiveCoCreator: 0,
        byStatus: [{ status: "IN_PROGRESS", count: 1 }],
      },
      {
        region: "AMERICAS",
        commitments: 2,
        membersTakingPart: 1,
        withActiveCoCreator: 0,
        byStatus: [
          { status: "COMPLETED", count: 1 },
          { status: "SUBMITTED", count: 1 },
        ],
      },
      {
        region: "EUROPE",
        commitments: 2,
        membersTakingPart: 2,
        withActiveCoCreator: 0,
        byStatus: [
          { status: "IN_PROGRESS", count: 1 },
          { status: "SUBMITTED", count: 1 },
        ],
      },
    ]);
    const local = await regions({ memberType: "LOCAL" });
    expect(local.totalCommitments).toBe(3);
    expect(local.regions.edges.map((edge) => [edge.node.region, edge.node.commitments])).toEqual([
      ["AMERICAS", 2],
      ["EUROPE", 1],
    ]);
  });

  it("shows an officer the co-creation request on their commitment, which an anonymous caller does not see", async () => {
    const demo = stack.demo;
    if (!demo) throw new Error("the stack has no demo data");
    const { createCommitment } = await as<{ createCommitment: { id: string; version: number } }>(
      "officer",
      "mutation ($input: CreateCommitmentInput!) { createCommitment(input: $input) { id version } }",
      {
        input: {
          pathway: "STANDALONE",
          memberId: demo.memberId,
          leadInstitutionId: demo.institutionIds[0],
          title: "Open justice data",
          summary: "Publish court statistics as open data.",
          proposedArea: "JUSTICE",
          values: ["TRANSPARENCY"],
          language: "EN",
          startDate: isoDay(-5),
          endDate: "2027-12-31",
          milestones: [{ title: "First dataset", expectedOutput: "A dataset", dueDate: isoDay(90) }],
        },
      },
    );
    const id = createCommitment.id;
    await as("officer", "mutation ($i: ChangeCommitmentStatusInput!) { changeCommitmentStatus(input: $i) { status } }", {
      i: { id, version: createCommitment.version, to: "SUBMITTED" },
    });
    const { requestCoCreation: link } = await as<{ requestCoCreation: { id: string; version: number; status: string } }>(
      "partner",
      "mutation ($i: RequestCoCreationInput!) { requestCoCreation(input: $i) { id version status } }",
      { i: { commitmentId: id, role: "IMPLEMENTATION", note: "We run the court-watch network." } },
    );
    expect(link.status).toBe("REQUESTED");

    const REQUESTS = `query ($f: CoCreationLinkFilter) { coCreationLinks(first: 20, filter: $f) {
      totalCount edges { node { id status role note partner { id name } commitment { id title member { ogpCode region } } } } } }`;
    type Links = { coCreationLinks: { totalCount: number; edges: { node: Record<string, unknown> }[] } };
    const queue = await as<Links>("officer", REQUESTS, { f: { status: "REQUESTED" } });
    expect(queue.coCreationLinks.edges.map((edge) => edge.node)).toEqual([
      {
        id: link.id,
        status: "REQUESTED",
        role: "IMPLEMENTATION",
        note: "We run the court-watch network.",
        partner: { id: demo.partnerId, name: expect.any(String) },
        commitment: { id, title: "Open justice data", member: { ogpCode: "ALB", region: "EUROPE" } },
      },
    ]);
    // Anonymous: a status it may not see lists nothing, and the commitment shows no link while it is only requested.
    expect((await as<Links>(null, REQUESTS, { f: { status: "REQUESTED" } })).coCreationLinks).toEqual({ totalCount: 0, edges: [] });
    expect((await as<Links>(null, REQUESTS, { f: { commitmentId: id } })).coCreationLinks.totalCount).toBe(0);
    // The partner sees its own request; once the officer accepts it, everyone sees the active link, by region too.
    expect((await as<Links>("partner", REQUESTS, { f: { commitmentId: id } })).coCreationLinks.totalCount).toBe(1);
    await as("officer", "mutation ($i: CoCreationDecisionInput!) { acceptCoCreation(input: $i) { status } }", {
      i: { id: link.id, version: link.version },
    });
    const active = await as<Links>(null, REQUESTS, { f: { region: "EUROPE", status: "ACTIVE" } });
    expect(active.coCreationLinks.edges.map((edge) => edge.node.id)).toEqual([link.id]);
    const elsewhere = await as<Links>(null, REQUESTS, { f: { region: "AMERICAS", status: "ACTIVE" } });
    expect(elsewhere.coCreationLinks.totalCount).toBe(0);
  });

  it("lists coordination outcomes by member type, region and resolution day, refusing an inverted range", async () => {
    const { coordinationCases } = await as<{ coordinationCases: { totalCount: number } }>(
      null,
      `{ coordinationCases(filter: { memberType: LOCAL, region: AMERICAS, resolvedFrom: "2024-01-01" }) {
         totalCount edges { node { area resolution resolvedAt divisionOfWork } } } }`,
    );
    expect(coordinationCases.totalCount).toBe(0);
    const refused = await graphql(
      stack.gatewayUrl,
      '{ coordinationCases(filter: { resolvedFrom: "2026-05-02", resolvedTo: "2026-05-01" }) { totalCount } }',
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.resolvedTo" });
  });

  it("refuses a bad page of co-creation links, naming the argument", async () => {
    const result: GraphQLResult<unknown> = await graphql(stack.gatewayUrl, "{ coCreationLinks(first: 500) { totalCount } }");
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });
});
