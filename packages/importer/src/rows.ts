/** One line of the export, read into what the graph's batch upserts take; every problem names its row and column. */

import { COLUMN, RATING_COLUMNS } from "./columns.js";
import { countryOfLocal, isCountryCode } from "./countries.js";
import { readDate } from "./dates.js";
import { classify, type Organisation, splitNames } from "./organisations.js";

export interface RowProblem {
  /** The row as a spreadsheet numbers it: the header is row 1, the first commitment row 2. */
  row: number;
  /** The column to fix; null when the problem is the row as a whole. */
  column: string | null;
  message: string;
}

export interface MemberRow {
  ogpCode: string;
  name: string;
  type: "NATIONAL" | "LOCAL" | "OTHER";
  country: string;
  region: string;
}

export interface ActionPlanRow {
  ogpId: string;
  memberCode: string;
  number: number;
  startDate: string;
  endDate: string;
  lengthYears: number;
  status: string;
}

export interface CommitmentRow {
  ogpId: string;
  memberCode: string;
  actionPlanOgpId: string;
  pathway: "ACTION_PLAN";
  title: string;
  summary: string;
  reform: string | null;
  startDate: string | null;
  endDate: string | null;
  proposedArea: string | null;
  suggestedAreas: string[];
  values: string[];
  status: string;
  sourceUrl: string | null;
}

export interface MappedRow {
  row: number;
  member: MemberRow;
  actionPlan: ActionPlanRow;
  commitment: CommitmentRow;
  /** The first lead body leads; the other leads and the public supporting bodies support. */
  lead: Organisation[];
  supporting: Organisation[];
  rating: Record<string, string> & { commitmentOgpId: string };
}

export type RowReading = { ok: true; value: MappedRow } | { ok: false; problems: RowProblem[] };

/** What the graph's catalog says about policy tags, and the day the import runs (for statuses). */
export interface MappingContext {
  /** Policy-tag column → challenge area, from the catalog. */
  tagAreas: ReadonlyMap<string, string>;
  /** Challenge areas in the catalog's order: ties between suggested areas go to the first. */
  areaOrder: readonly string[];
  /** YYYY-MM-DD. */
  today: string;
}

const MEMBER_TYPES: Record<string, MemberRow["type"]> = { NATIONAL: "NATIONAL", "LEGACY LOCAL": "LOCAL", LOCAL: "LOCAL", OTHER: "OTHER" };
const REGIONS: Record<string, string> = {
  EUROPE: "EUROPE",
  "ASIA AND THE PACIFIC": "ASIA_AND_PACIFIC",
  "AFRICA AND THE MIDDLE EAST": "AFRICA_AND_MIDDLE_EAST",
  AMERICAS: "AMERICAS",
};
const VALUE_COLUMNS: [string, string][] = [
  ["OGP Value Access To Information", "TRANSPARENCY"],
  ["OGP Value Civic Participation", "CIVIC_PARTICIPATION"],
  ["OGP Value Public Accountability", "PUBLIC_ACCOUNTABILITY"],
];
const MAX_TITLE = 1000;
/** A policy-tag cell that does not tag: 0, empty, or the IRM's no data / not reviewed. */
const NOT_TAGGED = new Set(["", "0", "ND", "NR", "NA"]);

