import { AuditEntry, MemberType, Region, Role, type Viewer } from "@ogc/kit";
import { createTestSubgraph, type GraphQLResponse, type TestStore, type TestSubgraph } from "@ogc/kit/testing";
import { CoCreationEvent, CoCreationLink } from "./cocreation/cocreation.entity.js";
import { Commitment, CommitmentSuggestedArea } from "./commitment/commitment.entity.js";
import { InMemoryAccountDirectory } from "./coordination/accounts.js";
import { CoordinationCase, CoordinationCaseEvent, ParticipationIntent } from "./coordination/coordination.entity.js";
import { InMemoryDirectoryClient } from "./directory/in-memory-directory-client.js";
import { EligibilityDecision } from "./eligibility/eligibility-decision.entity.js";
import { CommitmentEvent } from "./history/commitment-event.entity.js";
import { IrmRating } from "./irm/irm-rating.entity.js";
import { Milestone } from "./milestone/milestone.entity.js";
import { ProgressReport } from "./review/progress-report.entity.js";
import { ReviewCycle } from "./review/review-cycle.entity.js";
import { createChallengeSubgraph } from "./subgraph.js";

/** Signed-in callers of every role, as the kit's `execute(..., { as })` takes them. */
export function viewer(role: Role, scope: Partial<Viewer> = {}): Viewer {
  return {
    accountId: `${role.toLowerCase()}-1`,
    role,
    memberId: null,
    institutionIds: [],
    partnerId: null,
    sessionId: "session-1",
    ...scope,
  };
}

/** Directory ids of the test world: Albania with two institutions and plans, Ghana with one institution. */
export const ALB = "00000000-0000-4000-8000-0000000000a1";
export const GHA = "00000000-0000-4000-8000-0000000000a2";
export const ARCHIVED_MEMBER = "00000000-0000-4000-8000-0000000000a3";
export const MINISTRY = "00000000-0000-4000-8000-0000000000b1";
export const ASSEMBLY = "00000000-0000-4000-8000-0000000000b2";
export const OMBUDSMAN = "00000000-0000-4000-8000-0000000000b3";
export const GHANA_MINISTRY = "00000000-0000-4000-8000-0000000000b4";
export const ARCHIVED_INSTITUTION = "00000000-0000-4000-8000-0000000000b5";
export const DRAFT_PLAN = "00000000-0000-4000-8000-0000000000c1";
export const OPEN_PLAN = "00000000-0000-4000-8000-0000000000c2";
export const CLOSED_PLAN = "00000000-0000-4000-8000-0000000000c3";
export const ENDED_PLAN = "00000000-0000-4000-8000-0000000000c4";
export const GHANA_PLAN = "00000000-0000-4000-8000-0000000000c5";
/** Partners the directory knows: a civil-society organisation, and one archived. */
export const CSO = "00000000-0000-4000-8000-0000000000d1";
export const ARCHIVED_PARTNER = "00000000-0000-4000-8000-0000000000d2";

export const supportUnit = viewer(Role.SUPPORT_UNIT);
export const supportAdmin = viewer(Role.SUPPORT_UNIT_ADMIN);
export const apiClient = viewer(Role.API_CLIENT);
export const partnerEditor = viewer(Role.PARTNER_EDITOR, { partnerId: "partner-1" });
/** An officer of Albania's ministry (and its ombudsman). */
export const officer = viewer(Role.INSTITUTION_OFFICER, { accountId: "officer-1", memberId: ALB, institutionIds: [MINISTRY, OMBUDSMAN] });
/** An officer of Albania's assembly only. */
export const otherOfficer = viewer(Role.INSTITUTION_OFFICER, { accountId: "officer-2", memberId: ALB, institutionIds: [ASSEMBLY] });
/** An officer of Ghana's ministry. */
export const ghanaOfficer = viewer(Role.INSTITUTION_OFFICER, { accountId: "officer-3", memberId: GHA, institutionIds: [GHANA_MINISTRY] });

