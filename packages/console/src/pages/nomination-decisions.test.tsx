import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  closeAwardCycleMutation,
  openAwardCycleMutation,
  supportAwardCyclesQuery,
} from "../features/recognition/components/AwardCyclesSection";
import type { SupportAwardCyclesQuery, SupportNominationsQuery } from "../gql/graphql";
import { renderApp } from "../test/renderApp";
import { MEMBER_ID, PARTNER_ID, signedInAs } from "../test/session.fixture";
import { acceptNominationMutation, supportNominationsQuery } from "./nomination-decisions";

function nominations(count: number): SupportNominationsQuery {
  return {
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
const cycle = (over: Partial<SupportAwardCyclesQuery["awardCycles"][number]> = {}) => ({
  __typename: "AwardCycle" as const,
  id: "cycle-1",
  version: 1,
  name: "Open Gov Awards 2027",
  opensOn: "2027-01-01",
  closesOn: "2027-03-31",
  status: "OPEN" as const,
  closedAt: null as string | null,
  ...over,
});
const cycles = (...awardCycles: ReturnType<typeof cycle>[]) => ({
  request: { query: supportAwardCyclesQuery },
  result: { data: { awardCycles } satisfies SupportAwardCyclesQuery },
});
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
    const { user } = renderApp({ path: "/moderation/nominations", mocks: [mock, cycles(cycle()), load(1), accept, load(0)] });

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
    renderApp({
      path: "/moderation/nominations?cycle=cycle-1&status=ALL",
      mocks: [mock, cycles(cycle()), load(1, { cycleId: "cycle-1" })],
    });
    expect(await screen.findByRole("region", { name: "Albania · Open Gov Awards 2027" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: /Award cycle/ }).textContent).toContain("Open Gov Awards 2027");
  });
});

describe("Award cycles (support unit)", { timeout: 30_000 }, () => {
  it("opens a cycle, with each objection next to the field it is about", async () => {
    const { mock } = signedInAs("support");
    const refused = {
      request: {
        query: openAwardCycleMutation,
        variables: { input: { name: "Awards 2028", opensOn: "2028-01-01", closesOn: "2028-03-31" } },
      },
      result: {
        errors: [{ message: "An award cycle named “Awards 2028” already exists.", extensions: { code: "BAD_USER_INPUT", field: "name" } }],
      },
    };
    const opened = {
      request: {
        query: openAwardCycleMutation,
        variables: { input: { name: "Open Gov Awards 2028", opensOn: "2028-01-01", closesOn: "2028-03-31" } },
      },
      result: {
        data: {
          openAwardCycle: {
            __typename: "AwardCycle" as const,
            id: "cycle-2",
            version: 1,
            name: "Open Gov Awards 2028",
            status: "OPEN" as const,
          },
        },
      },
    };
    const newer = cycle({ id: "cycle-2", name: "Open Gov Awards 2028", opensOn: "2028-01-01", closesOn: "2028-03-31" });
    const { user } = renderApp({
      path: "/moderation/nominations",
      mocks: [mock, cycles(cycle()), load(0), refused, opened, cycles(newer, cycle())],
    });

    const section = await screen.findByRole("region", { name: "Award cycles" });
    const form = within(section).getByRole("form", { name: "Open an award cycle" });
    await user.click(within(form).getByRole("button", { name: "Open the cycle" }));
    expect(within(form).getAllByText("Required.")).toHaveLength(3);
    expect(document.activeElement).toBe(within(form).getByRole("textbox", { name: /Name of the cycle/ }));

    await user.type(within(form).getByRole("textbox", { name: /Name of the cycle/ }), "Awards 2028");
    await user.type(within(form).getByLabelText(/First day of nominations/), "2028-01-01");
    await user.type(within(form).getByLabelText(/Last day of nominations/), "2027-12-31");
    await user.click(within(form).getByRole("button", { name: "Open the cycle" }));
    expect(within(form).getByText("The last day must come after the first.")).toBeTruthy();

    await user.clear(within(form).getByLabelText(/Last day of nominations/));
    await user.type(within(form).getByLabelText(/Last day of nominations/), "2028-03-31");
    await user.click(within(form).getByRole("button", { name: "Open the cycle" }));
    const name = within(form).getByRole("textbox", { name: /Name of the cycle/ });
    await waitFor(() => expect(name.getAttribute("aria-invalid")).toBe("true"));
    expect(within(form).getByText("An award cycle named “Awards 2028” already exists.")).toBeTruthy();
    expect(within(form).queryByRole("alert")).toBeNull();

    await user.clear(name);
    await user.type(name, "Open Gov Awards 2028");
    await user.click(within(form).getByRole("button", { name: "Open the cycle" }));
    expect(await within(section).findByText("“Open Gov Awards 2028” is open: partners can nominate governments in it.")).toBeTruthy();
    const table = within(section).getByRole("table", { name: "Award cycles" });
    expect(within(table).getAllByRole("row")).toHaveLength(3);
    expect((name as HTMLInputElement).value).toBe("");
  });

  it("closes an open cycle once asked to confirm", async () => {
    const { mock } = signedInAs("support");
    const close = {
      request: { query: closeAwardCycleMutation, variables: { id: "cycle-1", version: 1 } },
      result: {
        data: {
          closeAwardCycle: {
            __typename: "AwardCycle" as const,
            id: "cycle-1",
            version: 2,
            status: "CLOSED" as const,
            closedAt: "2027-04-02T09:00:00.000Z",
          },
        },
      },
    };
    const { user } = renderApp({ path: "/moderation/nominations", mocks: [mock, cycles(cycle()), load(0), close] });

    const table = await screen.findByRole("table", { name: "Award cycles" });
    const row = within(table).getAllByRole("row")[1] as HTMLElement;
    expect(within(row).getByText("January 1, 2027 to March 31, 2027")).toBeTruthy();
    await user.click(within(row).getByRole("button", { name: "Close Open Gov Awards 2027" }));
    const dialog = await screen.findByRole("dialog", { name: "Close “Open Gov Awards 2027”?" });
    await user.click(within(dialog).getByRole("button", { name: "Close the cycle" }));

    const done = await screen.findByText("“Open Gov Awards 2027” is closed: it takes no more nominations.");
    await waitFor(() => expect(done.closest("[role=status]")).toBe(document.activeElement));
    expect(within(row).getByText("closed (closed on April 2, 2027)")).toBeTruthy();
    expect(within(row).queryByRole("button")).toBeNull();
  });
});