export function mapRow(cells: Readonly<Record<string, string>>, row: number, context: MappingContext): RowReading {
  const problems: RowProblem[] = [];
  const fail = (column: string | null, message: string) => {
    problems.push({ row, column, message });
  };
  const cell = (column: string) => (cells[column] ?? "").trim();
  const required = (column: string) => {
    const value = cell(column);
    if (!value || value === "NA") fail(column, `${column} is empty.`);
    return value;
  };
  const integer = (column: string, min: number, max: number) => {
    const text = required(column);
    if (!text) return 0;
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > max) fail(column, `"${text}" is not a whole number from ${min} to ${max}.`);
    return value;
  };

  // The member.
  const ogpCode = required(COLUMN.memberCode);
  const codeOk = /^[A-Z]{3,5}$/.test(ogpCode);
  if (ogpCode && !codeOk) fail(COLUMN.memberCode, `"${ogpCode}" is not an OGP member code (3 to 5 capital letters).`);
  const memberName = required(COLUMN.memberName);
  const typeText = required(COLUMN.memberType);
  const type = MEMBER_TYPES[typeText.toUpperCase()];
  if (typeText && !type) fail(COLUMN.memberType, `"${typeText}" is not National, Legacy Local or Other.`);
  const regionText = required(COLUMN.region);
  const region = REGIONS[regionText.toUpperCase()];
  if (regionText && !region) {
    fail(COLUMN.region, `"${regionText}" is not an OGP region (Europe; Asia and the Pacific; Africa and the Middle East; Americas).`);
  }
  let country = "";
  if (type === "LOCAL") {
    country = countryOfLocal(memberName, ogpCode) ?? "";
    if (!country) fail(COLUMN.memberName, `Cannot tell the country of the local member "${memberName}" from its name or its code.`);
  } else if (codeOk) {
    country = ogpCode;
    if (!isCountryCode(ogpCode))
      fail(COLUMN.memberCode, `"${ogpCode}" is not an ISO 3166-1 alpha-3 country code, as a national member's code must be.`);
  }

  // The action plan: the export gives only its years.
  const planId = required(COLUMN.planId);
  if (planId && !/^AP_[A-Z]{3,5}\d{2}$/.test(planId)) fail(COLUMN.planId, `"${planId}" is not an OGP action-plan id (e.g. AP_ALB01).`);
  const number = integer(COLUMN.planNumber, 1, 99);
  const submitted = integer(COLUMN.planSubmitted, 2011, 2100);
  const endYear = integer(COLUMN.planEndYear, 2011, 2100);
  const lengthYears = integer(COLUMN.planYears, 1, 4);
  if (submitted && endYear && endYear < submitted) {
    fail(COLUMN.planEndYear, `The action plan ends in ${endYear}, before its year of submission ${submitted}.`);
  }
  // OGP's plans run from mid-year to mid-year ("2012-2014"); a plan submitted in the year it ends spans that year.
  const [planStart, planEnd] =
    endYear > submitted ? [`${submitted}-07-01`, `${endYear}-06-30`] : [`${submitted}-01-01`, `${endYear}-12-31`];
  const planStatus = planEnd < context.today ? "ENDED" : planStart > context.today ? "SUBMITTED" : "IN_IMPLEMENTATION";

  // The commitment.
  const ogpId = required(COLUMN.ogpId);
  if (ogpId && !/^[A-Z]{2,5}\d{4}$/.test(ogpId)) {
    fail(COLUMN.ogpId, `"${ogpId}" is not an OGP commitment id: 2 to 5 capital letters and 4 digits (e.g. AL0002, BUE0009).`);
  }
  const longTitle = required(COLUMN.title);
  const title = cell(COLUMN.shortTitle) || longTitle;
  if (title.length > MAX_TITLE)
    fail(cell(COLUMN.shortTitle) ? COLUMN.shortTitle : COLUMN.title, `The title is longer than ${MAX_TITLE} characters.`);
  const date = (column: string, edge: "start" | "end") => {
    const reading = readDate(cell(column), edge);
    if (reading.ok) return reading.date;
    fail(column, reading.message);
    return null;
  };
  const startDate = date(COLUMN.startDate, "start");
  const endDate = date(COLUMN.endDate, "end");
  if (startDate && endDate && endDate < startDate)
    fail(COLUMN.endDate, `The commitment ends (${endDate}) before it starts (${startDate}).`);
  const url = cell(COLUMN.url);
  if (url && !/^https?:\/\/\S+$/i.test(url)) fail(COLUMN.url, `"${url}" is not an http(s) address.`);

  // Policy tags suggest areas: the area with the most tags is the proposed one (ties: the catalog's order).
  const hits = new Map<string, number>();
  for (const [tag, area] of context.tagAreas) {
    const value = cell(tag);
    if (value === "1") hits.set(area, (hits.get(area) ?? 0) + 1);
    else if (!NOT_TAGGED.has(value)) fail(tag, `"${value}" is not a policy-tag value (1, or 0, empty, ND, NR for none).`);
  }
  const suggestedAreas = context.areaOrder.filter((area) => hits.has(area));
  const proposedArea = suggestedAreas.reduce<string | null>(
    (best, area) => (best === null || (hits.get(area) ?? 0) > (hits.get(best) ?? 0) ? area : best),
    null,
  );

  // Ratings: every value is one the IRM uses, or the row is refused; an empty cell says nothing.
  const rating: Record<string, string> & { commitmentOgpId: string } = { commitmentOgpId: ogpId };
  for (const { column, field, values } of RATING_COLUMNS) {
    const value = cell(column);
    if (!value) continue;
    const mapped = values[value.toUpperCase()];
    if (mapped) rating[field] = mapped;
    else
      fail(column, `"${value}" is not an IRM rating value of ${column}; expected one of ${[...new Set(Object.keys(values))].join(", ")}.`);
  }
  const values = VALUE_COLUMNS.filter(([column]) => cell(column) === "1").map(([, value]) => value);
  const withdrawn = rating.completion === "WITHDRAWN" || rating.midtermCompletion === "WITHDRAWN";
  const status = withdrawn ? "WITHDRAWN" : planStatus === "ENDED" ? "COMPLETED" : "IN_PROGRESS";

  const lead = splitNames(cell(COLUMN.lead)).map((name) => classify(name, "lead"));
  const supporting = splitNames(cell(COLUMN.supporting))
    .filter((name) => !lead.some((body) => body.name.toLowerCase() === name.toLowerCase()))
    .map((name) => classify(name, "supporting"));

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      row,
      member: { ogpCode, name: memberName, type: type as MemberRow["type"], country, region: region as string },
      actionPlan: { ogpId: planId, memberCode: ogpCode, number, startDate: planStart, endDate: planEnd, lengthYears, status: planStatus },
      commitment: {
        ogpId,
        memberCode: ogpCode,
        actionPlanOgpId: planId,
        pathway: "ACTION_PLAN",
        title,
        summary: longTitle,
        reform: cell(COLUMN.fullText) || null,
        startDate,
        endDate,
        proposedArea,
        suggestedAreas,
        values,
        status,
        sourceUrl: url || null,
      },
      lead,
      supporting,
      rating,
    },
  };
}
