import "reflect-metadata";
import { AuditEntry, type Viewer } from "@ogc/kit";
import { testStores } from "@ogc/kit/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ALB,
  ARCHIVED_INSTITUTION,
  ASSEMBLY,
  assignArea,
  changeStatus,
  createCommitment,
  createHarness,
  DISABLED_SUPPORT,
  firstError,
  GHA,
  GHANA_MINISTRY,
  ghanaOfficer,
  type Harness,
  MINISTRY,
  OMBUDSMAN,
  officer,
  ok,
  otherOfficer,
  partnerEditor,
  SECOND_SUPPORT,
  shift,
  supportUnit,
  tableCounts,
} from "../test-helpers.js";
import { CoordinationCase, CoordinationCaseInstitution } from "./coordination.entity.js";

const DECLARE =
  "mutation ($input: DeclareParticipationIntentInput!) { declareParticipationIntent(input: $input) { id version status note area institutionId } }";
const WITHDRAW =
  "mutation ($input: WithdrawParticipationIntentInput!) { withdrawParticipationIntent(input: $input) { id version status } }";
const CASES = `query ($filter: CoordinationCaseFilter, $first: Int, $after: String) {
  coordinationCases(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id version area status ageInDays openedAt member { id } institutions { id } leadInstitution { id } resolution mergedCommitmentIds divisionOfWork } }
  }
}`;
const SUPPORT_VIEW = `query ($id: ID!) { coordinationCase(id: $id) {
  id version status facilitatorId facilitator { id } institutions { id } leadInstitution { id } resolution
  notes { id at authorId author { id } text } nextSteps { id description dueOn doneAt } history { kind actorId changesJson }
} }`;

type Intent = { id: string; version: number; status: string; note: string | null };
type CaseNode = {
  id: string;
  version: number;
  area: string;
  status: string;
  ageInDays: number;
  openedAt: string;
  member: { id: string };
  institutions: { id: string }[];
  leadInstitution: { id: string } | null;
  resolution: string | null;
};

