import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, type Stack, startTestStack } from "./stack.js";

let stack: Stack & { dispose(): Promise<void> };
let supportToken: string;

beforeAll(async () => {
  stack = await startTestStack(500, false);
  const signIn = await graphql<{ signIn: { accessToken: string } }>(
    stack.gatewayUrl,
    `mutation { signIn(email: "support@ogc.example", password: "demo-support-password") { accessToken } }`,
  );
  supportToken = signIn.data?.signIn.accessToken ?? "";
});
afterAll(() => stack?.dispose());

interface MemberPage {
  members: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { ogpCode: string; type: string; institutions: { id: string; name: string }[] } }[];
  };
}

const MEMBERS = `query ($after: String) {
  members(first: 2, after: $after, filter: { type: NATIONAL }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ogpCode type institutions { id name } } }
  }
}`;

describe("the directory through the gateway", () => {
  it("pages through the national members with totalCount, pageInfo and each member's institutions", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 20; page += 1) {
      const result: Awaited<ReturnType<typeof graphql<MemberPage>>> = await graphql<MemberPage>(stack.gatewayUrl, MEMBERS, { after });
      expect(result.errors).toBeUndefined();
      const members = result.data?.members;
      if (!members) throw new Error("no members");
      total = members.totalCount;
      for (const edge of members.edges) {
        expect(edge.node.type).toBe("NATIONAL");
        seen.push(edge.node.ogpCode);
      }
      if (!members.pageInfo.hasNextPage) break;
      after = members.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(2);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const albania = await graphql<{ memberByOgpCode: { name: string; institutions: { name: string }[] } }>(
      stack.gatewayUrl,
      `{ memberByOgpCode(code: "ALB") { name institutions { name } } }`,
    );
    expect(albania.data?.memberByOgpCode.name).toBe("Albania");
    expect(albania.data?.memberByOgpCode.institutions.length).toBeGreaterThan(0);
  });

  it("gives an anonymous caller no contact person, and the support unit all of them", async () => {
    const query = "{ institutions(first: 50) { edges { node { name contacts { name email } } } } }";
    const anonymous = await graphql<{ institutions: unknown }>(stack.gatewayUrl, query);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(JSON.stringify(anonymous.data ?? {})).not.toMatch(/@/);

    const support = await graphql<{ institutions: { edges: { node: { contacts: { email: string }[] } }[] } }>(
      stack.gatewayUrl,
      query,
      {},
      {
        authorization: `Bearer ${supportToken}`,
      },
    );
    expect(support.errors).toBeUndefined();
    expect(support.data?.institutions.edges.some((edge) => edge.node.contacts.some((contact) => contact.email.includes("@")))).toBe(true);
  });

  // Each validation rule of the directory, through the gateway: the error names the field, and nothing is written.
  const support = () => ({ authorization: `Bearer ${supportToken}` });
  const totals = async () => {
    const result = await graphql<Record<string, { totalCount: number }>>(
      stack.gatewayUrl,
      "{ m: members(filter: { includeArchived: true }) { totalCount } i: institutions(filter: { includeArchived: true }) { totalCount } a: actionPlans(filter: { includeArchived: true }) { totalCount } }",
    );
    const contacts = await graphql<{ institutions: { edges: { node: { contacts: unknown[] } }[] } }>(
      stack.gatewayUrl,
      "{ institutions(first: 100) { edges { node { contacts { id } } } } }",
      {},
      support(),
    );
    const contactCount = contacts.data?.institutions.edges.reduce((sum, edge) => sum + edge.node.contacts.length, 0);
    return {
      members: result.data?.m.totalCount,
      institutions: result.data?.i.totalCount,
      plans: result.data?.a.totalCount,
      contacts: contactCount,
    };
  };
  const refused = async (operation: string, expected: { code: string; field: string }) => {
    const before = await totals();
    const result = await graphql(stack.gatewayUrl, operation, {}, support());
    expect(result.errors?.[0]?.extensions).toMatchObject(expected);
    expect(result.errors?.[0]?.message.length).toBeGreaterThan(10);
    expect(await totals()).toEqual(before);
  };
  const albaniaId = async () =>
    (await graphql<{ memberByOgpCode: { id: string } }>(stack.gatewayUrl, `{ memberByOgpCode(code: "ALB") { id } }`)).data?.memberByOgpCode
      .id;

  it("refuses a local member without a country", async () => {
    await refused(`mutation { createMember(input: { ogpCode: "FRPA", name: "Paris", type: LOCAL, region: EUROPE }) { id } }`, {
      code: "BAD_USER_INPUT",
      field: "country",
    });
  });

  it("refuses a duplicate OGP code", async () => {
    await refused(
      `mutation { createMember(input: { ogpCode: "ALB", name: "Albania again", type: NATIONAL, country: "ALB", region: EUROPE }) { id } }`,
      {
        code: "CONFLICT",
        field: "ogpCode",
      },
    );
  });

  it("refuses an institution of an unknown member", async () => {
    await refused(
      `mutation { createInstitution(input: { memberId: "00000000-0000-4000-8000-000000000000", name: { en: "Ministry of Nowhere" }, branch: EXECUTIVE, level: NATIONAL }) { id } }`,
      { code: "BAD_USER_INPUT", field: "memberId" },
    );
  });

  it("refuses an action plan that ends before it starts", async () => {
    await refused(
      `mutation { createActionPlan(input: { memberId: "${await albaniaId()}", ogpId: "AP_ALB09", number: 9, startDate: "2027-06-30", endDate: "2025-07-01", lengthYears: 2 }) { id } }`,
      { code: "BAD_USER_INPUT", field: "endDate" },
    );
  });

  it("refuses a contact whose e-mail is not one", async () => {
    const institutions = await graphql<{ memberByOgpCode: { institutions: { id: string }[] } }>(
      stack.gatewayUrl,
      `{ memberByOgpCode(code: "ALB") { institutions { id } } }`,
    );
    const institutionId = institutions.data?.memberByOgpCode.institutions[0]?.id;
    await refused(
      `mutation { addContact(input: { institutionId: "${institutionId}", name: "A. Person", email: "a.person-at-example.org" }) { id } }`,
      {
        code: "BAD_USER_INPUT",
        field: "email",
      },
    );
  });
});

describe("the demo accounts", () => {
  it("scope the officer to real institutions of Albania and the editor to a real partner", async () => {
    expect(stack.demo?.institutionIds).toHaveLength(2);
    const signIn = await graphql<{ signIn: { account: { memberId: string; institutionIds: string[] } } }>(
      stack.gatewayUrl,
      `mutation { signIn(email: "officer@ogc.example", password: "demo-officer-password") { account { memberId institutionIds } } }`,
    );
    const account = signIn.data?.signIn.account;
    const albania = await graphql<{ memberByOgpCode: { id: string } }>(stack.gatewayUrl, `{ memberByOgpCode(code: "ALB") { id } }`);
    expect(account?.memberId).toBe(albania.data?.memberByOgpCode.id);
    expect(account?.institutionIds).toEqual(stack.demo?.institutionIds);
  });
});
