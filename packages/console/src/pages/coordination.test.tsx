import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { CoordinationQueueQuery } from "../gql/graphql";
import { renderApp } from "../test/renderApp";
import { signedInAs } from "../test/session.fixture";
import { coordinationQueueQuery } from "./coordination";

type Node = CoordinationQueueQuery["coordinationCases"]["edges"][number]["node"];

const institution = (id: string, name: string) => ({ __typename: "Institution" as const, id, name });
const account = (id: string, displayName: string) => ({ __typename: "Account" as const, id, displayName });

function node(id: string, overrides: Partial<Node> = {}): Node {
  return {
    __typename: "CoordinationCase",
    id,
    area: "JUSTICE",
    status: "OPEN",
    ageInDays: 3,
    openedAt: "2026-11-27T10:00:00.000Z",
    facilitator: null,
    leadInstitution: null,
    member: { __typename: "Member", id: "m-alb", name: "Albania" },
    institutions: [institution("i1", "Ministry of Justice"), institution("i2", "Ombudsman")],
    ...overrides,
  };
}

function page(nodes: Node[], next: string | null, totalCount: number): CoordinationQueueQuery {
  return {
    coordinationCases: {
      __typename: "CoordinationCaseConnection",
      totalCount,
      pageInfo: { __typename: "PageInfo", hasNextPage: next !== null, endCursor: next },
      edges: nodes.map((n) => ({ __typename: "CoordinationCaseEdge", node: n })),
    },
    challengeAreas: [{ __typename: "ChallengeArea", code: "JUSTICE", name: "Justice" }],
  };
}

const load = (after: string | null, data: CoordinationQueueQuery, status: string | null = null) => ({
  request: { query: coordinationQueueQuery, variables: { status, after, locale: "EN" } },
  result: { data },
});

describe("Coordination queue (support unit)", { timeout: 30_000 }, () => {
  it("names each case's lead institution and facilitator, the viewer as 'You', and pages through the queue", async () => {
    const { mock } = signedInAs("support");
    const first = page(
      [
        node("c1", { facilitator: account("acc-support", "Sam Support") }),
        node("c2", { facilitator: account("acc-admin", "Alex Admin"), leadInstitution: institution("i1", "Ministry of Justice") }),
      ],
      "cursor-2",
      3,
    );
    const second = page([node("c3", { ageInDays: 1 })], null, 3);
    const { user } = renderApp({ path: "/coordination", mocks: [mock, load(null, first), load("cursor-2", second)] });

    const table = await screen.findByRole("table", { name: "Coordination queue" });
    expect(screen.getByRole("status").textContent).toBe("3 cases");
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((cell) => cell.textContent);
    expect(headers).toEqual(["Case", "Institutions", "Lead institution", "Facilitator", "Case status", "Age"]);
    const cells = (row: number) =>
      within(within(table).getAllByRole("row")[row] as HTMLElement)
        .getAllByRole("cell")
        .map((cell) => cell.textContent);
    expect(cells(1).slice(2, 4)).toEqual(["Not designated yet", "You"]);
    expect(cells(2).slice(2, 4)).toEqual(["Ministry of Justice", "Alex Admin"]);

    const pager = screen.getByRole("navigation", { name: /Coordination queue/ });
    expect(within(pager).getByRole("button", { name: "Previous page" }).hasAttribute("disabled")).toBe(true);
    await user.click(within(pager).getByRole("button", { name: "Next page" }));
    expect(await screen.findByText("Nobody yet")).toBeTruthy();
    expect(screen.queryByText("Alex Admin")).toBeNull();
    const pagerNow = screen.getByRole("navigation", { name: /Coordination queue/ });
    expect(within(pagerNow).getByRole("button", { name: "Next page" }).hasAttribute("disabled")).toBe(true);
    expect(within(pagerNow).getByText("Page 2")).toBeTruthy();
  });
});
