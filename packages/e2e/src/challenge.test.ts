import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, type Stack, startTestStack } from "./stack.js";

let stack: Stack & { dispose(): Promise<void> };
const tokens: Record<"officer" | "support", string> = { officer: "", support: "" };
const accounts: Record<"officer" | "support", string> = { officer: "", support: "" };

async function signIn(email: string, password: string) {
  const result = await graphql<{ signIn: { accessToken: string; account: { id: string } } }>(
    stack.gatewayUrl,
    "mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken account { id } } }",
    { e: email, p: password },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.signIn;
}

/** Sends an operation as `who`; fails the test on any error, so each step proves it went through. */
async function as<T>(who: "officer" | "support", query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await graphql<T>(stack.gatewayUrl, query, variables, { authorization: `Bearer ${tokens[who]}` });
  expect(result.errors, `${who}: ${query.slice(0, 60)}`).toBeUndefined();
  return result.data as T;
}

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  stack = await startTestStack(700, false);
  const officer = await signIn("officer@ogc.example", "demo-officer-password");
  const support = await signIn("support@ogc.example", "demo-support-password");
  tokens.officer = officer.accessToken;
  tokens.support = support.accessToken;
  accounts.officer = officer.account.id;
  accounts.support = support.account.id;
});
afterAll(() => stack?.dispose());

