import { describe, expect, it } from "vitest";
import { COLUMN, REQUIRED_COLUMNS } from "./columns.js";
import { readRecords } from "./records.js";
import { type MappedRow, mapRow, type RowProblem } from "./rows.js";
import { context, FULL, open, SAMPLE } from "./test-context.js";

const required = [...REQUIRED_COLUMNS, ...context.tagAreas.keys()];

async function readFile(path: string) {
  const cells: Record<string, string>[] = [];
  for await (const event of readRecords(open(path)(), required)) if (event.kind === "row") cells.push(event.cells);
  return cells;
}

async function mapFile(path: string) {
  const rows: MappedRow[] = [];
  const problems: RowProblem[] = [];
  for await (const event of readRecords(open(path)(), required)) {
    if (event.kind === "fatal") throw new Error(event.message);
    if (event.kind === "problem") problems.push({ row: event.row, column: null, message: event.message });
    else {
      const reading = mapRow(event.cells, event.row, context);
      if (reading.ok) rows.push(reading.value);
      else problems.push(...reading.problems);
    }
  }
  return { rows, problems };
}

describe("mapping OGP's export", () => {
  it("reads every row of the real file without a problem: 558 commitments of 75 members", async () => {
    const { rows, problems } = await mapFile(FULL);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(558);
    expect(new Set(rows.map((row) => row.member.ogpCode)).size).toBe(75);
    expect(new Set(rows.map((row) => row.member.type))).toEqual(new Set(["NATIONAL", "LOCAL", "OTHER"]));
  });

  it("maps a row's member, plan, commitment, areas and every rating, keeping ND and NR apart", async () => {
    const { rows } = await mapFile(SAMPLE);
    const finland = rows.find((row) => row.commitment.ogpId === "FI0032") as MappedRow;
    expect(finland.member).toEqual({ ogpCode: "FIN", name: "Finland", type: "NATIONAL", country: "FIN", region: "EUROPE" });
    expect(finland.actionPlan).toEqual({
      ogpId: "AP_FIN04",
      memberCode: "FIN",
      number: 4,
      startDate: "2019-07-01",
      endDate: "2021-06-30",
      lengthYears: 2,
      status: "ENDED",
    });
    expect(finland.commitment).toMatchObject({
      title: "Register of Government Decision-Making",
      summary: "Transparency Register",
      startDate: "2019-09-01",
      endDate: "2023-09-30",
      proposedArea: "ANTI_CORRUPTION",
      suggestedAreas: ["ANTI_CORRUPTION", "PUBLIC_PARTICIPATION"],
      values: ["TRANSPARENCY", "CIVIC_PARTICIPATION"],
      status: "COMPLETED",
      sourceUrl: "https://opengovpartnership.org/members/finland/commitments/fi0032",
    });
    expect(finland.lead).toEqual([{ type: "institution", name: "Ministry of Justice", language: "en", branch: "EXECUTIVE" }]);
    expect(finland.rating).toMatchObject({
      verifiable: "YES",
      potentialImpact: "TRANSFORMATIVE",
      completion: "COMPLETE",
      resultsLevel: "SIGNIFICANT",
      specificity: "NO_DATA",
    });
    const notReviewed = rows.flatMap((row) => Object.values(row.rating)).filter((value) => value === "NOT_REVIEWED");
    expect(notReviewed.length).toBeGreaterThan(0);
    const local = rows.find((row) => row.member.type === "LOCAL") as MappedRow;
    expect(local.member.country).toMatch(/^[A-Z]{3}$/);
    expect(rows.find((row) => row.member.type === "OTHER")?.member).toMatchObject({ ogpCode: "XKX", country: "XKX" });
  });

  describe("refuses a bad row, naming its row and column", async () => {
    const sample = await readFile(SAMPLE);
    const row = sample[0] as Record<string, string>;
    const problemsOf = (changes: Record<string, string>) => {
      const reading = mapRow({ ...row, ...changes }, 2, context);
      return reading.ok ? [] : reading.problems;
    };
    it.each([
      [
        "an unknown rating value",
        { "Potential Impact": "Huge" },
        "Potential Impact",
        /"Huge" is not an IRM rating value of Potential Impact/,
      ],
      ["a date that cannot be read", { [COLUMN.startDate]: "32/13/2019" }, COLUMN.startDate, /not a date we can read/],
      [
        "an end before the start",
        { [COLUMN.startDate]: "1/1/2020", [COLUMN.endDate]: "1/1/2019" },
        COLUMN.endDate,
        /ends \(2019-01-01\) before it starts/,
      ],
      ["no commitment id", { [COLUMN.ogpId]: "" }, COLUMN.ogpId, /is empty/],
      ["a malformed commitment id", { [COLUMN.ogpId]: "fi-32" }, COLUMN.ogpId, /not an OGP commitment id/],
      ["a malformed member code", { [COLUMN.memberCode]: "Finland" }, COLUMN.memberCode, /not an OGP member code/],
      ["a national code that is no country", { [COLUMN.memberCode]: "QQQ" }, COLUMN.memberCode, /not an ISO 3166-1 alpha-3 country code/],
      ["an unknown member type", { [COLUMN.memberType]: "Regional" }, COLUMN.memberType, /not National, Legacy Local or Other/],
      ["an unknown region", { [COLUMN.region]: "Antarctica" }, COLUMN.region, /not an OGP region/],
      [
        "a local member of no known country",
        { [COLUMN.memberType]: "Legacy Local", [COLUMN.memberName]: "Atlantis", [COLUMN.memberCode]: "QQAT" },
        COLUMN.memberName,
        /Cannot tell the country/,
      ],
      ["a plan length out of range", { [COLUMN.planYears]: "7" }, COLUMN.planYears, /not a whole number from 1 to 4/],
      ["a plan ending before it is submitted", { [COLUMN.planEndYear]: "2015" }, COLUMN.planEndYear, /before its year of submission/],
      ["a malformed plan id", { [COLUMN.planId]: "FIN-4" }, COLUMN.planId, /not an OGP action-plan id/],
      ["a policy tag that is not 0 or 1", { "Right To Information": "yes" }, "Right To Information", /not a policy-tag value/],
      ["an address that is not http", { [COLUMN.url]: "opengovpartnership.org/fi0032" }, COLUMN.url, /not an http\(s\) address/],
      ["a title too long to keep", { [COLUMN.shortTitle]: "x".repeat(1001) }, COLUMN.shortTitle, /longer than 1000 characters/],
    ])("%s", (_kind, changes, column, message) => {
      const problems = problemsOf(changes);
      expect(problems).toEqual([expect.objectContaining({ row: 2, column })]);
      expect(problems[0]?.message).toMatch(message);
    });
  });
});
