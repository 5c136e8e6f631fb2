import "reflect-metadata";
import { createTestSubgraph, type TestSubgraph, testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directorySubgraph } from "../subgraph.js";
import { createActionPlan, createMember, firstError, ok, supportUnit, tableCounts } from "../test-helpers.js";

function shift(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe.each(testStores)("action plans on %s", (store) => {
  let directory: TestSubgraph;
  let ghana: { id: string };

  beforeAll(async () => {
    directory = await createTestSubgraph(directorySubgraph, store);
    ghana = await createMember(directory, { ogpCode: "GHA", name: "Ghana", country: "GHA", region: "AFRICA_AND_MIDDLE_EAST" });
  });
  afterAll(() => directory.close());

  it("exposes the amendment window and whether it is open today, for submitted plans only", async () => {
    const window = { opensOn: shift(-10), closesOn: shift(10) };
    const open = await createActionPlan(directory, ghana.id, {
      ogpId: "AP_GHA05",
      number: 5,
      startDate: shift(-400),
      endDate: shift(1000),
      lengthYears: 4,
      midwayRefreshOn: shift(300),
      status: "IN_IMPLEMENTATION",
      amendmentWindow: window,
    });
    await createActionPlan(directory, ghana.id, {
      ogpId: "AP_GHA06",
      number: 6,
      startDate: shift(-400),
      endDate: shift(400),
      status: "DRAFT",
      amendmentWindow: window,
    });
    await createActionPlan(directory, ghana.id, {
      ogpId: "AP_GHA04",
      number: 4,
      startDate: "2021-01-01",
      endDate: "2023-06-30",
      status: "ENDED",
    });
    const data = ok(
      await directory.execute<{
        actionPlanByOgpId: { id: string; lengthYears: number; amendmentWindow: unknown; member: { ogpCode: string } };
        draft: { amendmentWindow: { isOpen: boolean } };
        ended: { amendmentWindow: null };
      }>(`{
        actionPlanByOgpId(ogpId: "AP_GHA05") { id lengthYears amendmentWindow { opensOn closesOn isOpen } member { ogpCode } }
        draft: actionPlanByOgpId(ogpId: "AP_GHA06") { amendmentWindow { isOpen } }
        ended: actionPlanByOgpId(ogpId: "AP_GHA04") { amendmentWindow { isOpen } }
      }`),
    );
    expect(data.actionPlanByOgpId).toEqual({
      id: open.id,
      lengthYears: 4,
      amendmentWindow: { ...window, isOpen: true },
      member: { ogpCode: "GHA" },
    });
    expect(data.draft.amendmentWindow.isOpen).toBe(false);
    expect(data.ended.amendmentWindow).toBeNull();

    const listed = ok(
      await directory.execute<{ open: { edges: { node: { ogpId: string } }[] }; closed: { totalCount: number } }>(`{
        open: actionPlans(filter: { amendmentWindowOpen: true }) { edges { node { ogpId } } }
        closed: actionPlans(filter: { amendmentWindowOpen: false }) { totalCount }
      }`),
    );
    expect(listed.open.edges.map((edge) => edge.node.ogpId)).toEqual(["AP_GHA05"]);
    expect(listed.closed.totalCount).toBe(2);

    const member = ok(
      await directory.execute<{ memberByOgpCode: { actionPlans: { number: number }[] } }>(
        '{ memberByOgpCode(code: "GHA") { actionPlans { number } } }',
      ),
    );
    expect(member.memberByOgpCode.actionPlans.map((plan) => plan.number)).toEqual([4, 5, 6]);
  });

  it("resolves ActionPlan references by id and by OGP id, for the subgraph that adds challenge commitments", async () => {
    const plan = ok(
      await directory.execute<{ actionPlanByOgpId: { id: string } }>('{ actionPlanByOgpId(ogpId: "AP_GHA05") { id } }'),
    ).actionPlanByOgpId;
    const { result, statements } = await directory.counter.measure(() =>
      directory.execute<{ _entities: ({ ogpId: string; amendmentWindow: { isOpen: boolean } } | null)[] }>(
        "query ($r: [_Any!]!) { _entities(representations: $r) { ... on ActionPlan { ogpId amendmentWindow { isOpen } } } }",
        {
          variables: {
            r: [
              { __typename: "ActionPlan", id: plan.id },
              { __typename: "ActionPlan", ogpId: "AP_GHA04" },
              { __typename: "ActionPlan", ogpId: "AP_NONE01" },
            ],
          },
        },
      ),
    );
    expect(ok(result)._entities).toEqual([
      { ogpId: "AP_GHA05", amendmentWindow: { isOpen: true } },
      { ogpId: "AP_GHA04", amendmentWindow: null },
      null,
    ]);
    expect(statements).toBe(2);
  });

  describe("validation: a refused write names the field and changes nothing", () => {
    const CREATE = "mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }";
    const base = () => ({
      memberId: ghana.id,
      ogpId: "AP_GHA09",
      number: 9,
      startDate: "2026-01-01",
      endDate: "2027-12-31",
      lengthYears: 2,
    });
    const cases: [string, () => Record<string, unknown>, string, string, RegExp][] = [
      [
        "an unknown member",
        () => ({ memberId: "00000000-0000-0000-0000-000000000000" }),
        "BAD_USER_INPUT",
        "memberId",
        /no member with the id/,
      ],
      ["a duplicate OGP id", () => ({ ogpId: "AP_GHA05" }), "CONFLICT", "ogpId", /already has the OGP id AP_GHA05/],
      ["a malformed OGP id", () => ({ ogpId: "ap ghA 9" }), "BAD_USER_INPUT", "ogpId", /not an OGP action-plan id/],
      ["a plan ending before it starts", () => ({ endDate: "2025-12-31" }), "BAD_USER_INPUT", "endDate", /cannot end before it starts/],
      ["a plan ending the day it starts", () => ({ endDate: "2026-01-01" }), "BAD_USER_INPUT", "endDate", /cannot end before it starts/],
      ["a date that is not one", () => ({ startDate: "2026-02-30" }), "BAD_USER_INPUT", "startDate", /calendar date written YYYY-MM-DD/],
      ["a length of five years", () => ({ lengthYears: 5 }), "BAD_USER_INPUT", "lengthYears", /2 or 4 years/],
      ["a midway refresh of a 2-year plan", () => ({ midwayRefreshOn: "2027-01-01" }), "BAD_USER_INPUT", "midwayRefreshOn", /Only 4-year/],
      [
        "a midway refresh outside a 4-year plan",
        () => ({ endDate: "2029-12-31", lengthYears: 4, midwayRefreshOn: "2030-06-01" }),
        "BAD_USER_INPUT",
        "midwayRefreshOn",
        /within the plan/,
      ],
      [
        "an amendment window closing before it opens",
        () => ({ amendmentWindow: { opensOn: "2026-06-01", closesOn: "2026-05-01" } }),
        "BAD_USER_INPUT",
        "amendmentWindow.closesOn",
        /closes \(2026-05-01\) before it opens/,
      ],
      [
        "an amendment window opening before the plan starts",
        () => ({ amendmentWindow: { opensOn: "2025-12-01", closesOn: "2026-03-01" } }),
        "BAD_USER_INPUT",
        "amendmentWindow.opensOn",
        /cannot open \(2025-12-01\) before the plan starts/,
      ],
      [
        "an amendment window closing after the plan ends",
        () => ({ amendmentWindow: { opensOn: "2027-06-01", closesOn: "2028-03-01" } }),
        "BAD_USER_INPUT",
        "amendmentWindow.closesOn",
        /cannot close \(2028-03-01\) after the plan ends/,
      ],
      [
        "an amendment window with a date that is not one",
        () => ({ amendmentWindow: { opensOn: "soon", closesOn: "2026-03-01" } }),
        "BAD_USER_INPUT",
        "amendmentWindow.opensOn",
        /YYYY-MM-DD/,
      ],
    ];
    it.each(cases)("refuses %s", async (_, change, code, field, message) => {
      const before = await tableCounts(directory);
      const error = firstError(await directory.execute(CREATE, { as: supportUnit, variables: { input: { ...base(), ...change() } } }));
      expect(error).toMatchObject({ code, field });
      expect(error.message).toMatch(message);
      expect(await tableCounts(directory)).toEqual(before);
    });

    it("checks a kept window against new dates, and removes a window given null", async () => {
      const plan = await createActionPlan(directory, ghana.id, {
        ogpId: "AP_GHA10",
        number: 10,
        startDate: "2026-01-01",
        endDate: "2027-12-31",
        amendmentWindow: { opensOn: "2026-03-01", closesOn: "2026-09-30" },
      });
      const UPDATE =
        "mutation ($input: UpdateActionPlanInput!) { updateActionPlan(input: $input) { version amendmentWindow { opensOn } } }";
      const error = firstError(
        await directory.execute(UPDATE, { as: supportUnit, variables: { input: { id: plan.id, version: 1, endDate: "2026-06-30" } } }),
      );
      expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: "amendmentWindow.closesOn" });
      const cleared = ok(
        await directory.execute<{ updateActionPlan: unknown }>(UPDATE, {
          as: supportUnit,
          variables: { input: { id: plan.id, version: 1, amendmentWindow: null } },
        }),
      );
      expect(cleared.updateActionPlan).toEqual({ version: 2, amendmentWindow: null });
    });
  });
});
