/**
 * Imports OGP's IRM commitment export through the graph: it reads the file as a stream, maps each row, and writes in
 * batches through the owning subgraphs' batch upserts (directory: members, action plans, institutions, partners;
 * challenge: commitments, IRM ratings, co-creation links), so their rules, history and audit log apply. Memory holds
 * one batch of rows plus the ids of what the run has written, never the file.
 */

import { COLUMN, COLUMN_OF_FIELD, REQUIRED_COLUMNS } from "./columns.js";
import type { GraphClient } from "./graph.js";
import type { Organisation } from "./organisations.js";
import { type Chunks, readRecords } from "./records.js";
import { type MappedRow, type MappingContext, mapRow, type RowProblem } from "./rows.js";

export const KINDS = ["members", "actionPlans", "institutions", "partners", "commitments", "irmRatings", "coCreationLinks"] as const;
export type Kind = (typeof KINDS)[number];

export interface ChangeCount {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportProgress {
  /** "checking" reads the whole file before writing (strict mode); "importing" writes. */
  phase: "checking" | "importing";
  rows: number;
  bytes: number;
}

export interface ImportOptions {
  /** Opens the file from its start; called twice in strict mode (check, then import). */
  open: () => Chunks;
  graph: GraphClient;
  /** Names the import in each commitment's history, e.g. "IRM import: open_parliament_0703.csv". */
  source: string;
  /** Refuse the whole file when any row is bad; otherwise import the good rows and report the bad ones. */
  strict?: boolean;
  /** Rows per round of upserts. */
  batchSize?: number;
  /** YYYY-MM-DD; plans that ended before it are ENDED and their commitments COMPLETED. */
  today?: string;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportReport {
  source: string;
  strict: boolean;
  /** False when the file was refused as a whole: not this format, not CSV, or a bad row in strict mode. */
  accepted: boolean;
  /** Why the whole file was refused, or why reading stopped. */
  fatal: string | null;
  rows: number;
  imported: number;
  refused: number;
  /** Each bad row with its column; at most the first 1000 (`problemCount` has them all). */
  problems: RowProblem[];
  problemCount: number;
  changes: Record<Kind, ChangeCount>;
  /** Records created or updated, over every kind. */
  totalChanges: number;
  summary: string;
}

const MAX_PROBLEMS_KEPT = 1000;
/** Rows a batch upsert takes at most. */
const UPSERT_LIMIT = 5000;
/** The gateway refuses bodies over 1 MiB: long commitment texts fill a request well before the row limit. */
const REQUEST_BYTES = 768 * 1024;

const RESULT = "committed rows { index key outcome id error { code message field } }";

interface UpsertRow {
  index: number;
  key: string;
  outcome: "CREATED" | "UPDATED" | "UNCHANGED" | "INVALID" | "SKIPPED";
  id: string | null;
  error: { code: string; message: string; field: string | null } | null;
}

interface Item {
  key: string;
  input: Record<string, unknown>;
  /** The spreadsheet rows that need this record. */
  rows: number[];
  /** The column a refused field points at, for this item. */
  columnOf: (field: string | null) => string | null;
}

export async function importIrm(options: ImportOptions): Promise<ImportReport> {
  const context = await mappingContext(options.graph, options.today ?? new Date().toISOString().slice(0, 10));
  const required = [...REQUIRED_COLUMNS, ...context.tagAreas.keys()];
  const report = emptyReport(options);

  if (options.strict) {
    const check = emptyReport(options);
    for await (const event of readRecords(options.open(), required, (bytes) => progress(options, "checking", check.rows, bytes))) {
      if (event.kind === "fatal") return finish({ ...check, accepted: false, fatal: event.message });
      check.rows += 1;
      if (event.kind === "problem") addProblems(check, [{ row: event.row, column: null, message: event.message }]);
      else {
        const reading = mapRow(event.cells, event.row, context);
        if (!reading.ok) addProblems(check, reading.problems);
      }
    }
    if (check.problemCount > 0) {
      const refused = new Set(check.problems.map((problem) => problem.row)).size;
      return finish({
        ...check,
        accepted: false,
        refused,
        fatal: `The file has ${check.problemCount} problem${check.problemCount === 1 ? "" : "s"}; with --strict nothing was imported.`,
      });
    }
  }

  const writer = new BatchWriter(options.graph, options.source, report);
  const seenCommitments = new Map<string, number>();
  let batch: MappedRow[] = [];
  let bytesRead = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const written = await writer.write(batch);
    report.imported += written;
    batch = [];
    progress(options, "importing", report.rows, bytesRead);
  };
  for await (const event of readRecords(options.open(), required, (bytes) => {
    bytesRead = bytes;
  })) {
    if (event.kind === "fatal") {
      await flush();
      return finish({ ...report, accepted: report.rows > 0, fatal: event.message });
    }
    report.rows += 1;
    if (event.kind === "problem") {
      addProblems(report, [{ row: event.row, column: null, message: event.message }]);
      continue;
    }
    const reading = mapRow(event.cells, event.row, context);
    if (!reading.ok) {
      addProblems(report, reading.problems);
      continue;
    }
    const earlier = seenCommitments.get(reading.value.commitment.ogpId);
    if (earlier) {
      addProblems(report, [
        { row: event.row, column: COLUMN.ogpId, message: `Commitment ${reading.value.commitment.ogpId} is already on row ${earlier}.` },
      ]);
      continue;
    }
    seenCommitments.set(reading.value.commitment.ogpId, event.row);
    batch.push(reading.value);
    if (batch.length >= (options.batchSize ?? 500)) await flush();
  }
  await flush();
  return finish(report);
}

async function mappingContext(graph: GraphClient, today: string): Promise<MappingContext> {
  const data = await graph.request<{ challengeAreas: { code: string }[]; irmPolicyTags: { tag: string; areaCode: string }[] }>(
    "{ challengeAreas { code } irmPolicyTags { tag areaCode } }",
  );
  return {
    areaOrder: data.challengeAreas.map((area) => area.code),
    tagAreas: new Map(data.irmPolicyTags.map((tag) => [tag.tag, tag.areaCode])),
    today,
  };
}

function emptyReport(options: ImportOptions): ImportReport {
  const changes = Object.fromEntries(KINDS.map((kind) => [kind, { created: 0, updated: 0, unchanged: 0 }])) as Record<Kind, ChangeCount>;
  return {
    source: options.source,
    strict: Boolean(options.strict),
    accepted: true,
    fatal: null,
    rows: 0,
    imported: 0,
    refused: 0,
    problems: [],
    problemCount: 0,
    changes,
    totalChanges: 0,
    summary: "",
  };
}

function progress(options: ImportOptions, phase: ImportProgress["phase"], rows: number, bytes: number) {
  options.onProgress?.({ phase, rows, bytes });
}

function addProblems(report: ImportReport, problems: readonly RowProblem[]) {
  for (const problem of problems) {
    report.problemCount += 1;
    if (report.problems.length < MAX_PROBLEMS_KEPT) report.problems.push(problem);
  }
}

function finish(report: ImportReport): ImportReport {
  if (report.accepted) report.refused = report.rows - report.imported;
  report.totalChanges = KINDS.reduce((sum, kind) => sum + report.changes[kind].created + report.changes[kind].updated, 0);
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  if (!report.accepted) {
    report.summary = `Nothing imported from ${report.source}: ${report.fatal}`;
    return report;
  }
  const created = KINDS.reduce((sum, kind) => sum + report.changes[kind].created, 0);
  const updated = KINDS.reduce((sum, kind) => sum + report.changes[kind].updated, 0);
  const changes =
    report.totalChanges === 0 ? "no changes" : `${plural(report.totalChanges, "change")} (${created} created, ${updated} updated)`;
  report.summary =
    `${report.source}: ${plural(report.rows, "row")} read, ${report.imported} imported, ${report.refused} refused; ${changes}.` +
    (report.fatal ? ` Reading stopped: ${report.fatal}` : "");
  return report;
}

/** Writes batches of mapped rows in dependency order, remembering what this run wrote so each record is sent once. */
class BatchWriter {
  private readonly members = new Map<string, true>();
  private readonly plans = new Map<string, true>();
  private readonly institutions = new Map<string, string>();
  private readonly partners = new Map<string, string>();
  /** Records refused earlier in the run, with why: rows that need them are refused too. */
  private readonly refusedRecords = new Map<string, string>();

