import { BadUserInputError } from "@ogc/kit";

/**
 * Input rules, one function each: each returns the clean value or throws a BAD_USER_INPUT naming the offending field.
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

/** True for an absolute http:// or https:// address. */
export function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && Boolean(url.hostname);
  } catch {
    return false;
  }
}

/** Links to photos, videos or articles: http(s) addresses only, so no `javascript:` or `data:` link reaches a reader. */
export function webAddresses(values: readonly string[] | null | undefined, field: string, max = 10): string[] {
  const links = (values ?? []).map((value) => value.trim()).filter(Boolean);
  if (links.length > max) throw new BadUserInputError(`At most ${max} links.`, field);
  for (const [index, link] of links.entries()) {
    if (link.length > 500 || !isWebAddress(link)) {
      throw new BadUserInputError(
        `Link ${index + 1} ("${link.slice(0, 80)}") is not an http:// or https:// address, e.g. https://example.org/video.`,
        field,
      );
    }
  }
  return [...new Set(links)];
}

/** Distinct, non-empty ids, at most `max`. */
export function idList(values: readonly string[] | null | undefined, field: string, label: string, max: number): string[] {
  const ids = [...new Set((values ?? []).map((value) => value.trim()).filter(Boolean))];
  if (ids.length === 0) throw new BadUserInputError(`Name at least one ${label}.`, field);
  if (ids.length > max) throw new BadUserInputError(`At most ${max} ${label}s.`, field);
  return ids;
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

/**
 * An optional range of days, inclusive at both ends; either end may be left out. BAD_USER_INPUT naming the field of a
 * malformed day, or naming `fields.to` when the range ends before it begins.
 */
export function dateRange(
  from: string | null | undefined,
  to: string | null | undefined,
  fields: { from: string; to: string },
  label: string,
): { from: string | null; to: string | null } {
  const first = from ? isoDate(from, fields.from, `The first ${label}`) : null;
  const last = to ? isoDate(to, fields.to, `The last ${label}`) : null;
  if (first && last && last < first) {
    throw new BadUserInputError(`The ${label} range ends (${last}) before it begins (${first}).`, fields.to);
  }
  return { from: first, to: last };
}

/** The day after a YYYY-MM-DD day: an inclusive last day becomes `timestamp < dayAfter(last)` on ISO 8601 timestamps. */
export function dayAfter(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}
