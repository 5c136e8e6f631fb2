import { BadUserInputError, type Message, msg } from "@ogc/kit";
import { isCountryCode } from "./countries.js";

/**
 * The directory's input rules, one function each. Each returns the clean value or throws a BAD_USER_INPUT naming the
 * offending field, so the typed mutations, the batch upserts and callers without GraphQL (the importer) share them.
 *
 * A rule's `label` is how its refusals name the field. Each label's refusals are written out whole below, so that they
 * can be said in Spanish and French (messages.ts): a label put into a sentence as a value would stay in English.
 */

/** What `requiredText` and `optionalText` say of a text that is too long, per label. */
const TOO_LONG = {
  "The member's name": (max: number) => msg`The member's name is longer than ${max} characters.`,
  "The partner's name": (max: number) => msg`The partner's name is longer than ${max} characters.`,
  "The contact's name": (max: number) => msg`The contact's name is longer than ${max} characters.`,
  "A name": (max: number) => msg`A name is longer than ${max} characters.`,
} satisfies Record<string, (max: number) => Message>;

/** What `requiredText` says of a blank text, per label. */
const BLANK = {
  "The member's name": msg`The member's name is required.`,
  "The partner's name": msg`The partner's name is required.`,
  "The contact's name": msg`The contact's name is required.`,
} satisfies Partial<Record<keyof typeof TOO_LONG, Message>>;

export type TextLabel = keyof typeof TOO_LONG;
export type RequiredTextLabel = keyof typeof BLANK;

/** What `enumValue` says of a missing value and of an unknown one, per label; `expected` lists the enum's values. */
const ENUM_REFUSALS = {
  "member type": {
    missing: (expected: string) => msg`A member type is required; expected one of ${expected}.`,
    unknown: (value: string, expected: string) => msg`"${value}" is not a known member type; expected one of ${expected}.`,
  },
  region: {
    missing: (expected: string) => msg`A region is required; expected one of ${expected}.`,
    unknown: (value: string, expected: string) => msg`"${value}" is not a known region; expected one of ${expected}.`,
  },
  "member status": {
    missing: (expected: string) => msg`A member status is required; expected one of ${expected}.`,
    unknown: (value: string, expected: string) => msg`"${value}" is not a known member status; expected one of ${expected}.`,
  },
  "branch of government": {
    missing: (expected: string) => msg`A branch of government is required; expected one of ${expected}.`,
    unknown: (value: string, expected: string) => msg`"${value}" is not a known branch of government; expected one of ${expected}.`,
  },
  "level of government": {
    missing: (expected: string) => msg`A level of government is required; expected one of ${expected}.`,
    unknown: (value: string, expected: string) => msg`"${value}" is not a known level of government; expected one of ${expected}.`,
  },
  "partner kind": {
    missing: (expected: string) => msg`A partner kind is required; expected one of ${expected}.`,
    unknown: (value: string, expected: string) => msg`"${value}" is not a known partner kind; expected one of ${expected}.`,
  },
  "action-plan status": {
    missing: (expected: string) => msg`A action-plan status is required; expected one of ${expected}.`,
    unknown: (value: string, expected: string) => msg`"${value}" is not a known action-plan status; expected one of ${expected}.`,
  },
} satisfies Record<string, { missing: (expected: string) => Message; unknown: (value: string, expected: string) => Message }>;

export type EnumLabel = keyof typeof ENUM_REFUSALS;

/** What `isoDate` says of a value that is no calendar date, per label. */
const NOT_A_DATE = {
  "The start date": (value: string) => msg`The start date must be a calendar date written YYYY-MM-DD, not "${value}".`,
  "The end date": (value: string) => msg`The end date must be a calendar date written YYYY-MM-DD, not "${value}".`,
  "The midway refresh date": (value: string) => msg`The midway refresh date must be a calendar date written YYYY-MM-DD, not "${value}".`,
  "The amendment window's opening date": (value: string) =>
    msg`The amendment window's opening date must be a calendar date written YYYY-MM-DD, not "${value}".`,
  "The amendment window's closing date": (value: string) =>
    msg`The amendment window's closing date must be a calendar date written YYYY-MM-DD, not "${value}".`,
} satisfies Record<string, (value: string) => Message>;

