import { BadUserInputError } from "@ogc/kit";
import { isCountryCode } from "./countries.js";

/**
 * The directory's input rules, one function each. Each returns the clean value or throws a BAD_USER_INPUT naming the
 * offending field, so the typed mutations, the batch upserts and callers without GraphQL (the importer) share them.
 */

/** A required text: trimmed, not blank, at most `max` characters. */
export function requiredText(value: string | null | undefined, field: string, label: string, max = 200): string {
  const text = value?.trim() ?? "";
  if (!text) throw new BadUserInputError(`${label} is required.`, field);
  if (text.length > max) throw new BadUserInputError(`${label} is longer than ${max} characters.`, field);
  return text;
}

/** An optional text: trimmed; blank becomes null. */
export function optionalText(value: string | null | undefined, field: string, label: string, max = 200): string | null {
  const text = value?.trim() ?? "";
  if (!text) return null;
  if (text.length > max) throw new BadUserInputError(`${label} is longer than ${max} characters.`, field);
  return text;
}

const OGP_CODE = /^[A-Z][A-Z0-9]{1,9}$/;

/** An OGP member code (ALB, ARBA, GBSC), kept exactly as given: a lower-case or padded code is refused, never rewritten. */
export function ogpCode(value: string | null | undefined, field = "ogpCode"): string {
  if (!value || !OGP_CODE.test(value)) {
    throw new BadUserInputError(
      `"${value ?? ""}" is not an OGP member code: 2 to 10 capital letters or digits, starting with a letter, e.g. ALB or ARBA.`,
      field,
    );
  }
  return value;
}

const OGP_ID = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/;

/** An OGP action-plan id such as AP_ALB01, kept exactly as given. */
export function actionPlanOgpId(value: string | null | undefined, field = "ogpId"): string {
  if (!value || value.length > 32 || !OGP_ID.test(value)) {
    throw new BadUserInputError(`"${value ?? ""}" is not an OGP action-plan id such as AP_ALB01.`, field);
  }
  return value;
}

/** An ISO 3166-1 alpha-3 country code in capitals (XKX for Kosovo), or null. */
export function countryCode(value: string | null | undefined, field = "country"): string | null {
  if (value == null || value === "") return null;
  if (!isCountryCode(value)) {
    throw new BadUserInputError(`"${value}" is not an ISO 3166-1 alpha-3 country code in capitals, e.g. ARG or GBR.`, field);
  }
  return value;
}

/** One of an enum's values; GraphQL checks this already, callers without GraphQL (the importer) need it too. */
export function enumValue<E extends Record<string, string>>(
  enumType: E,
  value: string | null | undefined,
  field: string,
  label: string,
): E[keyof E] {
  const values = Object.values(enumType);
  if (value == null) throw new BadUserInputError(`A ${label} is required; expected one of ${values.join(", ")}.`, field);
  if (!values.includes(value)) {
    throw new BadUserInputError(`"${value ?? ""}" is not a known ${label}; expected one of ${values.join(", ")}.`, field);
  }
  return value as E[keyof E];
}

/** OGP was launched in 2011; nobody joined before, nor more than a year ahead. */
export function yearJoined(value: number | null | undefined, field = "yearJoined"): number | null {
  if (value == null) return null;
  const latest = new Date().getUTCFullYear() + 1;
  if (!Number.isInteger(value) || value < 2011 || value > latest) {
    throw new BadUserInputError(`The year joined must be between 2011 (when OGP was launched) and ${latest}.`, field);
  }
  return value;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written YYYY-MM-DD. */
export function isoDate(value: string | null | undefined, field: string, label: string): string {
  const match = value ? ISO_DATE.exec(value) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value as string;
  }
  throw new BadUserInputError(`${label} must be a calendar date written YYYY-MM-DD, not "${value ?? ""}".`, field);
}

// Deliberately plain: one @, no spaces, a dot in the domain. Deliverability is the sender's problem, typos are ours.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function email(value: string | null | undefined, field = "email"): string {
  const text = value?.trim() ?? "";
  if (!text || text.length > 254 || !EMAIL.test(text)) {
    throw new BadUserInputError("This is not an e-mail address, e.g. name@example.org.", field);
  }
  return text;
}

const PHONE = /^\+?[0-9][0-9 ().\-/]{4,29}$/;

export function phone(value: string | null | undefined, field = "phone"): string | null {
  const text = value?.trim() ?? "";
  if (!text) return null;
  if (!PHONE.test(text))
    throw new BadUserInputError("This is not a phone number: digits, spaces and + ( ) . - / only, e.g. +355 4 227 7000.", field);
  return text;
}

/** A public http(s) web address. */
export function website(value: string | null | undefined, field = "website"): string | null {
  const text = value?.trim() ?? "";
  if (!text) return null;
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || text.length > 500) {
    throw new BadUserInputError("The website must be an http:// or https:// address, e.g. https://example.org.", field);
  }
  return text;
}

export function positiveInt(value: number | null | undefined, field: string, label: string, max = 1000): number {
  if (value == null || !Number.isInteger(value) || value < 1 || value > max) {
    throw new BadUserInputError(`${label} must be a whole number from 1 to ${max}.`, field);
  }
  return value;
}
