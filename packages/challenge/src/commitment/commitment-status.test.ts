import "reflect-metadata";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHANGE_STATUS,
  type Created,
  changeStatus,
  commitmentIn,
  createCommitment,
  createHarness,
  decide,
  firstError,
  type Harness,
  officer,
  ok,
  supportUnit,
  tableCounts,
} from "../test-helpers.js";
import { CommitmentStatus, TRANSITIONS, transitionFor } from "./commitment-status.js";

const STATUSES = Object.values(CommitmentStatus);
const allowed = (from: string, to: string) => TRANSITIONS.some((transition) => transition.from === from && transition.to === to);
const refusedPairs = STATUSES.flatMap((from) => STATUSES.filter((to) => !allowed(from, to)).map((to) => [from, to] as const));

describe("the transition table", () => {
  it("names both states and the allowed ones when refusing", () => {
    expect(() => transitionFor(CommitmentStatus.DRAFT, CommitmentStatus.COMPLETED)).toThrow(
      /cannot go from DRAFT to COMPLETED\. From DRAFT it can go to SUBMITTED, WITHDRAWN\./,
    );
    expect(() => transitionFor(CommitmentStatus.COMPLETED, CommitmentStatus.WITHDRAWN)).toThrow(/COMPLETED is final/);
  });

  it("lets every open state be withdrawn, and no final one", () => {
    const withdrawable = TRANSITIONS.filter((transition) => transition.to === "WITHDRAWN").map((transition) => transition.from);
    expect(withdrawable.sort()).toEqual(["DRAFT", "ELIGIBLE", "IN_PROGRESS", "SUBMITTED", "UNDER_REVIEW"]);
  });
});

describe.each(testStores)("the commitment lifecycle on %s", (store) => {
  let harness: Harness;
  const inStatus = new Map<string, Created>();

  beforeAll(async () => {
    harness = await createHarness(store);
    for (const status of STATUSES) inStatus.set(status, await commitmentIn(harness.subgraph, status));
  });
  afterAll(() => harness.close());

  it("reaches every status through allowed moves only", () => {
    expect([...inStatus.entries()].map(([status, commitment]) => [status, commitment.status])).toEqual(
      STATUSES.map((status) => [status, status]),
    );
  });

  it.each(refusedPairs)("refuses %s -> %s with CONFLICT naming both states, changing nothing", async (from, to) => {
    const commitment = inStatus.get(from) as Created;
    const before = await tableCounts(harness.subgraph);
    const error = firstError(
      await harness.subgraph.execute(CHANGE_STATUS, {
        as: supportUnit,
        variables: { input: { id: commitment.id, version: commitment.version, to } },
      }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain(`from ${from} to ${to}`);
    expect(await tableCounts(harness.subgraph)).toEqual(before);
  });

  it("keeps the support unit's moves to the support unit", async () => {
    const submitted = await commitmentIn(harness.subgraph, "SUBMITTED");
    const error = firstError(
      await harness.subgraph.execute(CHANGE_STATUS, {
        as: officer,
        variables: { input: { id: submitted.id, version: submitted.version, to: "UNDER_REVIEW" } },
      }),
    );
    expect(error.code).toBe("FORBIDDEN");
  });

  it("makes a commitment ELIGIBLE only when all four criteria are decided MET and its area assigned", async () => {
    let review = await commitmentIn(harness.subgraph, "UNDER_REVIEW");
    const attempt = () =>
      harness.subgraph.execute(CHANGE_STATUS, {
        as: supportUnit,
        variables: { input: { id: review.id, version: review.version, to: "ELIGIBLE" } },
      });
    expect(firstError(await attempt()).message).toMatch(
      /not yet: THEMATIC_RELEVANCE, FORWARD_LOOKING, OPEN_GOVERNMENT_RELEVANCE, GOVERNMENT_LED/,
    );
    for (const criterion of ["THEMATIC_RELEVANCE", "FORWARD_LOOKING", "OPEN_GOVERNMENT_RELEVANCE"])
      review = await decide(harness.subgraph, review, criterion, "MET");
    review = await decide(harness.subgraph, review, "GOVERNMENT_LED", "NOT_MET");
    expect(firstError(await attempt())).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/not yet: GOVERNMENT_LED/) });
    review = await decide(harness.subgraph, review, "GOVERNMENT_LED", "MET");
    expect(firstError(await attempt()).message).toMatch(/Assign the commitment's challenge area/);
    const assigned = ok(
      await harness.subgraph.execute<{ assignChallengeArea: Created }>(
        "mutation ($id: ID!, $v: Int!) { assignChallengeArea(input: { id: $id, version: $v, area: JUSTICE }) { id version status } }",
        { as: supportUnit, variables: { id: review.id, v: review.version } },
      ),
    ).assignChallengeArea;
    review = assigned;
    expect((await changeStatus(harness.subgraph, review, "ELIGIBLE")).status).toBe("ELIGIBLE");
  });

  it("makes a commitment NOT_ELIGIBLE only when a criterion is decided NOT_MET", async () => {
    let review = await commitmentIn(harness.subgraph, "UNDER_REVIEW");
    const error = firstError(
      await harness.subgraph.execute(CHANGE_STATUS, {
        as: supportUnit,
        variables: { input: { id: review.id, version: review.version, to: "NOT_ELIGIBLE" } },
      }),
    );
    expect(error).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/at least one criterion is decided NOT_MET/) });
    review = await decide(harness.subgraph, review, "OPEN_GOVERNMENT_RELEVANCE", "NOT_MET");
    expect((await changeStatus(harness.subgraph, review, "NOT_ELIGIBLE")).status).toBe("NOT_ELIGIBLE");
  });

  it("refuses an eligibility decision outside review", async () => {
    const draft = await createCommitment(harness.subgraph);
    const error = firstError(
      await harness.subgraph.execute(
        'mutation ($id: ID!) { decideEligibility(input: { commitmentId: $id, version: 1, criterion: GOVERNMENT_LED, outcome: MET, reason: "ok" }) { id } }',
        {
          as: supportUnit,
          variables: { id: draft.id },
        },
      ),
    );
    expect(error).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/UNDER_REVIEW; it is DRAFT/) });
  });

  it.each([
    ["a blank reason", "   ", /The reason is required/],
    ["a reason over 5000 characters", "x".repeat(5001), /longer than 5000 characters/],
  ])("refuses an eligibility decision with %s, naming the field and changing nothing", async (_, reason, message) => {
    const review = await commitmentIn(harness.subgraph, "UNDER_REVIEW");
    const before = await tableCounts(harness.subgraph);
    const error = firstError(
      await harness.subgraph.execute("mutation ($input: DecideEligibilityInput!) { decideEligibility(input: $input) { id } }", {
        as: supportUnit,
        variables: { input: { commitmentId: review.id, version: review.version, criterion: "GOVERNMENT_LED", outcome: "MET", reason } },
      }),
    );
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: "reason", message: expect.stringMatching(message) });
    expect(await tableCounts(harness.subgraph)).toEqual(before);
  });
});
