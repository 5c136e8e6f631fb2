import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitmentAt, DEMO_PASSWORDS, isoDay, type Who } from "./console-kit.js";
import { type GraphQLResult, graphql, type Stack, startTestStack } from "./stack.js";

let stack: Stack & { dispose(): Promise<void> };
const tokens: Record<Who, string> = { officer: "", support: "", partner: "", admin: "" };
const CREDENTIALS = DEMO_PASSWORDS;

function send<T>(who: Who | null, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
  return graphql<T>(stack.gatewayUrl, query, variables, who ? { authorization: `Bearer ${tokens[who]}` } : {});
}

/** A standalone commitment in JUSTICE of the demo officer's institution, walked to `status` (see console-kit.ts). */
const commitment = (title: string, status: "DRAFT" | "IN_PROGRESS") =>
  commitmentAt((who, query, variables) => as(who ?? "officer", query, variables), stack, {
    title,
    area: "JUSTICE",
    status,
    summary: "Open, searchable court decisions.",
    value: "TRANSPARENCY",
    startDate: isoDay(-60),
  });

/** Sends as `who` and fails the test on any error. */
async function as<T>(who: Who, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await send<T>(who, query, variables);
  expect(result.errors, `${who}: ${query.slice(0, 70)}`).toBeUndefined();
  return result.data as T;
}

beforeAll(async () => {
  stack = await startTestStack(850, false);
  for (const who of Object.keys(CREDENTIALS) as Who[]) {
    const [email, password] = CREDENTIALS[who];
    const result = await graphql<{ signIn: { accessToken: string } }>(
      stack.gatewayUrl,
      "mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }",
      { e: email, p: password },
    );
    tokens[who] = result.data?.signIn.accessToken ?? "";
  }
});
afterAll(() => stack?.dispose());

describe("stories and award nominations through the gateway", () => {
  it("a partner's story and nomination, published and accepted by the support unit, are seen by the public on the member", async () => {
    const demo = stack.demo;
    if (!demo) throw new Error("the stack has no demo data");
    const inProgress = await commitment("Open court decisions", "IN_PROGRESS");
    const { openAwardCycle: cycle } = await as<{ openAwardCycle: { id: string } }>(
      "support",
      "mutation ($i: OpenAwardCycleInput!) { openAwardCycle(input: $i) { id } }",
      { i: { name: "Open Gov Awards 2027", opensOn: isoDay(-1), closesOn: isoDay(60) } },
    );

    const { submitStory: story } = await as<{ submitStory: { id: string; version: number; status: string; body: string } }>(
      "partner",
      "mutation ($i: SubmitStoryInput!) { submitStory(input: $i) { id version status body } }",
      {
        i: {
          title: "Court decisions, open at last",
          body: '<p>Citizens can now read <strong>every</strong> decision.</p><script>alert("x")</script>',
          language: "EN",
          areas: ["JUSTICE"],
          memberId: demo.memberId,
        },
      },
    );
    expect(story.status).toBe("SUBMITTED");
    expect(story.body).not.toContain("<script");
    const { submitNomination: nomination } = await as<{ submitNomination: { id: string; version: number; status: string } }>(
      "partner",
      "mutation ($i: SubmitNominationInput!) { submitNomination(input: $i) { id version status } }",
      {
        i: {
          cycleId: cycle.id,
          memberId: demo.memberId,
          commitmentIds: [inProgress],
          rationale: "Adopted and implemented by the Ministry of Justice.",
        },
      },
    );
    expect(nomination.status).toBe("SUBMITTED");

    // Before moderation the public sees neither.
    const memberView = `query ($id: ID!) { member(id: $id) { stories(first: 10) { edges { node { title } } } acceptedNominations { rationale commitments { id title } } } }`;
    const before = await send<{ member: { stories: { edges: unknown[] }; acceptedNominations: unknown[] } }>(null, memberView, {
      id: demo.memberId,
    });
    expect(before.data?.member.stories.edges).toEqual([]);
    expect(before.data?.member.acceptedNominations).toEqual([]);

    await as("support", "mutation ($id: ID!, $v: Int!) { publishStory(id: $id, version: $v) { status } }", {
      id: story.id,
      v: story.version,
    });
    await as("support", "mutation ($id: ID!, $v: Int!) { acceptNomination(id: $id, version: $v) { status } }", {
      id: nomination.id,
      v: nomination.version,
    });

    const after = await send<{
      member: {
        stories: { edges: { node: { title: string } }[] };
        acceptedNominations: { rationale: string; commitments: { id: string; title: string }[] }[];
      };
    }>(null, memberView, { id: demo.memberId });
    expect(after.errors).toBeUndefined();
    expect(after.data?.member.stories.edges.map((edge) => edge.node.title)).toEqual(["Court decisions, open at last"]);
    expect(after.data?.member.acceptedNominations).toEqual([
      {
        rationale: "Adopted and implemented by the Ministry of Justice.",
        commitments: [{ id: inProgress, title: "Open court decisions" }],
      },
    ]);
  });

  it("refuses a nomination for a commitment of another member, or one still in DRAFT, naming the commitment", async () => {
    const demo = stack.demo;
    if (!demo) throw new Error("the stack has no demo data");
    const draft = await commitment("A reform not yet submitted", "DRAFT");
    const inProgress = await commitment("Court hearings streamed", "IN_PROGRESS");
    const { openAwardCycle: cycle } = await as<{ openAwardCycle: { id: string } }>(
      "support",
      "mutation ($i: OpenAwardCycleInput!) { openAwardCycle(input: $i) { id } }",
      { i: { name: "Open Gov Awards 2028", opensOn: isoDay(-1), closesOn: isoDay(60) } },
    );
    const ghana = (await as<{ memberByOgpCode: { id: string } }>("support", `{ memberByOgpCode(code: "GHA") { id } }`)).memberByOgpCode.id;
    const nominate = (memberId: string, commitmentId: string) =>
      send("support", "mutation ($i: SubmitNominationInput!) { submitNomination(input: $i) { id } }", {
        i: { cycleId: cycle.id, memberId, commitmentIds: [commitmentId], rationale: "Worth recognising." },
      });

    const otherMember = await nominate(ghana, inProgress);
    expect(otherMember.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "commitmentIds" });
    expect(otherMember.errors?.[0]?.message).toMatch(/another member|does not belong/i);

    const stillDraft = await nominate(demo.memberId, draft);
    expect(stillDraft.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "commitmentIds" });
    expect(stillDraft.errors?.[0]?.message).toMatch(/DRAFT/);

    const nominations = await as<{ nominations: { totalCount: number } }>("support", "{ nominations(first: 50) { totalCount } }");
    expect(nominations.nominations.totalCount).toBe(1);
  });
});