  constructor(
    private readonly graph: GraphClient,
    private readonly source: string,
    private readonly report: ImportReport,
  ) {}

  /** Writes one batch; returns how many of its rows were imported whole. */
  async write(batch: readonly MappedRow[]): Promise<number> {
    const failed = new Map<number, RowProblem>();
    const fail = (problems: readonly RowProblem[]) => {
      for (const problem of problems) if (!failed.has(problem.row)) failed.set(problem.row, problem);
    };
    const alive = () => batch.filter((row) => !failed.has(row.row));

    // Members and action plans: each once per run.
    const members = new Map<string, Item>();
    for (const row of batch) {
      const key = row.member.ogpCode;
      if (this.members.has(key)) continue;
      const item = members.get(key) ?? { key, input: { ...row.member }, rows: [], columnOf: fieldColumn("member") };
      item.rows.push(row.row);
      members.set(key, item);
    }
    fail(this.refusedRows(batch, (row) => [`member:${row.member.ogpCode}`]));
    for (const [key] of await this.upsert("members", "upsertMembers", "MemberUpsertInput", [...members.values()], fail, "member")) {
      this.members.set(key, true);
    }

    const plans = new Map<string, Item>();
    for (const row of alive()) {
      const key = row.actionPlan.ogpId;
      if (this.plans.has(key)) continue;
      const item = plans.get(key) ?? { key, input: { ...row.actionPlan }, rows: [], columnOf: fieldColumn("actionPlan") };
      item.rows.push(row.row);
      plans.set(key, item);
    }
    fail(this.refusedRows(alive(), (row) => [`actionPlan:${row.actionPlan.ogpId}`]));
    for (const [key] of await this.upsert(
      "actionPlans",
      "upsertActionPlans",
      "ActionPlanUpsertInput",
      [...plans.values()],
      fail,
      "actionPlan",
    )) {
      this.plans.set(key, true);
    }

    // Institutions and partners: sent without their classification first, so a re-import keeps the support unit's
    // corrections; the directory asks for it only for bodies it does not know yet.
    const institutions = new Map<string, Item & { body: Organisation & { type: "institution" }; level: string }>();
    const partners = new Map<string, Item & { body: Organisation & { type: "partner" } }>();
    for (const row of alive()) {
      for (const body of [...row.lead, ...row.supporting]) {
        const column = row.lead.includes(body) ? COLUMN.lead : COLUMN.supporting;
        if (body.type === "institution") {
          const key = institutionKey(row.member.ogpCode, body.name);
          if (this.institutions.has(key)) continue;
          const item = institutions.get(key) ?? {
            key,
            input: { memberCode: row.member.ogpCode, name: { [body.language]: body.name } },
            rows: [],
            columnOf: (field: string | null) => (field === "memberCode" ? COLUMN.memberCode : column),
            body,
            level: levelOf(row.member),
          };
          item.rows.push(row.row);
          institutions.set(key, item);
        } else {
          const country = body.kind === "MULTILATERAL" ? null : row.member.country;
          const key = partnerKey(country, body.name);
          if (this.partners.has(key)) continue;
          const item = partners.get(key) ?? {
            key,
            input: { name: body.name, country },
            rows: [],
            columnOf: () => COLUMN.supporting,
            body,
          };
          item.rows.push(row.row);
          partners.set(key, item);
        }
      }
    }
    fail(this.refusedRows(alive(), (row) => row.lead.concat(row.supporting).map((body) => bodyRecord(row, body))));
    const institutionIds = await this.upsert(
      "institutions",
      "upsertInstitutions",
      "InstitutionUpsertInput",
      [...institutions.values()],
      fail,
      "institution",
      (item) => {
        const entry = institutions.get(item.key);
        return entry ? { ...item.input, branch: entry.body.branch, level: entry.level } : item.input;
      },
    );
    for (const [key, id] of institutionIds) this.institutions.set(key, id);
    const partnerIds = await this.upsert(
      "partners",
      "upsertPartners",
      "PartnerUpsertInput",
      [...partners.values()],
      fail,
      "partner",
      (item) => {
        const entry = partners.get(item.key);
        return entry ? { ...item.input, kind: entry.body.kind } : item.input;
      },
    );
    for (const [key, id] of partnerIds) this.partners.set(key, id);
    fail(this.refusedRows(alive(), (row) => row.lead.concat(row.supporting).map((body) => bodyRecord(row, body))));

    // Commitments, then what hangs on them.
    const commitments: Item[] = alive().map((row) => {
      const ids = row.lead.concat(row.supporting.filter((body) => body.type === "institution")).map((body) => {
        return this.institutions.get(institutionKey(row.member.ogpCode, body.name)) as string;
      });
      const [leadInstitutionId = null, ...supportingInstitutionIds] = ids;
      return {
        key: row.commitment.ogpId,
        input: { ...row.commitment, leadInstitutionId, supportingInstitutionIds },
        rows: [row.row],
        columnOf: fieldColumn("commitment"),
      };
    });
    await this.upsert("commitments", "upsertCommitments", "CommitmentUpsertInput", commitments, fail, "commitment");

    const ratings: Item[] = alive().map((row) => ({
      key: row.commitment.ogpId,
      input: row.rating,
      rows: [row.row],
      columnOf: fieldColumn("rating"),
    }));
    await this.upsert("irmRatings", "upsertIrmRatings", "IrmRatingUpsertInput", ratings, fail, "IRM rating");

    const links: Item[] = alive().flatMap((row) =>
      row.supporting.flatMap((body) => {
        if (body.type !== "partner") return [];
        const partnerId = this.partners.get(partnerKey(body.kind === "MULTILATERAL" ? null : row.member.country, body.name));
        return [
          {
            key: `${row.commitment.ogpId} ${partnerId}`,
            input: { commitmentOgpId: row.commitment.ogpId, partnerId, role: "IMPLEMENTATION" },
            rows: [row.row],
            columnOf: () => COLUMN.supporting,
          },
        ];
      }),
    );
    await this.upsert("coCreationLinks", "upsertCoCreationLinks", "CoCreationLinkUpsertInput", links, fail, "co-creation link");

    addProblems(
      this.report,
      [...failed.values()].sort((a, b) => a.row - b.row),
    );
    return batch.length - failed.size;
  }

