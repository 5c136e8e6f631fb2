import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { recordIrmRatingMutation } from "../features/irm-rating/components/IrmRatingSection";
import { IRM_FIELDS } from "../features/irm-rating/irm-fields";
import type { CommitmentReviewQuery } from "../gql/graphql";
import { activeCoCreator, endedCoCreator } from "../test/cocreation.fixture";
import { renderApp } from "../test/renderApp";
import { MEMBER_ID, MINISTRY_ID, signedInAs } from "../test/session.fixture";
import { assignAreaMutation, commitmentReviewQuery, decideEligibilityMutation } from "./commitment-review";

type Commitment = NonNullable<CommitmentReviewQuery["commitment"]>;

function review(overrides: Partial<Commitment> = {}): CommitmentReviewQuery {
  return {
    commitment: {
      __typename: "Commitment",
      id: "c1",
      version: 5,
      title: "Civic space register",
      summary: "A public register of restrictions.",
      status: "UNDER_REVIEW",
      pathway: "STANDALONE",
      startDate: "2026-11-01",
      endDate: "2027-12-31",
      proposedAreaCode: "CIVIC_SPACE",
      assignedAreaCode: null,
      suggestedAreas: [],
      endsAfterChallenge: false,
      hasActiveCoCreator: true,
      coCreators: [],
      member: { __typename: "Member", id: MEMBER_ID, name: "Albania" },
      leadInstitution: { __typename: "Institution", id: MINISTRY_ID, name: "Ministry of Justice" },
      eligibility: {
        __typename: "Eligibility",
        allMet: false,
        precheck: [
          { __typename: "EligibilityPrecheck", criterion: "FORWARD_LOOKING", outcome: "MET", reason: "A milestone is due after today." },
        ],
        decisions: [],
      },
      history: [
        {
          __typename: "CommitmentEvent",
          id: "h1",
          at: "2026-11-20T10:00:00.000Z",
          actorRole: "INSTITUTION_OFFICER",
          kind: "CREATED",
          note: null,
          changes: {},
          actor: null,
        },
      ],
      irmRating: null,
      ...overrides,
    },
    eligibilityCriteria: [
      {
        __typename: "EligibilityCriterionDefinition",
        code: "FORWARD_LOOKING",
        position: 2,
        name: "Forward-looking",
        description: "Not yet done.",
      },
      {
        __typename: "EligibilityCriterionDefinition",
        code: "THEMATIC_RELEVANCE",
        position: 1,
        name: "Thematic relevance",
        description: "In an area.",
      },
    ],
    challengeAreas: [{ __typename: "ChallengeArea", code: "CIVIC_SPACE", position: 3, name: "Civic Space" }],
  };
}

const load = (data: CommitmentReviewQuery) => ({
  request: { query: commitmentReviewQuery, variables: { id: "c1", locale: "EN" } },
  result: { data },
});

