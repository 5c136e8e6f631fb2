import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { CommitmentFilter, CommitmentListQuery } from "../gql/graphql";
import { renderApp } from "../test/renderApp";
import { MEMBER_ID, signedInAs } from "../test/session.fixture";
import { commitmentListQuery } from "./commitments";

type Node = CommitmentListQuery["commitments"]["edges"][number]["node"];

const commitment = (overrides: Partial<Node> & Pick<Node, "id" | "title">): Node => ({
  __typename: "Commitment",
  status: "SUBMITTED",
  pathway: "STANDALONE",
  updatedAt: "2026-11-20T10:00:00.000Z",
  proposedAreaCode: "JUSTICE",
  assignedAreaCode: null,
  endsAfterChallenge: false,
  hasActiveCoCreator: true,
  member: { __typename: "Member", id: MEMBER_ID, name: "Albania" },
  ...overrides,
});

const LATE_ALONE = commitment({ id: "c1", title: "Court budget hearings", endsAfterChallenge: true, hasActiveCoCreator: false });
const PLAN_ALONE = commitment({ id: "c2", title: "Open court records", pathway: "ACTION_PLAN", hasActiveCoCreator: false });

/** The list the API answers for exactly this filter. */
const list = (filter: CommitmentFilter, nodes: Node[]) => ({
  request: { query: commitmentListQuery, variables: { filter, locale: "EN" } },
  result: {
    data: {
      commitments: {
        __typename: "CommitmentConnection" as const,
        totalCount: nodes.length,
        edges: nodes.map((node) => ({ __typename: "CommitmentEdge" as const, node })),
        pageInfo: { __typename: "PageInfo" as const, hasNextPage: false, endCursor: null },
      },
      challengeAreas: [
        { __typename: "ChallengeArea" as const, code: "CIVIC_SPACE" as const, position: 3, name: "Civic Space" },
        { __typename: "ChallengeArea" as const, code: "JUSTICE" as const, position: 8, name: "Justice" },
      ],
    },
  },
});

const flagsOf = (title: string) => {
  const row = screen.getByRole("link", { name: title }).closest("tr");
  const cells = within(row as HTMLElement).getAllByRole("cell");
  return cells[cells.length - 1]?.textContent;
};

describe("Commitments (support unit)", { timeout: 30_000 }, () => {
  it("flags a late end and missing co-creation on each standalone commitment", async () => {
    const { mock } = signedInAs("support");
    renderApp({ path: "/commitments", mocks: [mock, list({}, [LATE_ALONE, PLAN_ALONE])] });

    await screen.findByRole("link", { name: "Court budget hearings" });
    const headers = within(screen.getByRole("table", { name: "Commitments" }))
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers[headers.length - 1]).toBe("Flags");
    expect(flagsOf("Court budget hearings")).toBe("Ends after March 31, 2028No active co-creator");
    // Co-creation is expected of standalone commitments only.
    expect(flagsOf("Open court records")).toBe("");
  });

  it("reads the flag filters from the URL and sends them to the API", async () => {
    const { mock } = signedInAs("support");
    const filter: CommitmentFilter = {
      pathway: "STANDALONE",
      endsAfterChallenge: true,
      hasActiveCoCreator: false,
      published: true,
      suggestedArea: "JUSTICE",
    };
    renderApp({
      path: "/commitments?pathway=STANDALONE&endsAfterChallenge=true&hasActiveCoCreator=false&published=true&suggestedArea=JUSTICE",
      mocks: [mock, list(filter, [LATE_ALONE])],
    });

    expect(await screen.findByText("1 commitment")).toBeTruthy();
    const filters = screen.getByRole("search", { name: "Filter the commitments" });
    expect(within(filters).getByRole("combobox", { name: "Pathway" }).textContent).toBe("Standalone");
    expect(within(filters).getByRole("combobox", { name: "Planned end" }).textContent).toBe("After March 31, 2028");
    expect(within(filters).getByRole("combobox", { name: "Co-creation" }).textContent).toBe("Without an active co-creator");
    expect(within(filters).getByRole("combobox", { name: "Area suggested by IRM tags" }).textContent).toBe("Justice");
    expect(within(filters).getByRole("combobox", { name: "Publication" }).textContent).toBe("Published (submitted at least once)");
  });

  it("keeps a chosen flag filter in the URL and lists what the API answers for it", async () => {
    const { mock } = signedInAs("support");
    const { user, router } = renderApp({
      path: "/commitments",
      mocks: [
        mock,
        list({}, [LATE_ALONE, PLAN_ALONE]),
        list({ hasActiveCoCreator: false }, [LATE_ALONE, PLAN_ALONE]),
        list({ hasActiveCoCreator: false, endsAfterChallenge: false }, [PLAN_ALONE]),
      ],
    });
    await screen.findByText("2 commitments");

    await user.click(screen.getByRole("combobox", { name: "Co-creation" }));
    await user.click(await screen.findByRole("option", { name: "Without an active co-creator" }));
    await waitFor(() => expect(router.state.location.search).toBe("?hasActiveCoCreator=false"));

    await user.click(await screen.findByRole("combobox", { name: "Planned end" }));
    await user.click(await screen.findByRole("option", { name: "By March 31, 2028, or no date" }));
    await waitFor(() => expect(router.state.location.search).toBe("?hasActiveCoCreator=false&endsAfterChallenge=false"));
    expect(await screen.findByText("1 commitment")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Open court records" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Court budget hearings" })).toBeNull();
  });
});
