/**
 * OGP's spreadsheet dates, as people typed them: `9/1/2019` (US order), `31/12/2014` (day first when it cannot be a
 * month), `10/1/18`, `July 2014`, `Quarter 1 2015`, `IV quarter of 2020`, `Spring 2015`, `2016`, ISO dates. Words
 * that say "no date" (`NA`, `Underway`, `Ongoing`, ...) are no date, not an error; anything else is an error.
 * Two spreadsheet artefacts are undone: a bare Excel serial day (`43525` is 2019-03-01), and a year typed into a cell
 * formatted as a date, which Excel shows as a day of 1905 (`7/16/1905` is serial 2024: the year 2024).
 */

export type DateEdge = "start" | "end";

export type DateReading = { ok: true; date: string | null } | { ok: false; message: string };

const NO_DATE = new Set([
  "",
  "na",
  "n/a",
  "nd",
  "none",
  "tbd",
  "tbc",
  "underway",
  "in progress",
  "ongoing",
  "on-going",
  "continuous",
  "permanent",
  "permanent activity",
  "not specified",
]);

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** First month of each season (northern-hemisphere usage, as in the data); each lasts three months. */
const SEASONS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

const EXAMPLES = "e.g. 9/1/2019, 31/12/2014, July 2014, Quarter 1 2015, 2016, or NA";

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A span of months (`months` long, starting at `month` of `year`), read as its first or last day. */
function span(year: number, month: number, months: number, edge: DateEdge): string {
  if (edge === "start") return iso(year, month, 1);
  const last = month + months - 1;
  const endYear = year + Math.floor((last - 1) / 12);
  const endMonth = ((last - 1) % 12) + 1;
  return iso(endYear, endMonth, daysIn(endYear, endMonth));
}

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

function excelSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EXCEL_EPOCH) / DAY);
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

/** Reads one cell; `edge` says which day a month, quarter, season or year stands for. */
export function readDate(raw: string, edge: DateEdge): DateReading {
  const text = raw.trim().replace(/\s+/g, " ");
  const lower = text.toLowerCase();
  if (NO_DATE.has(lower)) return { ok: true, date: null };
  const bad = (why: string): DateReading => ({ ok: false, message: `"${text}" is not a date we can read: ${why} (${EXAMPLES}).` });
  const checkYear = (year: number): string | null => (year < 2000 || year > 2100 ? `the year ${year} is out of range` : null);

  let match = /^(\d{5})$/.exec(text);
  if (match) {
    const serial = Number(match[1]);
    if (serial < excelSerial(2000, 1, 1) || serial > excelSerial(2100, 12, 31)) return bad("a spreadsheet day number out of range");
    return { ok: true, date: new Date(EXCEL_EPOCH + serial * DAY).toISOString().slice(0, 10) };
  }

  match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) return dayDate(Number(match[1]), Number(match[2]), Number(match[3]), bad, checkYear);

  match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/.exec(text);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const year = fullYear(match[3] as string);
    // The export is mostly US month/day/year; a first number above 12 can only be a day.
    const [month, day] = first > 12 ? [second, first] : [first, second];
    if (year >= 1900 && year <= 1906) {
      const typedYear = excelSerial(year, month, day);
      if (typedYear >= 2000 && typedYear <= 2100) return { ok: true, date: span(typedYear, 1, 12, edge) };
    }
    return dayDate(year, month, day, bad, checkYear);
  }

  match = /^([a-z]+)\.?,? (\d{4})$/.exec(lower);
  if (match) {
    const year = Number(match[2]);
    const month = MONTHS[match[1] as string];
    const season = SEASONS[match[1] as string];
    const problem = checkYear(year);
    if (problem) return bad(problem);
    if (month) return { ok: true, date: span(year, month, 1, edge) };
    if (season) return { ok: true, date: span(year, season, 3, edge) };
    return bad(`"${match[1]}" is not a month or a season`);
  }

  // "Quarter 1 2015", "Q1 2015", "1st quarter of 2015", "I quarter of 2021", "2015 Q1".
  const quarter =
    /^(?:quarter|q) ?(?<q>[1-4]),? (?<y>\d{4})$/.exec(lower) ??
    /^(?<q>[1-4])(?:st|nd|rd|th)? quarter,?(?: of)? (?<y>\d{4})$/.exec(lower) ??
    /^(?<r>i|ii|iii|iv) quarter,?(?: of)? (?<y>\d{4})$/.exec(lower) ??
    /^(?<y>\d{4}),? (?:quarter|q) ?(?<q>[1-4])$/.exec(lower);
  if (quarter?.groups) {
    const { q, r, y } = quarter.groups;
    const year = Number(y);
    const problem = checkYear(year);
    if (problem) return bad(problem);
    const number = q ? Number(q) : (ROMAN[r as string] as number);
    return { ok: true, date: span(year, (number - 1) * 3 + 1, 3, edge) };
  }

  match = /^(\d{4})$/.exec(text);
  if (match) {
    const year = Number(match[1]);
    const problem = checkYear(year);
    if (problem) return bad(problem);
    return { ok: true, date: span(year, 1, 12, edge) };
  }
  return bad("unknown form");
}

function dayDate(
  year: number,
  month: number,
  day: number,
  bad: (why: string) => DateReading,
  checkYear: (year: number) => string | null,
): DateReading {
  const problem = checkYear(year);
  if (problem) return bad(problem);
  if (month < 1 || month > 12) return bad(`there is no month ${month}`);
  if (day < 1 || day > daysIn(year, month)) return bad(`${iso(year, month, 1).slice(0, 7)} has no day ${day}`);
  return { ok: true, date: iso(year, month, day) };
}
