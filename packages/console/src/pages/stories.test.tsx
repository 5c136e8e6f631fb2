import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { storyDraftKey } from "../features/recognition/story-form";
import type { StoriesPageQuery, SubmitStoryMutationVariables } from "../gql/graphql";
import { renderApp } from "../test/renderApp";
import { PARTNER_ID, signedInAs } from "../test/session.fixture";
import { storiesPageQuery, submitStoryMutation } from "./stories";

const story = (
  id: string,
  title: string,
  status: "SUBMITTED" | "PUBLISHED" | "REJECTED",
  partnerId: string | null,
  reason: string | null = null,
) => ({
  __typename: "Story" as const,
  id,
  title,
  status,
  rejectionReason: reason,
  createdAt: "2026-11-01T10:00:00Z",
  author: { __typename: "StoryAuthor" as const, partner: partnerId ? { __typename: "Partner" as const, id: partnerId } : null },
});
const data: StoriesPageQuery = {
  stories: {
    __typename: "StoryConnection",
    edges: [
      { __typename: "StoryEdge", node: story("s1", "Our court budgets story", "REJECTED", PARTNER_ID, "Name the courts involved.") },
      { __typename: "StoryEdge", node: story("s2", "Someone else's published story", "PUBLISHED", "other-partner") },
    ],
  },
  challengeAreas: [
    { __typename: "ChallengeArea", code: "JUSTICE", position: 8, name: "Justice" },
    { __typename: "ChallengeArea", code: "CIVIC_SPACE", position: 3, name: "Civic Space" },
  ],
};
const page = {
  request: { query: storiesPageQuery, variables: { locale: "EN" } },
  result: { data },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe("Stories (partner editor)", { timeout: 60_000 }, () => {
  it("lists the partner's own stories with their moderation, and sends a new one as safe HTML", async () => {
    const { mock } = signedInAs("partner");
    const sent: SubmitStoryMutationVariables[] = [];
    const submit = {
      request: {
        query: submitStoryMutation,
        variables: (variables: SubmitStoryMutationVariables) => {
          sent.push(variables);
          return true;
        },
      },
      result: { data: { submitStory: { __typename: "Story" as const, id: "s3", title: "Open courts", status: "SUBMITTED" as const } } },
    };
    const { user } = renderApp({ path: "/stories", mocks: [mock, page, submit] });

    expect(await screen.findByText("Our court budgets story")).toBeTruthy();
    expect(screen.getByText(/Not published: Name the courts involved\./)).toBeTruthy();
    expect(screen.queryByText("Someone else's published story")).toBeNull();

    await user.click(screen.getByRole("button", { name: "Submit the story" }));
    expect(screen.getByText("Choose at least one.")).toBeTruthy();
    expect(screen.getByRole("textbox", { name: /^Title/ }).getAttribute("aria-invalid")).toBe("true");
    expect(sent).toHaveLength(0);

    await user.click(screen.getByRole("textbox", { name: /^Title/ }));
    await user.paste("Open courts");
    await user.click(screen.getByRole("textbox", { name: /^The story/ }));
    await user.paste("Budgets <b>online</b>.\n\nThree courts.");
    await user.click(screen.getByRole("checkbox", { name: "Justice" }));
    await user.click(screen.getByRole("button", { name: "Submit the story" }));

    expect(await screen.findByText(/“Open courts” was sent to the support unit/)).toBeTruthy();
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.input).toEqual({
      title: "Open courts",
      body: "<p>Budgets &lt;b&gt;online&lt;/b&gt;.</p><p>Three courts.</p>",
      language: "EN",
      areas: ["JUSTICE"],
      mediaLinks: [],
    });
    expect(window.localStorage.getItem(storyDraftKey("acc-partner"))).toBeNull();
  });

  it("restores an unsent story, and can discard it", async () => {
    const { mock, viewer } = signedInAs("partner");
    window.localStorage.setItem(
      storyDraftKey(viewer.id),
      JSON.stringify({ title: "Half-written story", body: "So far", language: "EN", areas: ["JUSTICE"], media: "" }),
    );
    const { user } = renderApp({ path: "/stories", mocks: [mock, page] });

    expect(await screen.findByText("Your unsent story was restored.")).toBeTruthy();
    expect((screen.getByRole("textbox", { name: /^Title/ }) as HTMLInputElement).value).toBe("Half-written story");
    expect((screen.getByRole("checkbox", { name: "Justice" }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole("button", { name: "Discard the draft" }));
    expect((screen.getByRole("textbox", { name: /^Title/ }) as HTMLInputElement).value).toBe("");
  });

  it("shows the API's objection to the language under the language, not in a second alert", async () => {
    const { mock } = signedInAs("partner");
    const refused = {
      request: { query: submitStoryMutation, variables: () => true },
      result: {
        errors: [
          { message: "Stories are taken in English, Spanish or French.", extensions: { code: "BAD_USER_INPUT", field: "language" } },
        ],
      },
    };
    const { user } = renderApp({ path: "/stories", mocks: [mock, page, refused] });

    await user.click(await screen.findByRole("textbox", { name: /^Title/ }));
    await user.paste("Open courts");
    await user.click(screen.getByRole("textbox", { name: /^The story/ }));
    await user.paste("Three courts.");
    await user.click(screen.getByRole("checkbox", { name: "Justice" }));
    await user.click(screen.getByRole("button", { name: "Submit the story" }));

    const language = screen.getByRole("combobox", { name: /Language of the story/ });
    await waitFor(() => {
      const ids = language.getAttribute("aria-describedby")?.split(" ") ?? [];
      expect(ids.map((id) => document.getElementById(id)?.textContent).join("")).toBe("Stories are taken in English, Spanish or French.");
    });
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
