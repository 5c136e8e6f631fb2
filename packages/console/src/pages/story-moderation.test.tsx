import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { SupportStoriesQuery } from "../gql/graphql";
import { renderApp } from "../test/renderApp";
import { signedInAs } from "../test/session.fixture";
import { supportStoriesQuery } from "./story-moderation";

const data: SupportStoriesQuery = {
  stories: {
    __typename: "StoryConnection",
    edges: [
      {
        __typename: "StoryEdge",
        node: {
          __typename: "Story",
          id: "s1",
          title: "Budgets in the open",
          status: "SUBMITTED",
          language: "EN",
          areas: ["FISCAL_OPENNESS"],
          createdAt: "2026-11-20T10:00:00.000Z",
          author: { __typename: "StoryAuthor", kind: "NON_MEMBER_GOVERNMENT", credit: "City of Springfield", partner: null },
          member: null,
        },
      },
    ],
    pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
  },
  challengeAreas: [{ __typename: "ChallengeArea", code: "FISCAL_OPENNESS", name: "Fiscal Openness" }],
};

describe("Story moderation queue (support unit)", { timeout: 30_000 }, () => {
  it("lists the stories waiting for moderation first, each leading to its page", async () => {
    const { mock } = signedInAs("support");
    renderApp({
      path: "/moderation/stories",
      mocks: [
        mock,
        {
          request: { query: supportStoriesQuery, variables: { filter: { status: "SUBMITTED" }, after: null, locale: "EN" } },
          result: { data },
        },
      ],
    });

    const table = await screen.findByRole("table", { name: "Story moderation" });
    const row = within(table).getAllByRole("row")[1] as HTMLElement;
    expect(within(row).getByRole("link", { name: "Budgets in the open" }).getAttribute("href")).toBe("/moderation/stories/s1");
    expect(row.textContent).toContain("City of Springfield");
    expect(row.textContent).toContain("Fiscal Openness");
    expect(screen.getByRole("combobox", { name: /Status/ }).textContent).toContain("Waiting for moderation");
  });
});
