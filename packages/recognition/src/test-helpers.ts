import { AuditEntry, Role, type Viewer } from "@ogc/kit";
import { createTestSubgraph, type GraphQLResponse, type TestStore, type TestSubgraph } from "@ogc/kit/testing";
import { AwardCycle } from "./award-cycle/award-cycle.entity.js";
import { AwardNomination } from "./nomination/award-nomination.entity.js";
import { InMemoryReferenceChecker } from "./references/in-memory-reference-checker.js";
import type { CommitmentReference } from "./references/reference-checker.js";
import { Story } from "./story/story.entity.js";
import { createRecognitionSubgraph } from "./subgraph.js";

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

export const MEMBER_ALB = "member-alb";
export const MEMBER_ARG = "member-arg";
export const PARTNER_ID = "partner-poder-ciudadano";

export const supportUnit = viewer(Role.SUPPORT_UNIT);
export const supportAdmin = viewer(Role.SUPPORT_UNIT_ADMIN);
export const apiClient = viewer(Role.API_CLIENT);
export const partnerEditor = viewer(Role.PARTNER_EDITOR, { partnerId: PARTNER_ID });
export const otherPartnerEditor = viewer(Role.PARTNER_EDITOR, { accountId: "partner-editor-2", partnerId: "partner-other" });
export const officer = viewer(Role.INSTITUTION_OFFICER, { memberId: MEMBER_ALB, institutionIds: ["institution-alb-1"] });

/** Commitments the in-memory challenge subgraph knows: Albania's in every status of interest, and one of Argentina. */
export const COMMITMENTS: Record<string, CommitmentReference> = {
  inProgress: { id: "c-al0002", ogpId: "AL0002", status: "IN_PROGRESS", member: { id: MEMBER_ALB } },
  completed: { id: "c-al0003", ogpId: "AL0003", status: "COMPLETED", member: { id: MEMBER_ALB } },
  draft: { id: "c-al0004", ogpId: "AL0004", status: "DRAFT", member: { id: MEMBER_ALB } },
  withoutOgpId: { id: "c-new", ogpId: null, status: "ELIGIBLE", member: { id: MEMBER_ALB } },
  argentina: { id: "c-ar0001", ogpId: "AR0001", status: "IN_PROGRESS", member: { id: MEMBER_ARG } },
};

export interface TestRecognition extends TestSubgraph {
  references: InMemoryReferenceChecker;
}

/** The subgraph on a fresh database, with an in-memory directory and challenge subgraph that know the test data. */
export async function createTestRecognition(store: TestStore): Promise<TestRecognition> {
  const references = new InMemoryReferenceChecker();
  references.addMember(MEMBER_ALB);
  references.addMember(MEMBER_ARG);
  for (const commitment of Object.values(COMMITMENTS)) references.addCommitment(commitment);
  const subgraph = await createTestSubgraph(createRecognitionSubgraph(references), store);
  return Object.assign(subgraph, { references });
}

/** The data of a response that must have succeeded; fails loudly with its errors otherwise. */
export function ok<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return response.data;
}

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
    story: await repo(Story),
    awardCycle: await repo(AwardCycle),
    nomination: await repo(AwardNomination),
    audit: await repo(AuditEntry),
  };
}

export interface Created {
  id: string;
  version: number;
}

const STORY = "mutation ($input: SubmitStoryInput!) { submitStory(input: $input) { id version status } }";

/** Builders: write through the API and return what they made. */
export async function submitStory(
  subgraph: TestSubgraph,
  input: Record<string, unknown> = {},
  as: Viewer = partnerEditor,
): Promise<Created> {
  const data = ok(
    await subgraph.execute<{ submitStory: Created }>(STORY, {
      as,
      variables: {
        input: {
          title: "Contracts in the open",
          body: "<p>The city now publishes every contract.</p>",
          language: "EN",
          areas: ["ANTI_CORRUPTION"],
          memberId: MEMBER_ALB,
          ...input,
        },
      },
    }),
  );
  return data.submitStory;
}

export async function publishStory(subgraph: TestSubgraph, story: Created): Promise<Created> {
  return ok(
    await subgraph.execute<{ publishStory: Created }>(
      "mutation ($id: ID!, $version: Int!) { publishStory(id: $id, version: $version) { id version } }",
      {
        as: supportUnit,
        variables: { id: story.id, version: story.version },
      },
    ),
  ).publishStory;
}

export async function openAwardCycle(subgraph: TestSubgraph, input: Record<string, unknown> = {}): Promise<Created> {
  return ok(
    await subgraph.execute<{ openAwardCycle: Created }>(
      "mutation ($input: OpenAwardCycleInput!) { openAwardCycle(input: $input) { id version } }",
      {
        as: supportUnit,
        variables: { input: { name: "Open Gov Challenge Awards 2027", opensOn: "2027-01-15", closesOn: "2027-04-30", ...input } },
      },
    ),
  ).openAwardCycle;
}

export async function submitNomination(
  subgraph: TestSubgraph,
  cycleId: string,
  input: Record<string, unknown> = {},
  as: Viewer = partnerEditor,
): Promise<Created> {
  return ok(
    await subgraph.execute<{ submitNomination: Created }>(
      "mutation ($input: SubmitNominationInput!) { submitNomination(input: $input) { id version } }",
      {
        as,
        variables: {
          input: {
            cycleId,
            memberId: MEMBER_ALB,
            commitmentIds: [COMMITMENTS.inProgress?.id],
            rationale: "Albania opened every public contract.",
            ...input,
          },
        },
      },
    ),
  ).submitNomination;
}

export async function acceptNomination(subgraph: TestSubgraph, nomination: Created): Promise<Created> {
  return ok(
    await subgraph.execute<{ acceptNomination: Created }>(
      "mutation ($id: ID!, $version: Int!) { acceptNomination(id: $id, version: $version) { id version } }",
      { as: supportUnit, variables: { id: nomination.id, version: nomination.version } },
    ),
  ).acceptNomination;
}
