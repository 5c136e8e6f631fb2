import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { i18n } from "../app/i18n";
import { REFRESH_TOKEN_STORAGE_KEY } from "../app/storage";
import { acceptInvitationMutation, signOutMutation } from "../features/session/session-operations";
import { renderApp } from "../test/renderApp";
import { viewerOf } from "../test/session.fixture";
import { findCommitmentsQuery } from "./find-commitments";

const PASSWORD = "open courts for everyone";

const accepting = (variables: { token: string; displayName: string; password: string }, result: object) => ({
  request: { query: acceptInvitationMutation, variables },
  result,
});
/** The API's answer when Pat Partner accepts the invitation: a session for the new partner editor. */
const accepted = () =>
  accepting(
    { token: "invite-token", displayName: "Pat Partner", password: PASSWORD },
    {
      data: {
        acceptInvitation: {
          __typename: "SignInPayload",
          accessToken: "access-1",
          accessTokenExpiresAt: new Date(Date.now() + 600_000).toISOString(),
          refreshToken: "refresh-1",
          account: { __typename: "Account", id: "acc-partner", role: "PARTNER_EDITOR" },
        },
      },
    },
  );
/** The partner editor's first section, with nothing to find yet. */
const nothingFound = {
  request: { query: findCommitmentsQuery, variables: { text: null } },
  result: { data: { commitments: { __typename: "CommitmentConnection" as const, totalCount: 0, edges: [] } } },
};
const refused = (field: string, message: string) => ({ errors: [{ message, extensions: { code: "BAD_USER_INPUT", field } }] });

describe("Accepting an invitation", { timeout: 30_000 }, () => {
  it("creates the account, signs it in and opens the role's first section", async () => {
    const { mock } = viewerOf("partner");
    const { user, router } = renderApp({ path: "/accept-invitation?token=invite-token", mocks: [accepted(), mock, nothingFound] });

    expect(await screen.findByRole("heading", { level: 1, name: "Accept your invitation" })).toBeTruthy();
    expect(document.title).toContain("Accept your invitation");
    await user.type(screen.getByRole("textbox", { name: /Your name/ }), " Pat Partner ");
    await user.type(screen.getByLabelText(/^Password/), PASSWORD);
    await user.click(screen.getByRole("button", { name: "Create my account" }));

    // A partner editor's first section.
    await waitFor(() => expect(router.state.location.pathname).toBe("/find-commitments"));
    expect(window.localStorage.getItem(REFRESH_TOKEN_STORAGE_KEY)).toBe("refresh-1");
    expect(await screen.findByRole("button", { name: "Account: Pat Partner" })).toBeTruthy();
  });

  it("ends the session of whoever was signed in here before, on the server too, then starts the invitee's", async () => {
    window.localStorage.setItem(REFRESH_TOKEN_STORAGE_KEY, "refresh-of-someone-else");
    const { mock } = viewerOf("partner");
    let signedOut = false;
    const signOut = {
      request: {
        query: signOutMutation,
        variables: () => {
          signedOut = true;
          return true;
        },
      },
      result: { data: { signOut: true } },
    };
    const { user, router } = renderApp({ path: "/accept-invitation?token=invite-token", mocks: [accepted(), signOut, mock, nothingFound] });

    await user.type(await screen.findByRole("textbox", { name: /Your name/ }), "Pat Partner");
    await user.type(screen.getByLabelText(/^Password/), PASSWORD);
    await user.click(screen.getByRole("button", { name: "Create my account" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/find-commitments"));
    expect(signedOut).toBe(true);
    expect(window.localStorage.getItem(REFRESH_TOKEN_STORAGE_KEY)).toBe("refresh-1");
  });

  it("shows the API's error next to the field it names, and stays signed out", async () => {
    const tooShort = accepting(
      { token: "invite-token", displayName: "Pat Partner", password: "short" },
      refused("password", "A password needs at least 12 characters; a few words make a good one."),
    );
    const { user, router } = renderApp({ path: "/accept-invitation?token=invite-token", mocks: [tooShort] });

    await user.type(await screen.findByRole("textbox", { name: /Your name/ }), "Pat Partner");
    const password = screen.getByLabelText(/^Password/);
    await user.type(password, "short");
    await user.click(screen.getByRole("button", { name: "Create my account" }));

    await waitFor(() => expect(password.getAttribute("aria-invalid")).toBe("true"));
    const described = document.getElementById(password.getAttribute("aria-describedby") ?? "");
    expect(described?.textContent).toBe("A password needs at least 12 characters; a few words make a good one.");
    // The page moves focus in an effect, after the error is drawn: wait for it, as a person would see it land.
    await waitFor(() => expect(document.activeElement).toBe(password));
    // The name was fine: no error there, and no alert repeating the field's error.
    expect(screen.getByRole("textbox", { name: /Your name/ }).getAttribute("aria-invalid")).toBe("false");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(router.state.location.pathname).toBe("/accept-invitation");
    expect(window.localStorage.getItem(REFRESH_TOKEN_STORAGE_KEY)).toBeNull();
  });

  it("says in the person's language that a used, withdrawn or expired link cannot be used", async () => {
    await i18n.changeLanguage("fr");
    const used = accepting(
      { token: "spent-token", displayName: "Pat", password: PASSWORD },
      refused("token", "This invitation has already been used: sign in instead."),
    );
    const { user } = renderApp({ path: "/accept-invitation?token=spent-token", mocks: [used] });

    await user.type(await screen.findByRole("textbox", { name: /Votre nom/ }), "Pat");
    await user.type(screen.getByLabelText(/^Mot de passe/), PASSWORD);
    await user.click(screen.getByRole("button", { name: "Créer mon compte" }));

    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("Ce lien d'invitation ne peut pas être utilisé")).toBeTruthy();
    expect(alert.textContent).not.toContain("already been used");
    expect(screen.queryByRole("button", { name: "Créer mon compte" })).toBeNull();
    expect(screen.getByRole("link", { name: "Aller à la connexion" }).getAttribute("href")).toBe("/sign-in");
  });

  it("says so at once when the link has no token", async () => {
    renderApp({ path: "/accept-invitation" });
    expect(await screen.findByText("This invitation link cannot be used")).toBeTruthy();
    expect(screen.queryByRole("textbox", { name: /Your name/ })).toBeNull();
  });
});
