import "reflect-metadata";
import { createTestSubgraph, type TestSubgraph, testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directorySubgraph } from "../subgraph.js";
import { createPartner, firstError, ok, supportUnit, tableCounts } from "../test-helpers.js";

describe.each(testStores)("partners on %s", (store) => {
  let directory: TestSubgraph;

  beforeAll(async () => {
    directory = await createTestSubgraph(directorySubgraph, store);
    await createPartner(directory, {
      name: "Poder Ciudadano",
      kind: "CIVIL_SOCIETY",
      country: "ARG",
      website: "https://poderciudadano.org",
    });
    await createPartner(directory, { name: "Transparency International", kind: "CIVIL_SOCIETY", country: "GHA" });
    await createPartner(directory, { name: "Transparency International", kind: "CIVIL_SOCIETY", country: "ALB" });
    await createPartner(directory, { name: "University of Ghana", kind: "ACADEMIA", country: "GHA" });
    await createPartner(directory, { name: "World Bank", kind: "MULTILATERAL", country: null });
  });
  afterAll(() => directory.close());

  it("lists partners by kind, country and name, sorted", async () => {
    const list = async (filter: Record<string, unknown>, orderBy = "NAME_ASC") =>
      ok(
        await directory.execute<{ partners: { totalCount: number; edges: { node: { name: string; country: string | null } }[] } }>(
          "query ($filter: PartnerFilter, $orderBy: PartnerOrder) { partners(filter: $filter, orderBy: $orderBy) { totalCount edges { node { name country } } } }",
          { variables: { filter, orderBy } },
        ),
      ).partners;
    expect((await list({ kind: "CIVIL_SOCIETY" })).totalCount).toBe(3);
    expect((await list({ country: "GHA" }, "NAME_DESC")).edges.map((edge) => edge.node.name)).toEqual([
      "University of Ghana",
      "Transparency International",
    ]);
    expect((await list({ search: "transparency" })).edges.map((edge) => edge.node.country).sort()).toEqual(["ALB", "GHA"]);
    expect((await list({ kind: "MULTILATERAL" })).edges).toEqual([{ node: { name: "World Bank", country: null } }]);
  });

  describe("validation: a refused write names the field and changes nothing", () => {
    const CREATE = "mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id } }";
    const cases: [string, Record<string, unknown>, string, string, RegExp][] = [
      ["the same name in the same country", { name: "Transparency International", country: "GHA" }, "CONFLICT", "name", /already exists/],
      [
        "the same international partner twice",
        { name: "World Bank", country: null },
        "CONFLICT",
        "name",
        /without a country already exists/,
      ],
      ["a website that is not a web address", { website: "javascript:alert(1)" }, "BAD_USER_INPUT", "website", /http:\/\/ or https:\/\//],
      ["an unknown country", { country: "Ghana" }, "BAD_USER_INPUT", "country", /ISO 3166-1 alpha-3/],
      ["an empty name", { name: "" }, "BAD_USER_INPUT", "name", /name is required/],
    ];
    it.each(cases)("refuses %s", async (_, change, code, field, message) => {
      const before = await tableCounts(directory);
      const input = { name: "New partner", kind: "MEDIA", country: "ALB", ...change };
      const error = firstError(await directory.execute(CREATE, { as: supportUnit, variables: { input } }));
      expect(error).toMatchObject({ code, field });
      expect(error.message).toMatch(message);
      expect(await tableCounts(directory)).toEqual(before);
    });
  });

  it("edits with optimistic concurrency and refuses a rename onto another partner", async () => {
    const partner = await createPartner(directory, { name: "Media Lab", kind: "MEDIA", country: "ALB" });
    const UPDATE = "mutation ($input: UpdatePartnerInput!) { updatePartner(input: $input) { version name website } }";
    const renamed = ok(
      await directory.execute<{ updatePartner: unknown }>(UPDATE, {
        as: supportUnit,
        variables: { input: { id: partner.id, version: 1, website: "https://medialab.example.org" } },
      }),
    );
    expect(renamed.updatePartner).toEqual({ version: 2, name: "Media Lab", website: "https://medialab.example.org" });
    expect(
      firstError(await directory.execute(UPDATE, { as: supportUnit, variables: { input: { id: partner.id, version: 1, name: "X" } } })),
    ).toMatchObject({
      code: "CONFLICT",
      field: "version",
    });
    expect(
      firstError(
        await directory.execute(UPDATE, {
          as: supportUnit,
          variables: { input: { id: partner.id, version: 2, name: "Transparency International" } },
        }),
      ),
    ).toMatchObject({ code: "CONFLICT", field: "name" });
  });

  it("resolves Partner references in one statement", async () => {
    const ids = ok(
      await directory.execute<{ partners: { edges: { node: { id: string } }[] } }>("{ partners { edges { node { id } } } }"),
    ).partners.edges.map((edge) => edge.node.id);
    const { result, statements } = await directory.counter.measure(() =>
      directory.execute<{ _entities: { name: string }[] }>(
        "query ($r: [_Any!]!) { _entities(representations: $r) { ... on Partner { name } } }",
        {
          variables: { r: ids.map((id) => ({ __typename: "Partner", id })) },
        },
      ),
    );
    expect(ok(result)._entities).toHaveLength(ids.length);
    expect(statements).toBe(1);
  });
});
