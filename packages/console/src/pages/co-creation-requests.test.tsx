import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { CoCreationRequestsQuery } from "../gql/graphql";
import { renderApp } from "../test/renderApp";
import { MINISTRY_ID, signedInAs } from "../test/session.fixture";
import { acceptCoCreationRequestMutation, coCreationRequestsQuery } from "./co-creation-requests";

const link = (id: string, title: string, leadId: string) => ({
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
    leadInstitution: { __typename: "Institution" as const, id: leadId },
  },
});
const data = (links: ReturnType<typeof link>[]): CoCreationRequestsQuery => ({
  coCreationLinks: {
    __typename: "CoCreationLinkConnection",
    totalCount: links.length,
    edges: links.map((node) => ({ __typename: "CoCreationLinkEdge" as const, node })),
  },
});

describe("Co-creation requests (institution officer)", { timeout: 60_000 }, () => {
  it("lists the requests the officer's institutions answer, and accepts one", async () => {
    const { mock } = signedInAs("officer");
    const before = {
      request: { query: coCreationRequestsQuery },
      result: { data: data([link("l1", "Civic space register", MINISTRY_ID), link("l2", "Supported elsewhere", "other")]) },
    };
    const after = { request: { query: coCreationRequestsQuery }, result: { data: data([link("l2", "Supported elsewhere", "other")]) } };
    const accept = {
      request: { query: acceptCoCreationRequestMutation, variables: { input: { id: "l1", version: 1 } } },
      result: { data: { acceptCoCreation: { __typename: "CoCreationLink" as const, id: "l1", version: 2, status: "ACTIVE" as const } } },
    };
    const { user } = renderApp({ path: "/co-creation/requests", mocks: [mock, before, accept, after] });

    expect(await screen.findByText("1 request waits for your answer.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Civic space register" }).getAttribute("href")).toBe("/my-commitments/c-l1");
    expect(screen.queryByText("Supported elsewhere")).toBeNull();

    await user.click(screen.getByRole("button", { name: "Accept Open Courts Watch" }));
    expect(await screen.findByText("Open Courts Watch now co-creates “Civic space register”.")).toBeTruthy();
    expect(await screen.findByText("0 requests wait for your answer.")).toBeTruthy();
  });
});
