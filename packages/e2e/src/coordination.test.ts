import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphQLResult, graphql, type Stack, startTestStack } from "./stack.js";

type Who = "officer" | "support" | "partner";
let stack: Stack & { dispose(): Promise<void> };
const tokens: Record<Who, string> = { officer: "", support: "", partner: "" };
const ids: Record<Who, string> = { officer: "", support: "", partner: "" };
const CREDENTIALS: Record<Who, [string, string]> = {
  officer: ["officer@ogc.example", "demo-officer-password"],
  support: ["support@ogc.example", "demo-support-password"],
  partner: ["partner@ogc.example", "demo-partner-password"],
};
const AREA = "PUBLIC_PARTICIPATION";

function send<T>(who: Who | null, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
  return graphql<T>(stack.gatewayUrl, query, variables, who ? { authorization: `Bearer ${tokens[who]}` } : {});
}
async function as<T>(who: Who, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await send<T>(who, query, variables);
  expect(result.errors, `${who}: ${query.slice(0, 70)}`).toBeUndefined();
  return result.data as T;
}
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** A standalone commitment of `institutionId` in AREA, created and submitted by `who`. */
async function submitted(who: Who, institutionId: string, title: string): Promise<string> {
  const demo = stack.demo;
  if (!demo) throw new Error("no demo data");
  const { createCommitment } = await as<{ createCommitment: { id: string; version: number } }>(
    who,
    "mutation ($input: CreateCommitmentInput!) { createCommitment(input: $input) { id version } }",
    {
      input: {
        pathway: "STANDALONE",
        memberId: demo.memberId,
        leadInstitutionId: institutionId,
        title,
        summary: "Citizens' assemblies on the budget.",
        proposedArea: AREA,
        values: ["CIVIC_PARTICIPATION"],
        language: "EN",
        startDate: isoDay(-10),
        endDate: "2027-12-31",
        milestones: [{ title: "First assembly", dueDate: isoDay(100) }],
      },
    },
  );
  await as(who, "mutation ($i: ChangeCommitmentStatusInput!) { changeCommitmentStatus(input: $i) { status } }", {
    i: { id: createCommitment.id, version: createCommitment.version, to: "SUBMITTED" },
  });
  return createCommitment.id;
}

interface Case {
  id: string;
  version: number;
  status: string;
  resolution: string | null;
  institutions: { id: string }[];
  leadInstitution: { id: string } | null;
  facilitatorId: string | null;
  ageInDays: number;
}
const CASES = `query ($memberId: ID) { coordinationCases(first: 20, filter: { memberId: $memberId, area: ${AREA} }) {
  totalCount edges { node { id version status resolution institutions { id } leadInstitution { id } facilitatorId ageInDays } } } }`;

beforeAll(async () => {
  stack = await startTestStack(880, false);
  for (const who of Object.keys(CREDENTIALS) as Who[]) {
    const [email, password] = CREDENTIALS[who];
    const result = await graphql<{ signIn: { accessToken: string; account: { id: string } } }>(
      stack.gatewayUrl,
      "mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken account { id } } }",
      { e: email, p: password },
    );
    tokens[who] = result.data?.signIn.accessToken ?? "";
    ids[who] = result.data?.signIn.account.id ?? "";
  }
});
afterAll(() => stack?.dispose());

