import "reflect-metadata";
import { AuditEntry } from "@ogc/kit";
import { createTestSubgraph, type TestSubgraph, testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directorySubgraph } from "../subgraph.js";
import { firstError, ok, supportUnit, tableCounts } from "../test-helpers.js";

interface Result {
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
    error: { code: string; message: string; field: string | null } | null;
  }[];
}

const RESULT =
  "committed dryRun message total created updated unchanged invalid skipped rows { index key outcome id error { code message field } }";
const MEMBERS = `mutation ($rows: [MemberUpsertInput!]!, $dryRun: Boolean) { upsertMembers(input: $rows, dryRun: $dryRun) { ${RESULT} } }`;
const INSTITUTIONS = `mutation ($rows: [InstitutionUpsertInput!]!) { upsertInstitutions(input: $rows) { ${RESULT} } }`;
const PARTNERS = `mutation ($rows: [PartnerUpsertInput!]!) { upsertPartners(input: $rows) { ${RESULT} } }`;
const PLANS = `mutation ($rows: [ActionPlanUpsertInput!]!) { upsertActionPlans(input: $rows) { ${RESULT} } }`;

const members = [
  { ogpCode: "ALB", name: "Albania", type: "NATIONAL", country: "ALB", region: "EUROPE", yearJoined: 2011 },
  { ogpCode: "ARBA", name: "Buenos Aires, Argentina", type: "LOCAL", country: "ARG", region: "AMERICAS", yearJoined: 2016 },
  { ogpCode: "XKX", name: "Kosovo", type: "OTHER", country: "XKX", region: "EUROPE" },
];

