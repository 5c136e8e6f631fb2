import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { NominationsPageQuery, SubmitNominationMutationVariables } from "../gql/graphql";
import { renderApp } from "../test/renderApp";
import { MEMBER_ID, signedInAs } from "../test/session.fixture";
import { nominableCommitmentsQuery, nominableMembersQuery, nominationsPageQuery, submitNominationMutation } from "./nominations";

const cycle = (status: "OPEN" | "CLOSED") => ({
  __typename: "AwardCycle" as const,
  id: "cycle-1",
  name: "Open Gov Challenge Awards 2027",
  opensOn: "2027-01-01",
  closesOn: "2027-03-31",
  status,
});
const pageData = (status: "OPEN" | "CLOSED"): NominationsPageQuery => ({
  awardCycles: [cycle(status)],
  nominations: { __typename: "AwardNominationConnection", edges: [] },
});
const page = (status: "OPEN" | "CLOSED") => ({
  request: { query: nominationsPageQuery },
  result: { data: pageData(status) },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
const members = {
  request: { query: nominableMembersQuery, variables: { search: "Alb" } },
  result: {
    data: {
      members: {
        __typename: "MemberConnection" as const,
        edges: [
          { __typename: "MemberEdge" as const, node: { __typename: "Member" as const, id: MEMBER_ID, name: "Albania", ogpCode: "ALB" } },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const commitments = {
  request: { query: nominableCommitmentsQuery, variables: { memberId: MEMBER_ID } },
  result: {
    data: {
      inProgress: {
        __typename: "CommitmentConnection" as const,
        edges: [
          { __typename: "CommitmentEdge" as const, node: { __typename: "Commitment" as const, id: "c1", title: "Civic space register" } },
        ],
      },
      completed: { __typename: "CommitmentConnection" as const, edges: [] },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe("Award nominations (partner editor)", { timeout: 60_000 }, () => {
  it("says when no award cycle takes nominations", async () => {
    const { mock } = signedInAs("partner");
    renderApp({ path: "/nominations", mocks: [mock, page("CLOSED")] });
    expect(await screen.findByText("No award cycle takes nominations now.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Submit the nomination" })).toBeNull();
  });

  it("finds the member, offers only its implemented reforms, and sends the nomination", async () => {
    const { mock } = signedInAs("partner");
    const sent: SubmitNominationMutationVariables[] = [];
    const submit = {
      request: {
        query: submitNominationMutation,
        variables: (variables: SubmitNominationMutationVariables) => {
          sent.push(variables);
          return true;
        },
      },
      result: { data: { submitNomination: { __typename: "AwardNomination" as const, id: "n1", status: "SUBMITTED" as const } } },
    };
    const { user } = renderApp({ path: "/nominations", mocks: [mock, page("OPEN"), members, commitments, submit] });

    await user.click(await screen.findByRole("button", { name: "Submit the nomination" }));
    expect(screen.getAllByText("Required.")).toHaveLength(2);
    expect(sent).toHaveLength(0);

    await user.click(screen.getByRole("combobox", { name: /Nominated member/ }));
    await user.paste("Alb");
    await user.click(await screen.findByRole("option", { name: "Albania (ALB)" }));
    await user.click(await screen.findByRole("checkbox", { name: "Civic space register" }));
    await user.click(screen.getByRole("textbox", { name: /Why this government deserves recognition/ }));
    await user.paste("Adopted and in use.");
    await user.click(screen.getByRole("button", { name: "Submit the nomination" }));

    expect(await screen.findByText("Your nomination of Albania was sent to the support unit.")).toBeTruthy();
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.input).toEqual({ cycleId: "cycle-1", memberId: MEMBER_ID, commitmentIds: ["c1"], rationale: "Adopted and in use." });
  });

  it("shows a closed award cycle's refusal under the cycle it is about, and an error about no field on screen in the alert", async () => {
    const { mock } = signedInAs("partner");
    const refused = (field: string, message: string) => ({
      request: { query: submitNominationMutation, variables: () => true },
      result: { errors: [{ message, extensions: { code: "BAD_USER_INPUT", field } }] },
    });
    const closed = "The award cycle “Open Gov Challenge Awards 2027” is closed: it takes no more nominations.";
    const { user } = renderApp({
      path: "/nominations",
      mocks: [mock, page("OPEN"), members, commitments, refused("cycleId", closed), refused("partnerId", "Your partner is archived.")],
    });

    await user.click(await screen.findByRole("combobox", { name: /Nominated member/ }));
    await user.paste("Alb");
    await user.click(await screen.findByRole("option", { name: "Albania (ALB)" }));
    await user.click(await screen.findByRole("checkbox", { name: "Civic space register" }));
    await user.click(screen.getByRole("textbox", { name: /Why this government deserves recognition/ }));
    await user.paste("Adopted and in use.");
    await user.click(screen.getByRole("button", { name: "Submit the nomination" }));

    const cycleField = screen.getByRole("combobox", { name: /Award cycle/ });
    await waitFor(() => expect(describedBy(cycleField)).toBe(closed));
    expect(screen.queryByRole("alert")).toBeNull();

    await user.click(screen.getByRole("button", { name: "Submit the nomination" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Your partner is archived.");
    expect(describedBy(cycleField)).toBe("");
  });
});

/** The text of what describes a field (its helper text, where errors show). */
function describedBy(element: HTMLElement): string {
  const ids = element.getAttribute("aria-describedby")?.split(" ") ?? [];
  return ids
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ")
    .trim();
}