/** A date `days` from today (UTC), YYYY-MM-DD. */
export function shift(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The directory the tests check references against. */
export function testDirectory(): InMemoryDirectoryClient {
  const directory = new InMemoryDirectoryClient();
  directory.addMember(ALB, "ALB", false, { type: MemberType.NATIONAL, region: Region.EUROPE });
  directory.addMember(GHA, "GHA", false, { type: MemberType.NATIONAL, region: Region.AFRICA_AND_MIDDLE_EAST });
  directory.addMember(ARCHIVED_MEMBER, "XKX", true, { type: MemberType.OTHER, region: Region.EUROPE });
  directory.addInstitution(MINISTRY, ALB);
  directory.addInstitution(ASSEMBLY, ALB, { branch: "LEGISLATIVE" });
  directory.addInstitution(OMBUDSMAN, ALB, { branch: "INDEPENDENT" });
  directory.addInstitution(GHANA_MINISTRY, GHA);
  directory.addInstitution(ARCHIVED_INSTITUTION, ALB, { archived: true });
  directory.addPartner("partner-1");
  directory.addPartner(CSO);
  directory.addPartner(ARCHIVED_PARTNER, true);
  const window = { opensOn: shift(-10), closesOn: shift(10), isOpen: true };
  directory.addActionPlan({
    id: DRAFT_PLAN,
    ogpId: "AP_ALB08",
    memberId: ALB,
    startDate: shift(-30),
    endDate: shift(700),
    status: "DRAFT",
    amendmentWindow: null,
  });
  directory.addActionPlan({
    id: OPEN_PLAN,
    ogpId: "AP_ALB07",
    memberId: ALB,
    startDate: shift(-400),
    endDate: shift(400),
    status: "IN_IMPLEMENTATION",
    amendmentWindow: window,
  });
  directory.addActionPlan({
    id: CLOSED_PLAN,
    ogpId: "AP_ALB06",
    memberId: ALB,
    startDate: shift(-400),
    endDate: shift(400),
    status: "SUBMITTED",
    amendmentWindow: { opensOn: shift(-100), closesOn: shift(-50), isOpen: false },
  });
  directory.addActionPlan({
    id: ENDED_PLAN,
    ogpId: "AP_ALB05",
    memberId: ALB,
    startDate: "2020-01-01",
    endDate: "2022-12-31",
    status: "ENDED",
    amendmentWindow: null,
  });
  directory.addActionPlan({
    id: GHANA_PLAN,
    ogpId: "AP_GHA05",
    memberId: GHA,
    startDate: shift(-30),
    endDate: shift(700),
    status: "DRAFT",
    amendmentWindow: null,
  });
  return directory;
}

/** The identity accounts the tests name: the support unit's, a second support-unit account, a disabled one, an officer's. */
export const SECOND_SUPPORT = "support-2";
export const DISABLED_SUPPORT = "support-disabled";
export function testAccounts(): InMemoryAccountDirectory {
  const accounts = new InMemoryAccountDirectory();
  accounts.add(supportUnit.accountId, Role.SUPPORT_UNIT);
  accounts.add(SECOND_SUPPORT, Role.SUPPORT_UNIT_ADMIN);
  accounts.add(DISABLED_SUPPORT, Role.SUPPORT_UNIT, "DISABLED");
  accounts.add(officer.accountId, Role.INSTITUTION_OFFICER);
  return accounts;
}

export interface Harness {
  subgraph: TestSubgraph;
  directory: InMemoryDirectoryClient;
  accounts: InMemoryAccountDirectory;
  close(): Promise<void>;
}

/** The challenge subgraph on a fresh store, against an in-memory directory and identity. */
export async function createHarness(store: TestStore): Promise<Harness> {
  const directory = testDirectory();
  const accounts = testAccounts();
  const subgraph = await createTestSubgraph(createChallengeSubgraph({ directory, accounts }), store);
  return { subgraph, directory, accounts, close: () => subgraph.close() };
}

/** The data of a response that must have succeeded; fails loudly with its errors otherwise. */
export function ok<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/** The result of a batch upsert, as the tests read it. */
export interface UpsertOutcomes {
  committed: boolean;
  dryRun: boolean;
  message: string;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  invalid: number;
  skipped: number;
  rows: {
    index: number;
    key: string;
    outcome: string;
    id: string | null;
    error: { code: string; field: string | null; message: string } | null;
  }[];
}

/** The selection of `UpsertOutcomes`. */
export const UPSERT_RESULT =
  "committed dryRun message total created updated unchanged invalid skipped rows { index key outcome id error { code field message } }";

/** The first error of a response that must have failed. */
export function firstError(response: GraphQLResponse<unknown>): { message: string; code: unknown; field: unknown } {
  const error = response.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
  return { message: error.message, code: error.extensions?.code, field: error.extensions?.field };
}

/** How many rows each table holds, audit log included: compare before and after a refused write. */
export async function tableCounts(subgraph: TestSubgraph): Promise<Record<string, number>> {
  const repo = (target: Parameters<TestSubgraph["dataSource"]["getRepository"]>[0]) => subgraph.dataSource.getRepository(target).count();
  return {
    commitment: await repo(Commitment),
    milestone: await repo(Milestone),
    decision: await repo(EligibilityDecision),
    event: await repo(CommitmentEvent),
    cycle: await repo(ReviewCycle),
    report: await repo(ProgressReport),
    rating: await repo(IrmRating),
    intent: await repo(ParticipationIntent),
    coCreation: await repo(CoCreationLink),
    coCreationEvent: await repo(CoCreationEvent),
    suggestedArea: await repo(CommitmentSuggestedArea),
    coordinationCase: await repo(CoordinationCase),
    caseEvent: await repo(CoordinationCaseEvent),
    audit: await repo(AuditEntry),
  };
}

export interface Created {
  id: string;
  version: number;
  status: string;
}

/** A valid standalone commitment of Albania's ministry, with one future milestone. */
export function commitmentInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    pathway: "STANDALONE",
    memberId: ALB,
    leadInstitutionId: MINISTRY,
    supportingInstitutionIds: [ASSEMBLY],
    title: "Open beneficial ownership register",
    summary: "Publish who really owns companies bidding for public contracts.",
    problem: "Ownership of bidders is opaque.",
    reform: "A public, machine-readable register.",
    expectedResults: "Fewer conflicts of interest in procurement.",
    proposedArea: "ANTI_CORRUPTION",
    values: ["TRANSPARENCY", "PUBLIC_ACCOUNTABILITY"],
    language: "EN",
    startDate: shift(-10),
    endDate: "2027-12-31",
    milestones: [{ title: "Register law adopted", expectedOutput: "A published law", dueDate: shift(200) }],
    ...overrides,
  };
}

