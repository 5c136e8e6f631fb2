import { BadUserInputError, msg } from "@ogc/kit";

/**
 * The challenge subgraph's input rules, one function each. Each returns the clean value or throws a BAD_USER_INPUT naming the
 * offending field, so the typed mutations, the batch upserts and callers without GraphQL (the importer) share them.
 */

/** A required text: trimmed, not blank, at most `max` characters. */
export function requiredText(value: string | null | undefined, field: string, label: string, max = 200): string {
  const text = value?.trim() ?? "";
  if (!text) throw new BadUserInputError(msg`${label} is required.`, field);
  if (text.length > max) throw new BadUserInputError(msg`${label} is longer than ${max} characters.`, field);
  return text;
}

/** An optional text: trimmed; blank becomes null. */
export function optionalText(value: string | null | undefined, field: string, label: string, max = 200): string | null {
  const text = value?.trim() ?? "";
  if (!text) return null;
  if (text.length > max) throw new BadUserInputError(msg`${label} is longer than ${max} characters.`, field);
  return text;
}

/** One of an enum's values; GraphQL checks this already, callers without GraphQL (the importer) need it too. */
export function enumValue<E extends Record<string, string>>(
  enumType: E,
  value: string | null | undefined,
  field: string,
  label: string,
): E[keyof E] {
  const values = Object.values(enumType);
  if (value == null || !values.includes(value)) {
    throw new BadUserInputError(msg`"${value ?? ""}" is not a known ${label}; expected one of ${values.join(", ")}.`, field);
  }
  return value as E[keyof E];
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
  throw new BadUserInputError(msg`${label} must be a calendar date written YYYY-MM-DD, not "${value ?? ""}".`, field);
}

/** A public http(s) address, e.g. an evidence link. */
export function httpUrl(value: string | null | undefined, field: string, label: string): string {
  const text = value?.trim() ?? "";
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || !url.hostname.includes(".") || text.length > 1000) {
    throw new BadUserInputError(
      msg`${label} must be an http:// or https:// address, e.g. https://example.org/report.pdf, not "${text}".`,
      field,
    );
  }
  return text;
}

export function positiveInt(value: number | null | undefined, field: string, label: string, max = 1000): number {
  if (value == null || !Number.isInteger(value) || value < 1 || value > max) {
    throw new BadUserInputError(msg`${label} must be a whole number from 1 to ${max}.`, field);
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
  label: string,
): { from: string | null; to: string | null } {
  const first = from ? isoDate(from, fields.from, `The first ${label}`) : null;
  const last = to ? isoDate(to, fields.to, `The last ${label}`) : null;
  if (first && last && last < first) {
    throw new BadUserInputError(msg`The ${label} range ends (${last}) before it begins (${first}).`, fields.to);
  }
  return { from: first, to: last };
}
