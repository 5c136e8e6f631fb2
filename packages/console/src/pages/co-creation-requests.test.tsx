import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { acceptCoCreationMutation, declineCoCreationMutation } from "../features/cocreation/components/AnswerActions";
import type { CoCreationRequestsQuery } from "../gql/graphql";
import { renderApp } from "../test/renderApp";
import { COMMISSIONER_ID, MINISTRY_ID, signedInAs } from "../test/session.fixture";
import { coCreationRequestsQuery } from "./co-creation-requests";

const link = (id: string, title: string, leadId: string, member = "Albania") => ({
  __typename: "CoCreationLink" as const,
  id,
  version: 1,
  role: "EVALUATION" as const,
  note: "We audit registers.",
  createdAt: "2026-11-20T10:00:00Z",
  partner: { __typename: "Partner" as const, id: "p1", name: "Open Courts Watch" },
  commitment: {
    __typename: "Commitment" as const,
    id: `c-${id}`,
    title,
    member: { __typename: "Member" as const, id: `m-${member}`, name: member },
    leadInstitution: { __typename: "Institution" as const, id: leadId, name: `Institution ${leadId}` },
  },
});
const data = (links: ReturnType<typeof link>[], totalCount = links.length, endCursor: string | null = null): CoCreationRequestsQuery => ({
  coCreationLinks: {
    __typename: "CoCreationLinkConnection",
    totalCount,
    edges: links.map((node) => ({ __typename: "CoCreationLinkEdge" as const, node })),
    pageInfo: { __typename: "PageInfo", hasNextPage: endCursor !== null, endCursor },
  },
});
/** The list as the API answers it: every member's for the support unit (`leads` null), an officer's institutions' else. */
const load = (leads: string[] | null, after: string | null, result: CoCreationRequestsQuery) => ({
  request: { query: coCreationRequestsQuery, variables: { after, leadInstitutionIds: leads } },
  result: { data: result },
});
const OFFICER_LEADS = [MINISTRY_ID, COMMISSIONER_ID];
const accepted = (id: string) => ({
  request: { query: acceptCoCreationMutation, variables: { input: { id, version: 1 } } },
  result: {
    data: { acceptCoCreation: { __typename: "CoCreationLink" as const, id, version: 2, status: "ACTIVE" as const, reason: null } },
  },
});

describe("Co-creation requests (institution officer)", { timeout: 60_000 }, () => {
  it("lists the requests on commitments the officer's institutions lead, all of them counted, and accepts one", async () => {
    const { mock } = signedInAs("officer");
    // The API pages them: 21 wait, the first page shows 20 of them (one here).
    const before = load(OFFICER_LEADS, null, data([link("l1", "Civic space register", MINISTRY_ID)], 21, "cursor-1"));
    const after = load(OFFICER_LEADS, null, data([], 20, "cursor-1"));
    const { user } = renderApp({ path: "/co-creation/requests", mocks: [mock, before, accepted("l1"), after] });

    expect(await screen.findByText("21 requests wait for your answer.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Civic space register" }).getAttribute("href")).toBe("/my-commitments/c-l1");
    expect(screen.getByRole("navigation", { name: /Co-creation requests/ })).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Accept Open Courts Watch" }));
    expect(await screen.findByText("Open Courts Watch now co-creates “Civic space register”.")).toBeTruthy();
    expect(await screen.findByText("20 requests wait for your answer.")).toBeTruthy();
  });
});

describe("Co-creation requests (support unit)", { timeout: 60_000 }, () => {
  it("pages through every member's pending requests, saying whose commitment each is about", async () => {
    const { mock } = signedInAs("support");
    const first = load(null, null, data([link("l1", "Civic space register", MINISTRY_ID)], 2, "cursor-1"));
    const second = load(null, "cursor-1", data([link("l2", "Open budgets of Buenos Aires", "inst-bue", "Buenos Aires")], 2));
    const { user } = renderApp({ path: "/co-creation/requests", mocks: [mock, first, second] });

    expect(await screen.findByText("2 requests wait for an answer.")).toBeTruthy();
    expect(screen.getByText(/The lead institution usually answers; the support unit may accept or decline any of them/)).toBeTruthy();
    const card = screen.getByRole("listitem", { name: "Open Courts Watch asks to co-create this commitment (Evaluation)." });
    expect(within(card).getByRole("link", { name: "Civic space register" }).getAttribute("href")).toBe("/commitments/c-l1");
    expect(within(card).getByText(`Albania · led by Institution ${MINISTRY_ID}`)).toBeTruthy();

    const pager = screen.getByRole("navigation", { name: /Co-creation requests/ });
    await user.click(within(pager).getByRole("button", { name: "Next page" }));
    expect(await screen.findByRole("link", { name: "Open budgets of Buenos Aires" })).toBeTruthy();
    expect(screen.getByText("Buenos Aires · led by Institution inst-bue")).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Civic space register" })).toBeNull();
  });

  it("declines a request with the reason the partner sees, and says so", async () => {
    const { mock } = signedInAs("support");
    const decline = {
      request: {
        query: declineCoCreationMutation,
        variables: { input: { id: "l2", version: 1, reason: "The commitment is led by the city." } },
      },
      result: {
        data: {
          declineCoCreation: {
            __typename: "CoCreationLink" as const,
            id: "l2",
            version: 2,
            status: "DECLINED" as const,
            reason: "The commitment is led by the city.",
          },
        },
      },
    };
    const { user } = renderApp({
      path: "/co-creation/requests",
      mocks: [
        mock,
        load(null, null, data([link("l2", "Open budgets of Buenos Aires", "inst-bue", "Buenos Aires")])),
        decline,
        load(null, null, data([])),
      ],
    });

    await user.type(
      await screen.findByRole("textbox", { name: "Reason for Open Courts Watch (optional when accepting)" }),
      "The commitment is led by the city.",
    );
    await user.click(screen.getByRole("button", { name: "Decline Open Courts Watch" }));
    expect(
      await screen.findByText("You declined the request of Open Courts Watch on “Open budgets of Buenos Aires”; they see your reason."),
    ).toBeTruthy();
    expect(await screen.findByText("0 requests wait for an answer.")).toBeTruthy();
    expect(screen.queryByRole("navigation", { name: /Co-creation requests/ })).toBeNull();
  });
});
