import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { challengeAreasQuery } from "../pages/areas";
import { areasIn } from "../test/areas.fixture";
import { setMedia } from "../test/media";
import { renderApp } from "../test/renderApp";

const mocks = [{ request: { query: challengeAreasQuery, variables: { locale: "EN" } }, result: { data: areasIn("EN") } }];

describe("Layout", () => {
  it("has a banner with the product name, a labelled navigation and one main region", async () => {
    renderApp({ mocks });

    const banner = await screen.findByRole("banner");
    expect(within(banner).getByText("Open Gov Challenge hub")).toBeTruthy();
    const nav = screen.getByRole("navigation", { name: "Main navigation" });
    const link = within(nav).getByRole("link", { name: "Challenge areas" });
    expect(link.getAttribute("aria-current")).toBe("page");
    expect(screen.getAllByRole("main")).toHaveLength(1);
  });

  it("offers a skip link as the first Tab stop, which moves focus to the main content", async () => {
    const { user } = renderApp({ mocks });
    const main = await screen.findByRole("main");

    await user.tab();
    const skip = screen.getByRole("link", { name: "Skip to main content" });
    expect(document.activeElement).toBe(skip);
    expect(skip.getAttribute("href")).toBe(`#${main.id}`);

    await user.click(skip);
    expect(document.activeElement).toBe(main);
  });

  it("on a narrow screen, hides the navigation behind a menu button and closes it after a choice", async () => {
    setMedia({ width: 600 });
    const { user } = renderApp({ path: "/nowhere", mocks });

    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeTruthy();
    expect(screen.queryByRole("navigation")).toBeNull();
    const menu = screen.getByRole("button", { name: "Open navigation" });
    expect(menu.getAttribute("aria-expanded")).toBe("false");

    await user.click(menu);
    const nav = await screen.findByRole("navigation", { name: "Main navigation" });
    await user.click(within(nav).getByRole("link", { name: "Challenge areas" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Challenge areas" })).toBeTruthy();
    expect(menu.getAttribute("aria-expanded")).toBe("false");
    // A navigation inside the app moves focus to the new page, as a page load would.
    expect(document.activeElement).toBe(screen.getByRole("main"));
  });

  it("shows a page-not-found message with a way back for unknown addresses", async () => {
    renderApp({ path: "/nowhere", mocks });

    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Go to the challenge areas" }).getAttribute("href")).toBe("/areas");
    expect(document.title).toBe("Page not found · Open Gov Challenge hub");
  });
});
