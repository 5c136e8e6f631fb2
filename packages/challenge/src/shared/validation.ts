import { BadUserInputError, type Message, msg } from "@ogc/kit";

/**
 * The challenge subgraph's input rules, one function each. Each returns the clean value or throws a BAD_USER_INPUT naming the
 * offending field, so the typed mutations, the batch upserts and callers without GraphQL (the importer) share them.
 *
 * A rule's `label` is how its refusals name the field. Each label's refusals are written out whole below, so that they
 * can be said in Spanish and French (messages/coordination.ts): a label put into a sentence as a value would stay in
 * English. A new label needs its sentences here (and their translations), or the typecheck refuses it.
 */

/** What `requiredText` and `optionalText` say of a text that is too long, per label. */
const TOO_LONG = {
  "The title": (max: number) => msg`The title is longer than ${max} characters.`,
  "The summary": (max: number) => msg`The summary is longer than ${max} characters.`,
  "The problem": (max: number) => msg`The problem is longer than ${max} characters.`,
  "The description of the reform": (max: number) => msg`The description of the reform is longer than ${max} characters.`,
  "The expected results": (max: number) => msg`The expected results is longer than ${max} characters.`,
  "The member": (max: number) => msg`The member is longer than ${max} characters.`,
  "The milestone's title": (max: number) => msg`The milestone's title is longer than ${max} characters.`,
  "The expected output": (max: number) => msg`The expected output is longer than ${max} characters.`,
  "The reason": (max: number) => msg`The reason is longer than ${max} characters.`,
  "The scope": (max: number) => msg`The scope is longer than ${max} characters.`,
  "The narrative": (max: number) => msg`The narrative is longer than ${max} characters.`,
  "The partner": (max: number) => msg`The partner is longer than ${max} characters.`,
  "The source of a batch": (max: number) => msg`The source of a batch is longer than ${max} characters.`,
} satisfies Record<string, (max: number) => Message>;

/** What `requiredText` says of a blank text, per label. */
const BLANK = {
  "The title": msg`The title is required.`,
  "The summary": msg`The summary is required.`,
  "The member": msg`The member is required.`,
  "The milestone's title": msg`The milestone's title is required.`,
  "The reason": msg`The reason is required.`,
  "The scope": msg`The scope is required.`,
  "The narrative": msg`The narrative is required.`,
  "The partner": msg`The partner is required.`,
} satisfies Partial<Record<keyof typeof TOO_LONG, Message>>;

export type TextLabel = keyof typeof TOO_LONG;
export type RequiredTextLabel = keyof typeof BLANK;

/** What `enumValue` says of a missing or unknown value, per label; `expected` lists the enum's values. */
const NOT_AN_ENUM_VALUE = {
  pathway: (value: string, expected: string) => msg`"${value}" is not a known pathway; expected one of ${expected}.`,
  "challenge area": (value: string, expected: string) => msg`"${value}" is not a known challenge area; expected one of ${expected}.`,
  "open-government value": (value: string, expected: string) =>
    msg`"${value}" is not a known open-government value; expected one of ${expected}.`,
  language: (value: string, expected: string) => msg`"${value}" is not a known language; expected one of ${expected}.`,
  "commitment status": (value: string, expected: string) => msg`"${value}" is not a known commitment status; expected one of ${expected}.`,
  "milestone status": (value: string, expected: string) => msg`"${value}" is not a known milestone status; expected one of ${expected}.`,
  "review cycle kind": (value: string, expected: string) => msg`"${value}" is not a known review cycle kind; expected one of ${expected}.`,
  "completion level": (value: string, expected: string) => msg`"${value}" is not a known completion level; expected one of ${expected}.`,
  "co-creation role": (value: string, expected: string) => msg`"${value}" is not a known co-creation role; expected one of ${expected}.`,
  "IRM yes/no value": (value: string, expected: string) => msg`"${value}" is not a known IRM yes/no value; expected one of ${expected}.`,
  "IRM potential for results": (value: string, expected: string) =>
    msg`"${value}" is not a known IRM potential for results; expected one of ${expected}.`,
  "IRM completion": (value: string, expected: string) => msg`"${value}" is not a known IRM completion; expected one of ${expected}.`,
  "IRM early results": (value: string, expected: string) => msg`"${value}" is not a known IRM early results; expected one of ${expected}.`,
  "IRM specificity": (value: string, expected: string) => msg`"${value}" is not a known IRM specificity; expected one of ${expected}.`,
  "IRM potential impact": (value: string, expected: string) =>
    msg`"${value}" is not a known IRM potential impact; expected one of ${expected}.`,
  "IRM results level": (value: string, expected: string) => msg`"${value}" is not a known IRM results level; expected one of ${expected}.`,
} satisfies Record<string, (value: string, expected: string) => Message>;

export type EnumLabel = keyof typeof NOT_AN_ENUM_VALUE;

