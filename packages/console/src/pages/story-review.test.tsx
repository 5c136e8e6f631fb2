import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { SupportStoryQuery } from "../gql/graphql";
import { renderApp } from "../test/renderApp";
import { MEMBER_ID, PARTNER_ID, signedInAs } from "../test/session.fixture";
import { publishStoryMutation, rejectStoryMutation, supportStoryQuery } from "./story-review";

type Story = NonNullable<SupportStoryQuery["story"]>;

function storyData(overrides: Partial<Story> = {}): SupportStoryQuery {
  return {
    story: {
      __typename: "Story",
      id: "s1",
      version: 2,
      title: "Court decisions, open at last",
      body: "<p>Citizens read <strong>every</strong> decision.</p>",
      language: "EN",
      areas: ["JUSTICE"],
      mediaLinks: ["https://example.org/court"],
      status: "SUBMITTED",
      rejectionReason: null,
      moderatedAt: null,
      createdAt: "2026-11-20T10:00:00.000Z",
      author: {
        __typename: "StoryAuthor",
        kind: "PARTNER",
        credit: null,
        partner: { __typename: "Partner", id: PARTNER_ID, name: "Open Courts Watch" },
      },
      member: { __typename: "Member", id: MEMBER_ID, name: "Albania" },
      ...overrides,
    },
    challengeAreas: [{ __typename: "ChallengeArea", code: "JUSTICE", name: "Justice" }],
  };
}

const load = (data: SupportStoryQuery) => ({
  request: { query: supportStoryQuery, variables: { id: "s1", locale: "EN" } },
  result: { data },
});

describe("Story moderation (support unit)", { timeout: 30_000 }, () => {
  it("shows the story as it will be published, and publishes it", async () => {
    const { mock } = signedInAs("support");
    const publish = {
      request: { query: publishStoryMutation, variables: { id: "s1", version: 2 } },
      result: {
        data: {
          publishStory: {
            __typename: "Story" as const,
            id: "s1",
            version: 3,
            status: "PUBLISHED" as const,
            rejectionReason: null,
            moderatedAt: "2026-11-21T10:00:00.000Z",
          },
        },
      },
    };
    const { user } = renderApp({ path: "/moderation/stories/s1", mocks: [mock, load(storyData()), publish] });

    expect(await screen.findByRole("heading", { level: 1, name: "Court decisions, open at last" })).toBeTruthy();
    expect(screen.getByText("every").tagName).toBe("STRONG");
    expect(screen.getByRole("cell", { name: "Open Courts Watch (Partner)" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "https://example.org/court" }).getAttribute("rel")).toContain("nofollow");

    await user.click(screen.getByRole("button", { name: "Publish the story" }));
    expect(await screen.findByText("This story is published: anyone can read it.")).toBeTruthy();
    // A published story can be taken down, not published again.
    expect(screen.queryByRole("button", { name: "Publish the story" })).toBeNull();
    expect(screen.getByRole("button", { name: "Take the story down" })).toBeTruthy();
  });

  it("asks for a reason to reject, and shows the API's objection to it next to the field", async () => {
    const { mock } = signedInAs("support");
    const refused = {
      request: { query: rejectStoryMutation, variables: { id: "s1", version: 2, reason: "x" } },
      result: { errors: [{ message: "The reason has at least 2 characters.", extensions: { code: "BAD_USER_INPUT", field: "reason" } }] },
    };
    const { user } = renderApp({ path: "/moderation/stories/s1", mocks: [mock, load(storyData()), refused] });

    const decision = await screen.findByRole("region", { name: "Decision" });
    const reject = within(decision).getByRole("button", { name: "Reject the story" });
    expect((reject as HTMLButtonElement).disabled).toBe(true);
    const reason = within(decision).getByRole("textbox", { name: "Reason" });
    await user.type(reason, "x");
    await user.click(reject);

    await waitFor(() => expect(reason.getAttribute("aria-invalid")).toBe("true"));
    expect(within(decision).getByText("The reason has at least 2 characters.")).toBeTruthy();
    expect(within(decision).queryByRole("alert")).toBeNull();
  });

  it("after someone else moderated the story first, says so and reloads it on request", async () => {
    const { mock } = signedInAs("support");
    const conflict = {
      request: { query: publishStoryMutation, variables: { id: "s1", version: 2 } },
      result: { errors: [{ message: "This story is already published.", extensions: { code: "CONFLICT" } }] },
    };
    const newer = storyData({ version: 3, status: "PUBLISHED" });
    const { user } = renderApp({ path: "/moderation/stories/s1", mocks: [mock, load(storyData()), conflict, load(newer)] });

    await user.click(await screen.findByRole("button", { name: "Publish the story" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("This story is already published.");
    await user.click(within(alert).getByRole("button", { name: "Reload" }));
    expect(await screen.findByText("This story is published: anyone can read it.")).toBeTruthy();
  });

  it("is not offered to other roles", async () => {
    const { mock } = signedInAs("partner");
    renderApp({ path: "/moderation/stories/s1", mocks: [mock] });
    expect(await screen.findByText("This page is not available to your role.")).toBeTruthy();
  });
});
