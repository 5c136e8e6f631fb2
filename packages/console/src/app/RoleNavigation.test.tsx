import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../test/renderApp";
import { signedInAs } from "../test/session.fixture";

async function sections(): Promise<string[]> {
  const nav = await screen.findByRole("navigation", { name: "Main navigation" });
  await within(nav).findByRole("link", { name: "Challenge areas" });
  return within(nav)
    .getAllByRole("link")
    .map((link) => link.textContent ?? "");
}

describe("navigation by role", { timeout: 30_000 }, () => {
  it("shows the support unit its working sections", async () => {
    const { mock } = signedInAs("support");
    renderApp({ path: "/nowhere", mocks: [mock] });
    await screen.findByRole("link", { name: "Dashboard" });
    expect(await sections()).toEqual([
      "Dashboard",
      "Coordination queue",
      "Commitments",
      "Co-creation requests",
      "Members",
      "Institutions",
      "Partners",
      "Action plans",
      "IRM import",
      "Story moderation",
      "Nomination decisions",
      "Review cycles",
      "Accounts and invitations",
      "Audit log",
      "Challenge areas",
    ]);
  });

  it("shows an officer their commitments and the form, and a partner the search and their links", async () => {
    const officer = signedInAs("officer");
    const view = renderApp({ path: "/nowhere", mocks: [officer.mock] });
    await screen.findByRole("link", { name: "My commitments" });
    expect(await sections()).toEqual(["My commitments", "New commitment", "Co-creation requests", "Challenge areas"]);
    view.unmount();

    const partner = signedInAs("partner");
    renderApp({ path: "/nowhere", mocks: [partner.mock] });
    await screen.findByRole("link", { name: "Find commitments" });
    expect(await sections()).toEqual(["Find commitments", "My co-creation links", "Stories", "Award nominations", "Challenge areas"]);
  });

  it("asks a visitor to sign in on a page that needs an account", async () => {
    renderApp({ path: "/dashboard" });
    expect(await screen.findByText("Sign in to see this page.")).toBeTruthy();
  });
});