  /** Rows that need a record refused earlier in this run are refused with the same reason. */
  private refusedRows(rows: readonly MappedRow[], needs: (row: MappedRow) => string[]): RowProblem[] {
    const problems: RowProblem[] = [];
    for (const row of rows) {
      for (const record of needs(row)) {
        const why = this.refusedRecords.get(record);
        if (why) {
          problems.push({ row: row.row, column: null, message: why });
          break;
        }
      }
    }
    return problems;
  }

  /**
   * Sends items through a batch upsert, in chunks the graph accepts. A batch is all-or-nothing, so refused items are
   * reported against their rows and the rest is sent again. `complete` adds fields a new record needs that a known one
   * keeps (the graph refuses a new record without them, naming the field).
   */
  private async upsert(
    kind: Kind,
    mutation: string,
    inputType: string,
    items: Item[],
    fail: (problems: readonly RowProblem[]) => void,
    label: string,
    complete?: (item: Item) => Record<string, unknown>,
  ): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    const challenge = kind === "commitments" || kind === "irmRatings" || kind === "coCreationLinks";
    const document = challenge
      ? `mutation ($input: [${inputType}!]!, $source: String) { ${mutation}(input: $input, source: $source) { ${RESULT} } }`
      : `mutation ($input: [${inputType}!]!) { ${mutation}(input: $input) { ${RESULT} } }`;
    for (const chunk of requestSized(items)) {
      let pending = chunk;
      const completed = new Set<Item>();
      while (pending.length > 0) {
        const input = pending.map((item) => (completed.has(item) && complete ? complete(item) : item.input));
        const data = await this.graph.request<Record<string, { committed: boolean; rows: UpsertRow[] }>>(document, {
          input,
          source: this.source,
        });
        const result = data[mutation] as { committed: boolean; rows: UpsertRow[] };
        if (result.committed) {
          const count = this.report.changes[kind];
          result.rows.forEach((row, index) => {
            const item = pending[index] as Item;
            if (row.outcome === "CREATED") count.created += 1;
            else if (row.outcome === "UPDATED") count.updated += 1;
            else count.unchanged += 1;
            if (row.id) ids.set(item.key, row.id);
          });
          break;
        }
        const next: Item[] = [];
        result.rows.forEach((row, index) => {
          const item = pending[index] as Item;
          if (row.outcome !== "INVALID") {
            next.push(item);
            return;
          }
          const field = row.error?.field ?? null;
          const needsClassification = complete && !completed.has(item) && field !== null && ["branch", "level", "kind"].includes(field);
          if (needsClassification) {
            completed.add(item);
            next.push(item);
            return;
          }
          const why = `${label} ${item.key}: ${row.error?.message ?? "refused"}`;
          this.refusedRecords.set(`${recordPrefix(kind)}:${item.key}`, why);
          fail(item.rows.map((rowNumber) => ({ row: rowNumber, column: item.columnOf(field), message: why })));
        });
        pending = next;
      }
    }
    return ids;
  }
}

