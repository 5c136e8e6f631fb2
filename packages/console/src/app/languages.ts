import type { Locale } from "../gql/graphql";

/** The UI languages, in the order the language switch lists them. */
export const LANGUAGES = ["en", "es", "fr"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "en";

/** Each language in its own name, as the language switch offers it (whatever language the screen is in). */
export const NATIVE_NAMES: Readonly<Record<Language, string>> = { en: "English", es: "Español", fr: "Français" };

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** First supported language among the browser's preferences ("es-MX" counts as "es"), else English. */
export function pickLanguage(preferences: readonly string[]): Language {
  for (const preference of preferences) {
    const base = preference.toLowerCase().split("-")[0];
    if (isLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

/** The API's `Locale` for a UI language, so localized fields come back in the language on screen. */
export function toApiLocale(language: string | undefined): Locale {
  switch (isLanguage(language) ? language : DEFAULT_LANGUAGE) {
    case "es":
      return "ES";
    case "fr":
      return "FR";
    default:
      return "EN";
  }
}
