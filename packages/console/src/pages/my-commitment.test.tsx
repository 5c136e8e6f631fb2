import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { changeCommitmentStatusMutation } from "../features/commitments/change-status";
import { commitmentContentOptionsQuery, updateCommitmentContentMutation } from "../features/commitments/components/CommitmentDetailsDialog";
import { reportProgressMutation } from "../features/review/components/ProgressReportForm";
import type { AddMilestoneMutationVariables, OfficerCommitmentQuery, ReportProgressMutationVariables } from "../gql/graphql";
import { activeCoCreator, endedCoCreator } from "../test/cocreation.fixture";
import { renderApp } from "../test/renderApp";
import { MINISTRY_ID, signedInAs } from "../test/session.fixture";
import { addMilestoneMutation, officerCommitmentQuery } from "./my-commitment";

type Data = OfficerCommitmentQuery;
const commitment = (over: Partial<NonNullable<Data["commitment"]>> = {}): NonNullable<Data["commitment"]> => ({
  __typename: "Commitment",
  id: "c1",
  version: 3,
  title: "Civic space register",
  summary: "A public register of restrictions.",
  problem: null,
  reform: null,
  expectedResults: null,
  values: ["CIVIC_PARTICIPATION"],
  language: "EN",
  status: "ELIGIBLE",
  pathway: "STANDALONE",
  startDate: "2026-01-01",
  endDate: "2027-12-31",
  proposedAreaCode: "CIVIC_SPACE",
  assignedAreaCode: "CIVIC_SPACE",
  leadInstitution: { __typename: "Institution", id: MINISTRY_ID },
  coCreators: [],
  milestones: [
    {
      __typename: "Milestone",
      id: "m1",
      version: 1,
      position: 1,
      title: "Register online",
      expectedOutput: null,
      dueDate: "2027-03-01",
      status: "PLANNED",
    },
  ],
  progressReports: [],
  ...over,
});
/** The API moving c1 from version 3 to `status` (with `note`, as sent). */
const moved = (status: "SUBMITTED" | "WITHDRAWN", note?: string) => ({
  request: {
    query: changeCommitmentStatusMutation,
    variables: { input: { id: "c1", version: 3, to: status, ...(note ? { note } : {}) } },
  },
  result: { data: { changeCommitmentStatus: { __typename: "Commitment" as const, id: "c1", version: 4, status } } },
});
const cycle = (over: Partial<Data["reviewCycles"][number]>): Data["reviewCycles"][number] => ({
  __typename: "ReviewCycle",
  id: "r1",
  kind: "MID_TERM",
  opensOn: "2099-03-01",
  closesOn: "2099-04-30",
  isOpen: false,
  scopePathways: [],
  scopeAreas: [],
  ...over,
});
/** The choices of the correction dialog's fields. */
const options = {
  request: { query: commitmentContentOptionsQuery, variables: { locale: "EN" } },
  result: {
    data: {
      challengeAreas: [{ __typename: "ChallengeArea" as const, code: "CIVIC_SPACE" as const, position: 3, name: "Civic Space" }],
      openGovernmentValues: [
        { __typename: "OpenGovernmentValueDefinition" as const, code: "CIVIC_PARTICIPATION" as const, name: "Civic participation" },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const page = (data: Data) => ({
  request: { query: officerCommitmentQuery, variables: { id: "c1" } },
  result: { data },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe("An officer's commitment page", { timeout: 60_000 }, () => {
  it("adds a milestone and says when the next review window opens", async () => {
    const { mock } = signedInAs("officer");
    const sent: AddMilestoneMutationVariables[] = [];
    const add = {
      request: {
        query: addMilestoneMutation,
        variables: (variables: AddMilestoneMutationVariables) => {
          sent.push(variables);
          return true;
        },
      },
      result: { data: { addMilestone: { __typename: "Milestone" as const, id: "m2", version: 1, position: 2, title: "Audit published" } } },
    };
    const { user } = renderApp({
      path: "/my-commitments/c1",
      mocks: [mock, page({ commitment: commitment(), reviewCycles: [cycle({})] }), add],
    });

    await screen.findByRole("heading", { level: 1, name: "Civic space register" });
    expect(screen.getByRole("heading", { level: 3, name: "1. Register online" })).toBeTruthy();
    expect(screen.getByText(/The next one, the mid-term review, opens on March 1, 2099/)).toBeTruthy();
    expect(screen.queryByRole("form", { name: "Progress report" })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Add the milestone" }));
    expect(screen.getByRole("textbox", { name: /^Milestone/ }).getAttribute("aria-invalid")).toBe("true");
    expect(sent).toHaveLength(0);

    await user.type(screen.getByRole("textbox", { name: /^Milestone/ }), "Audit published");
    await user.type(screen.getByLabelText("Due date (optional)"), "2027-06-30");
    await user.click(screen.getByRole("button", { name: "Add the milestone" }));
    expect(await screen.findByText("Milestone “Audit published” added.")).toBeTruthy();
    expect(sent[0]?.input).toEqual({
      commitmentId: "c1",
      title: "Audit published",
      expectedOutput: null,
      dueDate: "2027-06-30",
      status: "PLANNED",
    });
    expect(sent[0]?.idempotencyKey).toBeTruthy();
  });

  it("takes a progress report in an open window, with the server's refusal next to the field it names", async () => {
    const { mock } = signedInAs("officer");
    const sent: ReportProgressMutationVariables[] = [];
    const refused = {
      request: {
        query: reportProgressMutation,
        variables: (variables: ReportProgressMutationVariables) => {
          sent.push(variables);
          return true;
        },
      },
      result: {
        errors: [
          { message: "An evidence link must be an http(s) address.", extensions: { code: "BAD_USER_INPUT", field: "evidenceLinks.0" } },
        ],
      },
    };
    const open = cycle({ opensOn: "2020-01-01", closesOn: "2099-12-31", isOpen: true });
    const { user } = renderApp({
      path: "/my-commitments/c1",
      mocks: [mock, page({ commitment: commitment(), reviewCycles: [open] }), refused],
    });

    const form = await screen.findByRole("form", { name: "Progress report" });
    expect(screen.getByText(/The mid-term review window is open: reports are accepted until December 31, 2099/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Submit the progress report" }));
    expect(within(form).getAllByText("Required.")).toHaveLength(2);
    expect(screen.getByRole("textbox", { name: /What was done/ }).getAttribute("aria-invalid")).toBe("true");
    expect(sent).toHaveLength(0);

    await user.click(screen.getByRole("combobox", { name: /How far the commitment has come/ }));
    await user.click(await screen.findByRole("option", { name: "Limited" }));
    // Pasted rather than typed: the same events for the form, far fewer for a loaded machine.
    await user.click(screen.getByRole("textbox", { name: /What was done/ }));
    await user.paste("The register is drafted.");
    await user.click(screen.getByRole("textbox", { name: /Evidence links/ }));
    await user.paste("https://example.org/register");
    await user.click(screen.getByRole("button", { name: "Submit the progress report" }));

    const evidence = screen.getByRole("textbox", { name: /Evidence links/ });
    await waitFor(() => expect(evidence.getAttribute("aria-invalid")).toBe("true"));
    expect(document.getElementById(evidence.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "An evidence link must be an http(s) address.",
    );
    expect(sent[0]?.input).toEqual({
      commitmentId: "c1",
      reviewCycleId: "r1",
      completion: "LIMITED",
      narrative: "The register is drafted.",
      evidenceLinks: ["https://example.org/register"],
      milestones: [{ milestoneId: "m1", status: "PLANNED" }],
    });
  });

  it("says progress waits for eligibility, and that another institution's commitment is read-only", async () => {
    const { mock } = signedInAs("officer");
    const open = cycle({ opensOn: "2020-01-01", closesOn: "2099-12-31", isOpen: true });
    renderApp({
      path: "/my-commitments/c1",
      mocks: [
        mock,
        page({
          commitment: commitment({
            status: "SUBMITTED",
            leadInstitution: { __typename: "Institution", id: "elsewhere" },
            coCreators: [activeCoCreator],
          }),
          reviewCycles: [open],
        }),
      ],
    });
    expect(await screen.findByText(/Progress can be reported once the support unit has declared the commitment eligible/)).toBeTruthy();
    expect(screen.getByText(/Another institution leads this commitment/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Add the milestone" })).toBeNull();
    expect(screen.getByText("Open Courts Watch (Evaluation)")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "End the link with Open Courts Watch" })).toBeNull();
  });

  it("ends a partner's co-creation link once the officer confirms, with the reason given", async () => {
    const { mock } = signedInAs("officer");
    const end = endedCoCreator("The partner left the project.");
    const before = { ...page({ commitment: commitment({ coCreators: [activeCoCreator] }), reviewCycles: [] }), maxUsageCount: 1 };
    const after = page({ commitment: commitment({ version: 4 }), reviewCycles: [] });
    const { user } = renderApp({ path: "/my-commitments/c1", mocks: [mock, before, end, after] });

    const section = await screen.findByRole("region", { name: "Co-creators" });
    expect(within(section).getByText("Open Courts Watch (Evaluation)")).toBeTruthy();
    await user.click(within(section).getByRole("button", { name: "End the link with Open Courts Watch" }));
    let dialog = await screen.findByRole("dialog", { name: "End this co-creation link?" });
    expect(dialog.textContent).toContain("Ending is final");
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());

    await user.click(within(section).getByRole("button", { name: "End the link with Open Courts Watch" }));
    dialog = await screen.findByRole("dialog", { name: "End this co-creation link?" });
    await user.type(within(dialog).getByRole("textbox", { name: "Reason (optional)" }), "The partner left the project.");
    await user.click(within(dialog).getByRole("button", { name: "End the link" }));

    expect(await within(section).findByText("The link with Open Courts Watch has ended.")).toBeTruthy();
    expect(await within(section).findByText("No partner co-creates this commitment yet.")).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("submits a draft to the support unit", async () => {
    const { mock } = signedInAs("officer");
    const submit = moved("SUBMITTED");
    const { user } = renderApp({
      path: "/my-commitments/c1",
      mocks: [
        mock,
        { ...page({ commitment: commitment({ status: "DRAFT" }), reviewCycles: [] }), maxUsageCount: 1 },
        submit,
        page({ commitment: commitment({ status: "SUBMITTED", version: 4 }), reviewCycles: [] }),
      ],
    });

    expect(await screen.findByText(/This draft is seen only by your institution and the support unit/)).toBeTruthy();
    // Submitting publishes for good: asked once more.
    await user.click(screen.getByRole("button", { name: "Submit to the support unit" }));
    const confirm = await screen.findByRole("dialog", { name: "Submit this commitment?" });
    await user.click(within(confirm).getByRole("button", { name: "Submit to the support unit" }));
    const done = await screen.findByText("Submitted to the support unit: the commitment is published now.");
    // The button pressed is gone: the focus is on what it did.
    await waitFor(() => expect(document.activeElement).toBe(done.closest("[role='status']")));
    expect(screen.getByText("Submitted")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Submit to the support unit" })).toBeNull();
  });

  it("corrects the details of a submitted commitment, with the server's refusal next to its field", async () => {
    const { mock } = signedInAs("officer");
    const input = {
      id: "c1",
      version: 3,
      title: "Civic space register, online",
      summary: "A public register of restrictions.",
      problem: null,
      reform: null,
      expectedResults: null,
      proposedArea: "CIVIC_SPACE",
      values: ["CIVIC_PARTICIPATION"],
      language: "EN",
      startDate: "2026-01-01",
      endDate: "2027-12-31",
    };
    const refused = {
      request: { query: updateCommitmentContentMutation, variables: { input } },
      result: {
        errors: [{ message: "The title is already used by another commitment.", extensions: { code: "BAD_USER_INPUT", field: "title" } }],
      },
    };
    const saved = {
      request: { query: updateCommitmentContentMutation, variables: { input: { ...input, title: "Civic space register, online 2" } } },
      result: {
        data: {
          updateCommitment: {
            __typename: "Commitment" as const,
            id: "c1",
            version: 4,
            title: "Civic space register, online 2",
            summary: input.summary,
          },
        },
      },
    };
    const { user } = renderApp({
      path: "/my-commitments/c1",
      mocks: [
        mock,
        { ...page({ commitment: commitment({ status: "SUBMITTED" }), reviewCycles: [] }), maxUsageCount: 1 },
        options,
        refused,
        saved,
        page({ commitment: commitment({ status: "SUBMITTED", version: 4, title: "Civic space register, online 2" }), reviewCycles: [] }),
      ],
    });

    await user.click(await screen.findByRole("button", { name: "Correct the details" }));
    const dialog = await screen.findByRole("dialog", { name: "Correct the commitment" });
    const title = await within(dialog).findByRole("textbox", { name: /^Title/ });
    await user.type(title, ", online");
    await user.click(within(dialog).getByRole("button", { name: "Save the corrections" }));
    await waitFor(() => expect(title.getAttribute("aria-invalid")).toBe("true"));
    expect(document.getElementById(title.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "The title is already used by another commitment.",
    );

    await user.type(title, " 2");
    await user.click(within(dialog).getByRole("button", { name: "Save the corrections" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Civic space register, online 2" })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("withdraws the commitment after asking, with the reason, and offers no more changes", async () => {
    const { mock } = signedInAs("officer");
    const withdraw = moved("WITHDRAWN", "Merged into the national register.");
    const { user } = renderApp({
      path: "/my-commitments/c1",
      mocks: [
        mock,
        { ...page({ commitment: commitment(), reviewCycles: [] }), maxUsageCount: 1 },
        withdraw,
        page({ commitment: commitment({ status: "WITHDRAWN", version: 4 }), reviewCycles: [] }),
      ],
    });

    await screen.findByRole("heading", { level: 1, name: "Civic space register" });
    // Eligible: the details are the support unit's to correct now; withdrawing is still the institution's.
    expect(screen.queryByRole("button", { name: "Correct the details" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Withdraw the commitment" }));
    const dialog = await screen.findByRole("dialog", { name: "Withdraw “Civic space register”?" });
    await user.type(within(dialog).getByRole("textbox", { name: /^Reason/ }), "Merged into the national register.");
    await user.click(within(dialog).getByRole("button", { name: "Withdraw" }));

    expect(await screen.findByText("Withdrawn")).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe("“Civic space register” is withdrawn."));
    await waitFor(() => expect(screen.queryByRole("button", { name: "Withdraw the commitment" })).toBeNull());
    expect(screen.queryByRole("button", { name: "Start implementation" })).toBeNull();
  });

  it("after a conflicting correction, a reload starts the form again from the newer commitment", async () => {
    const { mock } = signedInAs("officer");
    const conflict = {
      request: { query: updateCommitmentContentMutation, variables: () => true },
      result: { errors: [{ message: "The commitment changed: it is at version 4.", extensions: { code: "CONFLICT" } }] },
    };
    const { user } = renderApp({
      path: "/my-commitments/c1",
      mocks: [
        mock,
        { ...page({ commitment: commitment({ status: "SUBMITTED" }), reviewCycles: [] }), maxUsageCount: 1 },
        options,
        conflict,
        page({ commitment: commitment({ status: "SUBMITTED", version: 4, title: "Civic space register (renamed)" }), reviewCycles: [] }),
      ],
    });

    await user.click(await screen.findByRole("button", { name: "Correct the details" }));
    const dialog = await screen.findByRole("dialog", { name: "Correct the commitment" });
    await user.type(await within(dialog).findByRole("textbox", { name: /^Title/ }), " online");
    await user.click(within(dialog).getByRole("button", { name: "Save the corrections" }));
    const alert = await within(dialog).findByRole("alert");
    expect(alert.textContent).toContain("The commitment changed: it is at version 4.");
    await user.click(within(alert).getByRole("button", { name: "Reload" }));

    const reopened = await screen.findByRole("dialog", { name: "Correct the commitment" });
    await waitFor(async () =>
      expect(((await within(reopened).findByRole("textbox", { name: /^Title/ })) as HTMLInputElement).value).toBe(
        "Civic space register (renamed)",
      ),
    );
    expect(within(reopened).queryByRole("alert")).toBeNull();
  });
});
