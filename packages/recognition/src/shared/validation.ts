import { BadUserInputError, type Message, msg } from "@ogc/kit";

/**
 * Input rules, one function each: each returns the clean value or throws a BAD_USER_INPUT naming the offending field.
 * The caller gives each rule the messages it says, written whole (msg`...`) so each can be translated: a label put
 * into a shared sentence ("{0} is required.") would stay in English.
 */

/** What a text rule says when the text is missing, or longer than `max` characters. */
export interface TextMessages {
  required: Message;
  tooLong: (max: number) => Message;
}

/** A required text: trimmed, not blank, at most `max` characters. */
export function requiredText(value: string | null | undefined, field: string, messages: TextMessages, max = 200): string {
  const text = value?.trim() ?? "";
  if (!text) throw new BadUserInputError(messages.required, field);
  if (text.length > max) throw new BadUserInputError(messages.tooLong(max), field);
  return text;
}

/** An optional text: trimmed; blank becomes null. */
export function optionalText(
  value: string | null | undefined,
  field: string,
  messages: Pick<TextMessages, "tooLong">,
  max = 200,
): string | null {
  const text = value?.trim() ?? "";
  if (!text) return null;
  if (text.length > max) throw new BadUserInputError(messages.tooLong(max), field);
  return text;
}

/** The reason the support unit gives when it rejects a story or a nomination. */
export const REASON: TextMessages = {
  required: msg`The reason is required.`,
  tooLong: (max) => msg`The reason is longer than ${max} characters.`,
};

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
  if (links.length > max) throw new BadUserInputError(msg`At most ${max} links.`, field);
  for (const [index, link] of links.entries()) {
    if (link.length > 500 || !isWebAddress(link)) {
      throw new BadUserInputError(
        msg`Link ${index + 1} ("${link.slice(0, 80)}") is not an http:// or https:// address, e.g. https://example.org/video.`,
        field,
      );
    }
  }
  return [...new Set(links)];
}

/** What an id list rule says when the list is empty, or holds more than `max` ids. */
export interface IdListMessages {
  none: Message;
  tooMany: (max: number) => Message;
}

/** Distinct, non-empty ids, at most `max`. */
export function idList(values: readonly string[] | null | undefined, field: string, messages: IdListMessages, max: number): string[] {
  const ids = [...new Set((values ?? []).map((value) => value.trim()).filter(Boolean))];
  if (ids.length === 0) throw new BadUserInputError(messages.none, field);
  if (ids.length > max) throw new BadUserInputError(messages.tooMany(max), field);
  return ids;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written YYYY-MM-DD; `notADate` says what was given instead. */
export function isoDate(value: string | null | undefined, field: string, notADate: (value: string) => Message): string {
  const match = value ? ISO_DATE.exec(value) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value as string;
  }
  throw new BadUserInputError(notADate(value ?? ""), field);
}

/** What a range of days says when either end is not a day, or when it ends (`last`) before it begins (`first`). */
export interface DateRangeMessages {
  from: (value: string) => Message;
  to: (value: string) => Message;
  inverted: (first: string, last: string) => Message;
}

/**
 * An optional range of days, inclusive at both ends; either end may be left out. BAD_USER_INPUT naming the field of a
 * malformed day, or naming `fields.to` when the range ends before it begins.
 */
export function dateRange(
  from: string | null | undefined,
  to: string | null | undefined,
  fields: { from: string; to: string },
  messages: DateRangeMessages,
): { from: string | null; to: string | null } {
  const first = from ? isoDate(from, fields.from, messages.from) : null;
  const last = to ? isoDate(to, fields.to, messages.to) : null;
  if (first && last && last < first) {
    throw new BadUserInputError(messages.inverted(first, last), fields.to);
  }
  return { from: first, to: last };
}

/** The day after a YYYY-MM-DD day: an inclusive last day becomes `timestamp < dayAfter(last)` on ISO 8601 timestamps. */
export function dayAfter(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}