describe("a standalone challenge commitment, from submission to progress report, through the gateway", () => {
  it("goes from a French submission to ELIGIBLE and a mid-term progress report, each step in its history with who did it", async () => {
    const demo = stack.demo;
    if (!demo) throw new Error("the stack has no demo data");

    // 1. The officer of Albania's Ministry of Justice submits a standalone commitment in French with two milestones.
    const { createCommitment: created } = await as<{ createCommitment: { id: string; status: string; milestones: { id: string }[] } }>(
      "officer",
      `mutation ($input: CreateCommitmentInput!) { createCommitment(input: $input, idempotencyKey: "e2e-standalone-1") { id status milestones { id } } }`,
      {
        input: {
          pathway: "STANDALONE",
          memberId: demo.memberId,
          leadInstitutionId: demo.institutionIds[0],
          title: "Registre public des bénéficiaires effectifs",
          summary: "Publier en données ouvertes les bénéficiaires effectifs des sociétés attributaires de marchés publics.",
          problem: "Les propriétaires réels des entreprises qui remportent des marchés publics sont inconnus du public.",
          proposedArea: "ANTI_CORRUPTION",
          values: ["TRANSPARENCY", "PUBLIC_ACCOUNTABILITY"],
          language: "FR",
          startDate: isoDay(-30),
          endDate: "2027-12-31",
          milestones: [
            { title: "Adopter le décret sur le registre", expectedOutput: "Décret publié au Journal officiel", dueDate: isoDay(120) },
            { title: "Ouvrir le registre en données ouvertes", expectedOutput: "Jeu de données mensuel", dueDate: isoDay(400) },
          ],
        },
      },
    );
    expect(created.status).toBe("DRAFT");
    expect(created.milestones).toHaveLength(2);
    const id = created.id;
    const version = async () =>
      (await as<{ commitment: { version: number } }>("support", "query ($id: ID!) { commitment(id: $id) { version } }", { id })).commitment
        .version;
    expect(
      (
        await as<{ changeCommitmentStatus: { status: string } }>(
          "officer",
          "mutation ($i: ChangeCommitmentStatusInput!) { changeCommitmentStatus(input: $i) { status } }",
          { i: { id, version: await version(), to: "SUBMITTED" } },
        )
      ).changeCommitmentStatus.status,
    ).toBe("SUBMITTED");

    // 2. The support unit takes it into review, assigns the area and reads the automatic pre-check.
    await as("support", "mutation ($i: ChangeCommitmentStatusInput!) { changeCommitmentStatus(input: $i) { status } }", {
      i: { id, version: await version(), to: "UNDER_REVIEW" },
    });
    await as("support", "mutation ($i: AssignChallengeAreaInput!) { assignChallengeArea(input: $i) { assignedAreaCode } }", {
      i: { id, version: await version(), area: "ANTI_CORRUPTION" },
    });
    const { commitment: reviewed } = await as<{
      commitment: { eligibility: { precheck: { criterion: string; outcome: string }[] }; assignedArea: { name: string } };
    }>(
      "support",
      "query ($id: ID!) { commitment(id: $id) { assignedArea { name(locale: FR) } eligibility { precheck { criterion outcome reason } } } }",
      { id },
    );
    expect(reviewed.assignedArea.name).toBe("Lutte contre la corruption");
    expect(Object.fromEntries(reviewed.eligibility.precheck.map((check) => [check.criterion, check.outcome]))).toEqual({
      THEMATIC_RELEVANCE: "MET",
      FORWARD_LOOKING: "MET",
      OPEN_GOVERNMENT_RELEVANCE: "MET",
      GOVERNMENT_LED: "MET",
    });

    // 3. It decides all four criteria, then concludes: ELIGIBLE.
    for (const criterion of ["THEMATIC_RELEVANCE", "FORWARD_LOOKING", "OPEN_GOVERNMENT_RELEVANCE", "GOVERNMENT_LED"]) {
      await as("support", "mutation ($i: DecideEligibilityInput!) { decideEligibility(input: $i) { id } }", {
        i: {
          commitmentId: id,
          version: await version(),
          criterion,
          outcome: "MET",
          reason: `Checked against the submission: ${criterion}.`,
        },
      });
    }
    expect(
      (
        await as<{ changeCommitmentStatus: { status: string } }>(
          "support",
          "mutation ($i: ChangeCommitmentStatusInput!) { changeCommitmentStatus(input: $i) { status } }",
          { i: { id, version: await version(), to: "ELIGIBLE" } },
        )
      ).changeCommitmentStatus.status,
    ).toBe("ELIGIBLE");

    // 4. A mid-term review opens; the officer reports progress on the commitment and its milestones.
    const { createReviewCycle: cycle } = await as<{ createReviewCycle: { id: string } }>(
      "support",
      "mutation ($i: CreateReviewCycleInput!) { createReviewCycle(input: $i) { id } }",
      {
        i: {
          kind: "MID_TERM",
          opensOn: isoDay(-1),
          closesOn: isoDay(30),
          scope: "Standalone commitments, all areas",
          scopePathways: ["STANDALONE"],
        },
      },
    );
    await as("officer", "mutation ($i: ReportProgressInput!) { reportProgress(input: $i) { id } }", {
      i: {
        commitmentId: id,
        reviewCycleId: cycle.id,
        completion: "LIMITED",
        narrative: "Le projet de décret est rédigé et soumis à consultation publique.",
        evidenceLinks: ["https://example.org/consultation/registre"],
        milestones: [{ milestoneId: created.milestones[0]?.id, status: "IN_PROGRESS" }],
      },
    });

    // 5. The history shows every step, newest first, with who did it.
    const { commitment } = await as<{
      commitment: {
        status: string;
        progressReports: { completion: string }[];
        history: { kind: string; actorId: string | null; at: string }[];
      };
    }>(
      "support",
      "query ($id: ID!) { commitment(id: $id) { status progressReports { completion } history { kind actorId actorRole at } } }",
      { id },
    );
    expect(commitment.status).toBe("ELIGIBLE");
    expect(commitment.progressReports.map((report) => report.completion)).toEqual(["LIMITED"]);
    const history = [...commitment.history].reverse(); // oldest first, to read it as a story
    const times = commitment.history.map((event) => event.at);
    expect(times).toEqual([...times].sort().reverse());
    const actorOf = (kindPattern: RegExp) => history.filter((event) => kindPattern.test(event.kind)).map((event) => event.actorId);
    expect(actorOf(/CREATED/)[0]).toBe(accounts.officer);
    expect(actorOf(/AREA/)).toContain(accounts.support);
    expect(actorOf(/ELIGIBILITY/).filter((actor) => actor === accounts.support)).toHaveLength(4);
    expect(actorOf(/PROGRESS|REPORT/)).toContain(accounts.officer);
    expect(history.filter((event) => /STATUS/.test(event.kind)).map((event) => event.actorId)).toEqual([
      accounts.officer,
      accounts.support,
      accounts.support,
    ]);
  });
});
