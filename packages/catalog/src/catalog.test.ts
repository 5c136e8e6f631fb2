import "reflect-metadata";
import { readFileSync } from "node:fs";
import { printFederatedSchema } from "@ogc/kit";
import { createTestSubgraph, type TestSubgraph, testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogSubgraph } from "./subgraph.js";

interface Area {
  code: string;
  position: number;
  name: string;
  description: string;
  irmPolicyTags: string[];
}

describe.each(testStores)("catalog subgraph on %s", (store) => {
  let catalog: TestSubgraph;
  beforeAll(async () => {
    catalog = await createTestSubgraph(catalogSubgraph, store);
  });
  afterAll(() => catalog.close());

  it("lists the ten challenge areas in their official order", async () => {
    const { data, errors } = await catalog.execute<{ challengeAreas: Area[] }>("{ challengeAreas { code position name } }");
    expect(errors).toBeUndefined();
    expect(data?.challengeAreas.map((area) => area.code)).toEqual([
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
    ]);
    expect(data?.challengeAreas.map((area) => area.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("names each area in English, Spanish and French, by argument", async () => {
    const { data } = await catalog.execute<{ area: { en: string; es: string; fr: string; dfr: string } }>(
      `{ area: challengeArea(code: ACCESS_TO_INFORMATION) { en: name(locale: EN) es: name(locale: ES) fr: name(locale: FR) dfr: description(locale: FR) } }`,
    );
    expect(data?.area).toEqual({
      en: "Access to Information",
      es: "Acceso a la información",
      fr: "Accès à l'information",
      dfr: "Améliorer l'efficacité des cadres juridiques d'accès à l'information.",
    });
  });

  it("has every text in all three languages, each different from the English where the words differ", async () => {
    for (const field of ["challengeAreas", "openGovernmentValues", "eligibilityCriteria"]) {
      const { data } = await catalog.execute<
        Record<string, { code: string; en: string; es: string; fr: string; den: string; des: string; dfr: string }[]>
      >(
        `{ list: ${field} { code en: name(locale: EN) es: name(locale: ES) fr: name(locale: FR) den: description(locale: EN) des: description(locale: ES) dfr: description(locale: FR) } }`,
      );
      for (const entry of data?.list ?? []) {
        for (const text of [entry.en, entry.es, entry.fr, entry.den, entry.des, entry.dfr]) expect(text.trim().length).toBeGreaterThan(3);
        // Descriptions are sentences: a translation identical to English would mean a missing translation fell back.
        expect(entry.des).not.toBe(entry.den);
        expect(entry.dfr).not.toBe(entry.den);
      }
    }
  });

  it("answers in the Accept-Language of the request when no locale is given", async () => {
    const { data } = await catalog.execute<{ challengeArea: Area }>("{ challengeArea(code: CIVIC_SPACE) { name } }", {
      headers: { "Accept-Language": "fr-CA,fr;q=0.9,en;q=0.5" },
    });
    expect(data?.challengeArea.name).toBe("Espace civique");
  });

  it("lists three values and four criteria", async () => {
    const { data } = await catalog.execute<{ openGovernmentValues: { code: string }[]; eligibilityCriteria: { code: string }[] }>(
      "{ openGovernmentValues { code } eligibilityCriteria { code } }",
    );
    expect(data?.openGovernmentValues.map((v) => v.code)).toEqual(["TRANSPARENCY", "CIVIC_PARTICIPATION", "PUBLIC_ACCOUNTABILITY"]);
    expect(data?.eligibilityCriteria.map((c) => c.code)).toEqual([
      "THEMATIC_RELEVANCE",
      "FORWARD_LOOKING",
      "OPEN_GOVERNMENT_RELEVANCE",
      "GOVERNMENT_LED",
    ]);
  });

  it("maps the IRM policy tags of DOMAIN.md onto the areas", async () => {
    const { data } = await catalog.execute<{ irmPolicyTags: { tag: string; areaCode: string }[] }>("{ irmPolicyTags { tag areaCode } }");
    const map = new Map(data?.irmPolicyTags.map((entry) => [entry.tag, entry.areaCode]));
    expect(map.get("Right To Information")).toBe("ACCESS_TO_INFORMATION");
    for (const tag of [
      "Anti-Corruption and Integrity",
      "Beneficial Ownership",
      "Open Contracting",
      "Lobbying",
      "Asset Disclosure",
      "Whistleblower Protections",
    ]) {
      expect(map.get(tag)).toBe("ANTI_CORRUPTION");
    }
    expect(map.get("Freedom of Assembly")).toBe("CIVIC_SPACE");
    expect(map.get("Environment & Climate")).toBe("CLIMATE_AND_ENVIRONMENT");
    expect(map.get("Automated Decision-making")).toBe("DIGITAL_GOVERNANCE");
    expect(map.get("Fiscal Openness")).toBe("FISCAL_OPENNESS");
    expect(map.get("LGBTQIA+")).toBe("GENDER_AND_INCLUSION");
    expect(map.get("Open Justice")).toBe("JUSTICE");
    expect(map.get("Media & Telecommunications")).toBe("MEDIA_FREEDOM");
    expect(map.get("Participation in Lawmaking")).toBe("PUBLIC_PARTICIPATION");
    // Tags that are no challenge area suggest none.
    expect(map.has("Open Parliaments")).toBe(false);
    // Every tag names a column of the real IRM export.
    const columns = JSON.parse(readFileSync(new URL("../../../../shared/data/ogp-commitments/field-values.json", import.meta.url), "utf8"))
      .columns as string[];
    for (const tag of map.keys()) expect(columns).toContain(tag);
  });

  it("resolves ChallengeArea references for other subgraphs in one SQL statement, however many", async () => {
    const codes = ["JUSTICE", "CIVIC_SPACE", "JUSTICE", "MEDIA_FREEDOM", "UNKNOWN_AREA"];
    const representations = codes.map((code) => ({ __typename: "ChallengeArea", code }));
    const { result, statements } = await catalog.counter.measure(() =>
      catalog.execute<{ _entities: ({ code: string; name: string } | null)[] }>(
        "query ($r: [_Any!]!) { _entities(representations: $r) { ... on ChallengeArea { code name(locale: ES) } } }",
        { variables: { r: representations } },
      ),
    );
    expect(result.data?._entities).toEqual([
      { code: "JUSTICE", name: "Justicia" },
      { code: "CIVIC_SPACE", name: "Espacio cívico" },
      { code: "JUSTICE", name: "Justicia" },
      { code: "MEDIA_FREEDOM", name: "Libertad de prensa" },
      null,
    ]);
    expect(statements).toBe(1);
  });

  it("loads the tags of all ten areas in one statement (no N+1)", async () => {
    const { statements } = await catalog.counter.measure(() => catalog.execute("{ challengeAreas { code irmPolicyTags } }"));
    expect(statements).toBe(2);
  });

  it("refuses an unknown area code with a clear validation error", async () => {
    const { errors } = await catalog.execute("{ challengeArea(code: HEALTH) { name } }");
    expect(errors?.[0]?.message).toMatch(/HEALTH/);
    expect(errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("schema.graphql", () => {
  it("is the SDL the code builds (run `pnpm --filter @ogc/catalog schema` after changing the schema)", async () => {
    const committed = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");
    expect(committed).toBe(printFederatedSchema(await catalogSubgraph.buildSchema()));
  });
});
