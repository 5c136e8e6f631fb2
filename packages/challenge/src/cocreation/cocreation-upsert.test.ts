import "reflect-metadata";
import { AuditEntry } from "@ogc/kit";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ARCHIVED_PARTNER,
  CSO,
  createHarness,
  firstError,
  type Harness,
  MINISTRY,
  officer,
  ok,
  partnerEditor,
  supportAdmin,
  supportUnit,
  tableCounts,
  UPSERT_RESULT,
  type UpsertOutcomes,
} from "../test-helpers.js";

const LINKS = `mutation ($rows: [CoCreationLinkUpsertInput!]!, $source: String, $dryRun: Boolean) { upsertCoCreationLinks(input: $rows, source: $source, dryRun: $dryRun) { ${UPSERT_RESULT} } }`;
const COMMITMENTS = `mutation ($rows: [CommitmentUpsertInput!]!) { upsertCommitments(input: $rows) { ${UPSERT_RESULT} } }`;
const SOURCE = "IRM import: sample-18.csv";
const UNKNOWN_PARTNER = "00000000-0000-4000-8000-0000000000d9";

interface Viewed {
  id: string;
  hasActiveCoCreator: boolean;
  coCreators: { id: string; role: string; status: string; partner: { id: string }; history: { kind: string; status: string }[] }[];
  history: { kind: string; note: string | null; changes: Record<string, unknown> }[];
}