export type DateLabel = keyof typeof NOT_A_DATE;

/** What `positiveInt` says of a value out of range, per label. */
const NOT_A_POSITIVE_INT = {
  "The plan's number": (max: number) => msg`The plan's number must be a whole number from 1 to ${max}.`,
} satisfies Record<string, (max: number) => Message>;

export type PositiveIntLabel = keyof typeof NOT_A_POSITIVE_INT;

/** A required text: trimmed, not blank, at most `max` characters. */
export function requiredText(value: string | null | undefined, field: string, label: RequiredTextLabel, max = 200): string {
  const text = value?.trim() ?? "";
  if (!text) throw new BadUserInputError(BLANK[label], field);
  if (text.length > max) throw new BadUserInputError(TOO_LONG[label](max), field);
  return text;
}

/** An optional text: trimmed; blank becomes null. */
export function optionalText(value: string | null | undefined, field: string, label: TextLabel, max = 200): string | null {
  const text = value?.trim() ?? "";
  if (!text) return null;
  if (text.length > max) throw new BadUserInputError(TOO_LONG[label](max), field);
  return text;
}

const OGP_CODE = /^[A-Z][A-Z0-9]{1,9}$/;

/** An OGP member code (ALB, ARBA, GBSC), kept exactly as given: a lower-case or padded code is refused, never rewritten. */
export function ogpCode(value: string | null | undefined, field = "ogpCode"): string {
  if (!value || !OGP_CODE.test(value)) {
    throw new BadUserInputError(
      msg`"${value ?? ""}" is not an OGP member code: 2 to 10 capital letters or digits, starting with a letter, e.g. ALB or ARBA.`,
      field,
    );
  }
  return value;
}

const OGP_ID = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/;

/** An OGP action-plan id such as AP_ALB01, kept exactly as given. */
export function actionPlanOgpId(value: string | null | undefined, field = "ogpId"): string {
  if (!value || value.length > 32 || !OGP_ID.test(value)) {
    throw new BadUserInputError(msg`"${value ?? ""}" is not an OGP action-plan id such as AP_ALB01.`, field);
  }
  return value;
}

/** An ISO 3166-1 alpha-3 country code in capitals (XKX for Kosovo), or null. */
export function countryCode(value: string | null | undefined, field = "country"): string | null {
  if (value == null || value === "") return null;
  if (!isCountryCode(value)) {
    throw new BadUserInputError(msg`"${value}" is not an ISO 3166-1 alpha-3 country code in capitals, e.g. ARG or GBR.`, field);
  }
  return value;
}

/** One of an enum's values; GraphQL checks this already, callers without GraphQL (the importer) need it too. */
export function enumValue<E extends Record<string, string>>(
  enumType: E,
  value: string | null | undefined,
  field: string,
  label: EnumLabel,
): E[keyof E] {
  const values = Object.values(enumType);
  if (value == null) throw new BadUserInputError(ENUM_REFUSALS[label].missing(values.join(", ")), field);
  if (!values.includes(value)) throw new BadUserInputError(ENUM_REFUSALS[label].unknown(value, values.join(", ")), field);
  return value as E[keyof E];
}

/** OGP was launched in 2011; nobody joined before, nor more than a year ahead. */
export function yearJoined(value: number | null | undefined, field = "yearJoined"): number | null {
  if (value == null) return null;
  const latest = new Date().getUTCFullYear() + 1;
  if (!Number.isInteger(value) || value < 2011 || value > latest) {
    throw new BadUserInputError(msg`The year joined must be between 2011 (when OGP was launched) and ${latest}.`, field);
  }
  return value;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written YYYY-MM-DD. */
export function isoDate(value: string | null | undefined, field: string, label: DateLabel): string {
  const match = value ? ISO_DATE.exec(value) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value as string;
  }
  throw new BadUserInputError(NOT_A_DATE[label](value ?? ""), field);
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

export function positiveInt(value: number | null | undefined, field: string, label: PositiveIntLabel, max = 1000): number {
  if (value == null || !Number.isInteger(value) || value < 1 || value > max) {
    throw new BadUserInputError(NOT_A_POSITIVE_INT[label](max), field);
  }
  return value;
}
