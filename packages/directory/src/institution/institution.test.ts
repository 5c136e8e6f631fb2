import "reflect-metadata";
import { createTestSubgraph, type TestSubgraph, testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directorySubgraph } from "../subgraph.js";
import { createInstitution, createMember, firstError, ok, supportUnit, tableCounts } from "../test-helpers.js";

describe.each(testStores)("institutions on %s", (store) => {
  let directory: TestSubgraph;
  let albania: { id: string };
  let buenosAires: { id: string };

  beforeAll(async () => {
    directory = await createTestSubgraph(directorySubgraph, store);
    albania = await createMember(directory, { ogpCode: "ALB", name: "Albania", country: "ALB", region: "EUROPE" });
    buenosAires = await createMember(directory, {
      ogpCode: "ARBA",
      name: "Buenos Aires, Argentina",
      type: "LOCAL",
      country: "ARG",
      region: "AMERICAS",
    });
  });
  afterAll(() => directory.close());

  it("names an institution in the asked locale, falling back to English, else to the first name it has", async () => {
    const both = await createInstitution(directory, albania.id, { name: { en: "Ministry of Justice", fr: "Ministère de la Justice" } });
    const spanishOnly = await createInstitution(directory, buenosAires.id, {
      name: { es: "Legislatura de la Ciudad" },
      branch: "LEGISLATIVE",
      level: "LOCAL",
    });
    const query = `query ($a: ID!, $b: ID!) {
      a: institution(id: $a) { en: name(locale: EN) es: name(locale: ES) fr: name(locale: FR) names { en es fr } }
      b: institution(id: $b) { en: name(locale: EN) es: name(locale: ES) fr: name(locale: FR) }
    }`;
    const data = ok(await directory.execute(query, { variables: { a: both.id, b: spanishOnly.id } }));
    expect(data).toEqual({
      a: {
        en: "Ministry of Justice",
        es: "Ministry of Justice",
        fr: "Ministère de la Justice",
        names: { en: "Ministry of Justice", es: null, fr: "Ministère de la Justice" },
      },
      b: { en: "Legislatura de la Ciudad", es: "Legislatura de la Ciudad", fr: "Legislatura de la Ciudad" },
    });
    const french = ok(
      await directory.execute<{ institution: { name: string } }>(`{ institution(id: "${both.id}") { name } }`, {
        headers: { "Accept-Language": "fr-FR,fr;q=0.9" },
      }),
    );
    expect(french.institution.name).toBe("Ministère de la Justice");
  });

  it("lists institutions filtered by member type, region, branch, level and a name in any language", async () => {
    await createInstitution(directory, albania.id, { name: { en: "Supreme Court", fr: "Cour suprême" }, branch: "JUDICIAL" });
    await createInstitution(directory, albania.id, { name: { en: "Ombudsman" }, branch: "INDEPENDENT" });
    const list = async (filter: Record<string, unknown>) =>
      ok(
        await directory.execute<{ institutions: { totalCount: number; edges: { node: { name: string; member: { ogpCode: string } } }[] } }>(
          `query ($filter: InstitutionFilter) { institutions(first: 50, filter: $filter) { totalCount edges { node { name member { ogpCode } } } } }`,
          { variables: { filter } },
        ),
      ).institutions;
    expect((await list({ memberType: "LOCAL" })).edges.map((edge) => edge.node.member.ogpCode)).toEqual(["ARBA"]);
    expect((await list({ region: "EUROPE" })).totalCount).toBe(3);
    expect((await list({ branch: "JUDICIAL" })).edges.map((edge) => edge.node.name)).toEqual(["Supreme Court"]);
    expect((await list({ level: "LOCAL" })).totalCount).toBe(1);
    expect((await list({ search: "suprême" })).edges.map((edge) => edge.node.name)).toEqual(["Supreme Court"]);
    expect((await list({ search: "100%" })).totalCount).toBe(0);
    expect((await list({ memberType: "NATIONAL", region: "AMERICAS" })).totalCount).toBe(0);
  });

  describe("validation: a refused write names the field and changes nothing", () => {
    const CREATE = "mutation ($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }";
    const cases: [string, () => Record<string, unknown>, string, string, RegExp][] = [
      [
        "an unknown member",
        () => ({ memberId: "00000000-0000-0000-0000-000000000000" }),
        "BAD_USER_INPUT",
        "memberId",
        /no member with the id/,
      ],
      [
        "no name in any language",
        () => ({ name: { en: " ", es: null } }),
        "BAD_USER_INPUT",
        "name",
        /at least one of English, Spanish or French/,
      ],
      [
        "a name the member already has, in any language",
        () => ({ name: { es: "Ministère de la Justice" } }),
        "CONFLICT",
        "name",
        /already has an institution named/,
      ],
      [
        "a national-level institution of a local member",
        () => ({ memberId: buenosAires.id, level: "NATIONAL" }),
        "BAD_USER_INPUT",
        "level",
        /local member: its institutions work at the SUBNATIONAL or LOCAL level/,
      ],
    ];
    it.each(cases)("refuses %s", async (_, change, code, field, message) => {
      const before = await tableCounts(directory);
      const input = { memberId: albania.id, name: { en: "Fresh name" }, branch: "EXECUTIVE", level: "NATIONAL", ...change() };
      const error = firstError(await directory.execute(CREATE, { as: supportUnit, variables: { input } }));
      expect(error).toMatchObject({ code, field });
      expect(error.message).toMatch(message);
      expect(await tableCounts(directory)).toEqual(before);
    });
  });

  it("edits names per language, refuses a stale version, and archives without deleting", async () => {
    const institution = await createInstitution(directory, albania.id, { name: { en: "Agency for Dialogue" } });
    const UPDATE = "mutation ($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { version names { en es fr } } }";
    const updated = ok(
      await directory.execute<{ updateInstitution: { version: number; names: unknown } }>(UPDATE, {
        as: supportUnit,
        variables: { input: { id: institution.id, version: 1, name: { fr: "Agence pour le dialogue" } } },
      }),
    );
    expect(updated.updateInstitution).toEqual({
      version: 2,
      names: { en: "Agency for Dialogue", es: null, fr: "Agence pour le dialogue" },
    });
    const stale = firstError(
      await directory.execute(UPDATE, { as: supportUnit, variables: { input: { id: institution.id, version: 1, branch: "JUDICIAL" } } }),
    );
    expect(stale).toMatchObject({ code: "CONFLICT", field: "version" });

    ok(await directory.execute(`mutation { archiveInstitution(id: "${institution.id}", version: 2) { archived } }`, { as: supportUnit }));
    const member = ok(
      await directory.execute<{ member: { current: { id: string }[]; all: { id: string; archived: boolean }[] } }>(
        `{ member(id: "${albania.id}") { current: institutions { id } all: institutions(includeArchived: true) { id archived } } }`,
      ),
    ).member;
    expect(member.current.map((i) => i.id)).not.toContain(institution.id);
    expect(member.all.find((i) => i.id === institution.id)).toEqual({ id: institution.id, archived: true });
  });

  it("resolves 500 Institution references for other subgraphs in a bounded number of statements", async () => {
    const rows = Array.from({ length: 500 }, (_, i) => ({
      memberCode: i % 2 ? "ALB" : "ARBA",
      name: { en: `Bulk body ${String(i).padStart(3, "0")}` },
      branch: "EXECUTIVE",
      level: "LOCAL",
    }));
    const upserted = ok(
      await directory.execute<{ upsertInstitutions: { committed: boolean; created: number; rows: { id: string }[] } }>(
        "mutation ($rows: [InstitutionUpsertInput!]!) { upsertInstitutions(input: $rows) { committed created rows { id } } }",
        { as: supportUnit, variables: { rows } },
      ),
    ).upsertInstitutions;
    expect(upserted).toMatchObject({ committed: true, created: 500 });
    const ids = upserted.rows.map((row) => row.id);
    const representations = [...ids, "00000000-0000-0000-0000-000000000000"].map((id) => ({ __typename: "Institution", id }));
    const { result, statements } = await directory.counter.measure(() =>
      directory.execute<{ _entities: ({ id: string; name: string; member: { ogpCode: string } } | null)[] }>(
        "query ($r: [_Any!]!) { _entities(representations: $r) { ... on Institution { id name member { ogpCode } } } }",
        { variables: { r: representations } },
      ),
    );
    const entities = ok(result)._entities;
    expect(entities).toHaveLength(501);
    expect(entities[0]).toEqual({ id: ids[0], name: "Bulk body 000", member: { ogpCode: "ARBA" } });
    expect(entities[1]?.member.ogpCode).toBe("ALB");
    expect(entities[500]).toBeNull();
    // one for the 500 institutions, one for their members
    expect(statements).toBe(2);
  });
});
