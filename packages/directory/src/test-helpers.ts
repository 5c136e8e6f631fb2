import { AuditEntry, Role, type Viewer } from "@ogc/kit";
import type { GraphQLResponse, TestSubgraph } from "@ogc/kit/testing";
import { ActionPlan } from "./action-plan/action-plan.entity.js";
import { ContactPerson } from "./contact/contact-person.entity.js";
import { Institution } from "./institution/institution.entity.js";
import { Member } from "./member/member.entity.js";
import { Partner } from "./partner/partner.entity.js";

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

export const supportUnit = viewer(Role.SUPPORT_UNIT);
export const supportAdmin = viewer(Role.SUPPORT_UNIT_ADMIN);
export const apiClient = viewer(Role.API_CLIENT);

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
    member: await repo(Member),
    institution: await repo(Institution),
    partner: await repo(Partner),
    actionPlan: await repo(ActionPlan),
    contact: await repo(ContactPerson),
    audit: await repo(AuditEntry),
  };
}

let sequence = 0;

/** A unique OGP-code-shaped suffix, so builders never collide inside one suite. */
export function unique(prefix = "T"): string {
  sequence += 1;
  return `${prefix}${sequence.toString(36).toUpperCase().padStart(3, "0")}`;
}

export interface Created {
  id: string;
  version: number;
}

/** Builders: create through the API as the support unit and return what they made. */
export async function createMember(subgraph: TestSubgraph, input: Record<string, unknown> = {}): Promise<Created & { ogpCode: string }> {
  const data = ok(
    await subgraph.execute<{ createMember: Created & { ogpCode: string } }>(
      "mutation ($input: CreateMemberInput!) { createMember(input: $input) { id version ogpCode } }",
      {
        as: supportUnit,
        variables: {
          input: {
            ogpCode: unique("N"),
            name: `Member ${unique()}`,
            type: "NATIONAL",
            country: "ALB",
            region: "EUROPE",
            yearJoined: 2011,
            ...input,
          },
        },
      },
    ),
  );
  return data.createMember;
}

export async function createInstitution(subgraph: TestSubgraph, memberId: string, input: Record<string, unknown> = {}): Promise<Created> {
  const data = ok(
    await subgraph.execute<{ createInstitution: Created }>(
      "mutation ($input: CreateInstitutionInput!) { createInstitution(input: $input) { id version } }",
      {
        as: supportUnit,
        variables: { input: { memberId, name: { en: `Institution ${unique()}` }, branch: "EXECUTIVE", level: "NATIONAL", ...input } },
      },
    ),
  );
  return data.createInstitution;
}

export async function createPartner(subgraph: TestSubgraph, input: Record<string, unknown> = {}): Promise<Created> {
  const data = ok(
    await subgraph.execute<{ createPartner: Created }>(
      "mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id version } }",
      {
        as: supportUnit,
        variables: { input: { name: `Partner ${unique()}`, kind: "CIVIL_SOCIETY", country: "GHA", ...input } },
      },
    ),
  );
  return data.createPartner;
}

export async function createActionPlan(subgraph: TestSubgraph, memberId: string, input: Record<string, unknown> = {}): Promise<Created> {
  const data = ok(
    await subgraph.execute<{ createActionPlan: Created }>(
      "mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id version } }",
      {
        as: supportUnit,
        variables: {
          input: {
            memberId,
            ogpId: `AP_${unique("P")}01`,
            number: 1,
            startDate: "2024-01-01",
            endDate: "2025-12-31",
            lengthYears: 2,
            ...input,
          },
        },
      },
    ),
  );
  return data.createActionPlan;
}

export async function addContact(subgraph: TestSubgraph, input: Record<string, unknown>): Promise<Created> {
  const data = ok(
    await subgraph.execute<{ addContact: Created }>("mutation ($input: AddContactInput!) { addContact(input: $input) { id version } }", {
      as: supportUnit,
      variables: { input: { name: "Jane Example", email: "jane@example.org", phone: "+355 4 222 0000", ...input } },
    }),
  );
  return data.addContact;
}
