import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { THEME_STORAGE_KEY } from "../../../app/storage";
import { setMedia } from "../../../test/media";
import { renderApp } from "../../../test/renderApp";

describe("ThemeToggle", () => {
  it("starts from the system preference when nothing is remembered", async () => {
    setMedia({ prefersDark: true });
    renderApp({ path: "/nowhere" });

    const toggle = await screen.findByRole("button", { name: "Dark theme" });
    expect(toggle.getAttribute("aria-pressed")).toBe("true");
    expect(document.documentElement.classList.contains("dark")).toBe(true);
  });

  it("flips the theme and remembers the choice for the next visit", async () => {
    const first = renderApp({ path: "/nowhere" });
    const toggle = await screen.findByRole("button", { name: "Dark theme" });
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    expect(document.documentElement.classList.contains("light")).toBe(true);

    await first.user.click(toggle);

    expect(toggle.getAttribute("aria-pressed")).toBe("true");
    expect(document.documentElement.classList.contains("dark")).toBe(true);
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe("dark");

    first.unmount();
    document.documentElement.className = "";
    renderApp({ path: "/nowhere" });
    const again = await screen.findByRole("button", { name: "Dark theme" });
    expect(again.getAttribute("aria-pressed")).toBe("true");
    expect(document.documentElement.classList.contains("dark")).toBe(true);
  });

  it("keeps a remembered light choice even when the system prefers dark", async () => {
    window.localStorage.setItem(THEME_STORAGE_KEY, "light");
    setMedia({ prefersDark: true });
    renderApp({ path: "/nowhere" });

    const toggle = await screen.findByRole("button", { name: "Dark theme" });
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
  });
});
