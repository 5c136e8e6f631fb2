import { afterEach, describe, expect, it, vi } from "vitest";
import en from "../locales/en.json";
import es from "../locales/es.json";
import fr from "../locales/fr.json";
import { initialLanguage } from "./i18n";
import { pickLanguage, toApiLocale } from "./languages";
import { LANGUAGE_STORAGE_KEY } from "./storage";

/** Every key path of a locale file, e.g. "areas.title". */
function keys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("language", () => {
  afterEach(() => vi.restoreAllMocks());

  it("defaults to the first browser language the console speaks", () => {
    vi.spyOn(navigator, "languages", "get").mockReturnValue(["de-DE", "fr-CA", "en"]);
    expect(initialLanguage()).toBe("fr");
  });

  it("falls back to English when the browser speaks none of the three", () => {
    vi.spyOn(navigator, "languages", "get").mockReturnValue(["de-DE", "pt-BR"]);
    expect(initialLanguage()).toBe("en");
  });

  it("prefers the remembered choice over the browser, and ignores a value it does not know", () => {
    vi.spyOn(navigator, "languages", "get").mockReturnValue(["fr-FR"]);
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, "es");
    expect(initialLanguage()).toBe("es");
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, "klingon");
    expect(initialLanguage()).toBe("fr");
  });

  it("maps UI languages to the API's Locale", () => {
    expect([toApiLocale("en"), toApiLocale("es"), toApiLocale("fr"), toApiLocale(undefined)]).toEqual(["EN", "ES", "FR", "EN"]);
    expect(pickLanguage(["ES-mx"])).toBe("es");
  });

  it("has every English text in Spanish and French, and nothing left empty", () => {
    expect(keys(es)).toEqual(keys(en));
    expect(keys(fr)).toEqual(keys(en));
    for (const locale of [en, es, fr]) {
      const values = keys(locale).map((path) =>
        path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], locale),
      );
      expect(values.every((value) => typeof value === "string" && value.trim() !== "")).toBe(true);
    }
  });
});
