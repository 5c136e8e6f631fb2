import "reflect-metadata";
import { createTestSubgraph, type TestSubgraph, testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directorySubgraph } from "../subgraph.js";
import { createInstitution, createMember, firstError, ok, supportUnit, tableCounts } from "../test-helpers.js";

interface Page {
  members: {
    totalCount: number;
    edges: {
      cursor: string;
      node: { id: string; ogpCode: string; name: string; type: string; institutions: { id: string; name: string }[] };
    }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
}

const PAGE = `query ($first: Int, $after: String, $filter: MemberFilter) {
  members(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { cursor node { id ogpCode name type institutions { id name } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe.each(testStores)("members on %s", (store) => {
  let directory: TestSubgraph;
  const nationals: { id: string; ogpCode: string }[] = [];

  beforeAll(async () => {
    directory = await createTestSubgraph(directorySubgraph, store);
    // 45 national members with 2 institutions each, 5 local members that the filter must leave out.
    for (let i = 0; i < 45; i += 1) {
      const member = await createMember(directory, {
        ogpCode: `N${String(i).padStart(2, "0")}`,
        name: `Nation ${String(i).padStart(2, "0")}`,
      });
      nationals.push(member);
      await createInstitution(directory, member.id, { name: { en: `Ministry of Finance ${i}` } });
      await createInstitution(directory, member.id, { name: { es: `Congreso ${i}` }, branch: "LEGISLATIVE" });
    }
    for (let i = 0; i < 5; i += 1)
      await createMember(directory, { ogpCode: `L${i}CT`, name: `Town ${i}`, type: "LOCAL", country: "ARG", region: "AMERICAS" });
  });
  afterAll(() => directory.close());

  it("pages through every national member, 20 at a time, with totalCount, pageInfo and their institutions", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page = ok(await directory.execute<Page>(PAGE, { variables: { first: 20, after, filter: { type: "NATIONAL" } } }));
      const { totalCount, edges, pageInfo } = page.members;
      expect(totalCount).toBe(45);
      expect(pageInfo.hasPreviousPage).toBe(after !== null);
      expect(pageInfo.startCursor).toBe(edges[0]?.cursor ?? null);
      expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
      for (const { node } of edges) {
        expect(node.type).toBe("NATIONAL");
        const n = Number(node.ogpCode.slice(1));
        expect(node.institutions.map((institution) => institution.name).sort()).toEqual([`Congreso ${n}`, `Ministry of Finance ${n}`]);
      }
      seen.push(...edges.map((edge) => edge.node.ogpCode));
      pages += 1;
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(nationals.map((member) => member.ogpCode));
  });

  it("loads a page of members with their institutions in a bounded number of statements, whatever the page size", async () => {
    const measure = async (first: number) =>
      (await directory.counter.measure(() => directory.execute(PAGE, { variables: { first, filter: { type: "NATIONAL" } } }))).statements;
    const small = await measure(2);
    const large = await measure(20);
    // count + page + one batched load of institutions
    expect(large).toBe(3);
    expect(small).toBe(large);
    const withPlans = await directory.counter.measure(() =>
      directory.execute("{ members(first: 20) { edges { node { institutions { member { name } } actionPlans { id } } } } }"),
    );
    // page + institutions + plans + the institutions' members, each batched once however many rows (no totalCount
    // asked, so no count)
    expect(withPlans.statements).toBe(4);
  });

  it("resolves Member references by id and by OGP code in one statement per key", async () => {
    const representations = [
      ...nationals.slice(0, 10).map((member) => ({ __typename: "Member", id: member.id })),
      { __typename: "Member", ogpCode: "N44" },
      { __typename: "Member", ogpCode: "NOPE" },
    ];
    const { result, statements } = await directory.counter.measure(() =>
      directory.execute<{ _entities: ({ ogpCode: string } | null)[] }>(
        "query ($r: [_Any!]!) { _entities(representations: $r) { ... on Member { ogpCode } } }",
        { variables: { r: representations } },
      ),
    );
    expect(ok(result)._entities).toEqual([
      ...nationals.slice(0, 10).map((member) => ({ ogpCode: member.ogpCode })),
      { ogpCode: "N44" },
      null,
    ]);
    expect(statements).toBe(2);
  });

  it("finds a member by id and by its OGP code, exactly as written", async () => {
    const member = await createMember(directory, {
      ogpCode: "ARBA",
      name: "Buenos Aires, Argentina",
      type: "LOCAL",
      country: "ARG",
      region: "AMERICAS",
    });
    const data = ok(
      await directory.execute<{ byId: { ogpCode: string }; byCode: { id: string; country: string }; lower: null }>(
        `query ($id: ID!) { byId: member(id: $id) { ogpCode } byCode: memberByOgpCode(code: "ARBA") { id country } lower: memberByOgpCode(code: "arba") { id } }`,
        { variables: { id: member.id } },
      ),
    );
    expect(data).toEqual({ byId: { ogpCode: "ARBA" }, byCode: { id: member.id, country: "ARG" }, lower: null });
  });

  it("filters by region and searches names, and sorts by name descending", async () => {
    const data = ok(
      await directory.execute<{ members: { totalCount: number; edges: { node: { name: string } }[] } }>(
        `{ members(first: 3, filter: { region: AMERICAS, search: "town" }, orderBy: NAME_DESC) { totalCount edges { node { name } } } }`,
      ),
    );
    expect(data.members.totalCount).toBe(5);
    expect(data.members.edges.map((edge) => edge.node.name)).toEqual(["Town 4", "Town 3", "Town 2"]);
  });

  it("hides archived members unless asked, and still resolves them by id", async () => {
    const member = await createMember(directory, { ogpCode: "ZZARC", name: "Archived Nation" });
    ok(
      await directory.execute("mutation ($id: ID!) { archiveMember(id: $id, version: 1) { archived } }", {
        as: supportUnit,
        variables: { id: member.id },
      }),
    );
    const query = `query ($filter: MemberFilter) { members(first: 5, filter: $filter) { totalCount } }`;
    expect(
      ok(await directory.execute<{ members: { totalCount: number } }>(query, { variables: { filter: { search: "Archived" } } })).members
        .totalCount,
    ).toBe(0);
    expect(
      ok(
        await directory.execute<{ members: { totalCount: number } }>(query, {
          variables: { filter: { search: "Archived", includeArchived: true } },
        }),
      ).members.totalCount,
    ).toBe(1);
    expect(
      ok(await directory.execute<{ member: { archived: boolean } }>(`{ member(id: "${member.id}") { archived } }`)).member.archived,
    ).toBe(true);
  });

  it("refuses a cursor it did not give out", async () => {
    const error = firstError(await directory.execute(PAGE, { variables: { first: 5, after: "not-a-cursor" } }));
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });

  describe("validation: a refused write names the field and changes nothing", () => {
    const CREATE = "mutation ($input: CreateMemberInput!) { createMember(input: $input) { id } }";
    const valid = { ogpCode: "VALID", name: "Valid", type: "NATIONAL", country: "ALB", region: "EUROPE" };
    const cases: [string, Record<string, unknown>, string, string, RegExp][] = [
      ["a duplicate OGP code", { ogpCode: "N00" }, "CONFLICT", "ogpCode", /already has the OGP code N00/],
      ["a lower-case OGP code (kept as given, never rewritten)", { ogpCode: "alb" }, "BAD_USER_INPUT", "ogpCode", /not an OGP member code/],
      [
        "a local member without a country",
        { type: "LOCAL", country: null },
        "BAD_USER_INPUT",
        "country",
        /local member belongs to a country/,
      ],
      ["a country that is no ISO alpha-3 code", { country: "XYZ" }, "BAD_USER_INPUT", "country", /not an ISO 3166-1 alpha-3/],
      ["a blank name", { name: "   " }, "BAD_USER_INPUT", "name", /name is required/],
      ["a year before OGP existed", { yearJoined: 2009 }, "BAD_USER_INPUT", "yearJoined", /between 2011/],
    ];
    it.each(cases)("refuses %s", async (_, change, code, field, message) => {
      const before = await tableCounts(directory);
      const error = firstError(await directory.execute(CREATE, { as: supportUnit, variables: { input: { ...valid, ...change } } }));
      expect(error).toMatchObject({ code, field });
      expect(error.message).toMatch(message);
      expect(await tableCounts(directory)).toEqual(before);
    });

    it("says a refusal in the request's language, with its values, and in English without Accept-Language", async () => {
      const refusal = async (headers?: Record<string, string>) =>
        firstError(await directory.execute(CREATE, { as: supportUnit, variables: { input: { ...valid, ogpCode: "N00" } }, headers }));
      expect(await refusal({ "accept-language": "fr-FR,fr;q=0.9,en;q=0.5" })).toEqual({
        code: "CONFLICT",
        field: "ogpCode",
        message: "Un autre membre a déjà le code OGP N00 : les codes OGP sont uniques.",
      });
      expect(await refusal({ "accept-language": "es" })).toEqual({
        code: "CONFLICT",
        field: "ogpCode",
        message: "Otro miembro ya tiene el código OGP N00: los códigos OGP son únicos.",
      });
      expect(await refusal()).toEqual({
        code: "CONFLICT",
        field: "ogpCode",
        message: "Another member already has the OGP code N00: OGP codes are unique.",
      });
    });

    it("refuses an unknown region or type before any resolver runs", async () => {
      const before = await tableCounts(directory);
      for (const change of [{ region: "ANTARCTICA" }, { type: "FEDERAL" }]) {
        const response = await directory.execute(CREATE, { as: supportUnit, variables: { input: { ...valid, ...change } } });
        const error = firstError(response);
        expect(error.code).toBe("BAD_USER_INPUT");
        expect(error.message).toMatch(/ANTARCTICA|FEDERAL/);
        expect(error.message).toMatch(/input\.(region|type)/);
      }
      expect(await tableCounts(directory)).toEqual(before);
    });

    it("refuses an unknown region from a caller without GraphQL (the importer), naming the field", async () => {
      const { Directory } = await import("../directory.js");
      const { LoaderRegistry } = await import("@ogc/kit");
      const service = new Directory(directory.dataSource, new LoaderRegistry(), { viewer: supportUnit, requestId: null });
      await expect(service.members.create({ ...valid, region: "Europe" })).rejects.toMatchObject({
        extensions: { code: "BAD_USER_INPUT", field: "region" },
      });
    });
  });

  describe("edits", () => {
    const UPDATE = "mutation ($input: UpdateMemberInput!) { updateMember(input: $input) { id version name status yearJoined country } }";

    it("changes only what is given, bumps the version and records who changed what", async () => {
      const member = await createMember(directory, { ogpCode: "EDIT1", name: "Before" });
      const data = ok(
        await directory.execute<{
          updateMember: { version: number; name: string; status: string; yearJoined: number | null; country: string };
        }>(UPDATE, {
          as: supportUnit,
          variables: { input: { id: member.id, version: 1, name: "After", yearJoined: null } },
        }),
      );
      expect(data.updateMember).toMatchObject({ version: 2, name: "After", status: "ACTIVE", yearJoined: null, country: "ALB" });
      const log = ok(
        await directory.execute<{ directoryAuditLog: { edges: { node: { operation: string; actorId: string; changes: unknown } }[] } }>(
          `{ directoryAuditLog(first: 1, filter: { entityId: "${member.id}" }) { edges { node { operation actorId changes } } } }`,
          { as: supportUnit },
        ),
      );
      expect(log.directoryAuditLog.edges[0]?.node).toEqual({
        operation: "updateMember",
        actorId: supportUnit.accountId,
        changes: { name: { from: "Before", to: "After" }, yearJoined: { from: 2011, to: null } },
      });
    });

    it("refuses a stale version with CONFLICT and changes nothing", async () => {
      const member = await createMember(directory, { ogpCode: "EDIT2", name: "Original" });
      ok(await directory.execute(UPDATE, { as: supportUnit, variables: { input: { id: member.id, version: 1, name: "First edit" } } }));
      const before = await tableCounts(directory);
      const error = firstError(
        await directory.execute(UPDATE, { as: supportUnit, variables: { input: { id: member.id, version: 1, name: "Lost edit" } } }),
      );
      expect(error).toMatchObject({ code: "CONFLICT", field: "version" });
      expect(error.message).toMatch(/changed by someone else/);
      expect(await tableCounts(directory)).toEqual(before);
      const stored = ok(
        await directory.execute<{ member: { name: string; version: number } }>(`{ member(id: "${member.id}") { name version } }`),
      );
      expect(stored.member).toEqual({ name: "First edit", version: 2 });
    });

    it("writes nothing for an edit that changes nothing", async () => {
      const member = await createMember(directory, { ogpCode: "EDIT3", name: "Same" });
      const before = await tableCounts(directory);
      const data = ok(
        await directory.execute<{ updateMember: { version: number } }>(UPDATE, {
          as: supportUnit,
          variables: { input: { id: member.id, version: 1, name: "Same" } },
        }),
      );
      expect(data.updateMember.version).toBe(1);
      expect(await tableCounts(directory)).toEqual(before);
    });

    it("says NOT_FOUND for an unknown member", async () => {
      const error = firstError(
        await directory.execute(UPDATE, {
          as: supportUnit,
          variables: { input: { id: "00000000-0000-0000-0000-000000000000", version: 1, name: "X" } },
        }),
      );
      expect(error.code).toBe("NOT_FOUND");
    });

    it("refuses to turn a member into a local one without a country", async () => {
      const member = await createMember(directory, { ogpCode: "EDIT4", country: null });
      const error = firstError(
        await directory.execute(UPDATE, { as: supportUnit, variables: { input: { id: member.id, version: 1, type: "LOCAL" } } }),
      );
      expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: "country" });
    });
  });
});
