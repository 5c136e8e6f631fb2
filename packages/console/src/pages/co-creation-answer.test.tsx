import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { answerPath } from "../features/cocreation/answer-link";
import { acceptCoCreationMutation, declineCoCreationMutation } from "../features/cocreation/components/AnswerActions";
import type { CoCreationStatus } from "../gql/graphql";
import { renderApp } from "../test/renderApp";
import { PARTNER_ID, signedInAs } from "../test/session.fixture";
import { coCreationRequestQuery } from "./co-creation-answer";

const path = answerPath({ link: "link-1", commitment: "c1", partner: PARTNER_ID });
const link = (status: CoCreationStatus, version: number, reason: string | null = null) => ({
  __typename: "CoCreationLink" as const,
  id: "link-1",
  version,
  role: "DESIGN" as const,
  status,
  reason,
});
/** The request as the API has it now: the partner's links to the commitment, an older declined one first. */
const request = (current: ReturnType<typeof link> | null) => ({
  request: { query: coCreationRequestQuery, variables: { commitmentId: "c1", partnerId: PARTNER_ID } },
  result: {
    data: {
      commitment: { __typename: "Commitment" as const, id: "c1", title: "Court budgets", summary: "Assemblies decide." },
      partner: { __typename: "Partner" as const, id: PARTNER_ID, name: "Open Albania", kind: "CIVIL_SOCIETY" as const, country: "ALB" },
      coCreationLinks: {
        __typename: "CoCreationLinkConnection" as const,
        edges: [{ ...link("DECLINED", 2, "Too early."), id: "link-0", role: "IMPLEMENTATION" as const }, ...(current ? [current] : [])].map(
          (node) => ({ __typename: "CoCreationLinkEdge" as const, node }),
        ),
      },
    },
  },
});

describe("Answering a co-creation request (institution officer or support unit)", { timeout: 30_000 }, () => {
  it("shows who asks for what, and accepts at the version the API has now", async () => {
    const { mock } = signedInAs("officer");
    const accept = {
      request: { query: acceptCoCreationMutation, variables: { input: { id: "link-1", version: 3 } } },
      result: {
        data: {
          acceptCoCreation: { __typename: "CoCreationLink" as const, id: "link-1", version: 4, status: "ACTIVE" as const, reason: null },
        },
      },
    };
    const { user } = renderApp({ path, mocks: [mock, request(link("REQUESTED", 3)), accept] });

    expect(await screen.findByText("Open Albania asks to co-create this commitment (Design).")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Court budgets" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Accept Open Albania" }));
    const done = await screen.findByText("Accepted: the partner is now shown as a co-creator.");
    expect(screen.queryByRole("button", { name: "Accept Open Albania" })).toBeNull();
    // The button pressed is gone: the focus is on what it did.
    expect(document.activeElement).toBe(done.closest("[role='status']"));
  });

  it("declines with a reason, and shows a refusal next to the reason", async () => {
    const { mock } = signedInAs("officer");
    const decline = {
      request: { query: declineCoCreationMutation, variables: { input: { id: "link-1", version: 1, reason: "x" } } },
      result: {
        errors: [{ message: "Give a reason of at least 10 characters.", extensions: { code: "BAD_USER_INPUT", field: "reason" } }],
      },
    };
    const { user } = renderApp({ path, mocks: [mock, request(link("REQUESTED", 1)), decline] });

    await user.type(await screen.findByRole("textbox", { name: "Reason for Open Albania (optional when accepting)" }), "x");
    await user.click(screen.getByRole("button", { name: "Decline Open Albania" }));
    expect(await screen.findByText("Give a reason of at least 10 characters.")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows a request answered or ended since the address was sent as such, without the answer buttons", async () => {
    const cases = [
      [link("ACTIVE", 2), "This request was already accepted: Open Albania co-creates this commitment."],
      [
        link("DECLINED", 2, "We work with the courts directly."),
        "This request was already declined. Reason given: We work with the courts directly.",
      ],
      [link("ENDED", 2), "This request needs no answer any more: the link was ended."],
    ] as const;
    for (const [current, said] of cases) {
      const { mock } = signedInAs("officer");
      const view = renderApp({ path, mocks: [mock, request(current)] });
      expect((await screen.findByRole("status")).textContent).toBe(said);
      expect(screen.getByText("Open Albania asks to co-create this commitment (Design).")).toBeTruthy();
      expect(screen.queryByRole("button", { name: /Accept|Decline/ })).toBeNull();
      view.unmount();
    }
  });

  it("offers a reload when someone answered first, and then shows the request's new state", async () => {
    const { mock } = signedInAs("support");
    const conflict = {
      request: { query: acceptCoCreationMutation, variables: { input: { id: "link-1", version: 1 } } },
      result: { errors: [{ message: "This link is ACTIVE, not REQUESTED.", extensions: { code: "CONFLICT", field: "id" } }] },
    };
    const { user } = renderApp({ path, mocks: [mock, request(link("REQUESTED", 1)), conflict, request(link("ACTIVE", 2))] });

    await user.click(await screen.findByRole("button", { name: "Accept Open Albania" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Someone changed this record since you loaded it.");
    await user.click(screen.getByRole("button", { name: "Reload" }));
    expect(await screen.findByText("This request was already accepted: Open Albania co-creates this commitment.")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByRole("button", { name: "Accept Open Albania" })).toBeNull();
  });

  it("says when the request is gone, and when the address is incomplete", async () => {
    const { mock } = signedInAs("officer");
    const view = renderApp({ path, mocks: [mock, request(null)] });
    expect(await screen.findByText("This request no longer exists, or you may not see it.")).toBeTruthy();
    view.unmount();

    renderApp({ path: "/co-creation/answer?link=only", mocks: [mock] });
    expect(await screen.findByText("This address is incomplete: ask the partner to send the link again.")).toBeTruthy();
  });
});
