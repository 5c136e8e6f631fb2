import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { CoordinationCasePageQuery } from "../gql/graphql";
import { renderApp } from "../test/renderApp";
import { COMMISSIONER_ID, MEMBER_ID, MINISTRY_ID, signedInAs } from "../test/session.fixture";
import { coordinationCaseQuery, resolveCaseMutation } from "./coordination-case";

type Case = NonNullable<CoordinationCasePageQuery["coordinationCase"]>;

function caseData(overrides: Partial<Case> = {}): CoordinationCasePageQuery {
  return {
    coordinationCase: {
      __typename: "CoordinationCase",
      id: "case-1",
      version: 3,
      area: "CIVIC_SPACE",
      status: "IN_PROGRESS",
      resolution: null,
      divisionOfWork: null,
      openedAt: "2026-11-20T10:00:00.000Z",
      resolvedAt: null,
      ageInDays: 9,
      facilitatorId: "acc-support",
      facilitator: { __typename: "Account", id: "acc-support", displayName: "Sam Support" },
      member: { __typename: "Member", id: MEMBER_ID, name: "Albania" },
      institutions: [
        { __typename: "Institution", id: MINISTRY_ID, name: "Ministry of Justice" },
        { __typename: "Institution", id: COMMISSIONER_ID, name: "RTI Commissioner" },
      ],
      leadInstitution: null,
      notes: [
        {
          __typename: "CoordinationCaseNote",
          id: "n1",
          at: "2026-11-21T10:00:00.000Z",
          author: { __typename: "Account", id: "acc-support", displayName: "Sam Support" },
          text: "Call both on Monday.",
        },
      ],
      nextSteps: [],
      ...overrides,
    },
    challengeAreas: [{ __typename: "ChallengeArea", code: "CIVIC_SPACE", name: "Civic Space" }],
  };
}

const load = (data: CoordinationCasePageQuery) => ({
  request: { query: coordinationCaseQuery, variables: { id: "case-1", locale: "EN" } },
  result: { data },
});

describe("Coordination case (support unit)", { timeout: 30_000 }, () => {
  it("shows the institutions, the facilitator and the notes, and resolves the case with a lead", async () => {
    const { mock } = signedInAs("support");
    const resolve = {
      request: {
        query: resolveCaseMutation,
        variables: { input: { id: "case-1", version: 3, resolution: "LEAD_DESIGNATED", leadInstitutionId: MINISTRY_ID } },
      },
      result: {
        data: {
          resolveCoordinationCase: { __typename: "CoordinationCase" as const, id: "case-1", version: 4, status: "RESOLVED" as const },
        },
      },
    };
    const resolved = caseData({
      version: 4,
      status: "RESOLVED",
      resolution: "LEAD_DESIGNATED",
      leadInstitution: { __typename: "Institution", id: MINISTRY_ID, name: "Ministry of Justice" },
    });
    const { user } = renderApp({ path: "/coordination/case-1", mocks: [mock, load(caseData()), resolve, load(resolved)] });

    expect(await screen.findByRole("heading", { level: 1, name: "Albania · Civic Space" })).toBeTruthy();
    expect(screen.getByText("You facilitate this case.")).toBeTruthy();
    expect(screen.getByText("Call both on Monday.")).toBeTruthy();
    // Notes say who wrote them, by name.
    expect(screen.getByText(/^Sam Support, /)).toBeTruthy();

    const resolution = screen.getByRole("region", { name: "Resolution" });
    await user.click(within(resolution).getByRole("combobox", { name: "Institution that leads" }));
    await user.click(await screen.findByRole("option", { name: "Ministry of Justice" }));
    await user.click(within(resolution).getByRole("button", { name: "Resolve the case" }));

    expect(await screen.findByText("A lead institution was designated · Ministry of Justice")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Resolve the case" })).toBeNull();
  });

  it("after a conflicting change, says so and reloads the case on request", async () => {
    const { mock } = signedInAs("support");
    const conflict = {
      request: { query: resolveCaseMutation, variables: () => true },
      result: { errors: [{ message: "The case changed: it is at version 4.", extensions: { code: "CONFLICT" } }] },
    };
    const newer = caseData({ version: 4, notes: [] });
    const { user } = renderApp({ path: "/coordination/case-1", mocks: [mock, load(caseData()), conflict, load(newer)] });

    const resolution = await screen.findByRole("region", { name: "Resolution" });
    await user.click(within(resolution).getByRole("combobox", { name: "Outcome" }));
    await user.click(await screen.findByRole("option", { name: "The commitments stay separate" }));
    await user.click(within(resolution).getByRole("button", { name: "Resolve the case" }));

    const alert = await within(resolution).findByRole("alert");
    expect(alert.textContent).toContain("Someone changed this record since you loaded it.");
    expect(alert.textContent).toContain("The case changed: it is at version 4.");
    await user.click(within(alert).getByRole("button", { name: "Reload" }));
    await waitFor(() => expect(screen.queryByText("Call both on Monday.")).toBeNull());
  });

  it("names another facilitator by the name the identity service gives, not by account id", async () => {
    const { mock } = signedInAs("support");
    const other = caseData({
      facilitatorId: "acc-admin",
      facilitator: { __typename: "Account", id: "acc-admin", displayName: "Alex Admin" },
    });
    renderApp({ path: "/coordination/case-1", mocks: [mock, load(other)] });
    expect(await screen.findByText("Facilitated by Alex Admin.")).toBeTruthy();
    expect(screen.queryByText(/acc-admin/)).toBeNull();
    expect(screen.getByRole("button", { name: "Facilitate this case" })).toBeTruthy();
  });

  it("is not offered to other roles", async () => {
    const { mock } = signedInAs("officer");
    renderApp({ path: "/coordination/case-1", mocks: [mock] });
    expect(await screen.findByText("This page is not available to your role.")).toBeTruthy();
  });
});
