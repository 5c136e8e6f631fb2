import "reflect-metadata";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  commitmentIn,
  createCommitment,
  createHarness,
  firstError,
  type Harness,
  officer,
  ok,
  otherOfficer,
  supportUnit,
  tableCounts,
} from "../test-helpers.js";

const ADD =
  "mutation ($input: AddMilestoneInput!, $key: String) { addMilestone(input: $input, idempotencyKey: $key) { id version position status } }";
const UPDATE = "mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id version title status dueDate } }";

describe.each(testStores)("milestones on %s", (store) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await createHarness(store);
  });
  afterAll(() => harness.close());

  it("adds milestones after the last one and edits them, recording each change in the history", async () => {
    const commitment = await createCommitment(harness.subgraph);
    const added = ok(
      await harness.subgraph.execute<{ addMilestone: { id: string; version: number; position: number; status: string } }>(ADD, {
        as: officer,
        variables: { input: { commitmentId: commitment.id, title: "Pilot in two municipalities", dueDate: "2027-09-30" } },
      }),
    ).addMilestone;
    expect(added).toMatchObject({ version: 1, position: 2, status: "PLANNED" });
    const edited = ok(
      await harness.subgraph.execute<{ updateMilestone: Record<string, unknown> }>(UPDATE, {
        as: officer,
        variables: { input: { id: added.id, version: 1, status: "IN_PROGRESS", dueDate: null } },
      }),
    ).updateMilestone;
    expect(edited).toMatchObject({ version: 2, status: "IN_PROGRESS", dueDate: null, title: "Pilot in two municipalities" });
    const history = ok(
      await harness.subgraph.execute<{
        commitment: { history: { kind: string; changes: Record<string, unknown>; note: string | null }[] };
      }>("query ($id: ID!) { commitment(id: $id) { history { kind changes note } } }", { as: officer, variables: { id: commitment.id } }),
    ).commitment.history;
    expect(history[0]).toEqual({
      kind: "MILESTONE_CHANGED",
      changes: { dueDate: { from: "2027-09-30", to: null }, status: { from: "PLANNED", to: "IN_PROGRESS" } },
      note: "Milestone 2: Pilot in two municipalities",
    });
    expect(history[1]?.kind).toBe("MILESTONE_ADDED");
  });

  it("names the account behind each change to the support unit only (the identity service gives its name)", async () => {
    const commitment = await createCommitment(harness.subgraph);
    ok(
      await harness.subgraph.execute(ADD, {
        as: officer,
        variables: { input: { commitmentId: commitment.id, title: "Publish the register" } },
      }),
    );
    const HISTORY = "query ($id: ID!) { commitment(id: $id) { history { kind actorId actor { __typename id } } } }";
    const seen = ok(
      await harness.subgraph.execute<{ commitment: { history: { kind: string; actorId: string; actor: unknown }[] } }>(HISTORY, {
        as: supportUnit,
        variables: { id: commitment.id },
      }),
    ).commitment.history;
    expect(seen[0]).toEqual({ kind: "MILESTONE_ADDED", actorId: "officer-1", actor: { __typename: "Account", id: "officer-1" } });
    const refused = await harness.subgraph.execute(HISTORY, { as: officer, variables: { id: commitment.id } });
    expect(firstError(refused)).toMatchObject({ code: "FORBIDDEN" });
  });

  it("adds one milestone for a retried call with the same idempotency key", async () => {
    const commitment = await createCommitment(harness.subgraph);
    const add = () =>
      harness.subgraph.execute<{ addMilestone: { id: string; position: number } }>(ADD, {
        as: officer,
        variables: { input: { commitmentId: commitment.id, title: "Once" }, key: "milestone-1" },
      });
    const [first, second] = [ok(await add()).addMilestone, ok(await add()).addMilestone];
    expect(second).toEqual(first);
    const milestones = ok(
      await harness.subgraph.execute<{ commitment: { milestones: unknown[] } }>(
        "query ($id: ID!) { commitment(id: $id) { milestones { id } } }",
        {
          as: officer,
          variables: { id: commitment.id },
        },
      ),
    ).commitment.milestones;
    expect(milestones).toHaveLength(2);
  });

  it("refuses a stale version, another institution, a bad date, and a final commitment, writing nothing", async () => {
    const commitment = await createCommitment(harness.subgraph);
    const milestone = ok(
      await harness.subgraph.execute<{ commitment: { milestones: { id: string }[] } }>(
        "query ($id: ID!) { commitment(id: $id) { milestones { id } } }",
        {
          as: officer,
          variables: { id: commitment.id },
        },
      ),
    ).commitment.milestones[0] as { id: string };
    ok(await harness.subgraph.execute(UPDATE, { as: officer, variables: { input: { id: milestone.id, version: 1, title: "Renamed" } } }));
    const completed = await commitmentIn(harness.subgraph, "COMPLETED");
    const before = await tableCounts(harness.subgraph);
    const cases: [string, Record<string, unknown>, typeof officer | null, string][] = [
      [UPDATE, { id: milestone.id, version: 1, title: "Lost update" }, officer, "CONFLICT"],
      [UPDATE, { id: milestone.id, version: 2, dueDate: "2027-13-01" }, officer, "BAD_USER_INPUT"],
      [ADD, { commitmentId: commitment.id, title: "Not mine" }, otherOfficer, "NOT_FOUND"],
      [ADD, { commitmentId: completed.id, title: "Too late" }, supportUnit, "CONFLICT"],
    ];
    for (const [query, input, as, code] of cases) {
      expect([input, firstError(await harness.subgraph.execute(query, { as, variables: { input } })).code]).toEqual([input, code]);
    }
    expect(await tableCounts(harness.subgraph)).toEqual(before);
  });

  it("lets one of two concurrent edits of the same version through, refusing the other with CONFLICT", async () => {
    const commitment = await createCommitment(harness.subgraph);
    const edit = (title: string) =>
      harness.subgraph.execute("mutation ($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { version } }", {
        as: officer,
        variables: { input: { id: commitment.id, version: 1, title } },
      });
    const results = await Promise.all([edit("First"), edit("Second")]);
    const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
  });
});
