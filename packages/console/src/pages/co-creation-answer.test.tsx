import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { answerPath } from "../features/cocreation-link";
import { renderApp } from "../test/renderApp";
import { PARTNER_ID, signedInAs } from "../test/session.fixture";
import { acceptCoCreationMutation, coCreationRequestQuery, declineCoCreationMutation } from "./co-creation-answer";

const path = answerPath({ link: "link-1", version: 1, commitment: "c1", partner: PARTNER_ID, role: "DESIGN" });
const request = {
  request: { query: coCreationRequestQuery, variables: { commitmentId: "c1", partnerId: PARTNER_ID } },
  result: {
    data: {
      commitment: { __typename: "Commitment" as const, id: "c1", title: "Court budgets", summary: "Assemblies decide." },
      partner: { __typename: "Partner" as const, id: PARTNER_ID, name: "Open Albania", kind: "CIVIL_SOCIETY" as const, country: "ALB" },
    },
  },
};

describe("Answering a co-creation request (institution officer)", { timeout: 30_000 }, () => {
  it("shows who asks for what, and accepts", async () => {
    const { mock } = signedInAs("officer");
    const accept = {
      request: { query: acceptCoCreationMutation, variables: { input: { id: "link-1", version: 1 } } },
      result: {
        data: { acceptCoCreation: { __typename: "CoCreationLink" as const, id: "link-1", version: 2, status: "ACTIVE" as const } },
      },
    };
    const { user } = renderApp({ path, mocks: [mock, request, accept] });

    expect(await screen.findByText("Open Albania asks to co-create this commitment (Design).")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Court budgets" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Accept" }));
    expect(await screen.findByText("Accepted: the partner is now shown as a co-creator.")).toBeTruthy();
  });

  it("declines with a reason, and shows a refusal next to the reason", async () => {
    const { mock } = signedInAs("officer");
    const decline = {
      request: { query: declineCoCreationMutation, variables: { input: { id: "link-1", version: 1, reason: "x" } } },
      result: {
        errors: [{ message: "Give a reason of at least 10 characters.", extensions: { code: "BAD_USER_INPUT", field: "reason" } }],
      },
    };
    const { user } = renderApp({ path, mocks: [mock, request, decline] });

    await user.type(await screen.findByRole("textbox", { name: "Reason (optional when accepting)" }), "x");
    await user.click(screen.getByRole("button", { name: "Decline" }));
    expect(await screen.findByText("Give a reason of at least 10 characters.")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says when the address is incomplete", async () => {
    renderApp({ path: "/co-creation/answer?link=only" });
    expect(await screen.findByText("This address is incomplete: ask the partner to send the link again.")).toBeTruthy();
  });
});