export const CREATE =
  "mutation ($input: CreateCommitmentInput!, $key: String) { createCommitment(input: $input, idempotencyKey: $key) { id version status } }";
export const CHANGE_STATUS =
  "mutation ($input: ChangeCommitmentStatusInput!) { changeCommitmentStatus(input: $input) { id version status } }";
export const DECIDE = "mutation ($input: DecideEligibilityInput!) { decideEligibility(input: $input) { id version status } }";
export const ASSIGN =
  "mutation ($input: AssignChallengeAreaInput!) { assignChallengeArea(input: $input) { id version status assignedAreaCode } }";

/** Builders: act through the API and return what they made. */
export async function createCommitment(
  subgraph: TestSubgraph,
  overrides: Record<string, unknown> = {},
  as: Viewer = officer,
): Promise<Created> {
  return ok(await subgraph.execute<{ createCommitment: Created }>(CREATE, { as, variables: { input: commitmentInput(overrides) } }))
    .createCommitment;
}

export async function changeStatus(subgraph: TestSubgraph, commitment: Created, to: string, as: Viewer = supportUnit): Promise<Created> {
  return ok(
    await subgraph.execute<{ changeCommitmentStatus: Created }>(CHANGE_STATUS, {
      as,
      variables: { input: { id: commitment.id, version: commitment.version, to } },
    }),
  ).changeCommitmentStatus;
}

export async function decide(subgraph: TestSubgraph, commitment: Created, criterion: string, outcome: string): Promise<Created> {
  return ok(
    await subgraph.execute<{ decideEligibility: Created }>(DECIDE, {
      as: supportUnit,
      variables: {
        input: { commitmentId: commitment.id, version: commitment.version, criterion, outcome, reason: `Checked ${criterion}.` },
      },
    }),
  ).decideEligibility;
}

export async function assignArea(subgraph: TestSubgraph, commitment: Created, area = "ANTI_CORRUPTION"): Promise<Created> {
  return ok(
    await subgraph.execute<{ assignChallengeArea: Created }>(ASSIGN, {
      as: supportUnit,
      variables: { input: { id: commitment.id, version: commitment.version, area } },
    }),
  ).assignChallengeArea;
}

export const CRITERIA = ["THEMATIC_RELEVANCE", "FORWARD_LOOKING", "OPEN_GOVERNMENT_RELEVANCE", "GOVERNMENT_LED"] as const;

/** Takes a new commitment through submission, review, area assignment and four MET decisions to `target`. */
export async function commitmentIn(subgraph: TestSubgraph, target: string, overrides: Record<string, unknown> = {}): Promise<Created> {
  let current = await createCommitment(subgraph, overrides);
  if (target === "DRAFT") return current;
  current = await changeStatus(subgraph, current, "SUBMITTED", officer);
  if (target === "SUBMITTED") return current;
  current = await changeStatus(subgraph, current, "UNDER_REVIEW");
  if (target === "UNDER_REVIEW") return current;
  if (target === "NOT_ELIGIBLE") {
    current = await decide(subgraph, current, "FORWARD_LOOKING", "NOT_MET");
    return changeStatus(subgraph, current, "NOT_ELIGIBLE");
  }
  current = await assignArea(subgraph, current);
  for (const criterion of CRITERIA) current = await decide(subgraph, current, criterion, "MET");
  current = await changeStatus(subgraph, current, "ELIGIBLE");
  if (target === "ELIGIBLE") return current;
  if (target === "WITHDRAWN") return changeStatus(subgraph, current, "WITHDRAWN", officer);
  current = await changeStatus(subgraph, current, "IN_PROGRESS", officer);
  if (target === "IN_PROGRESS") return current;
  return changeStatus(subgraph, current, "COMPLETED", officer);
}
