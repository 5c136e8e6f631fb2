import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { i18n } from "../app/i18n";
import { LANGUAGE_STORAGE_KEY } from "../app/storage";
import { changeCommitmentStatusMutation } from "../features/commitments/change-status";
import { draftKey } from "../features/commitments/commitment-draft";
import type { CreateStandaloneCommitmentMutationVariables } from "../gql/graphql";
import { renderApp } from "../test/renderApp";
import { COMMISSIONER_ID, MEMBER_ID, MINISTRY_ID, signedInAs } from "../test/session.fixture";
import { createCommitmentMutation, newCommitmentOptionsQuery } from "./new-commitment";

const options = {
  request: { query: newCommitmentOptionsQuery, variables: { memberId: MEMBER_ID, locale: "FR" } },
  result: {
    data: {
      member: {
        __typename: "Member" as const,
        id: MEMBER_ID,
        name: "Albanie",
        institutions: [
          { __typename: "Institution" as const, id: MINISTRY_ID, name: "Ministère de la Justice" },
          { __typename: "Institution" as const, id: COMMISSIONER_ID, name: "Commissaire au droit à l'information" },
          { __typename: "Institution" as const, id: "other", name: "Assemblée" },
        ],
      },
      challengeAreas: [
        { __typename: "ChallengeArea" as const, code: "JUSTICE" as const, position: 8, name: "Justice" },
        { __typename: "ChallengeArea" as const, code: "CIVIC_SPACE" as const, position: 3, name: "Espace civique" },
      ],
      openGovernmentValues: [
        { __typename: "OpenGovernmentValueDefinition" as const, code: "TRANSPARENCY" as const, name: "Transparence" },
        { __typename: "OpenGovernmentValueDefinition" as const, code: "CIVIC_PARTICIPATION" as const, name: "Participation civique" },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

async function inFrench() {
  window.localStorage.setItem(LANGUAGE_STORAGE_KEY, "fr");
  await i18n.changeLanguage("fr");
}

/** A draft that passes the form's own checks. */
const READY = {
  leadInstitutionId: MINISTRY_ID,
  title: "Budget participatif des tribunaux",
  summary: "Des assemblées citoyennes décident d'une part du budget.",
  problem: "",
  reform: "",
  expectedResults: "",
  proposedArea: "JUSTICE",
  values: ["CIVIC_PARTICIPATION"],
  language: "FR",
  startDate: "2027-01-01",
  endDate: "2027-12-31",
  milestones: [{ key: "m1", title: "Premières assemblées", expectedOutput: "", dueDate: "2027-06-30", status: "PLANNED" }],
};

/** The API refusing to create the commitment, naming the field. */
const creationRefused = (field: string, message: string) => ({
  request: { query: createCommitmentMutation, variables: () => true },
  result: { errors: [{ message, extensions: { code: "BAD_USER_INPUT", field } }] },
});

/** The API answers to creating commitment c1 and submitting it; `sent` collects what the form sent to create it. */
function createAndSubmit() {
  const sent: CreateStandaloneCommitmentMutationVariables[] = [];
  const create = {
    request: {
      query: createCommitmentMutation,
      variables: (variables: CreateStandaloneCommitmentMutationVariables) => {
        sent.push(variables);
        return true;
      },
    },
    result: { data: { createCommitment: { __typename: "Commitment" as const, id: "c1", version: 1, status: "DRAFT" as const } } },
  };
  const submit = {
    request: { query: changeCommitmentStatusMutation, variables: { input: { id: "c1", version: 1, to: "SUBMITTED" } } },
    result: {
      data: { changeCommitmentStatus: { __typename: "Commitment" as const, id: "c1", version: 2, status: "SUBMITTED" as const } },
    },
  };
  return { sent, create, submit };
}

describe("New standalone commitment (institution officer)", { timeout: 30_000 }, () => {
  it("says next to each field what is missing, in French, and offers only the officer's institutions", async () => {
    await inFrench();
    const { mock } = signedInAs("officer");
    const { user } = renderApp({ path: "/commitments/new", mocks: [mock, options] });

    await screen.findByRole("heading", { level: 1, name: "Nouvel engagement autonome" });
    const submit = await screen.findByRole("button", { name: "Soumettre l'engagement" });
    await user.click(submit);

    // Seven fields, and the step of the first milestone.
    expect(screen.getAllByText("Obligatoire.").length).toBe(8);
    const milestone = screen.getByRole("group", { name: "Jalon 1" });
    expect(
      within(milestone)
        .getByRole("textbox", { name: /^Jalon/ })
        .getAttribute("aria-invalid"),
    ).toBe("true");
    expect(screen.getByRole("textbox", { name: /^Titre/ }).getAttribute("aria-invalid")).toBe("true");

    await user.click(screen.getByRole("combobox", { name: /Institution cheffe de file/ }));
    const choices = within(await screen.findByRole("listbox"))
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(choices).toEqual(["Ministère de la Justice", "Commissaire au droit à l'information"]);
  });

  it("keeps what is typed as a draft, restores it, and can discard it", async () => {
    const { mock, viewer } = signedInAs("officer");
    const first = renderApp({ path: "/commitments/new", mocks: [mock, options] });
    await inFrench();
    const title = await screen.findByRole("textbox", { name: /^Titre/ });
    await first.user.type(title, "Registre");
    await waitFor(() => expect(JSON.parse(window.localStorage.getItem(draftKey(viewer.id)) ?? "{}").title).toBe("Registre"));
    first.unmount();

    const { user } = renderApp({ path: "/commitments/new", mocks: [mock, options] });
    expect(await screen.findByText("Votre brouillon non envoyé a été restauré.")).toBeTruthy();
    expect((screen.getByRole("textbox", { name: /^Titre/ }) as HTMLInputElement).value).toBe("Registre");
    await user.click(screen.getByRole("button", { name: "Abandonner le brouillon" }));
    expect((screen.getByRole("textbox", { name: /^Titre/ }) as HTMLInputElement).value).toBe("");
  });

  it("creates and submits the commitment, then forgets the draft", async () => {
    await inFrench();
    const { mock, viewer } = signedInAs("officer");
    window.localStorage.setItem(draftKey(viewer.id), JSON.stringify(READY));
    const { sent, create, submit } = createAndSubmit();
    const { user, router } = renderApp({ path: "/commitments/new", mocks: [mock, options, create, submit] });

    await user.click(await screen.findByRole("button", { name: "Soumettre l'engagement" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/my-commitments"));
    expect(sent[0]?.input).toEqual({
      pathway: "STANDALONE",
      memberId: MEMBER_ID,
      leadInstitutionId: MINISTRY_ID,
      title: READY.title,
      summary: READY.summary,
      problem: null,
      reform: null,
      expectedResults: null,
      proposedArea: "JUSTICE",
      values: ["CIVIC_PARTICIPATION"],
      language: "FR",
      startDate: "2027-01-01",
      endDate: "2027-12-31",
      milestones: [{ title: "Premières assemblées", expectedOutput: null, dueDate: "2027-06-30", status: "PLANNED" }],
    });
    expect(sent[0]?.idempotencyKey).toBeTruthy();
    expect(window.localStorage.getItem(draftKey(viewer.id))).toBeNull();
  });

  it("shows the server's refusal next to the field it names", async () => {
    await inFrench();
    const { mock, viewer } = signedInAs("officer");
    window.localStorage.setItem(draftKey(viewer.id), JSON.stringify(READY));
    const refused = creationRefused("endDate", "La date de fin doit tomber avant la fin du défi.");
    const { user } = renderApp({ path: "/commitments/new", mocks: [mock, options, refused] });

    await user.click(await screen.findByRole("button", { name: "Soumettre l'engagement" }));

    const end = await screen.findByLabelText(/^Fin prévue/);
    await waitFor(() => expect(end.getAttribute("aria-invalid")).toBe("true"));
    const described = document.getElementById(end.getAttribute("aria-describedby") ?? "");
    expect(described?.textContent).toBe("La date de fin doit tomber avant la fin du défi.");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("warns under the planned end when it is after 31 March 2028, and still submits", async () => {
    await inFrench();
    const { mock, viewer } = signedInAs("officer");
    window.localStorage.setItem(draftKey(viewer.id), JSON.stringify({ ...READY, endDate: "2028-03-31" }));
    const { sent, create, submit } = createAndSubmit();
    const { user, router } = renderApp({ path: "/commitments/new", mocks: [mock, options, create, submit] });
    const end = await screen.findByLabelText(/^Fin prévue/);
    const description = () => document.getElementById(end.getAttribute("aria-describedby") ?? "")?.textContent ?? "";
    // The challenge's last day itself is in time.
    expect(description()).toBe("");

    await user.clear(end);
    await user.type(end, "2028-04-01");

    expect(description()).toBe(
      "Cette date est postérieure au 31 mars 2028, fin de l'Open Gov Challenge. Vous pouvez tout de même soumettre l'engagement : l'unité de soutien verra cette date de fin signalée.",
    );
    expect(end.getAttribute("aria-invalid")).toBe("false");
    await user.click(screen.getByRole("button", { name: "Soumettre l'engagement" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/my-commitments"));
    expect(sent[0]?.input.endDate).toBe("2028-04-01");
  });

  it("takes the milestones in order, checks each due date against the period, and shows the server's refusal of one", async () => {
    await inFrench();
    const { mock, viewer } = signedInAs("officer");
    window.localStorage.setItem(draftKey(viewer.id), JSON.stringify(READY));
    const refused = creationRefused("milestones.1.title", "Le titre du jalon ne doit pas dépasser 300 caractères.");
    const { sent, create, submit } = createAndSubmit();
    const { user, router } = renderApp({ path: "/commitments/new", mocks: [mock, options, refused, create, submit] });

    await user.click(await screen.findByRole("button", { name: "Ajouter un jalon" }));
    const second = screen.getByRole("group", { name: "Jalon 2" });
    await user.type(within(second).getByRole("textbox", { name: /^Jalon/ }), "Rapport public");
    const due = within(second).getByLabelText(/^Échéance/);
    await user.type(due, "2028-02-01");
    await user.click(screen.getByRole("button", { name: "Soumettre l'engagement" }));
    // After the planned end (2027-12-31): said next to the date, nothing sent.
    expect(due.getAttribute("aria-invalid")).toBe("true");
    expect(within(second).getByText("L'échéance doit se situer dans la période prévue.")).toBeTruthy();
    expect(sent).toHaveLength(0);

    await user.clear(due);
    await user.type(due, "2027-11-30");
    await user.click(screen.getByRole("button", { name: "Soumettre l'engagement" }));
    const step = within(screen.getByRole("group", { name: "Jalon 2" })).getByRole("textbox", { name: /^Jalon/ });
    await waitFor(() => expect(step.getAttribute("aria-invalid")).toBe("true"));
    expect(document.getElementById(step.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "Le titre du jalon ne doit pas dépasser 300 caractères.",
    );
    expect(screen.queryByRole("alert")).toBeNull();

    // A third, empty, milestone is removed again; the two others are sent in order.
    await user.click(screen.getByRole("button", { name: "Ajouter un jalon" }));
    await user.click(screen.getByRole("button", { name: "Retirer le jalon 3" }));
    expect(screen.queryByRole("group", { name: "Jalon 3" })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Ajouter un jalon" }));
    // What the server said of milestone 2 is not carried over to whichever milestone is second now.
    expect(
      within(screen.getByRole("group", { name: "Jalon 2" }))
        .getByRole("textbox", { name: /^Jalon/ })
        .getAttribute("aria-invalid"),
    ).toBe("false");
    await user.click(screen.getByRole("button", { name: "Soumettre l'engagement" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/my-commitments"));
    expect(sent.at(-1)?.input.milestones).toEqual([
      { title: "Premières assemblées", expectedOutput: null, dueDate: "2027-06-30", status: "PLANNED" },
      { title: "Rapport public", expectedOutput: null, dueDate: "2027-11-30", status: "PLANNED" },
    ]);
  });
});
