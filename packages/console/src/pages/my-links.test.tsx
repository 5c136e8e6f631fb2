import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { endCoCreationMutation } from "../features/cocreation/components/EndCoCreation";
import type { CoCreationStatus, MyLinksQuery } from "../gql/graphql";
import { renderApp } from "../test/renderApp";
import { PARTNER_ID, signedInAs } from "../test/session.fixture";
import { myLinksQuery } from "./my-links";

const link = (id: string, title: string, status: CoCreationStatus, version = 1) => ({
  __typename: "CoCreationLink" as const,
  id,
  version,
  role: "DESIGN" as const,
  status,
  note: null,
  reason: null as string | null,
  commitment: { __typename: "Commitment" as const, id: `c-${id}`, title },
});
const links = (...coCreations: ReturnType<typeof link>[]) => ({
  request: { query: myLinksQuery, variables: { partnerId: PARTNER_ID } },
  result: {
    data: { partner: { __typename: "Partner" as const, id: PARTNER_ID, name: "Open Albania", coCreations } } satisfies MyLinksQuery,
  },
});
const ended = (id: string, version: number) => ({
  __typename: "CoCreationLink" as const,
  id,
  version,
  status: "ENDED" as const,
  reason: null as string | null,
});

describe("My co-creation links (partner editor)", { timeout: 60_000 }, () => {
  it("withdraws a pending request, whose address for the institution names no version", async () => {
    const { mock } = signedInAs("partner");
    const withdraw = {
      request: { query: endCoCreationMutation, variables: { input: { id: "l1", version: 1 } } },
      result: { data: { endCoCreation: ended("l1", 2) } },
    };
    const { user } = renderApp({
      path: "/my-links",
      mocks: [mock, links(link("l1", "Court budgets", "REQUESTED")), withdraw, links(link("l1", "Court budgets", "ENDED", 2))],
    });

    const address = await screen.findByRole("textbox", { name: "Address to answer the request on “Court budgets”" });
    const sent = new URL((address as HTMLInputElement).value);
    expect(sent.pathname).toBe("/co-creation/answer");
    expect(Object.fromEntries(sent.searchParams)).toEqual({ link: "l1", commitment: "c-l1", partner: PARTNER_ID });

    await user.click(screen.getByRole("button", { name: "Withdraw the request on “Court budgets”" }));
    const dialog = await screen.findByRole("dialog", { name: "Withdraw this co-creation request?" });
    await user.click(within(dialog).getByRole("button", { name: "Withdraw the request" }));

    const done = await screen.findByText("Your request on “Court budgets” was withdrawn.");
    // The button that had the focus is gone with the request: the focus moves to what happened.
    await waitFor(() => expect(done.closest("[role=status]")).toBe(document.activeElement));
    const row = screen.getByRole("row", { name: /Court budgets/ });
    await waitFor(() => expect(within(row).getByText("Ended")).toBeTruthy());
    expect(within(row).queryByRole("button")).toBeNull();
    expect(within(row).queryByRole("textbox")).toBeNull();
  });

  it("ends an active link; when the institution changed it first, offers a reload instead", async () => {
    const { mock } = signedInAs("partner");
    const conflict = {
      request: { query: endCoCreationMutation, variables: { input: { id: "l2", version: 2 } } },
      result: { errors: [{ message: "The version you sent is 2; the stored one is 3.", extensions: { code: "CONFLICT" } }] },
    };
    const end = {
      request: { query: endCoCreationMutation, variables: { input: { id: "l2", version: 3, reason: "Our funding ended." } } },
      result: { data: { endCoCreation: { ...ended("l2", 4), reason: "Our funding ended." } } },
    };
    const { user } = renderApp({
      path: "/my-links",
      mocks: [
        mock,
        links(link("l2", "Open registers", "ACTIVE", 2)),
        conflict,
        links(link("l2", "Open registers", "ACTIVE", 3)),
        end,
        links({ ...link("l2", "Open registers", "ENDED", 4), reason: "Our funding ended." }),
      ],
    });

    await user.click(await screen.findByRole("button", { name: "End the link on “Open registers”" }));
    let dialog = await screen.findByRole("dialog", { name: "End this co-creation link?" });
    await user.click(within(dialog).getByRole("button", { name: "End the link" }));
    expect((await within(dialog).findByRole("alert")).textContent).toContain("Someone changed this record since you loaded it.");
    await user.click(within(dialog).getByRole("button", { name: "Reload" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());

    await user.click(screen.getByRole("button", { name: "End the link on “Open registers”" }));
    dialog = await screen.findByRole("dialog", { name: "End this co-creation link?" });
    await user.type(within(dialog).getByRole("textbox", { name: "Reason (optional)" }), "Our funding ended.");
    await user.click(within(dialog).getByRole("button", { name: "End the link" }));

    expect(await screen.findByText("Your link on “Open registers” has ended.")).toBeTruthy();
    expect(await screen.findByText("Our funding ended.")).toBeTruthy();
  });
});
