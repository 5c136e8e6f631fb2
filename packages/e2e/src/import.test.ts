import { execFile } from "node:child_process";
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createGraphClient, type ImportReport, importIrm } from "@ogc/importer";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, type Stack, startTestStack } from "./stack.js";

const DATA = fileURLToPath(new URL("../../../data/ogp-commitments/", import.meta.url));
const FULL = join(DATA, "open_parliament_0703.csv");
const SAMPLE = join(DATA, "sample-18.csv");
const CLI = fileURLToPath(new URL("../../importer/dist/cli.js", import.meta.url));
const SUPPORT = { email: "support@ogc.example", password: "demo-support-password" };

let stack: Stack & { dispose(): Promise<void> };
let token = "";
let supportAccountId = "";
const scratch = mkdtempSync(join(tmpdir(), "ogc-import-"));

/** The file as a table: the header, and each row as cells by column. */
function table(path: string): { header: string[]; rows: Record<string, string>[] } {
  const records: string[][] = parse(readFileSync(path), { bom: true });
  const [header = [], ...rest] = records;
  return { header, rows: rest.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ""]))) };
}

function writeTable(name: string, header: string[], rows: (Record<string, string> | string[])[]): string {
  const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
  const lines = [header, ...rows.map((row) => (Array.isArray(row) ? row : header.map((column) => row[column] ?? "")))].map((cells) =>
    cells.map(quote).join(","),
  );
  const path = join(scratch, name);
  writeFileSync(path, `${lines.join("\r\n")}\r\n`);
  return path;
}

function run(path: string, strict = false): Promise<ImportReport> {
  return importIrm({
    open: () => createReadStream(path),
    graph: createGraphClient({ url: stack.gatewayUrl, token }),
    source: `IRM import: ${path.split("/").at(-1)}`,
    strict,
  });
}

async function query<T>(text: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await graphql<T>(stack.gatewayUrl, text, variables, { authorization: `Bearer ${token}` });
  expect(result.errors, text.slice(0, 80)).toBeUndefined();
  return result.data as T;
}

const commitmentCount = async () =>
  (await query<{ commitments: { totalCount: number } }>("{ commitments(first: 1) { totalCount } }")).commitments.totalCount;