describe.each(testStores)("participation intents and coordination cases on %s", (store) => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness(store);
  });
  afterEach(() => harness.close());

  const declare = (institutionId: string, area = "ANTI_CORRUPTION", as: Viewer = supportUnit, note: string | null = null) =>
    harness.subgraph.execute<{ declareParticipationIntent: Intent }>(DECLARE, { as, variables: { input: { institutionId, area, note } } });
  const declared = async (institutionId: string, area = "ANTI_CORRUPTION", as: Viewer = supportUnit) =>
    ok(await declare(institutionId, area, as)).declareParticipationIntent;
  const cases = async (filter: Record<string, unknown> = {}, as: Viewer | null = supportUnit, first = 50) =>
    ok(
      await harness.subgraph.execute<{ coordinationCases: { totalCount: number; edges: { node: CaseNode }[] } }>(CASES, {
        as,
        variables: { filter, first },
      }),
    ).coordinationCases.edges.map((edge) => edge.node);
  const caseMutation = (name: string, type: string, input: Record<string, unknown>, as: Viewer | null = supportUnit) =>
    harness.subgraph.execute<Record<string, CaseNode>>(`mutation ($input: ${type}!) { ${name}(input: $input) { id version status } }`, {
      as,
      variables: { input },
    });

  it("lets officers declare intents for their own institutions only, and withdraw them", async () => {
    const first = ok(await declare(MINISTRY, "ANTI_CORRUPTION", officer, "Procurement")).declareParticipationIntent;
    expect(first).toMatchObject({ status: "ACTIVE", note: "Procurement", version: 1 });
    // Declaring again re-words the same intent: never two active ones.
    const again = ok(await declare(MINISTRY, "ANTI_CORRUPTION", officer, "Procurement data")).declareParticipationIntent;
    expect(again).toMatchObject({ id: first.id, version: 2, note: "Procurement data" });
    expect(firstError(await declare(ASSEMBLY, "ANTI_CORRUPTION", officer)).code).toBe("FORBIDDEN");
    expect(firstError(await declare(MINISTRY, "ANTI_CORRUPTION", ghanaOfficer)).code).toBe("FORBIDDEN");
    expect(firstError(await declare(MINISTRY, "ANTI_CORRUPTION", partnerEditor)).code).toBe("FORBIDDEN");
    expect(firstError(await declare(MINISTRY, "ANTI_CORRUPTION", null as unknown as Viewer)).code).toBe("UNAUTHENTICATED");
    expect(firstError(await declare("00000000-0000-4000-8000-00000000ffff")).code).toBe("BAD_USER_INPUT");
    expect(firstError(await declare(ARCHIVED_INSTITUTION)).code).toBe("CONFLICT");
    const withdraw = (version: number, as: Viewer = officer) =>
      harness.subgraph.execute<{ withdrawParticipationIntent: Intent }>(WITHDRAW, { as, variables: { input: { id: first.id, version } } });
    expect(firstError(await withdraw(1)).code).toBe("CONFLICT");
    expect(firstError(await withdraw(2, otherOfficer)).code).toBe("FORBIDDEN");
    expect(ok(await withdraw(2)).withdrawParticipationIntent).toMatchObject({ status: "WITHDRAWN", version: 3 });
    expect(firstError(await withdraw(3)).code).toBe("CONFLICT");
    // Withdrawn: a new declaration is a new intent.
    expect((await declared(MINISTRY, "ANTI_CORRUPTION", officer)).id).not.toBe(first.id);
  });

  it("opens one case when a second institution of the member declares, in the same transaction; a third joins it", async () => {
    await declared(MINISTRY, "ANTI_CORRUPTION", officer);
    await declared(GHANA_MINISTRY, "ANTI_CORRUPTION", ghanaOfficer);
    await declared(OMBUDSMAN, "FISCAL_OPENNESS", officer);
    expect(await cases()).toEqual([]);
    await declared(ASSEMBLY, "ANTI_CORRUPTION", otherOfficer);
    const [opened, ...others] = await cases();
    expect(others).toEqual([]);
    expect(opened).toMatchObject({ area: "ANTI_CORRUPTION", status: "OPEN", ageInDays: 0, leadInstitution: null });
    expect(opened?.institutions.map((row) => row.id).sort()).toEqual([MINISTRY, ASSEMBLY].sort());
    const audit = await harness.subgraph.dataSource
      .getRepository(AuditEntry)
      .findOneByOrFail({ entityType: "CoordinationCase", entityId: opened?.id });
    expect(audit).toMatchObject({ operation: "declareParticipationIntent", actorId: otherOfficer.accountId });
    await declared(OMBUDSMAN, "ANTI_CORRUPTION", officer);
    await declared(MINISTRY, "ANTI_CORRUPTION", officer);
    const [joined, ...none] = await cases();
    expect(none).toEqual([]);
    expect(joined?.id).toBe(opened?.id);
    expect(joined?.institutions.map((row) => row.id)).toHaveLength(3);
    const joinedAudit = await harness.subgraph.dataSource
      .getRepository(AuditEntry)
      .findBy({ entityType: "CoordinationCase", entityId: opened?.id });
    expect(joinedAudit.map((entry) => entry.changes.institutionIds?.to).filter(Boolean)).toEqual([
      expect.arrayContaining([MINISTRY, ASSEMBLY, OMBUDSMAN]),
    ]);
    const history = ok(
      await harness.subgraph.execute<{ coordinationCase: { history: { kind: string }[] } }>(SUPPORT_VIEW, {
        as: supportUnit,
        variables: { id: opened?.id },
      }),
    ).coordinationCase.history.map((entry) => entry.kind);
    expect(history).toEqual(["OPENED", "INSTITUTION_JOINED"]);
  });

  it("counts submitted commitments (by assigned, else proposed area) but not drafts", async () => {
    await declared(ASSEMBLY, "ANTI_CORRUPTION");
    const draft = await createCommitment(harness.subgraph, { proposedArea: "ANTI_CORRUPTION" });
    expect(await cases()).toEqual([]);
    await changeStatus(harness.subgraph, draft, "SUBMITTED", officer);
    const [opened] = await cases();
    expect(opened?.institutions.map((row) => row.id).sort()).toEqual([MINISTRY, ASSEMBLY].sort());
    // Assigning another area makes the commitment take part there instead.
    const elsewhere = await changeStatus(
      harness.subgraph,
      await createCommitment(harness.subgraph, {
        proposedArea: "FISCAL_OPENNESS",
        leadInstitutionId: OMBUDSMAN,
        supportingInstitutionIds: [],
      }),
      "SUBMITTED",
      officer,
    );
    await declared(ASSEMBLY, "CIVIC_SPACE");
    expect(await cases({ area: "CIVIC_SPACE" })).toEqual([]);
    await assignArea(harness.subgraph, elsewhere, "CIVIC_SPACE");
    const [civic] = await cases({ area: "CIVIC_SPACE" });
    expect(civic?.institutions.map((row) => row.id).sort()).toEqual([OMBUDSMAN, ASSEMBLY].sort());
  });

  it("opens cases for imported commitments too, in one batch, checking only the member-areas two institutions share", async () => {
    const UPSERT = "mutation ($input: [CommitmentUpsertInput!]!) { upsertCommitments(input: $input) { committed } }";
    const row = (ogpId: string, memberCode: string, leadInstitutionId: string, proposedArea: string, status = "IN_PROGRESS") => ({
      ogpId,
      memberCode,
      leadInstitutionId,
      proposedArea,
      status,
      title: `Imported ${ogpId}`,
    });
    // One institution per member and area: nothing to coordinate, and the check costs the same for 2 rows or 40.
    const single = (count: number, from: number) =>
      Array.from({ length: count }, (_, i) =>
        row(`AL${String(from + i).padStart(4, "0")}`, "ALB", MINISTRY, ["ANTI_CORRUPTION", "FISCAL_OPENNESS"][i % 2] as string),
      );
    const import_ = async (input: Record<string, unknown>[]) => {
      const from = harness.subgraph.counter.statements.length;
      const result = await harness.subgraph.execute<{ upsertCommitments: { committed: boolean } }>(UPSERT, {
        as: supportUnit,
        variables: { input },
      });
      return { result, queries: harness.subgraph.counter.statements.slice(from) };
    };
    const small = await import_(single(2, 1));
    const large = await import_(single(40, 101));
    expect(await cases()).toEqual([]);
    // The whole import, not only its coordination part: the same statements for 2 rows as for 40.
    expect(large.queries.length).toBe(small.queries.length);
    const noticing = (measured: typeof small) => measured.queries.filter((sql) => /participation_intent/.test(sql)).length;
    expect([ok(small.result).upsertCommitments, ok(large.result).upsertCommitments]).toEqual([{ committed: true }, { committed: true }]);
    expect([noticing(small), noticing(large)]).toEqual([1, 1]);

    // A second institution of ALB in anti-corruption, a draft of GHA and a withdrawn one elsewhere: one case, ALB's.
    const mixed = await import_([
      row("AL0201", "ALB", ASSEMBLY, "ANTI_CORRUPTION", "COMPLETED"),
      row("GH0201", "GHA", GHANA_MINISTRY, "ANTI_CORRUPTION", "DRAFT"),
      row("AL0202", "ALB", OMBUDSMAN, "FISCAL_OPENNESS", "WITHDRAWN"),
    ]);
    expect(ok(mixed.result).upsertCommitments).toEqual({ committed: true });
    const opened = await cases();
    expect(opened.map((c) => [c.member.id, c.area, c.institutions.map((i) => i.id).sort()])).toEqual([
      [ALB, "ANTI_CORRUPTION", [MINISTRY, ASSEMBLY].sort()],
    ]);
    // Importing a changed row of the same member-area again opens nothing more, and asks nothing of the case tables
    // beyond the one look at what the cases already cover.
    const again = await import_([row("AL0201", "ALB", ASSEMBLY, "ANTI_CORRUPTION", "IN_PROGRESS")]);
    expect(ok(again.result).upsertCommitments).toEqual({ committed: true });
    expect(await cases()).toHaveLength(1);
    expect(again.queries.filter((sql) => /coordination_case/.test(sql))).toHaveLength(1);
  });

  it("never duplicates a case under concurrent declarations and submissions", async () => {
    for (const area of ["ANTI_CORRUPTION", "FISCAL_OPENNESS", "CIVIC_SPACE"]) {
      const drafts = await Promise.all(
        [MINISTRY, OMBUDSMAN].map((lead) =>
          createCommitment(harness.subgraph, { proposedArea: area, leadInstitutionId: lead, supportingInstitutionIds: [] }),
        ),
      );
      const results = await Promise.all([
        declare(ASSEMBLY, area),
        declare(MINISTRY, area),
        declare(OMBUDSMAN, area),
        ...drafts.map((draft) =>
          harness.subgraph.execute("mutation ($input: ChangeCommitmentStatusInput!) { changeCommitmentStatus(input: $input) { id } }", {
            as: officer,
            variables: { input: { id: draft.id, version: draft.version, to: "SUBMITTED" } },
          }),
        ),
      ]);
      for (const result of results) expect(result.errors).toBeUndefined();
      const found = await harness.subgraph.dataSource.getRepository(CoordinationCase).findBy({ area: area as never });
      expect(found).toHaveLength(1);
      const links = await harness.subgraph.dataSource.getRepository(CoordinationCaseInstitution).findBy({ caseId: found[0]?.id });
      expect(links.map((link) => link.institutionId).sort()).toEqual([MINISTRY, ASSEMBLY, OMBUDSMAN].sort());
    }
  });

  it("runs a case's workflow for the support unit: versioned, audited, in its history, final once resolved", async () => {
    await declared(MINISTRY);
    await declared(ASSEMBLY);
    let [current] = await cases();
    if (!current) throw new Error("no case");
    const id = current.id;
    const step = async (name: string, type: string, input: Record<string, unknown>) => {
      const response = await caseMutation(name, type, { id, version: current?.version, ...input });
      current = { ...(current as CaseNode), ...(ok(response)[name] as CaseNode) };
      return current;
    };
    expect(await step("assignFacilitator", "AssignFacilitatorInput", { facilitatorId: "support_unit-1" })).toMatchObject({
      status: "IN_PROGRESS",
      version: 2,
    });
    expect(firstError(await caseMutation("addCaseNote", "AddCaseNoteInput", { id, version: 1, text: "Stale" })).code).toBe("CONFLICT");
    await step("addCaseNote", "AddCaseNoteInput", { text: "Called both ministries." });
    await step("addNextStep", "AddNextStepInput", { description: "Joint meeting", dueOn: "2027-01-15" });
    let view = ok(
      await harness.subgraph.execute<{ coordinationCase: { nextSteps: { id: string }[] } }>(SUPPORT_VIEW, {
        as: supportUnit,
        variables: { id },
      }),
    ).coordinationCase;
    const stepId = view.nextSteps[0]?.id;
    await step("completeNextStep", "CompleteNextStepInput", { stepId });
    expect(firstError(await caseMutation("completeNextStep", "CompleteNextStepInput", { id, version: current.version, stepId })).code).toBe(
      "CONFLICT",
    );
    expect(
      firstError(await caseMutation("designateLead", "DesignateLeadInput", { id, version: current.version, institutionId: OMBUDSMAN }))
        .code,
    ).toBe("BAD_USER_INPUT");
    await step("designateLead", "DesignateLeadInput", { institutionId: ASSEMBLY });
    expect(
      firstError(
        await caseMutation("resolveCoordinationCase", "ResolveCoordinationCaseInput", {
          id,
          version: current.version,
          resolution: "KEPT_SEPARATE",
        }),
      ).code,
    ).toBe("BAD_USER_INPUT");
    await step("resolveCoordinationCase", "ResolveCoordinationCaseInput", { resolution: "LEAD_DESIGNATED" });
    expect(current.status).toBe("RESOLVED");
    expect(firstError(await caseMutation("addCaseNote", "AddCaseNoteInput", { id, version: current.version, text: "Late" })).code).toBe(
      "CONFLICT",
    );
    view = ok(await harness.subgraph.execute(SUPPORT_VIEW, { as: supportUnit, variables: { id } })).coordinationCase as never;
    expect(view).toMatchObject({
      status: "RESOLVED",
      resolution: "LEAD_DESIGNATED",
      leadInstitution: { id: ASSEMBLY },
      facilitatorId: "support_unit-1",
      // References the gateway completes from the identity subgraph (name, role).
      facilitator: { id: "support_unit-1" },
      notes: [{ text: "Called both ministries.", authorId: supportUnit.accountId, author: { id: supportUnit.accountId } }],
      nextSteps: [{ description: "Joint meeting", dueOn: "2027-01-15" }],
    });
    const kinds = (view as unknown as { history: { kind: string }[] }).history.map((entry) => entry.kind);
    expect(kinds).toEqual([
      "OPENED",
      "assignFacilitator",
      "addCaseNote",
      "addNextStep",
      "completeNextStep",
      "designateLead",
      "resolveCoordinationCase",
    ]);
    const audited = await harness.subgraph.dataSource.getRepository(AuditEntry).countBy({ entityType: "CoordinationCase", entityId: id });
    expect(audited).toBe(7);
    // The same institutions again: no new case. A new one: a new case with all of them.
    await declared(MINISTRY);
    expect(await cases()).toHaveLength(1);
    await declared(OMBUDSMAN);
    const all = await cases();
    expect(all.map((row) => row.status)).toEqual(["RESOLVED", "OPEN"]);
    expect(all[1]?.institutions).toHaveLength(3);
  });

  it("names as facilitator only an active support-unit account, as the identity service says, changing nothing otherwise", async () => {
    await declared(MINISTRY);
    await declared(ASSEMBLY);
    const [open] = await cases();
    if (!open) throw new Error("no case");
    const assign = (facilitatorId: string) =>
      caseMutation("assignFacilitator", "AssignFacilitatorInput", { id: open.id, version: open.version, facilitatorId });
    const refusals: [string, RegExp][] = [
      ["no-such-account", /No account has the id no-such-account/],
      [officer.accountId, /has the role INSTITUTION_OFFICER: only support-unit accounts facilitate/],
      [DISABLED_SUPPORT, /is DISABLED: it cannot facilitate/],
    ];
    for (const [facilitatorId, message] of refusals) {
      const before = await tableCounts(harness.subgraph);
      expect(firstError(await assign(facilitatorId))).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "facilitatorId",
        message: expect.stringMatching(message),
      });
      expect(await tableCounts(harness.subgraph)).toEqual(before);
    }
    harness.accounts.unavailable = true;
    try {
      expect(firstError(await assign(SECOND_SUPPORT))).toMatchObject({
        code: "SERVICE_UNAVAILABLE",
        message: expect.stringMatching(/identity service could not be asked .* nothing was saved/),
      });
      // Naming oneself needs no question to the identity service.
      const requests = harness.accounts.requests;
      expect(ok(await assign(supportUnit.accountId)).assignFacilitator).toMatchObject({ status: "IN_PROGRESS", version: open.version + 1 });
      expect(harness.accounts.requests).toBe(requests);
    } finally {
      harness.accounts.unavailable = false;
    }
    const [current] = await cases();
    const requests = harness.accounts.requests;
    ok(
      await caseMutation("assignFacilitator", "AssignFacilitatorInput", {
        id: open.id,
        version: current?.version,
        facilitatorId: SECOND_SUPPORT,
      }),
    );
    expect(harness.accounts.requests - requests).toBe(1);
    expect((await cases({ facilitatorId: SECOND_SUPPORT })).map((row) => row.id)).toEqual([open.id]);
  });

  it("refuses a facilitator in the request's language, with the account and its role in the message", async () => {
    await declared(MINISTRY);
    await declared(ASSEMBLY);
    const [open] = await cases();
    if (!open) throw new Error("no case");
    const assign = (headers?: Record<string, string>) =>
      harness.subgraph.execute("mutation ($input: AssignFacilitatorInput!) { assignFacilitator(input: $input) { id version } }", {
        as: supportUnit,
        headers,
        variables: { input: { id: open.id, version: open.version, facilitatorId: officer.accountId } },
      });
    const account = officer.accountId;
    expect(firstError(await assign({ "accept-language": "fr" }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "facilitatorId",
      message: `Le compte ${account} a le rôle INSTITUTION_OFFICER : seuls les comptes de l'unité de soutien facilitent la coordination.`,
    });
    expect(firstError(await assign({ "accept-language": "es-ES,es;q=0.9,en;q=0.5" }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "facilitatorId",
      message: `La cuenta ${account} tiene el rol INSTITUTION_OFFICER: solo las cuentas de la unidad de apoyo facilitan la coordinación.`,
    });
    expect(firstError(await assign())).toEqual({
      code: "BAD_USER_INPUT",
      field: "facilitatorId",
      message: `The account ${account} has the role INSTITUTION_OFFICER: only support-unit accounts facilitate coordination.`,
    });
  });

  it("checks merges and divisions of work", async () => {
    const commitments = [];
    for (const lead of [MINISTRY, OMBUDSMAN]) {
      const draft = await createCommitment(harness.subgraph, { leadInstitutionId: lead, supportingInstitutionIds: [] });
      commitments.push(await changeStatus(harness.subgraph, draft, "SUBMITTED", officer));
    }
    const other = await createCommitment(harness.subgraph, { proposedArea: "FISCAL_OPENNESS" });
    const [open] = await cases();
    if (!open) throw new Error("no case");
    const resolve = (input: Record<string, unknown>) =>
      caseMutation("resolveCoordinationCase", "ResolveCoordinationCaseInput", { id: open.id, version: open.version, ...input });
    expect(firstError(await resolve({ resolution: "MERGED", mergedCommitmentIds: [commitments[0]?.id] })).code).toBe("BAD_USER_INPUT");
    expect(firstError(await resolve({ resolution: "MERGED", mergedCommitmentIds: [commitments[0]?.id, other.id] })).code).toBe(
      "BAD_USER_INPUT",
    );
    expect(firstError(await resolve({ resolution: "LEAD_DESIGNATED" })).code).toBe("BAD_USER_INPUT");
    const ids = commitments.map((commitment) => commitment.id);
    ok(await resolve({ resolution: "MERGED", mergedCommitmentIds: ids }));
    const [resolved] = await cases({}, null);
    expect(resolved).toMatchObject({ status: "RESOLVED", resolution: "MERGED", mergedCommitmentIds: ids });
  });

  it("shows outcomes to everyone, notes, next steps, facilitator and history to the support unit only", async () => {
    await declared(MINISTRY);
    await declared(ASSEMBLY);
    const [open] = await cases({}, null);
    expect(open).toMatchObject({ status: "OPEN", member: { id: expect.any(String) } });
    for (const [as, code] of [
      [null, "UNAUTHENTICATED"],
      [officer, "FORBIDDEN"],
      [partnerEditor, "FORBIDDEN"],
    ] as const) {
      const response = await harness.subgraph.execute<{ coordinationCase: Record<string, unknown> }>(SUPPORT_VIEW, {
        as,
        variables: { id: open?.id },
      });
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual([code, code, code, code, code]);
      expect(response.data?.coordinationCase).toMatchObject({
        status: "OPEN",
        notes: null,
        nextSteps: null,
        facilitatorId: null,
        facilitator: null,
        history: null,
      });
      expect(firstError(await harness.subgraph.execute(CASES, { as, variables: { filter: { facilitatorId: "x" } } })).code).toBe(code);
    }
    for (const [name, type, input] of [
      ["assignFacilitator", "AssignFacilitatorInput", { facilitatorId: SECOND_SUPPORT }],
      ["addCaseNote", "AddCaseNoteInput", { text: "x" }],
      ["addNextStep", "AddNextStepInput", { description: "x", dueOn: "2027-01-01" }],
      ["completeNextStep", "CompleteNextStepInput", { stepId: "x" }],
      ["designateLead", "DesignateLeadInput", { institutionId: MINISTRY }],
      ["resolveCoordinationCase", "ResolveCoordinationCaseInput", { resolution: "KEPT_SEPARATE", divisionOfWork: "x" }],
    ] as const) {
      const full = { id: open?.id, version: open?.version, ...input };
      expect([name, firstError(await caseMutation(name, type, full, null)).code]).toEqual([name, "UNAUTHENTICATED"]);
      for (const as of [officer, otherOfficer, partnerEditor]) {
        expect([name, firstError(await caseMutation(name, type, full, as)).code]).toEqual([name, "FORBIDDEN"]);
      }
      expect([name, firstError(await caseMutation(name, type, { ...full, id: "00000000-0000-4000-8000-00000000ffff" })).code]).toEqual([
        name,
        "NOT_FOUND",
      ]);
    }
  });

  it("sorts the queue oldest first, filters it, and answers it in a constant number of statements", async () => {
    const areas = ["ANTI_CORRUPTION", "FISCAL_OPENNESS", "CIVIC_SPACE", "CLIMATE_AND_ENVIRONMENT", "DIGITAL_GOVERNANCE", "JUSTICE"];
    for (const area of areas) {
      await declared(MINISTRY, area);
      await declared(ASSEMBLY, area);
    }
    const queue = await cases();
    expect(queue.map((row) => row.area).sort()).toEqual([...areas].sort());
    expect(queue.map((row) => row.openedAt)).toEqual(queue.map((row) => row.openedAt).sort());
    expect((await cases({ area: "FISCAL_OPENNESS" })).map((row) => row.area)).toEqual(["FISCAL_OPENNESS"]);
    expect(await cases({ status: "RESOLVED" })).toEqual([]);
    await caseMutation("assignFacilitator", "AssignFacilitatorInput", {
      id: queue[1]?.id,
      version: queue[1]?.version,
      facilitatorId: SECOND_SUPPORT,
    });
    expect((await cases({ facilitatorId: SECOND_SUPPORT })).map((row) => row.area)).toEqual(["FISCAL_OPENNESS"]);
    expect((await cases({ status: "IN_PROGRESS", memberId: queue[0]?.member.id })).map((row) => row.area)).toEqual(["FISCAL_OPENNESS"]);
    for (const row of queue) {
      await caseMutation("addCaseNote", "AddCaseNoteInput", { id: row.id, version: row.id === queue[1]?.id ? 2 : 1, text: "n" });
    }
    const FULL = `query ($first: Int) { coordinationCases(first: $first) { edges { node { id institutions { id } notes { id } nextSteps { id } history { kind } facilitatorId } } } }`;
    const measure = async (first: number) =>
      (await harness.subgraph.counter.measure(() => harness.subgraph.execute(FULL, { as: supportUnit, variables: { first } }))).statements;
    expect(await measure(6)).toBe(await measure(2));
  });

  it("lists coordination outcomes by member type, region and resolution day, for anyone, without the support unit's notes", async () => {
    const ghanaCourt = "00000000-0000-4000-8000-0000000000b9";
    harness.directory.addInstitution(ghanaCourt, GHA, { branch: "JUDICIAL" });
    await declared(MINISTRY);
    await declared(ASSEMBLY);
    await declared(GHANA_MINISTRY, "JUSTICE");
    await declared(ghanaCourt, "JUSTICE");
    const [albania] = await cases({ memberId: ALB });
    if (!albania) throw new Error("no case for Albania");
    ok(
      await caseMutation("resolveCoordinationCase", "ResolveCoordinationCaseInput", {
        id: albania.id,
        version: albania.version,
        resolution: "KEPT_SEPARATE",
        divisionOfWork: "The ministry drafts, the assembly legislates.",
      }),
    );
    const today = shift(0);
    const areas = async (filter: Record<string, unknown>) => (await cases(filter, null)).map((row) => `${row.area}:${row.status}`);
    expect(await areas({ region: "EUROPE" })).toEqual(["ANTI_CORRUPTION:RESOLVED"]);
    expect(await areas({ region: "AFRICA_AND_MIDDLE_EAST", memberType: "NATIONAL" })).toEqual(["JUSTICE:OPEN"]);
    expect(await areas({ memberType: "LOCAL" })).toEqual([]);
    expect(await areas({ resolvedFrom: today, resolvedTo: today })).toEqual(["ANTI_CORRUPTION:RESOLVED"]);
    expect(await areas({ resolvedTo: shift(-1) })).toEqual([]);
    expect(await areas({ resolvedFrom: shift(1) })).toEqual([]);
    expect(await areas({ resolvedFrom: "2020-01-01", region: "AFRICA_AND_MIDDLE_EAST" })).toEqual([]);
    const [outcome] = await cases({ region: "EUROPE", resolvedFrom: today }, null);
    expect(outcome).toMatchObject({ resolution: "KEPT_SEPARATE", divisionOfWork: "The ministry drafts, the assembly legislates." });
    // Notes stay the support unit's, even when a dashboard lists outcomes.
    const notes = await harness.subgraph.execute("{ coordinationCases(filter: { region: EUROPE }) { edges { node { notes { id } } } } }");
    expect(firstError(notes).code).toBe("UNAUTHENTICATED");
  });

  it("refuses a malformed or inverted resolution range, naming the field, before asking the directory", async () => {
    const requests = harness.directory.requests;
    for (const [filter, field] of [
      [{ resolvedFrom: "2026-13-01", region: "EUROPE" }, "filter.resolvedFrom"],
      [{ resolvedTo: "yesterday" }, "filter.resolvedTo"],
      [{ resolvedFrom: "2026-05-02", resolvedTo: "2026-05-01", memberType: "LOCAL" }, "filter.resolvedTo"],
    ] as const) {
      const error = firstError(await harness.subgraph.execute(CASES, { variables: { filter } }));
      expect(error).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(firstError(await harness.subgraph.execute(CASES, { variables: { first: 101, filter: { region: "EUROPE" } } }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "first",
    });
    expect(harness.directory.requests).toBe(requests);
  });

  it("lists a region's cases in the same number of statements whatever their number", async () => {
    await declared(MINISTRY, "JUSTICE");
    await declared(ASSEMBLY, "JUSTICE");
    const measure = async () =>
      (await harness.subgraph.counter.measure(async () => expect((await cases({ region: "EUROPE" }, null)).length).toBeGreaterThan(0)))
        .statements;
    const few = await measure();
    for (const area of ["ANTI_CORRUPTION", "FISCAL_OPENNESS", "CIVIC_SPACE", "MEDIA_FREEDOM"]) {
      await declared(MINISTRY, area);
      await declared(ASSEMBLY, area);
    }
    expect(await cases({ region: "EUROPE" }, null)).toHaveLength(5);
    expect(await measure()).toBe(few);
  });
});
