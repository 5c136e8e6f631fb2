import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { SupportNominationsQuery } from "../gql/graphql";
import { renderApp } from "../test/renderApp";
import { MEMBER_ID, PARTNER_ID, signedInAs } from "../test/session.fixture";
import { acceptNominationMutation, supportNominationsQuery } from "./nomination-decisions";

function nominations(count: number): SupportNominationsQuery {
  return {
    awardCycles: [{ __typename: "AwardCycle", id: "cycle-1", name: "Open Gov Awards 2027", status: "OPEN" }],
    nominations: {
      __typename: "AwardNominationConnection",
      totalCount: count,
      edges: Array.from({ length: count }, () => ({
        __typename: "AwardNominationEdge" as const,
        node: {
          __typename: "AwardNomination" as const,
          id: "n1",
          version: 1,
          rationale: "Every court decision is public now.",
          status: "SUBMITTED" as const,
          rejectionReason: null,
          decidedAt: null,
          createdAt: "2026-11-20T10:00:00.000Z",
          cycle: { __typename: "AwardCycle" as const, id: "cycle-1", name: "Open Gov Awards 2027" },
          member: { __typename: "Member" as const, id: MEMBER_ID, name: "Albania" },
          partner: { __typename: "Partner" as const, id: PARTNER_ID, name: "Open Courts Watch" },
          commitments: [{ __typename: "Commitment" as const, id: "c1", title: "Open court decisions" }],
        },
      })),
      pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
    },
  };
}
const load = (count: number, filter: Record<string, string> = { status: "SUBMITTED" }) => ({
  request: { query: supportNominationsQuery, variables: { filter, after: null } },
  result: { data: nominations(count) },
});

describe("Nomination decisions (support unit)", { timeout: 30_000 }, () => {
  it("lists the nominations waiting for a decision and accepts one, saying what became of it", async () => {
    const { mock } = signedInAs("support");
    const accept = {
      request: { query: acceptNominationMutation, variables: { id: "n1", version: 1 } },
      result: {
        data: {
          acceptNomination: {
            __typename: "AwardNomination" as const,
            id: "n1",
            version: 2,
            status: "ACCEPTED" as const,
            decidedAt: "2026-11-21T10:00:00.000Z",
          },
        },
      },
    };
    const { user } = renderApp({ path: "/moderation/nominations", mocks: [mock, load(1), accept, load(0)] });

    const card = await screen.findByRole("region", { name: "Albania · Open Gov Awards 2027" });
    expect(within(card).getByText(/Nominated by Open Courts Watch/)).toBeTruthy();
    expect(within(card).getByRole("link", { name: "Open court decisions" }).getAttribute("href")).toBe("/commitments/c1");
    await user.click(within(card).getByRole("button", { name: "Accept the nomination" }));

    expect(await screen.findByText("The nomination of Albania was accepted: it is now public.")).toBeTruthy();
    expect(await screen.findByText("0 nominations")).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Albania · Open Gov Awards 2027" })).toBeNull();
  });

  it("filters by award cycle and status from the URL", async () => {
    const { mock } = signedInAs("support");
    renderApp({ path: "/moderation/nominations?cycle=cycle-1&status=ALL", mocks: [mock, load(1, { cycleId: "cycle-1" })] });
    expect(await screen.findByRole("region", { name: "Albania · Open Gov Awards 2027" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: /Award cycle/ }).textContent).toContain("Open Gov Awards 2027");
  });
});
