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

  it("refuses a local member without a country, naming the field, and writes nothing", async () => {
    const count = async () =>
      (await graphql<{ members: { totalCount: number } }>(stack.gatewayUrl, "{ members(filter: { type: LOCAL }) { totalCount } }")).data
        ?.members.totalCount;
    const before = await count();
    const result = await graphql(
      stack.gatewayUrl,
      `mutation { createMember(input: { ogpCode: "FRPA", name: "Paris", type: LOCAL, region: EUROPE }) { id } }`,
      {},
      { authorization: `Bearer ${supportToken}` },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "country" });
    expect(await count()).toBe(before);
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
