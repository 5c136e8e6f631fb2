import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { utcToday } from "../features/review-cycles/window-action";
import type { SupportReviewCyclesQuery } from "../gql/graphql";
import { renderApp } from "../test/renderApp";
import { signedInAs } from "../test/session.fixture";
import { createReviewCycleMutation, supportReviewCyclesQuery, updateReviewCycleMutation } from "./review-cycles";

const day = (offset: number) => new Date(Date.parse(`${utcToday()}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

function cycles(list: { id: string; opensOn: string; closesOn: string; isOpen: boolean; scope: string }[]): SupportReviewCyclesQuery {
  return {
    reviewCycles: list.map((cycle) => ({
      __typename: "ReviewCycle" as const,
      version: 1,
      kind: "MID_TERM" as const,
      scopePathways: ["STANDALONE" as const],
      scopeAreas: [],
      ...cycle,
    })),
    challengeAreas: [],
  };
}
const load = (data: SupportReviewCyclesQuery) => ({
  request: { query: supportReviewCyclesQuery, variables: { locale: "EN" } },
  result: { data },
});
const open = { id: "rc-1", opensOn: day(-10), closesOn: day(20), isOpen: true, scope: "Standalone commitments" };

describe("Review cycles (support unit)", { timeout: 30_000 }, () => {
  it("lists the windows and stops an open one taking reports", async () => {
    const { mock } = signedInAs("support");
    const close = {
      request: { query: updateReviewCycleMutation, variables: { input: { id: "rc-1", version: 1, closesOn: day(-1) } } },
      result: {
        data: {
          updateReviewCycle: {
            __typename: "ReviewCycle" as const,
            id: "rc-1",
            version: 2,
            opensOn: open.opensOn,
            closesOn: day(-1),
            isOpen: false,
          },
        },
      },
    };
    const { user } = renderApp({ path: "/review-cycles", mocks: [mock, load(cycles([open])), close] });

    const table = await screen.findByRole("table", { name: "Review cycles" });
    const row = within(table).getAllByRole("row")[1] as HTMLElement;
    expect(within(row).getByText("Open")).toBeTruthy();
    expect(within(row).getByText("Standalone")).toBeTruthy();
    await user.click(within(row).getByRole("button", { name: "Stop taking reports for the Mid-term review" }));
    await waitFor(() => expect(within(row).getByText("Not open")).toBeTruthy());
    expect(within(row).queryByRole("button")).toBeNull();
  });

  it("announces a new window, showing the API's objection next to the date it is about", async () => {
    const { mock } = signedInAs("support");
    const refused = {
      request: { query: createReviewCycleMutation, variables: () => true },
      result: {
        errors: [{ message: "The review window closes before it opens.", extensions: { code: "BAD_USER_INPUT", field: "closesOn" } }],
      },
    };
    const { user } = renderApp({ path: "/review-cycles", mocks: [mock, load(cycles([])), refused] });

    expect(await screen.findByText("No review cycle yet.")).toBeTruthy();
    const form = screen.getByRole("region", { name: "Announce a review cycle" });
    await user.type(within(form).getByLabelText(/First day/), "2027-03-01");
    await user.type(within(form).getByLabelText(/Last day/), "2027-02-01");
    await user.type(within(form).getByRole("textbox", { name: /Scope/ }), "All standalone commitments");
    await user.click(within(form).getByRole("button", { name: "Create the review cycle" }));

    const last = within(form).getByLabelText(/Last day/);
    await waitFor(() => expect(last.getAttribute("aria-invalid")).toBe("true"));
    expect(within(form).getByText("The review window closes before it opens.")).toBeTruthy();
  });
});