describe("Commitment review (support unit)", { timeout: 30_000 }, () => {
  it("shows the pre-check per criterion and records a decision with its reason", async () => {
    const { mock } = signedInAs("support");
    const decide = {
      request: {
        query: decideEligibilityMutation,
        variables: {
          input: { commitmentId: "c1", version: 5, criterion: "FORWARD_LOOKING", outcome: "MET", reason: "Milestones run to 2027." },
        },
      },
      result: { data: { decideEligibility: { __typename: "Commitment" as const, id: "c1", version: 6 } } },
    };
    const decided = review({
      version: 6,
      eligibility: {
        __typename: "Eligibility",
        allMet: false,
        precheck: review().commitment?.eligibility.precheck ?? [],
        decisions: [
          {
            __typename: "EligibilityDecision",
            criterion: "FORWARD_LOOKING",
            outcome: "MET",
            reason: "Milestones run to 2027.",
            decidedAt: "2026-11-29T10:00:00.000Z",
          },
        ],
      },
    });
    const { user } = renderApp({ path: "/commitments/c1", mocks: [mock, load(review()), decide, load(decided)] });

    expect(await screen.findByRole("heading", { level: 1, name: "Civic space register" })).toBeTruthy();
    const sections = screen.getAllByRole("region").filter((region) => region.getAttribute("aria-labelledby")?.startsWith("criterion-"));
    expect(sections.map((s) => within(s).getByRole("heading", { level: 3 }).textContent)).toEqual([
      "Thematic relevance",
      "Forward-looking",
    ]);
    const forward = screen.getByRole("region", { name: "Forward-looking" });
    expect(within(forward).getByText(/Automatic pre-check: Met\./)).toBeTruthy();

    await user.click(within(forward).getByRole("radio", { name: "Met" }));
    await user.type(
      within(forward).getByRole("textbox", { name: /Reason for the decision on Forward-looking/ }),
      "Milestones run to 2027.",
    );
    await user.click(within(forward).getByRole("button", { name: "Save the decision on Forward-looking" }));

    expect(await within(forward).findByText(/Decision: Met\./)).toBeTruthy();
    expect(screen.getByRole("list", { name: "History" }).textContent).toContain("Created");
  });

  it("offers to start the review of a submitted commitment, and no decisions before that", async () => {
    const { mock } = signedInAs("support");
    renderApp({ path: "/commitments/c1", mocks: [mock, load(review({ status: "SUBMITTED" }))] });

    expect(await screen.findByRole("button", { name: "Start the review" })).toBeTruthy();
    expect(screen.getByText("Criteria are decided while the commitment is under review.")).toBeTruthy();
    expect(screen.queryByRole("radio")).toBeNull();
  });

  it("flags a planned end after 31 March 2028 and a standalone commitment without an active co-creator", async () => {
    const { mock } = signedInAs("support");
    renderApp({
      path: "/commitments/c1",
      mocks: [mock, load(review({ endDate: "2028-09-30", endsAfterChallenge: true, hasActiveCoCreator: false }))],
    });

    await screen.findByRole("heading", { level: 1, name: "Civic space register" });
    const flags = screen.getAllByRole("note").map((note) => note.textContent);
    expect(flags).toEqual([
      expect.stringMatching(/^Ends after March 31, 2028The planned end \(September 30, 2028\) is after March 31, 2028/),
      expect.stringMatching(/^No active co-creatorNo partner has an active co-creation link to this standalone commitment\./),
    ]);
  });

  it("raises no flag for a commitment ending in time, nor about co-creation for an action-plan commitment", async () => {
    const { mock } = signedInAs("support");
    renderApp({ path: "/commitments/c1", mocks: [mock, load(review({ pathway: "ACTION_PLAN", hasActiveCoCreator: false }))] });

    await screen.findByRole("heading", { level: 1, name: "Civic space register" });
    expect(screen.queryByText(/Ends after March 31, 2028|No active co-creator/)).toBeNull();
  });

  it("shows the areas the IRM policy tags suggest, by name, and assigns one in one click", async () => {
    const { mock } = signedInAs("support");
    const withSuggestions = (overrides: Partial<Commitment>): CommitmentReviewQuery => {
      const data = review({
        pathway: "ACTION_PLAN",
        proposedAreaCode: "JUSTICE",
        suggestedAreas: ["JUSTICE", "CIVIC_SPACE"],
        ...overrides,
      });
      return {
        ...data,
        challengeAreas: [...data.challengeAreas, { __typename: "ChallengeArea", code: "JUSTICE", position: 8, name: "Justice" }],
      };
    };
    const assign = {
      request: { query: assignAreaMutation, variables: { input: { id: "c1", version: 5, area: "CIVIC_SPACE" } } },
      result: {
        data: {
          assignChallengeArea: { __typename: "Commitment" as const, id: "c1", version: 6, assignedAreaCode: "CIVIC_SPACE" as const },
        },
      },
    };
    const { user } = renderApp({
      path: "/commitments/c1",
      mocks: [mock, load(withSuggestions({})), assign, load(withSuggestions({ version: 6, assignedAreaCode: "CIVIC_SPACE" }))],
    });

    const section = await screen.findByRole("region", { name: "Challenge area" });
    const suggestions = within(section).getByRole("group", { name: "Areas suggested by the IRM policy tags:" });
    // In the areas' official order, not the order of the tags.
    expect(
      within(suggestions)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Assign Civic Space", "Assign Justice"]);
    expect(within(section).getByText("No area assigned yet.")).toBeTruthy();

    await user.click(within(suggestions).getByRole("button", { name: "Assign Civic Space" }));

    expect(await within(section).findByText("Assigned to Civic Space.")).toBeTruthy();
    expect(within(suggestions).getByRole("button", { name: "Assign Civic Space" }).hasAttribute("disabled")).toBe(true);
    expect(within(section).getByRole("combobox", { name: "Area" }).textContent).toBe("Civic Space");
  });
  it("says who changed what: the account's name and role, each field from and to, and the note", async () => {
    const { mock } = signedInAs("support");
    const sam = { __typename: "Account" as const, id: "acc-sam", displayName: "Sam Support" };
    const history: Commitment["history"] = [
      {
        __typename: "CommitmentEvent",
        id: "h3",
        at: "2026-11-22T10:00:00.000Z",
        actorRole: "SUPPORT_UNIT",
        actor: sam,
        kind: "ELIGIBILITY_DECIDED",
        note: "Milestones run to 2027.",
        changes: { FORWARD_LOOKING: { from: null, to: "MET" } },
      },
      {
        __typename: "CommitmentEvent",
        id: "h2",
        at: "2026-11-21T10:00:00.000Z",
        actorRole: "SUPPORT_UNIT",
        actor: sam,
        kind: "STATUS_CHANGED",
        note: null,
        changes: { status: { from: "SUBMITTED", to: "UNDER_REVIEW" } },
      },
      {
        __typename: "CommitmentEvent",
        id: "h5",
        at: "2026-11-20T12:00:00.000Z",
        actorRole: "INSTITUTION_OFFICER",
        actor: null,
        kind: "MILESTONE_CHANGED",
        note: "Milestone 1: Register online",
        changes: { status: { from: "PLANNED", to: "IN_PROGRESS" } },
      },
      {
        __typename: "CommitmentEvent",
        id: "h4",
        at: "2026-11-20T11:00:00.000Z",
        actorRole: "INSTITUTION_OFFICER",
        actor: null,
        kind: "CO_CREATION_LINKED",
        note: null,
        changes: { partnerId: { from: null, to: "partner-uuid" }, role: { from: null, to: "EVALUATION" } },
      },
      {
        __typename: "CommitmentEvent",
        id: "h1",
        at: "2026-11-20T10:00:00.000Z",
        actorRole: null,
        actor: null,
        kind: "AREA_ASSIGNED",
        note: null,
        changes: { assignedAreaCode: { from: null, to: "CIVIC_SPACE" } },
      },
    ];
    renderApp({ path: "/commitments/c1", mocks: [mock, load(review({ history }))] });

    const list = await screen.findByRole("list", { name: "History" });
    const items = within(list)
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(items[0]).toContain("Eligibility criterion decided");
    expect(items[0]).toContain("Sam Support, Support unit");
    expect(items[0]).toContain("Forward-looking: Met");
    expect(items[0]).toContain("Milestones run to 2027.");
    expect(items[1]).toContain("Status: Submitted → Under review");
    // Each value in its own words: a milestone's status, a co-creator's role; a reference says it changed, not its id.
    expect(items[2]).toContain("Status: Planned → In progress");
    expect(items[3]).toContain("Role: Evaluation");
    expect(items[3]).toContain("Partner: changed");
    expect(items[3]).not.toContain("partner-uuid");
    expect(items[4]).toContain("Assigned area: Civic Space");
    expect(items[4]).toContain("the system");
    expect(list.textContent).not.toContain("acc-sam");
  });

  it("records the IRM's rating of an action-plan commitment, every assessment, and shows it once saved", async () => {
    const { mock } = signedInAs("support");
    const unrated = review({ pathway: "ACTION_PLAN" });
    const allNotReviewed = Object.fromEntries(IRM_FIELDS.map((key) => [key, "NOT_REVIEWED"]));
    const record = {
      request: {
        query: recordIrmRatingMutation,
        variables: { input: { ...allNotReviewed, completion: "SUBSTANTIAL", commitmentId: "c1", version: null } },
      },
      result: { data: { recordIrmRating: { __typename: "IrmRating" as const, id: "r1", version: 1 } } },
    };
    const rated = review({
      pathway: "ACTION_PLAN",
      irmRating: { __typename: "IrmRating", id: "r1", version: 1, ...allNotReviewed, completion: "SUBSTANTIAL" } as Commitment["irmRating"],
    });
    const { user } = renderApp({ path: "/commitments/c1", mocks: [mock, load(unrated), record, load(rated)] });

    const section = await screen.findByRole("region", { name: "IRM ratings" });
    expect(within(section).getByText("The IRM has not rated this commitment yet.")).toBeTruthy();
    await user.click(within(section).getByRole("button", { name: "Record an IRM rating" }));
    const form = within(section).getByRole("form", { name: "Record an IRM rating" });
    expect(within(form).getAllByRole("combobox")).toHaveLength(IRM_FIELDS.length);
    await user.click(within(form).getByRole("combobox", { name: "Completion" }));
    await user.click(await screen.findByRole("option", { name: "Substantial" }));
    await user.click(within(form).getByRole("button", { name: "Save the rating" }));

    const correct = await within(section).findByRole("button", { name: "Correct the IRM rating" });
    await waitFor(() => expect(document.activeElement).toBe(correct));
    const completion = within(section).getByRole("rowheader", { name: "Completion" }).closest("tr");
    expect(completion?.textContent).toBe("CompletionSubstantial");
    expect(within(section).getAllByRole("row")).toHaveLength(IRM_FIELDS.length);
    expect(within(section).getByRole("heading", { level: 3, name: "Relevance to OGP values" })).toBeTruthy();
  });

  it("after a conflicting rating, says so, and a reload starts the form again from the newer rating", async () => {
    const { mock } = signedInAs("support");
    const rating = (version: number, completion: string) =>
      review({
        pathway: "ACTION_PLAN",
        irmRating: {
          __typename: "IrmRating",
          id: "r1",
          version,
          ...Object.fromEntries(IRM_FIELDS.map((key) => [key, "NOT_REVIEWED"])),
          completion,
        } as Commitment["irmRating"],
      });
    const conflict = {
      request: { query: recordIrmRatingMutation, variables: () => true },
      result: { errors: [{ message: "The rating changed: it is at version 2.", extensions: { code: "CONFLICT" } }] },
    };
    const { user } = renderApp({
      path: "/commitments/c1",
      mocks: [mock, load(rating(1, "LIMITED")), conflict, load(rating(2, "COMPLETE"))],
    });

    const section = await screen.findByRole("region", { name: "IRM ratings" });
    await user.click(within(section).getByRole("button", { name: "Correct the IRM rating" }));
    const form = within(section).getByRole("form", { name: "Correct the IRM rating" });
    expect(within(form).getByRole("combobox", { name: "Completion" }).textContent).toBe("Limited");
    await user.click(within(form).getByRole("button", { name: "Save the rating" }));

    const alert = await within(section).findByRole("alert");
    expect(alert.textContent).toContain("The rating changed: it is at version 2.");
    await user.click(within(alert).getByRole("button", { name: "Reload" }));
    await waitFor(() => expect(within(section).getByRole("combobox", { name: "Completion" }).textContent).toBe("Complete"));
    expect(within(section).queryByRole("alert")).toBeNull();
  });

  it("does not offer an IRM rating for a standalone commitment, which reports its own progress", async () => {
    const { mock } = signedInAs("support");
    renderApp({ path: "/commitments/c1", mocks: [mock, load(review())] });
    const section = await screen.findByRole("region", { name: "IRM ratings" });
    expect(within(section).getByText(/Standalone commitments report their own progress/)).toBeTruthy();
    expect(within(section).queryByRole("button")).toBeNull();
  });

  it("lets the support unit end a co-creation link, after confirming, with the reason (DOMAIN rule 5)", async () => {
    const { mock } = signedInAs("support");
    const end = endedCoCreator("The partner was dissolved.");
    const { user } = renderApp({
      path: "/commitments/c1",
      mocks: [mock, load(review({ coCreators: [activeCoCreator] })), end, load(review({ coCreators: [], hasActiveCoCreator: false }))],
    });

    const section = await screen.findByRole("region", { name: "Co-creators" });
    await user.click(within(section).getByRole("button", { name: "End the link with Open Courts Watch" }));
    const dialog = await screen.findByRole("dialog", { name: "End this co-creation link?" });
    await user.type(within(dialog).getByRole("textbox", { name: "Reason (optional)" }), "The partner was dissolved.");
    await user.click(within(dialog).getByRole("button", { name: "End the link" }));

    expect(await within(section).findByText("The link with Open Courts Watch has ended.")).toBeTruthy();
    expect(await within(section).findByText("No partner co-creates this commitment yet.")).toBeTruthy();
  });
});