beforeAll(async () => {
  stack = await startTestStack(1300, false);
  const result = await graphql<{ signIn: { accessToken: string; account: { id: string } } }>(
    stack.gatewayUrl,
    "mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken account { id } } }",
    { e: SUPPORT.email, p: SUPPORT.password },
  );
  token = result.data?.signIn.accessToken ?? "";
  supportAccountId = result.data?.signIn.account.id ?? "";
}, 120_000);
afterAll(async () => {
  await stack?.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

describe("importing OGP's IRM commitment database through the graph", () => {
  const file = table(FULL);

  it("imports the real file: as many commitments and members as it has, their ratings, and per-area counts matching its tags", async () => {
    const before = await commitmentCount();
    const report = await run(FULL);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ accepted: true, rows: 558, imported: 558, refused: 0 });
    expect(report.changes.commitments.created).toBe(558);
    expect(report.changes.irmRatings.created).toBe(558);
    expect(await commitmentCount()).toBe(before + 558);

    const codes = [...new Set(file.rows.map((row) => row.Code))];
    expect(codes).toHaveLength(75);
    const nodes: { ogpCode: string; type: string }[] = [];
    for (let after: string | null = null; ; ) {
      const {
        members,
      }: { members: { edges: { node: { ogpCode: string; type: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
        await query(
          "query ($after: String) { members(first: 100, after: $after) { edges { node { ogpCode type } } pageInfo { hasNextPage endCursor } } }",
          {
            after,
          },
        );
      nodes.push(...members.edges.map((edge) => edge.node));
      if (!members.pageInfo.hasNextPage) break;
      after = members.pageInfo.endCursor;
    }
    const known = new Map(nodes.map((node) => [node.ogpCode, node.type]));
    for (const code of codes) expect(known.has(code), code).toBe(true);
    expect(known.get("ARBA")).toBe("LOCAL");
    expect(known.get("XKX")).toBe("OTHER");

    // Any commitment picked: its IRM rating says what the file says, ND and NR kept apart from real values.
    const ratings = ["FI0032", "AL0002", "BUE0009", "XK0001"].filter((id) =>
      file.rows.some((row) => row["Commitment Unique Identifier"] === id),
    );
    expect(ratings.length).toBeGreaterThanOrEqual(2);
    const scale: Record<string, string> = {
      ND: "NO_DATA",
      NR: "NOT_REVIEWED",
      Transformative: "TRANSFORMATIVE",
      Moderate: "MODERATE",
      Minor: "MINOR",
      None: "NONE",
      Yes: "YES",
      No: "NO",
      "1": "YES",
      "0": "NO",
      Complete: "COMPLETE",
      Substantial: "SUBSTANTIAL",
      Limited: "LIMITED",
      "Not Started": "NOT_STARTED",
      High: "HIGH",
      Medium: "MEDIUM",
      Low: "LOW",
    };
    for (const ogpId of ratings) {
      const row = file.rows.find((candidate) => candidate["Commitment Unique Identifier"] === ogpId) as Record<string, string>;
      const { commitmentByOgpId } = await query<{ commitmentByOgpId: { title: string; irmRating: Record<string, string> } }>(
        "query ($id: String!) { commitmentByOgpId(ogpId: $id) { title irmRating { specificity verifiable potentialImpact completion midtermCompletion relevanceAccessToInformation } } }",
        { id: ogpId },
      );
      expect(commitmentByOgpId.title).toBe((row["Short Title"] || row["Commitment Title"])?.trim());
      const expected = {
        specificity: scale[row.Specificity as string],
        verifiable: scale[row.Verifiable as string],
        potentialImpact: scale[row["Potential Impact"] as string],
        completion: scale[row["Completion (End Of Term)"] as string],
        midtermCompletion: scale[row["Completion (Progress Report)"] as string],
        relevanceAccessToInformation: scale[row["OGP Value Access To Information"] as string],
      };
      expect(commitmentByOgpId.irmRating, ogpId).toEqual(expected);
    }

    // Per area: the commitments the graph lists under an area are the rows with one of the area's tags.
    const { irmPolicyTags, challengeAreas } = await query<{
      irmPolicyTags: { tag: string; areaCode: string }[];
      challengeAreas: { code: string }[];
    }>("{ irmPolicyTags { tag areaCode } challengeAreas { code } }");
    for (const { code } of challengeAreas) {
      const tags = irmPolicyTags.filter((tag) => tag.areaCode === code).map((tag) => tag.tag);
      const tagged = file.rows.filter((row) => tags.some((tag) => row[tag] === "1")).length;
      const { commitments } = await query<{ commitments: { totalCount: number } }>(
        "query ($area: ChallengeAreaCode!) { commitments(first: 1, filter: { suggestedArea: $area }) { totalCount } }",
        { area: code },
      );
      expect(commitments.totalCount, code).toBe(tagged);
    }
  }, 300_000);

  it("finds nothing to change when the same file is imported again, and says so", async () => {
    const report = await run(FULL);
    expect(report).toMatchObject({ accepted: true, rows: 558, imported: 558, totalChanges: 0 });
    expect(report.changes.commitments).toEqual({ created: 0, updated: 0, unchanged: 558 });
    expect(report.summary).toMatch(/no changes/);
  }, 300_000);

  it("updates the one commitment whose title changed, and records it in its history with the import as the source", async () => {
    const edited = file.rows.map((row) =>
      row["Commitment Unique Identifier"] === "FI0032"
        ? { ...row, "Short Title": "Register of Government Decision-Making (revised)" }
        : row,
    );
    const report = await run(writeTable("edited-title.csv", file.header, edited));
    expect(report.totalChanges).toBe(1);
    expect(report.changes.commitments).toMatchObject({ updated: 1, created: 0 });
    const { commitmentByOgpId } = await query<{
      commitmentByOgpId: {
        title: string;
        history: { kind: string; actorId: string; note: string | null; changes: Record<string, unknown> }[];
      };
    }>('{ commitmentByOgpId(ogpId: "FI0032") { title history { kind actorId note changes } } }');
    expect(commitmentByOgpId.title).toBe("Register of Government Decision-Making (revised)");
    // History is newest first: the import's change is the latest event.
    const last = commitmentByOgpId.history[0];
    expect(last).toMatchObject({ kind: "IMPORTED", actorId: supportAccountId, note: "IRM import: edited-title.csv" });
    expect(last?.changes).toEqual({
      title: { from: "Register of Government Decision-Making", to: "Register of Government Decision-Making (revised)" },
    });
  }, 300_000);
});

describe("the console's upload: POST /import/irm at the gateway", () => {
  const endpoint = () => stack.gatewayUrl.replace(/\/graphql$/, "/import/irm");
  const upload = (headers: Record<string, string>, query = "name=sample-18.csv") =>
    fetch(`${endpoint()}?${query}`, { method: "POST", headers: { "content-type": "text/csv", ...headers }, body: readFileSync(SAMPLE) });

  it("runs the importer as the support unit and streams progress, then the report", async () => {
    const response = await upload({ authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/x-ndjson/);
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { type: string; report?: ImportReport });
    expect(lines.at(0)?.type).toBe("progress");
    const last = lines.at(-1);
    expect(last?.type).toBe("report");
    // The sample's rows are all read and imported (the real file, imported above, holds them already).
    expect(last?.report).toMatchObject({ accepted: true, rows: 18, imported: 18, refused: 0 });
  }, 120_000);

  it("refuses a visitor and an account that is not the support unit, before reading the file", async () => {
    const anonymous = await upload({});
    expect(anonymous.status).toBe(401);
    const officer = await graphql<{ signIn: { accessToken: string } }>(
      stack.gatewayUrl,
      'mutation { signIn(email: "officer@ogc.example", password: "demo-officer-password") { accessToken } }',
    );
    const refused = await upload({ authorization: `Bearer ${officer.data?.signIn.accessToken}` });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
  });
});

describe("bad rows, on the 18-row sample", () => {
  const sample = table(SAMPLE);
  // New commitment ids, so the sample's rows are new records and a refused row is visibly missing.
  const renamed = sample.rows.map((row) => ({
    ...row,
    "Commitment Unique Identifier": (row["Commitment Unique Identifier"] as string).replace(/\d/, "9"),
  }));
  const bad = (index: number, changes: Record<string, string>) => ({ ...(renamed[index] as Record<string, string>), ...changes });
  const rows: (Record<string, string> | string[])[] = renamed.map((row, index) => {
    if (index === 1) return bad(1, { "Potential Impact": "Huge" });
    if (index === 3) return bad(3, { "Start Date": "32/13/2019" });
    if (index === 5) return ["too", "few", "cells"];
    if (index === 7) return bad(7, { Region: "Antarctica" });
    if (index === 9) return bad(9, { "Commitment Unique Identifier": "" });
    return row;
  });
  const badIds = [1, 3, 7].map((index) => renamed[index]?.["Commitment Unique Identifier"]);
  const goodIds = renamed.filter((_, index) => ![1, 3, 5, 7, 9].includes(index)).map((row) => row["Commitment Unique Identifier"]);
  const exists = async (ogpId: string | undefined) =>
    (
      await query<{ commitmentByOgpId: { id: string } | null }>("query ($id: String!) { commitmentByOgpId(ogpId: $id) { id } }", {
        id: ogpId,
      })
    ).commitmentByOgpId !== null;

  it("with --strict, refuses the whole file, listing each bad row and column, and writes nothing", async () => {
    const path = writeTable("bad-rows.csv", sample.header, rows);
    const before = await commitmentCount();
    const report = await run(path, true);
    expect(report.accepted).toBe(false);
    expect(report.summary).toMatch(/Nothing imported/);
    expect(report.problems.map((problem) => [problem.row, problem.column])).toEqual([
      [3, "Potential Impact"],
      [5, "Start Date"],
      [7, null],
      [9, "Region"],
      [11, "Commitment Unique Identifier"],
    ]);
    expect(report.problems[0]?.message).toMatch(/"Huge" is not an IRM rating value/);
    expect(report.problems[2]?.message).toMatch(/has 3 cells where the header has/);
    expect(await commitmentCount()).toBe(before);
  }, 120_000);

  it("without --strict, imports the good rows and reports the bad ones with their row and column", async () => {
    const path = writeTable("bad-rows.csv", sample.header, rows);
    const report = await run(path);
    expect(report).toMatchObject({ accepted: true, rows: 18, imported: 13, refused: 5, problemCount: 5 });
    expect(report.changes.commitments.created).toBe(13);
    for (const ogpId of goodIds) expect(await exists(ogpId), ogpId).toBe(true);
    for (const ogpId of badIds) expect(await exists(ogpId), ogpId).toBe(false);
  }, 120_000);

  it("refuses a file that is not this format, and an empty one, saying why", async () => {
    const other = writeTable("members.csv", ["name", "country"], [["Albania", "ALB"]]);
    const report = await run(other);
    expect(report).toMatchObject({ accepted: false, rows: 0, imported: 0 });
    expect(report.fatal).toMatch(
      /not an export of OGP's IRM commitment database: its first line lacks the columns "Commitment Unique Identifier"/,
    );
    const empty = join(scratch, "empty.csv");
    writeFileSync(empty, "");
    expect((await run(empty)).fatal).toBe("The file is empty.");
    const json = join(scratch, "data.json");
    writeFileSync(json, JSON.stringify({ commitments: [{ id: "AL0002" }] }));
    expect((await run(json)).accepted).toBe(false);
  }, 60_000);

  it("runs as a command with a summary, and exits 1 when nothing was imported", async () => {
    const exec = promisify(execFile);
    const env = { ...process.env, OGC_GATEWAY_URL: stack.gatewayUrl, OGC_EMAIL: SUPPORT.email, OGC_PASSWORD: SUPPORT.password };
    // The bad-rows file again: its good rows are in the graph already, its bad rows still refused.
    const { stdout } = await exec("node", [CLI, join(scratch, "bad-rows.csv"), "--quiet"], { env });
    expect(stdout).toMatch(/bad-rows\.csv: 18 rows read, 13 imported, 5 refused; no changes\./);
    expect(stdout).toMatch(/commitments\s+0\s+0\s+13/);
    expect(stdout).toMatch(/row 5, Start Date: "32\/13\/2019" is not a date we can read/);
    const refused = await exec("node", [CLI, join(scratch, "members.csv"), "--quiet"], { env }).catch((error) => error);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/Nothing imported/);
    const unauthenticated = await exec("node", [CLI, SAMPLE], { env: { ...env, OGC_EMAIL: "", OGC_PASSWORD: "" } }).catch((error) => error);
    expect(unauthenticated.code).toBe(2);
    expect(unauthenticated.stderr).toMatch(/Set OGC_TOKEN, or OGC_EMAIL and OGC_PASSWORD/);
  }, 120_000);
});
