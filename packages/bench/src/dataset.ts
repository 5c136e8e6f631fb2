// The benchmark's dataset: generated deterministically from the scale, and written through the graph's batch upserts
// (upsertMembers, upsertInstitutions, upsertCommitments, upsertMilestones) as the demo support-unit admin, exactly as
// the support unit or the IRM importer would write it. Every call stays under the subgraphs' 1 MB request body limit.

export interface DatasetSize {
  members: number;
  institutions: number;
  commitments: number;
  milestones: number;
}

/** The full size; `--scale` multiplies every count. */
export const FULL_SIZE: DatasetSize = { members: 200, institutions: 5_000, commitments: 100_000, milestones: 500_000 };

export function sizeAt(scale: number): DatasetSize {
  const at = (n: number, least: number) => Math.max(least, Math.round(n * scale));
  return {
    members: at(FULL_SIZE.members, 2),
    institutions: at(FULL_SIZE.institutions, 4),
    commitments: at(FULL_SIZE.commitments, 10),
    milestones: at(FULL_SIZE.milestones, 10),
  };
}

/** Seconds each phase took, and the calls it needed. */
export interface LoadTimings {
  phases: { name: string; rows: number; calls: number; seconds: number }[];
  totalSeconds: number;
}

const MAX_ROWS = 5000;
/** The subgraphs refuse bodies over 1,000,000 bytes; the gateway forwards the variables as they came. */
const MAX_BODY = 900_000;

const AREAS = [
  "ACCESS_TO_INFORMATION",
  "ANTI_CORRUPTION",
  "CIVIC_SPACE",
  "CLIMATE_AND_ENVIRONMENT",
  "DIGITAL_GOVERNANCE",
  "FISCAL_OPENNESS",
  "GENDER_AND_INCLUSION",
  "JUSTICE",
  "MEDIA_FREEDOM",
  "PUBLIC_PARTICIPATION",
];
const REGIONS = ["AFRICA_AND_MIDDLE_EAST", "AMERICAS", "ASIA_AND_PACIFIC", "EUROPE"];
const BRANCHES = ["EXECUTIVE", "LEGISLATIVE", "JUDICIAL", "INDEPENDENT"];
const LEVELS = ["NATIONAL", "SUBNATIONAL", "LOCAL"];
const STATUSES = ["SUBMITTED", "UNDER_REVIEW", "ELIGIBLE", "NOT_ELIGIBLE", "IN_PROGRESS", "COMPLETED"];
const MILESTONE_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE", "DELAYED", "CANCELLED"];
const VALUES = ["TRANSPARENCY", "CIVIC_PARTICIPATION", "PUBLIC_ACCOUNTABILITY"];
const TOPICS = ["open budget data", "beneficial ownership register", "access to justice", "procurement portal", "open contracting"];

/** Deterministic pseudo-random numbers (mulberry32), so a scale always gives the same dataset. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Member codes of letters only (commitment OGP ids are 2-5 letters and 4 digits): BXAAA, BXAAB, ... */
function memberCode(index: number): string {
  const letter = (n: number) => String.fromCharCode(65 + (n % 26));
  return `BX${letter(Math.floor(index / 676))}${letter(Math.floor(index / 26))}${letter(index)}`;
}

function date(year: number, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
}

export type GraphQLCaller = (query: string, variables: Record<string, unknown>) => Promise<Record<string, unknown>>;

interface UpsertOutput {
  committed: boolean;
  message: string;
  invalid: number;
  rows: { index: number; id: string | null; outcome: string; error: { message: string; field: string | null } | null }[];
}

const UPSERT_SELECTION = "{ committed message invalid rows { index id outcome error { message field } } }";

