import { describe, expect, it } from "vitest";
import { Locale, localeFromAcceptLanguage, localize, resolveLocale } from "./locale.js";

describe("localeFromAcceptLanguage", () => {
  it.each([
    [undefined, Locale.EN],
    ["", Locale.EN],
    ["fr", Locale.FR],
    ["es-AR,es;q=0.9,en;q=0.8", Locale.ES],
    ["de-DE, fr-CA;q=0.8, es;q=0.9", Locale.ES],
    ["de, it", Locale.EN],
    ["fr;q=0, en;q=0.5", Locale.EN],
    ["*;q=0.5, fr", Locale.FR],
    [";;;,,=q", Locale.EN],
  ])("reads %j as %s", (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});

describe("localize", () => {
  const text = { en: "Justice", es: "Justicia", fr: "  " };
  it("answers in the requested locale", () => {
    expect(localize(text, Locale.ES)).toBe("Justicia");
  });
  it("falls back to English when the translation is missing or blank", () => {
    expect(localize(text, Locale.FR)).toBe("Justice");
    expect(localize({ en: "Justice" }, Locale.ES)).toBe("Justice");
  });
  it("prefers the argument over the request's language", () => {
    expect(resolveLocale(Locale.FR, Locale.ES)).toBe(Locale.FR);
    expect(resolveLocale(null, Locale.ES)).toBe(Locale.ES);
    expect(resolveLocale(undefined, undefined)).toBe(Locale.EN);
  });
});
