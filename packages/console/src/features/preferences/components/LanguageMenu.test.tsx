import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { initialLanguage } from "../../../app/i18n";
import { LANGUAGE_STORAGE_KEY } from "../../../app/storage";
import { renderApp } from "../../../test/renderApp";

describe("LanguageMenu", () => {
  it("offers each language in its own name, marks the current one, and switches the whole shell", async () => {
    const { user } = renderApp({ path: "/nowhere" });
    expect(document.documentElement.lang).toBe("en");

    await user.click(await screen.findByRole("button", { name: "Language: English" }));
    const menu = screen.getByRole("menu", { name: "Choose a language" });
    const options = within(menu).getAllByRole("menuitemradio");
    expect(options.map((option) => option.textContent)).toEqual(["English", "Español", "Français"]);
    expect(options.map((option) => option.getAttribute("lang"))).toEqual(["en", "es", "fr"]);
    expect(options.map((option) => option.getAttribute("aria-checked"))).toEqual(["true", "false", "false"]);

    await user.click(within(menu).getByRole("menuitemradio", { name: "Français" }));

    expect(await screen.findByRole("button", { name: "Langue : Français" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Aller au contenu principal" })).toBeTruthy();
    expect(screen.getByRole("navigation", { name: "Navigation principale" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Thème sombre" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("fr");
    expect(document.title).toBe("Page introuvable · Open Gov Challenge hub");
  });

  it("remembers the choice for the next visit", async () => {
    const { user } = renderApp({ path: "/nowhere" });

    await user.click(await screen.findByRole("button", { name: "Language: English" }));
    await user.click(screen.getByRole("menuitemradio", { name: "Español" }));

    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("es");
    expect(initialLanguage()).toBe("es");
  });
});