/** Splits rows into calls of at most 5000 rows and MAX_BODY bytes of JSON. */
function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const row of rows) {
    const size = JSON.stringify(row).length + 1;
    if (current.length > 0 && (current.length >= MAX_ROWS || bytes + size > MAX_BODY)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(row);
    bytes += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

async function upsertAll<T>(
  call: GraphQLCaller,
  field: string,
  inputType: string,
  rows: T[],
  timings: LoadTimings,
  log: (line: string) => void,
): Promise<(string | null)[]> {
  const started = performance.now();
  const ids: (string | null)[] = [];
  const parts = batches(rows);
  for (const [index, part] of parts.entries()) {
    const data = await call(`mutation ($input: [${inputType}!]!) { ${field}(input: $input) ${UPSERT_SELECTION} }`, { input: part });
    const result = data[field] as UpsertOutput;
    if (!result.committed) {
      const bad = result.rows.filter((row) => row.error).slice(0, 3);
      throw new Error(`${field} refused a batch: ${result.message} ${JSON.stringify(bad)}`);
    }
    for (const row of result.rows) ids.push(row.id);
    if (parts.length > 1) log(`  ${field}: ${index + 1}/${parts.length} calls, ${ids.length} rows`);
  }
  const seconds = (performance.now() - started) / 1000;
  timings.phases.push({ name: field, rows: rows.length, calls: parts.length, seconds });
  log(`  ${field}: ${rows.length} rows in ${parts.length} calls, ${seconds.toFixed(1)} s`);
  return ids;
}

/** Generates the dataset of `size` and writes it through the gateway with `call` (signed in as the support unit). */
export async function loadDataset(call: GraphQLCaller, size: DatasetSize, log: (line: string) => void): Promise<LoadTimings> {
  const rand = random(20_240_601);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const timings: LoadTimings = { phases: [], totalSeconds: 0 };
  const started = performance.now();

  const members = Array.from({ length: size.members }, (_, index) => ({
    ogpCode: memberCode(index),
    name: `Bench member ${index + 1}`,
    type: "NATIONAL",
    region: REGIONS[index % REGIONS.length],
    yearJoined: 2011 + (index % 14),
  }));
  await upsertAll(call, "upsertMembers", "MemberUpsertInput", members, timings, log);

  // Institutions spread evenly over the members; a commitment is led by one of its member's institutions.
  const institutions = Array.from({ length: size.institutions }, (_, index) => ({
    memberCode: memberCode(index % size.members),
    name: { en: `Bench institution ${index + 1}`, es: `Institución ${index + 1}` },
    branch: pick(BRANCHES),
    level: pick(LEVELS),
  }));
  const institutionIds = await upsertAll(call, "upsertInstitutions", "InstitutionUpsertInput", institutions, timings, log);
  const byMember: string[][] = Array.from({ length: size.members }, () => []);
  institutionIds.forEach((id, index) => {
    if (id) byMember[index % size.members]?.push(id);
  });

  const perMember = new Array<number>(size.members).fill(0);
  const commitmentIds: string[] = [];
  const commitments = Array.from({ length: size.commitments }, (_, index) => {
    const member = index % size.members;
    perMember[member] = (perMember[member] ?? 0) + 1;
    const ogpId = `${memberCode(member)}${String(perMember[member]).padStart(4, "0")}`;
    commitmentIds.push(ogpId);
    const leads = byMember[member] ?? [];
    const start = Math.floor(rand() * 700);
    return {
      ogpId,
      memberCode: memberCode(member),
      ...(leads.length ? { leadInstitutionId: leads[index % leads.length] } : {}),
      title: `Commitment ${index + 1}: ${pick(TOPICS)}`,
      proposedArea: pick(AREAS),
      values: [pick(VALUES)],
      status: pick(STATUSES),
      startDate: date(2024, start),
      endDate: date(2026, start),
    };
  });
  await upsertAll(call, "upsertCommitments", "CommitmentUpsertInput", commitments, timings, log);

  // Milestones round-robin over the commitments: positions 1, 2, ... (five each at the ratio).
  const milestones = Array.from({ length: size.milestones }, (_, index) => ({
    commitmentOgpId: commitmentIds[index % size.commitments],
    position: Math.floor(index / size.commitments) + 1,
    title: `Milestone ${Math.floor(index / size.commitments) + 1}`,
    dueDate: date(2025, Math.floor(rand() * 700)),
    status: pick(MILESTONE_STATUSES),
  }));
  await upsertAll(call, "upsertMilestones", "MilestoneUpsertInput", milestones, timings, log);

  timings.totalSeconds = (performance.now() - started) / 1000;
  return timings;
}
