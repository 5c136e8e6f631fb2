import { screen, within } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import type { DashboardQuery } from "../gql/graphql";
import { renderApp } from "../test/renderApp";
import { signedInAs } from "../test/session.fixture";
import { dashboardQuery } from "./dashboard";

const area = (code: "JUSTICE" | "CIVIC_SPACE", position: number, name: string, byStatus: [string, number][]) => ({
  __typename: "ChallengeArea" as const,
  code,
  position,
  name,
  commitmentStats: {
    __typename: "CommitmentStats" as const,
    total: byStatus.reduce((sum, [, count]) => sum + count, 0),
    byStatus: byStatus.map(([status, count]) => ({
      __typename: "CommitmentStatusCount" as const,
      status: status as DashboardQuery["challengeAreas"][number]["commitmentStats"]["byStatus"][number]["status"],
      count,
    })),
  },
});
/** A status's cases as the dashboard asks for them: how many, and the first of the queue, its oldest. */
const cases = (totalCount: number, oldestAge: number) => ({
  __typename: "CoordinationCaseConnection" as const,
  totalCount,
  edges: [
    {
      __typename: "CoordinationCaseEdge" as const,
      node: { __typename: "CoordinationCase" as const, id: `case-${oldestAge}`, ageInDays: oldestAge },
    },
  ],
});
const data: DashboardQuery = {
  challengeAreas: [
    area("JUSTICE", 8, "Justice", [["ELIGIBLE", 2]]),
    area("CIVIC_SPACE", 3, "Civic Space", [
      ["SUBMITTED", 3],
      ["ELIGIBLE", 1],
    ]),
  ],
  openCases: cases(2, 12),
  casesInProgress: cases(1, 30),
  submitted: { __typename: "CommitmentConnection", totalCount: 3 },
  underReview: { __typename: "CommitmentConnection", totalCount: 1 },
  challengeStatistics: {
    __typename: "ChallengeStatistics",
    membersTakingPart: 3,
    areas: {
      __typename: "AreaStatisticsConnection",
      edges: [
        {
          __typename: "AreaStatisticsEdge",
          node: { __typename: "AreaStatistics", area: "CIVIC_SPACE", membersTakingPart: 2, commitments: 4 },
        },
      ],
    },
  },
};

beforeAll(() => {
  // The chart measures its container; jsdom has no layout.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

describe("Support-unit dashboard", { timeout: 30_000 }, () => {
  it("shows the queue, the reviews due, and each area's commitments per status, each number leading to its list", async () => {
    const { mock } = signedInAs("support");
    renderApp({ path: "/dashboard", mocks: [mock, { request: { query: dashboardQuery, variables: { locale: "EN" } }, result: { data } }] });

    const queue = (await screen.findByRole("heading", { level: 2, name: "Coordination cases waiting" })).parentElement;
    expect(queue?.textContent).toContain("3");
    expect(screen.getByRole("heading", { level: 2, name: "Oldest open case" }).parentElement?.textContent).toContain("30 days");
    const reviews = screen.getByRole("heading", { level: 2, name: "Commitments waiting for review" }).parentElement as HTMLElement;
    expect(reviews.textContent).toContain("4");
    // Both parts of the number lead to their own list, which holds as many.
    expect(within(reviews).getByRole("link", { name: "Submitted: 3" }).getAttribute("href")).toBe("/commitments?status=SUBMITTED");
    expect(within(reviews).getByRole("link", { name: "Under review: 1" }).getAttribute("href")).toBe("/commitments?status=UNDER_REVIEW");

    const table = screen.getByRole("table", { name: "Commitments by area and status" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual(["Civic Space", "Justice"]);
    expect(within(table).getByRole("link", { name: "Submitted" }).getAttribute("href")).toBe("/commitments?status=SUBMITTED");
    expect(
      within(rows[0] as HTMLElement)
        .getByRole("link", { name: "3" })
        .getAttribute("href"),
    ).toBe("/commitments?area=CIVIC_SPACE&status=SUBMITTED");
    expect(
      within(rows[1] as HTMLElement)
        .getByRole("link", { name: "Justice" })
        .getAttribute("href"),
    ).toBe("/commitments?area=JUSTICE");
  });

  it("shows the members taking part per area, each area's commitments leading to its list", async () => {
    const { mock } = signedInAs("support");
    renderApp({ path: "/dashboard", mocks: [mock, { request: { query: dashboardQuery, variables: { locale: "EN" } }, result: { data } }] });

    const table = await screen.findByRole("table", { name: "Members taking part per area" });
    expect(screen.getByText("3 members take part in the challenge.")).toBeTruthy();
    const rows = within(table).getAllByRole("row").slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole("cell")
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ["2", "4"],
      // An area without published commitments has no members taking part.
      ["0", "0"],
    ]);
    expect(within(table).getByRole("link", { name: "4 commitments in Civic Space" }).getAttribute("href")).toBe(
      // The statistics count published commitments: the list they lead to holds the same ones, not the drafts.
      "/commitments?area=CIVIC_SPACE&published=true",
    );
  });
});