describe("coordination and co-creation through the gateway", () => {
  let firstCommitment = "";

  it("opens exactly one case when two institutions of a member take part in one area; a third joins it; the support unit facilitates and resolves it", async () => {
    const demo = stack.demo;
    if (!demo) throw new Error("no demo data");
    const [ministry, commissioner] = demo.institutionIds as [string, string];
    firstCommitment = await submitted("officer", ministry, "Participatory budgeting, Ministry of Justice");
    expect(
      (await as<{ coordinationCases: { totalCount: number } }>("support", CASES, { memberId: demo.memberId })).coordinationCases.totalCount,
    ).toBe(0);

    await submitted("officer", commissioner, "Participatory budgeting, RTI Commissioner");
    let cases = (
      await as<{ coordinationCases: { totalCount: number; edges: { node: Case }[] } }>("support", CASES, { memberId: demo.memberId })
    ).coordinationCases;
    expect(cases.totalCount).toBe(1);
    expect(cases.edges[0]?.node.institutions.map((i) => i.id).sort()).toEqual([ministry, commissioner].sort());

    const albania = await as<{ memberByOgpCode: { institutions: { id: string; name: string }[] } }>(
      "support",
      `{ memberByOgpCode(code: "ALB") { institutions { id name(locale: EN) } } }`,
    );
    const assembly = albania.memberByOgpCode.institutions.find((i) => i.name === "Assembly of the Republic of Albania");
    if (!assembly) throw new Error("no Assembly in the demo directory");
    await submitted("support", assembly.id, "Participatory budgeting, Assembly");
    cases = (
      await as<{ coordinationCases: { totalCount: number; edges: { node: Case }[] } }>("support", CASES, { memberId: demo.memberId })
    ).coordinationCases;
    expect(cases.totalCount).toBe(1);
    const opened = cases.edges[0]?.node;
    if (!opened) throw new Error("no case");
    expect(opened.institutions).toHaveLength(3);
    expect(opened.status).toBe("OPEN");
    expect(opened.ageInDays).toBe(0);

    const caseVersion = async () =>
      (await as<{ coordinationCases: { edges: { node: Case }[] } }>("support", CASES, { memberId: demo.memberId })).coordinationCases
        .edges[0]?.node.version;
    // The challenge subgraph asks the identity subgraph who an account is before naming it facilitator.
    const ASSIGN = "mutation ($i: AssignFacilitatorInput!) { assignFacilitator(input: $i) { id } }";
    for (const [facilitatorId, message] of [
      [ids.officer, /has the role INSTITUTION_OFFICER: only support-unit accounts facilitate/],
      ["00000000-0000-4000-8000-00000000beef", /No account has the id/],
    ] as const) {
      const refused = await send("support", ASSIGN, { i: { id: opened.id, version: await caseVersion(), facilitatorId } });
      expect(refused.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: "BAD_USER_INPUT" } });
    }
    await as("support", ASSIGN, { i: { id: opened.id, version: await caseVersion(), facilitatorId: ids.support } });
    await as("support", "mutation ($i: DesignateLeadInput!) { designateLead(input: $i) { id } }", {
      i: { id: opened.id, version: await caseVersion(), institutionId: ministry },
    });
    await as("support", "mutation ($i: ResolveCoordinationCaseInput!) { resolveCoordinationCase(input: $i) { id } }", {
      i: { id: opened.id, version: await caseVersion(), resolution: "LEAD_DESIGNATED", leadInstitutionId: ministry },
    });
    const resolved = (await as<{ coordinationCases: { edges: { node: Case }[] } }>("support", CASES, { memberId: demo.memberId }))
      .coordinationCases.edges[0]?.node;
    expect(resolved).toMatchObject({
      status: "RESOLVED",
      resolution: "LEAD_DESIGNATED",
      leadInstitution: { id: ministry },
      facilitatorId: ids.support,
    });

    // The public sees the outcome, never the support unit's working fields.
    const publicView = await send<{ coordinationCases: { edges: { node: { status: string; facilitatorId: string | null } }[] } }>(
      null,
      `query ($memberId: ID) { coordinationCases(filter: { memberId: $memberId, area: ${AREA} }) { edges { node { status resolution leadInstitution { id } } } } }`,
      { memberId: demo.memberId },
    );
    expect(publicView.errors).toBeUndefined();
    expect(publicView.data?.coordinationCases.edges[0]?.node.status).toBe("RESOLVED");
  });

  it("shows an accepted partner as co-creator publicly; a declined link is not shown but stays in the link's history", async () => {
    const demo = stack.demo;
    if (!demo) throw new Error("no demo data");
    const request = (role: string) =>
      as<{ requestCoCreation: { id: string; version: number; status: string } }>(
        "partner",
        "mutation ($i: RequestCoCreationInput!) { requestCoCreation(input: $i) { id version status } }",
        { i: { commitmentId: firstCommitment, role, partnerId: demo.partnerId, note: "We ran the pilot assemblies." } },
      );
    const design = (await request("DESIGN")).requestCoCreation;
    expect(design.status).toBe("REQUESTED");
    const accepted = await as<{ acceptCoCreation: { status: string } }>(
      "officer",
      "mutation ($i: CoCreationDecisionInput!) { acceptCoCreation(input: $i) { status } }",
      {
        i: { id: design.id, version: design.version },
      },
    );
    expect(accepted.acceptCoCreation.status).toBe("ACTIVE");

    const evaluation = (await request("EVALUATION")).requestCoCreation;
    await as("officer", "mutation ($i: CoCreationDecisionInput!) { declineCoCreation(input: $i) { status } }", {
      i: { id: evaluation.id, version: evaluation.version, reason: "The evaluation is contracted to the national audit office." },
    });

    const publicView = await send<{
      commitment: { hasActiveCoCreator: boolean; coCreators: { role: string; status: string; partner: { id: string; name: string } }[] };
    }>(null, "query ($id: ID!) { commitment(id: $id) { hasActiveCoCreator coCreators { role status partner { id name } } } }", {
      id: firstCommitment,
    });
    expect(publicView.errors).toBeUndefined();
    expect(publicView.data?.commitment.hasActiveCoCreator).toBe(true);
    expect(publicView.data?.commitment.coCreators).toEqual([
      { role: "DESIGN", status: "ACTIVE", partner: { id: demo.partnerId, name: expect.any(String) } },
    ]);

    const partnerView = await as<{
      partner: { coCreations: { role: string; status: string; history: { kind: string; status: string }[] | null }[] };
    }>("support", "query ($id: ID!) { partner(id: $id) { coCreations { role status history { kind status } } } }", { id: demo.partnerId });
    const declined = partnerView.partner.coCreations.find((link) => link.role === "EVALUATION");
    expect(declined?.status).toBe("DECLINED");
    expect(declined?.history?.map((event) => event.status)).toEqual(["REQUESTED", "DECLINED"]);
  });
});