describe.each(testStores)("batch upserts of co-creation links on %s", (store) => {
  let harness: Harness;
  const upsert = async (rows: unknown[], options: { source?: string; dryRun?: boolean } = {}) =>
    ok(
      await harness.subgraph.execute<{ upsertCoCreationLinks: UpsertOutcomes }>(LINKS, {
        as: supportUnit,
        variables: { rows, ...options },
      }),
    ).upsertCoCreationLinks;
  const view = async (ogpId: string) =>
    ok(
      await harness.subgraph.execute<{ commitmentByOgpId: Viewed }>(
        `{ commitmentByOgpId(ogpId: "${ogpId}") { id hasActiveCoCreator coCreators { id role status partner { id } history { kind status } } history { kind note changes } } }`,
        { as: supportUnit },
      ),
    ).commitmentByOgpId;

  beforeAll(async () => {
    harness = await createHarness(store);
    const imported = ok(
      await harness.subgraph.execute<{ upsertCommitments: UpsertOutcomes }>(COMMITMENTS, {
        as: supportUnit,
        variables: {
          rows: ["AL0201", "AL0202", "AL0203", "AL0204"].map((ogpId) => ({
            ogpId,
            memberCode: "ALB",
            actionPlanOgpId: "AP_ALB07",
            title: `Commitment ${ogpId}`,
            leadInstitutionId: MINISTRY,
            values: ["CIVIC_PARTICIPATION"],
            status: ogpId === "AL0204" ? "COMPLETED" : "IN_PROGRESS",
          })),
        },
      }),
    ).upsertCommitments;
    expect(imported.created).toBe(4);
  });
  afterAll(() => harness.close());

  it("creates ACTIVE links (IMPLEMENTATION by default), asking the directory once, audited and in both histories with the source", async () => {
    const requests = harness.directory.requests;
    const result = await upsert(
      [
        { commitmentOgpId: "AL0201", partnerId: CSO },
        { commitmentOgpId: "AL0201", partnerId: CSO, role: "EVALUATION" },
        { commitmentOgpId: "AL0204", partnerId: "partner-1" },
      ],
      { source: SOURCE },
    );
    expect(harness.directory.requests - requests).toBe(1);
    expect(result).toMatchObject({ committed: true, total: 3, created: 3, updated: 0, unchanged: 0 });
    expect(result.rows.map((row) => row.key)).toEqual([
      `AL0201 ${CSO} IMPLEMENTATION`,
      `AL0201 ${CSO} EVALUATION`,
      "AL0204 partner-1 IMPLEMENTATION",
    ]);
    const viewed = await view("AL0201");
    expect(viewed.hasActiveCoCreator).toBe(true);
    expect(viewed.coCreators.map((link) => [link.role, link.status, link.partner.id]).sort()).toEqual([
      ["EVALUATION", "ACTIVE", CSO],
      ["IMPLEMENTATION", "ACTIVE", CSO],
    ]);
    expect(viewed.coCreators[0]?.history).toEqual([{ kind: "upsertCoCreationLinks", status: "ACTIVE" }]);
    // Newest first: the batch's rows in reverse.
    expect(viewed.history.slice(0, 2)).toEqual(
      ["EVALUATION", "IMPLEMENTATION"].map((role) => ({
        kind: "CO_CREATION_LINKED",
        note: SOURCE,
        changes: { partnerId: { from: null, to: CSO }, role: { from: null, to: role }, status: { from: null, to: "ACTIVE" } },
      })),
    );
    const audit = await harness.subgraph.dataSource
      .getRepository(AuditEntry)
      .countBy({ operation: "upsertCoCreationLinks", entityType: "CoCreationLink", actorId: supportUnit.accountId });
    expect(audit).toBe(3);
    // Imports record OGP's data: a COMPLETED commitment takes the link its action plan records.
    expect((await view("AL0204")).hasActiveCoCreator).toBe(true);
  });

  it("finds the same links UNCHANGED and writes nothing", async () => {
    const before = await tableCounts(harness.subgraph);
    const result = await upsert(
      [
        { commitmentOgpId: "AL0201", partnerId: CSO, role: "IMPLEMENTATION" },
        { commitmentOgpId: "AL0201", partnerId: CSO, role: "EVALUATION" },
      ],
      { source: SOURCE },
    );
    expect(result).toMatchObject({ committed: true, unchanged: 2, created: 0, updated: 0 });
    expect(result.rows.every((row) => row.id !== null)).toBe(true);
    expect(await tableCounts(harness.subgraph)).toEqual(before);
  });

  it("activates a REQUESTED link, and leaves a link the hub ended as it is", async () => {
    const commitmentId = (await view("AL0202")).id;
    const requested = ok(
      await harness.subgraph.execute<{ requestCoCreation: { id: string } }>(
        "mutation ($input: RequestCoCreationInput!) { requestCoCreation(input: $input) { id } }",
        { as: partnerEditor, variables: { input: { commitmentId, role: "DESIGN" } } },
      ),
    ).requestCoCreation;
    const ended = ok(
      await harness.subgraph.execute<{ requestCoCreation: { id: string } }>(
        "mutation ($input: RequestCoCreationInput!) { requestCoCreation(input: $input) { id } }",
        { as: partnerEditor, variables: { input: { commitmentId, role: "EVALUATION" } } },
      ),
    ).requestCoCreation;
    ok(
      await harness.subgraph.execute("mutation ($input: CoCreationDecisionInput!) { endCoCreation(input: $input) { id } }", {
        as: officer,
        variables: { input: { id: ended.id, version: 1, reason: "Not involved" } },
      }),
    );
    const result = await upsert(
      [
        { commitmentOgpId: "AL0202", partnerId: "partner-1", role: "DESIGN" },
        { commitmentOgpId: "AL0202", partnerId: "partner-1", role: "EVALUATION" },
      ],
      { source: SOURCE },
    );
    expect(result.rows.map((row) => [row.outcome, row.id])).toEqual([
      ["UPDATED", requested.id],
      ["UNCHANGED", ended.id],
    ]);
    const viewed = await view("AL0202");
    expect(viewed.coCreators.map((link) => [link.id, link.role, link.status])).toEqual([[requested.id, "DESIGN", "ACTIVE"]]);
    expect(viewed.history[0]).toEqual({
      kind: "CO_CREATION_LINKED",
      note: SOURCE,
      changes: { status: { from: "REQUESTED", to: "ACTIVE" } },
    });
  });

  it("refuses unknown or archived partners, unknown commitments and repeated rows, naming the field, writing nothing", async () => {
    const before = await tableCounts(harness.subgraph);
    const result = await upsert([
      { commitmentOgpId: "AL0203", partnerId: CSO, role: "DESIGN" },
      { commitmentOgpId: "AL0203", partnerId: UNKNOWN_PARTNER },
      { commitmentOgpId: "AL0203", partnerId: ARCHIVED_PARTNER },
      { commitmentOgpId: "ZZ9999", partnerId: CSO },
      { commitmentOgpId: "AL0203", partnerId: CSO, role: "IMPLEMENTATION" },
      { commitmentOgpId: "AL0203", partnerId: CSO },
      { commitmentOgpId: "AL0203", partnerId: " " },
    ]);
    expect(result).toMatchObject({ committed: false, invalid: 5, skipped: 2, created: 0 });
    expect(result.rows.map((row) => [row.outcome, row.error?.code ?? null, row.error?.field ?? null])).toEqual([
      ["SKIPPED", null, null],
      ["INVALID", "BAD_USER_INPUT", "partnerId"],
      ["INVALID", "BAD_USER_INPUT", "partnerId"],
      ["INVALID", "BAD_USER_INPUT", "commitmentOgpId"],
      ["SKIPPED", null, null],
      ["INVALID", "CONFLICT", "partnerId"],
      ["INVALID", "BAD_USER_INPUT", "partnerId"],
    ]);
    expect(result.rows[1]?.error?.message).toContain(`no partner with the id ${UNKNOWN_PARTNER}`);
    expect(result.rows[2]?.error?.message).toMatch(/archived/);
    expect(await tableCounts(harness.subgraph)).toEqual(before);
  });

  it("checks a batch without writing it on a dry run", async () => {
    const before = await tableCounts(harness.subgraph);
    const result = await upsert([{ commitmentOgpId: "AL0203", partnerId: CSO }], { dryRun: true, source: SOURCE });
    expect(result).toMatchObject({ committed: false, dryRun: true, created: 1 });
    expect(await tableCounts(harness.subgraph)).toEqual(before);
  });

  it("writes a large batch in statements per chunk, not per row", async () => {
    const rows = ["AL0201", "AL0202", "AL0203"].flatMap((commitmentOgpId) =>
      Array.from({ length: 200 }, (_, i) => ({ commitmentOgpId, partnerId: `bulk-partner-${i}` })),
    );
    for (let i = 0; i < 200; i += 1) harness.directory.addPartner(`bulk-partner-${i}`);
    const { result, statements } = await harness.subgraph.counter.measure(() => upsert(rows, { source: SOURCE }));
    expect(result).toMatchObject({ committed: true, created: 600 });
    expect(statements).toBeLessThanOrEqual(20);
  }, 30_000);

  it("is the support unit's: others are refused", async () => {
    const rows = [{ commitmentOgpId: "AL0203", partnerId: CSO }];
    expect(firstError(await harness.subgraph.execute(LINKS, { variables: { rows } })).code).toBe("UNAUTHENTICATED");
    for (const as of [officer, partnerEditor]) {
      expect(firstError(await harness.subgraph.execute(LINKS, { as, variables: { rows } })).code).toBe("FORBIDDEN");
    }
    expect(
      ok(await harness.subgraph.execute<{ upsertCoCreationLinks: UpsertOutcomes }>(LINKS, { as: supportAdmin, variables: { rows } })),
    ).toMatchObject({ upsertCoCreationLinks: { committed: true, created: 1 } });
  });
});
