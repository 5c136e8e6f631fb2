import countries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json" with { type: "json" };

countries.registerLocale(english);

/** Kosovo has no ISO 3166-1 code; OGP and the directory use the user-assigned XKX. */
const EXTRA = new Set(["XKX"]);

export function isCountryCode(code: string): boolean {
  return EXTRA.has(code) || countries.isValid(code);
}

/**
 * The country of a local member: from its name (`Buenos Aires, Argentina`), else from its code, whose first two
 * letters are the country's ISO 3166-1 alpha-2 code (`ARBA`).
 */
export function countryOfLocal(name: string, code: string): string | null {
  const suffix = name.split(",").at(-1)?.trim();
  const byName = suffix && name.includes(",") ? countries.getAlpha3Code(suffix, "en") : undefined;
  if (byName) return byName;
  const byCode = countries.alpha2ToAlpha3(code.slice(0, 2).toUpperCase());
  return byCode ?? null;
}