/** What `isoDate` says of a value that is no calendar date, per label. */
const NOT_A_DATE = {
  "The planned start date": (value: string) => msg`The planned start date must be a calendar date written YYYY-MM-DD, not "${value}".`,
  "The planned end date": (value: string) => msg`The planned end date must be a calendar date written YYYY-MM-DD, not "${value}".`,
  "The due date": (value: string) => msg`The due date must be a calendar date written YYYY-MM-DD, not "${value}".`,
  "The opening day": (value: string) => msg`The opening day must be a calendar date written YYYY-MM-DD, not "${value}".`,
  "The closing day": (value: string) => msg`The closing day must be a calendar date written YYYY-MM-DD, not "${value}".`,
  "The first start date": (value: string) => msg`The first start date must be a calendar date written YYYY-MM-DD, not "${value}".`,
  "The last start date": (value: string) => msg`The last start date must be a calendar date written YYYY-MM-DD, not "${value}".`,
  "The first end date": (value: string) => msg`The first end date must be a calendar date written YYYY-MM-DD, not "${value}".`,
  "The last end date": (value: string) => msg`The last end date must be a calendar date written YYYY-MM-DD, not "${value}".`,
  "The first resolution day": (value: string) => msg`The first resolution day must be a calendar date written YYYY-MM-DD, not "${value}".`,
  "The last resolution day": (value: string) => msg`The last resolution day must be a calendar date written YYYY-MM-DD, not "${value}".`,
} satisfies Record<string, (value: string) => Message>;

export type DateLabel = keyof typeof NOT_A_DATE;

/** What `httpUrl` says of a value that is no web address, per label. */
const NOT_AN_HTTP_URL = {
  "An evidence link": (value: string) =>
    msg`An evidence link must be an http:// or https:// address, e.g. https://example.org/report.pdf, not "${value}".`,
  "The commitment's official page (sourceUrl)": (value: string) =>
    msg`The commitment's official page (sourceUrl) must be an http:// or https:// address, e.g. https://example.org/report.pdf, not "${value}".`,
} satisfies Record<string, (value: string) => Message>;

export type UrlLabel = keyof typeof NOT_AN_HTTP_URL;

/** What `positiveInt` says of a value out of range, per label. */
const NOT_A_POSITIVE_INT = {
  "The milestone's position": (max: number) => msg`The milestone's position must be a whole number from 1 to ${max}.`,
} satisfies Record<string, (max: number) => Message>;

export type PositiveIntLabel = keyof typeof NOT_A_POSITIVE_INT;

/** What `dateRange` calls each end of a range, and what it says of an inverted range, per label. */
const DATE_RANGES = {
  "start date": {
    first: "The first start date",
    last: "The last start date",
    inverted: (last: string, first: string) => msg`The start date range ends (${last}) before it begins (${first}).`,
  },
  "end date": {
    first: "The first end date",
    last: "The last end date",
    inverted: (last: string, first: string) => msg`The end date range ends (${last}) before it begins (${first}).`,
  },
  "resolution day": {
    first: "The first resolution day",
    last: "The last resolution day",
    inverted: (last: string, first: string) => msg`The resolution day range ends (${last}) before it begins (${first}).`,
  },
} satisfies Record<string, { first: DateLabel; last: DateLabel; inverted: (last: string, first: string) => Message }>;

export type DateRangeLabel = keyof typeof DATE_RANGES;

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

/** One of an enum's values; GraphQL checks this already, callers without GraphQL (the importer) need it too. */
export function enumValue<E extends Record<string, string>>(
  enumType: E,
  value: string | null | undefined,
  field: string,
  label: EnumLabel,
): E[keyof E] {
  const values = Object.values(enumType);
  if (value == null || !values.includes(value)) {
    throw new BadUserInputError(NOT_AN_ENUM_VALUE[label](value ?? "", values.join(", ")), field);
  }
  return value as E[keyof E];
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

/** A public http(s) address, e.g. an evidence link. */
export function httpUrl(value: string | null | undefined, field: string, label: UrlLabel): string {
  const text = value?.trim() ?? "";
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || !url.hostname.includes(".") || text.length > 1000) {
    throw new BadUserInputError(NOT_AN_HTTP_URL[label](text), field);
  }
  return text;
}

export function positiveInt(value: number | null | undefined, field: string, label: PositiveIntLabel, max = 1000): number {
  if (value == null || !Number.isInteger(value) || value < 1 || value > max) {
    throw new BadUserInputError(NOT_A_POSITIVE_INT[label](max), field);
  }
  return value;
}

/** Options of a batch upsert: a dry run, and the source named in the history events it writes. */
export interface UpsertOptions {
  dryRun?: boolean | null;
  source?: string | null;
}

/** The `source` of a batch upsert, checked before anything is read or written: trimmed, at most 200 characters, blank is none. */
export function upsertSource(source: string | null | undefined): string | null {
  return optionalText(source, "source", "The source of a batch", 200);
}

/** A range of calendar days, either end open: each end YYYY-MM-DD, and the range not inverted (the error names `toField`). */
export function dateRange(
  from: string | null | undefined,
  to: string | null | undefined,
  fields: { from: string; to: string },
  label: DateRangeLabel,
): { from: string | null; to: string | null } {
  const range = DATE_RANGES[label];
  const first = from ? isoDate(from, fields.from, range.first) : null;
  const last = to ? isoDate(to, fields.to, range.last) : null;
  if (first && last && last < first) throw new BadUserInputError(range.inverted(last, first), fields.to);
  return { from: first, to: last };
}