/** Splits items into requests the graph accepts: at most UPSERT_LIMIT rows and REQUEST_BYTES of input each. */
function requestSized(items: readonly Item[]): Item[][] {
  const chunks: Item[][] = [];
  let current: Item[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = new TextEncoder().encode(JSON.stringify(item.input)).length;
    if (current.length > 0 && (current.length >= UPSERT_LIMIT || bytes + size > REQUEST_BYTES)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function fieldColumn(kind: keyof typeof COLUMN_OF_FIELD): (field: string | null) => string | null {
  const columns = COLUMN_OF_FIELD[kind] ?? {};
  return (field) => (field ? (columns[field.split(".")[0] as string] ?? null) : null);
}

function recordPrefix(kind: Kind): string {
  return { members: "member", actionPlans: "actionPlan", institutions: "institution", partners: "partner" }[kind as string] ?? kind;
}

function institutionKey(memberCode: string, name: string): string {
  return `${memberCode} / ${name.toLowerCase()}`;
}

function partnerKey(country: string | null, name: string): string {
  return `${country ?? "international"} / ${name.toLowerCase()}`;
}

function bodyRecord(row: MappedRow, body: Organisation): string {
  return body.type === "institution"
    ? `institution:${institutionKey(row.member.ogpCode, body.name)}`
    : `partner:${partnerKey(body.kind === "MULTILATERAL" ? null : row.member.country, body.name)}`;
}

/** The level of a member's institutions: national for national members; a local member's are local, or subnational for a state or province. */
function levelOf(member: MappedRow["member"]): string {
  if (member.type !== "LOCAL") return "NATIONAL";
  return /\b(?:state|province|region|county|department|prefecture|governorate)\b/i.test(member.name) ? "SUBNATIONAL" : "LOCAL";
}
