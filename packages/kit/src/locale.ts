import { registerEnumType } from "type-graphql";

/** The three working languages of OGP. */
export enum Locale {
  EN = "EN",
  ES = "ES",
  FR = "FR",
}

registerEnumType(Locale, {
  name: "Locale",
  description: "A working language of OGP. Localized texts fall back to English when missing in the requested language.",
});

/** A text in English, and in Spanish and French where a translation exists. */
export interface LocalizedText {
  en: string;
  es?: string | null;
  fr?: string | null;
}

const byTag: Record<string, Locale> = { en: Locale.EN, es: Locale.ES, fr: Locale.FR };

/**
 * Picks the preferred supported locale of an `Accept-Language` header, honouring q-values
 * (`fr-CA;q=0.8, es;q=0.9` -> ES). Unknown, empty or malformed headers give English.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return Locale.EN;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { base: tag.trim().toLowerCase().split("-")[0] ?? "", weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0 && entry.base in byTag)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const best = ranked[0];
  return best ? (byTag[best.base] ?? Locale.EN) : Locale.EN;
}

/** The locale a field answers in: its `locale` argument, else the request's `Accept-Language`, else English. */
export function resolveLocale(argument: Locale | null | undefined, requestLocale: Locale | undefined): Locale {
  return argument ?? requestLocale ?? Locale.EN;
}

/** The text in the requested locale, falling back to English when that translation is missing or blank. */
export function localize(text: LocalizedText, locale: Locale): string {
  const translated = locale === Locale.ES ? text.es : locale === Locale.FR ? text.fr : text.en;
  return translated?.trim() ? translated : text.en;
}