describe.each(testStores)("batch upserts on %s", (store) => {
  let directory: TestSubgraph;
  const upsert = async (mutation: string, rows: unknown[], dryRun?: boolean) => {
    const data = ok(await directory.execute<Record<string, Result>>(mutation, { as: supportUnit, variables: { rows, dryRun } }));
    return Object.values(data)[0] as Result;
  };
  const auditCount = () => directory.dataSource.getRepository(AuditEntry).count();

  beforeAll(async () => {
    directory = await createTestSubgraph(directorySubgraph, store);
  });
  afterAll(() => directory.close());

  it("creates members keyed by OGP code, then finds a second identical batch all UNCHANGED and writes nothing", async () => {
    const first = await upsert(MEMBERS, members);
    expect(first).toMatchObject({ committed: true, total: 3, created: 3, updated: 0, unchanged: 0, invalid: 0 });
    expect(first.rows.map((row) => [row.index, row.key, row.outcome])).toEqual([
      [0, "ALB", "CREATED"],
      [1, "ARBA", "CREATED"],
      [2, "XKX", "CREATED"],
    ]);
    expect(first.rows.every((row) => row.id)).toBe(true);
    const created = ok(
      await directory.execute<{ memberByOgpCode: { id: string; type: string } }>('{ memberByOgpCode(code: "ARBA") { id type } }'),
    );
    expect(created.memberByOgpCode).toEqual({ id: first.rows[1]?.id, type: "LOCAL" });

    const before = await tableCounts(directory);
    const { result, statements } = await directory.counter.measure(() => upsert(MEMBERS, members));
    expect(result).toMatchObject({ committed: true, created: 0, updated: 0, unchanged: 3 });
    expect(result.rows.map((row) => row.id)).toEqual(first.rows.map((row) => row.id));
    expect(await tableCounts(directory)).toEqual(before);
    // Only the read of existing members: an unchanged row writes nothing, not even an audit entry.
    expect(statements).toBe(1);
  });

  it("updates what changed, creates what is new, and keeps fields a row leaves out", async () => {
    const before = await auditCount();
    const result = await upsert(MEMBERS, [
      { ogpCode: "ALB", name: "Republic of Albania", type: "NATIONAL", region: "EUROPE" },
      { ...members[1] },
      { ogpCode: "GHA", name: "Ghana", type: "NATIONAL", country: "GHA", region: "AFRICA_AND_MIDDLE_EAST" },
    ]);
    expect(result.rows.map((row) => row.outcome)).toEqual(["UPDATED", "UNCHANGED", "CREATED"]);
    expect(await auditCount()).toBe(before + 2);
    const albania = ok(
      await directory.execute<{ memberByOgpCode: { name: string; country: string; yearJoined: number; version: number } }>(
        '{ memberByOgpCode(code: "ALB") { name country yearJoined version } }',
      ),
    );
    expect(albania.memberByOgpCode).toEqual({ name: "Republic of Albania", country: "ALB", yearJoined: 2011, version: 2 });
    const entries = await directory.dataSource
      .getRepository(AuditEntry)
      .findBy({ operation: "upsertMembers", entityId: result.rows[0]?.id ?? "" });
    // the creation, then the change: only the name
    expect(entries).toHaveLength(2);
    expect(entries.map((entry) => entry.changes)).toContainEqual({ name: { from: "Albania", to: "Republic of Albania" } });
  });

  it("refuses the whole batch when one row is invalid, says which row and field, and writes nothing", async () => {
    const before = await tableCounts(directory);
    const result = await upsert(MEMBERS, [
      { ogpCode: "CAN", name: "Canada", type: "NATIONAL", country: "CAN", region: "AMERICAS" },
      { ogpCode: "ALB", name: "Albania again", type: "NATIONAL", region: "EUROPE" },
      { ogpCode: "MXJL", name: "Jalisco, Mexico", type: "LOCAL", region: "AMERICAS" },
      { ogpCode: "CAN", name: "Canada twice", type: "NATIONAL", region: "AMERICAS" },
    ]);
    expect(result).toMatchObject({ committed: false, created: 0, updated: 0, unchanged: 0, invalid: 2, skipped: 2 });
    expect(result.message).toMatch(/refused.*nothing was written/);
    expect(result.rows.map((row) => row.outcome)).toEqual(["SKIPPED", "SKIPPED", "INVALID", "INVALID"]);
    expect(result.rows[2]?.error).toMatchObject({ code: "BAD_USER_INPUT", field: "country" });
    expect(result.rows[2]?.error?.message).toMatch(/local member belongs to a country/);
    expect(result.rows[3]?.error).toMatchObject({ code: "CONFLICT", field: "ogpCode" });
    expect(result.rows[3]?.error?.message).toMatch(/Row 0 has the same key/);
    expect(await tableCounts(directory)).toEqual(before);
    expect(ok(await directory.execute<{ memberByOgpCode: null }>('{ memberByOgpCode(code: "CAN") { id } }')).memberByOgpCode).toBeNull();
  });

  it("says a refused batch's summary and each row's reason in the language Accept-Language asks for", async () => {
    const rows = [
      { ogpCode: "MXJL", name: "Jalisco, Mexico", type: "LOCAL", region: "AMERICAS" },
      { ogpCode: "MXJL", name: "Jalisco twice", type: "LOCAL", country: "MEX", region: "AMERICAS" },
    ];
    const said = async (language?: string) => {
      const headers: Record<string, string> = language ? { "accept-language": language } : {};
      const data = ok(await directory.execute<{ upsertMembers: Result }>(MEMBERS, { as: supportUnit, variables: { rows }, headers }));
      return data.upsertMembers;
    };
    const french = await said("fr");
    expect(french).toMatchObject({ committed: false, invalid: 2 });
    expect(french.message).toBe("Lot refusé : 2 lignes sur 2 ne sont pas valides (voir les lignes) ; rien n'a été enregistré.");
    expect(french.rows[1]?.error).toMatchObject({
      code: "CONFLICT",
      field: "ogpCode",
      message: "La ligne 0 a la même clé (MXJL) : chaque enregistrement ne peut figurer qu'une fois par lot.",
    });
    expect(french.rows[0]?.error?.message).not.toBe((await said())?.rows[0]?.error?.message);
    expect((await said("es")).message).toBe("Lote rechazado: 2 de 2 filas no son válidas (vea las filas); no se escribió nada.");
    expect((await said()).message).toBe("Batch refused: 2 of 2 rows are invalid (see rows); nothing was written.");
    const dryRun = ok(
      await directory.execute<{ upsertMembers: Result }>(MEMBERS, {
        as: supportUnit,
        variables: { rows: [{ ogpCode: "PRY", name: "Paraguay", type: "NATIONAL", country: "PRY", region: "AMERICAS" }], dryRun: true },
        headers: { "accept-language": "es" },
      }),
    ).upsertMembers;
    expect(dryRun.message).toBe(
      "Simulación: todas las filas son válidas; no se escribió nada. Se crearían: 1; se actualizarían: 0; quedarían sin cambios: 0.",
    );
  });

  it("checks a batch without writing it when asked for a dry run", async () => {
    const before = await tableCounts(directory);
    const result = await upsert(
      MEMBERS,
      [{ ogpCode: "PHL", name: "Philippines", type: "NATIONAL", country: "PHL", region: "ASIA_AND_PACIFIC" }],
      true,
    );
    expect(result).toMatchObject({ committed: false, dryRun: true, created: 1 });
    expect(result.rows[0]).toMatchObject({ outcome: "CREATED", id: null });
    expect(await tableCounts(directory)).toEqual(before);
  });

  it("upserts thousands of rows in statements per chunk, not per row", async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({
      ogpCode: `B${String(i).padStart(4, "0")}`,
      name: `Bulk member ${i}`,
      type: "NATIONAL",
      country: "ALB",
      region: "EUROPE",
    }));
    const created = await directory.counter.measure(() => upsert(MEMBERS, rows));
    expect(created.result).toMatchObject({ committed: true, created: 2000 });
    // 4 reads of existing codes + 4 multi-row inserts + 4 multi-row audit inserts
    expect(created.statements).toBeLessThanOrEqual(12);
    const changed = rows.map((row, i) => (i % 2 ? { ...row, name: `${row.name} (renamed)` } : row));
    const updated = await directory.counter.measure(() => upsert(MEMBERS, changed));
    expect(updated.result).toMatchObject({ committed: true, updated: 1000, unchanged: 1000 });
    expect(updated.statements).toBeLessThanOrEqual(12);
    const renamed = ok(
      await directory.execute<{ memberByOgpCode: { name: string; version: number } }>(
        '{ memberByOgpCode(code: "B0001") { name version } }',
      ),
    );
    expect(renamed.memberByOgpCode).toEqual({ name: "Bulk member 1 (renamed)", version: 2 });
  });

  it("upserts institutions by member code and exact name, adding a translation to the one that has the other name", async () => {
    const rows = [
      { memberCode: "ARBA", name: { es: "Legislatura de la Ciudad" }, branch: "LEGISLATIVE", level: "LOCAL" },
      { memberCode: "ALB", name: { en: "Ministry of Justice" }, branch: "EXECUTIVE", level: "NATIONAL" },
    ];
    expect((await upsert(INSTITUTIONS, rows)).rows.map((row) => row.outcome)).toEqual(["CREATED", "CREATED"]);
    expect((await upsert(INSTITUTIONS, rows)).rows.map((row) => row.outcome)).toEqual(["UNCHANGED", "UNCHANGED"]);
    const translated = await upsert(INSTITUTIONS, [
      { memberCode: "ARBA", name: { en: "City Legislature", es: "Legislatura de la Ciudad" }, branch: "LEGISLATIVE", level: "LOCAL" },
    ]);
    expect(translated.rows[0]).toMatchObject({ outcome: "UPDATED", key: "ARBA / City Legislature" });
    const names = ok(
      await directory.execute<{ institution: { names: unknown; name: string } }>(
        `{ institution(id: "${translated.rows[0]?.id}") { name names { en es } } }`,
      ),
    );
    expect(names.institution).toEqual({ name: "City Legislature", names: { en: "City Legislature", es: "Legislatura de la Ciudad" } });

    const before = await tableCounts(directory);
    const refused = await upsert(INSTITUTIONS, [
      { memberCode: "ALB", name: { en: "Assembly" }, branch: "LEGISLATIVE", level: "NATIONAL" },
      { memberCode: "NOPE", name: { en: "Ghost Office" }, branch: "EXECUTIVE", level: "NATIONAL" },
      { memberCode: "ARBA", name: { en: "National Mint of Buenos Aires" }, branch: "EXECUTIVE", level: "NATIONAL" },
    ]);
    expect(refused.committed).toBe(false);
    expect(refused.rows.map((row) => [row.outcome, row.error?.field ?? null])).toEqual([
      ["SKIPPED", null],
      ["INVALID", "memberCode"],
      ["INVALID", "level"],
    ]);
    expect(await tableCounts(directory)).toEqual(before);
  });

  it("keeps an institution's branch and level, and a partner's kind, when a row leaves them out; a new record needs them", async () => {
    await upsert(INSTITUTIONS, [
      { memberCode: "ALB", name: { en: "Supreme Audit Institution" }, branch: "INDEPENDENT", level: "NATIONAL" },
    ]);
    await upsert(PARTNERS, [{ name: "Open Data Albania", country: "ALB", kind: "CIVIL_SOCIETY" }]);
    const kept = await upsert(INSTITUTIONS, [{ memberCode: "ALB", name: { en: "Supreme Audit Institution" } }]);
    expect(kept.rows[0]?.outcome).toBe("UNCHANGED");
    expect((await upsert(PARTNERS, [{ name: "Open Data Albania", country: "ALB" }])).rows[0]?.outcome).toBe("UNCHANGED");

    const before = await tableCounts(directory);
    const refused = await upsert(INSTITUTIONS, [
      { memberCode: "ALB", name: { en: "Supreme Audit Institution" } },
      { memberCode: "ALB", name: { en: "Agency Nobody Classified" } },
    ]);
    expect(refused.rows.map((row) => [row.outcome, row.error?.field ?? null])).toEqual([
      ["SKIPPED", null],
      ["INVALID", "branch"],
    ]);
    expect(refused.rows[1]?.error?.message).toMatch(/branch of government is required/);
    const noKind = await upsert(PARTNERS, [{ name: "Unclassified Network", country: "ALB" }]);
    expect(noKind.rows[0]?.error).toMatchObject({ code: "BAD_USER_INPUT", field: "kind" });
    expect(await tableCounts(directory)).toEqual(before);
  });

  it("upserts partners by name and country", async () => {
    const rows = [
      { name: "Transparency International", country: "GHA", kind: "CIVIL_SOCIETY" },
      { name: "Transparency International", country: "ALB", kind: "CIVIL_SOCIETY" },
      { name: "World Bank", kind: "MULTILATERAL" },
    ];
    expect((await upsert(PARTNERS, rows)).created).toBe(3);
    const again = await upsert(PARTNERS, [...rows.slice(0, 2), { ...rows[2], website: "https://www.worldbank.org" }]);
    expect(again.rows.map((row) => row.outcome)).toEqual(["UNCHANGED", "UNCHANGED", "UPDATED"]);
    const bad = await upsert(PARTNERS, [{ name: "Bad Site", kind: "MEDIA", website: "ftp://example.org" }]);
    expect(bad.rows[0]?.error).toMatchObject({ code: "BAD_USER_INPUT", field: "website" });
  });

  it("upserts action plans by OGP id, refusing a plan that ends before it starts", async () => {
    const rows = [
      { ogpId: "AP_ALB06", memberCode: "ALB", number: 6, startDate: "2023-01-01", endDate: "2025-12-31", lengthYears: 2, status: "ENDED" },
      { ogpId: "AP_ARBA02", memberCode: "ARBA", number: 2, startDate: "2018-09-01", endDate: "2020-08-31", lengthYears: 2 },
    ];
    expect((await upsert(PLANS, rows)).rows.map((row) => row.outcome)).toEqual(["CREATED", "CREATED"]);
    expect((await upsert(PLANS, rows)).unchanged).toBe(2);
    const before = await tableCounts(directory);
    const refused = await upsert(PLANS, [
      { ...rows[0], status: "IN_IMPLEMENTATION" },
      { ogpId: "AP_XKX01", memberCode: "XKX", number: 1, startDate: "2025-12-31", endDate: "2023-01-01", lengthYears: 2 },
      {
        ogpId: "AP_GHA05",
        memberCode: "GHA",
        number: 5,
        startDate: "2023-09-01",
        endDate: "2027-08-31",
        lengthYears: 4,
        amendmentWindow: { opensOn: "2022-01-01", closesOn: "2024-01-01" },
      },
    ]);
    expect(refused.rows.map((row) => [row.outcome, row.error?.field ?? null])).toEqual([
      ["SKIPPED", null],
      ["INVALID", "endDate"],
      ["INVALID", "amendmentWindow.opensOn"],
    ]);
    expect(await tableCounts(directory)).toEqual(before);
  });

  it("refuses a batch larger than 5000 rows before reading anything", async () => {
    const rows = Array.from({ length: 5001 }, (_, i) => ({ ogpCode: `Q${i}`, name: "Q", type: "NATIONAL", region: "EUROPE" }));
    const error = firstError(await directory.execute(MEMBERS, { as: supportUnit, variables: { rows } }));
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: "input" });
  });
});
