import "reflect-metadata";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DirectoryMember } from "../directory/directory-client.js";
import {
  ALB,
  ARCHIVED_INSTITUTION,
  ARCHIVED_MEMBER,
  ASSEMBLY,
  apiClient,
  CLOSED_PLAN,
  CREATE,
  type Created,
  changeStatus,
  commitmentIn,
  commitmentInput,
  createCommitment,
  createHarness,
  DRAFT_PLAN,
  ENDED_PLAN,
  firstError,
  GHANA_MINISTRY,
  GHANA_PLAN,
  type Harness,
  MINISTRY,
  OMBUDSMAN,
  OPEN_PLAN,
  officer,
  ok,
  otherOfficer,
  shift,
  supportUnit,
  tableCounts,
} from "../test-helpers.js";
import { Commitment, IdempotencyKey } from "./commitment.entity.js";

const UPDATE = "mutation ($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { id version title status } }";
const GET = `query ($id: ID!) { commitment(id: $id) { id ogpId title status pathway endsAfterChallenge
  member { id } leadInstitution { id } supportingInstitutions { id } actionPlan { id } proposedArea { code } assignedArea { code }
  milestones { position title dueDate status version } } }`;

describe.each(testStores)("commitments on %s", (store) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await createHarness(store);
  });
  afterAll(() => harness.close());

  it("creates a DRAFT for an officer's own institution, with its milestones and references as entity stubs", async () => {
    const created = await createCommitment(harness.subgraph, { ogpId: "AL0099" });
    expect(created).toMatchObject({ version: 1, status: "DRAFT" });
    const data = ok(
      await harness.subgraph.execute<{ commitment: Record<string, unknown> }>(GET, { as: officer, variables: { id: created.id } }),
    );
    expect(data.commitment).toMatchObject({
      ogpId: "AL0099",
      pathway: "STANDALONE",
      endsAfterChallenge: false,
      member: { id: ALB },
      leadInstitution: { id: MINISTRY },
      supportingInstitutions: [{ id: ASSEMBLY }],
      actionPlan: null,
      proposedArea: { code: "ANTI_CORRUPTION" },
      assignedArea: null,
      milestones: [{ position: 1, title: "Register law adopted", dueDate: shift(200), status: "PLANNED", version: 1 }],
    });
    const byOgpId = ok(
      await harness.subgraph.execute<{ commitmentByOgpId: { id: string } }>('{ commitmentByOgpId(ogpId: "AL0099") { id } }', {
        as: supportUnit,
      }),
    );
    expect(byOgpId.commitmentByOgpId.id).toBe(created.id);
  });

  describe("validation and reference checks: a refused write names the field and changes nothing", () => {
    const cases: [string, Record<string, unknown>, string, string, RegExp][] = [
      ["no value", { values: [] }, "BAD_USER_INPUT", "values", /at least one open-government value/],
      ["a blank title", { title: "  " }, "BAD_USER_INPUT", "title", /title is required/],
      ["an end before the start", { startDate: "2027-01-01", endDate: "2026-12-31" }, "BAD_USER_INPUT", "endDate", /cannot end/],
      ["a date that is not one", { endDate: "2027-02-30" }, "BAD_USER_INPUT", "endDate", /YYYY-MM-DD/],
      ["a lower-case OGP id", { ogpId: "al0002" }, "BAD_USER_INPUT", "ogpId", /not an OGP commitment id/],
      ["a duplicate OGP id", { ogpId: "AL0099" }, "CONFLICT", "ogpId", /already has the OGP id AL0099/],
      ["an unknown member", { memberId: "00000000-0000-4000-8000-000000000000" }, "FORBIDDEN", "", /own member/],
      [
        "a lead institution unknown to the directory",
        { leadInstitutionId: "00000000-0000-4000-8000-00000000ffff" },
        "FORBIDDEN",
        "",
        /own institutions/,
      ],
      [
        "a supporting institution of another member",
        { supportingInstitutionIds: [GHANA_MINISTRY] },
        "BAD_USER_INPUT",
        "supportingInstitutionIds.0",
        /another member/,
      ],
      [
        "an archived supporting institution",
        { supportingInstitutionIds: [ARCHIVED_INSTITUTION] },
        "BAD_USER_INPUT",
        "supportingInstitutionIds.0",
        /archived/,
      ],
      [
        "the lead as its own supporter",
        { supportingInstitutionIds: [MINISTRY] },
        "BAD_USER_INPUT",
        "supportingInstitutionIds.0",
        /cannot also be/,
      ],
      ["an action-plan commitment without its plan", { pathway: "ACTION_PLAN" }, "BAD_USER_INPUT", "actionPlanId", /names its action plan/],
      [
        "another member's plan",
        { pathway: "ACTION_PLAN", actionPlanId: GHANA_PLAN, startDate: shift(1), endDate: shift(100) },
        "BAD_USER_INPUT",
        "actionPlanId",
        /not a plan of ALB/,
      ],
      [
        "a start before the plan's",
        { pathway: "ACTION_PLAN", actionPlanId: DRAFT_PLAN, startDate: shift(-31), endDate: shift(100) },
        "BAD_USER_INPUT",
        "startDate",
        /cannot start .* before AP_ALB08 starts/,
      ],
      [
        "an end after the plan's",
        { pathway: "ACTION_PLAN", actionPlanId: DRAFT_PLAN, startDate: shift(1), endDate: shift(701) },
        "BAD_USER_INPUT",
        "endDate",
        /cannot end .* after AP_ALB08 ends/,
      ],
      [
        "a submitted plan whose amendment window is closed",
        { pathway: "ACTION_PLAN", actionPlanId: CLOSED_PLAN, startDate: shift(1), endDate: shift(100) },
        "CONFLICT",
        "actionPlanId",
        /only inside its amendment window .* not open today/,
      ],
      [
        "an ended plan",
        { pathway: "ACTION_PLAN", actionPlanId: ENDED_PLAN, startDate: "2021-01-01", endDate: "2021-12-31" },
        "CONFLICT",
        "actionPlanId",
        /has ended/,
      ],
    ];
    it.each(cases)("refuses %s", async (_, change, code, field, message) => {
      const before = await tableCounts(harness.subgraph);
      const error = firstError(await harness.subgraph.execute(CREATE, { as: officer, variables: { input: commitmentInput(change) } }));
      expect(error).toMatchObject({ code, message: expect.stringMatching(message) });
      if (field) expect(error.field).toBe(field);
      expect(await tableCounts(harness.subgraph)).toEqual(before);
    });

    it("says a refusal in the request's language, with its values, and in English without Accept-Language", async () => {
      const input = commitmentInput({ pathway: "ACTION_PLAN", actionPlanId: DRAFT_PLAN, startDate: shift(-31), endDate: shift(100) });
      const refuse = async (headers?: Record<string, string>) =>
        firstError(await harness.subgraph.execute(CREATE, { as: officer, variables: { input }, headers }));
      const [start, planStart] = [shift(-31), shift(-30)];
      expect(await refuse({ "accept-language": "fr" })).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "startDate",
        message: `Un engagement de plan d'action suit le calendrier de son plan : il ne peut pas commencer (${start}) avant le début du plan AP_ALB08 (${planStart}).`,
      });
      expect(await refuse({ "accept-language": "es-ES,es;q=0.9" })).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "startDate",
        message: `Un compromiso de plan de acción sigue el calendario de su plan: no puede empezar (${start}) antes de que empiece el plan AP_ALB08 (${planStart}).`,
      });
      expect(await refuse()).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "startDate",
        message: `An action-plan commitment follows its plan's timeline: it cannot start (${start}) before AP_ALB08 starts (${planStart}).`,
      });
    });

    it("names the refused input in every language: an input rule's label is translated with its sentence", async () => {
      const refuse = async (change: Record<string, unknown>, headers?: Record<string, string>) =>
        firstError(await harness.subgraph.execute(CREATE, { as: officer, variables: { input: commitmentInput(change) }, headers }));
      expect(await refuse({ title: "  " }, { "accept-language": "fr" })).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "title",
        message: "Le titre est obligatoire.",
      });
      expect(await refuse({ title: "  " })).toMatchObject({ field: "title", message: "The title is required." });
      expect(await refuse({ endDate: "2027-02-30" }, { "accept-language": "fr" })).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "endDate",
        message: "La date de fin prévue doit être une date du calendrier au format AAAA-MM-JJ, et non « 2027-02-30 ».",
      });
      expect(await refuse({ endDate: "2027-02-30" }, { "accept-language": "es" })).toMatchObject({
        field: "endDate",
        message: "La fecha de fin prevista debe ser una fecha del calendario con el formato AAAA-MM-DD, no «2027-02-30».",
      });
    });

    it("checks references the support unit gives against the directory, in one request", async () => {
      const requests = harness.directory.requests;
      const cases: [Record<string, unknown>, string, RegExp][] = [
        [{ memberId: "00000000-0000-4000-8000-000000000000" }, "memberId", /no member/],
        [{ memberId: ARCHIVED_MEMBER }, "memberId", /archived/],
        [{ leadInstitutionId: "00000000-0000-4000-8000-00000000ffff" }, "leadInstitutionId", /no institution/],
        [{ leadInstitutionId: GHANA_MINISTRY }, "leadInstitutionId", /another member/],
        [{ leadInstitutionId: ARCHIVED_INSTITUTION }, "leadInstitutionId", /archived/],
      ];
      for (const [change, field, message] of cases) {
        const error = firstError(
          await harness.subgraph.execute(CREATE, { as: supportUnit, variables: { input: commitmentInput(change) } }),
        );
        expect([field, error.code, error.field, error.message]).toEqual([field, "BAD_USER_INPUT", field, expect.stringMatching(message)]);
      }
      expect(harness.directory.requests - requests).toBe(cases.length);
    });

    it("refuses a new commitment of a member that has left the partnership, and still imports OGP's history of it", async () => {
      const earlier = await createCommitment(harness.subgraph);
      const albania = harness.directory.members.get(ALB) as DirectoryMember;
      albania.memberStatus = "WITHDRAWN";
      try {
        // Its existing commitments stay editable, references and dates included.
        const edited = ok(
          await harness.subgraph.execute<{ updateCommitment: { endDate: string } }>(
            "mutation ($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { endDate } }",
            {
              as: officer,
              variables: { input: { id: earlier.id, version: earlier.version, endDate: "2027-06-30", supportingInstitutionIds: [] } },
            },
          ),
        ).updateCommitment;
        expect(edited.endDate).toBe("2027-06-30");
        const before = await tableCounts(harness.subgraph);
        const error = firstError(await harness.subgraph.execute(CREATE, { as: officer, variables: { input: commitmentInput() } }));
        expect(error).toMatchObject({
          code: "BAD_USER_INPUT",
          field: "memberId",
          message: expect.stringMatching(/ALB has left the partnership \(WITHDRAWN\)/),
        });
        expect(await tableCounts(harness.subgraph)).toEqual(before);
        const imported = ok(
          await harness.subgraph.execute<{ upsertCommitments: { committed: boolean } }>(
            'mutation { upsertCommitments(input: [{ ogpId: "AL0901", memberCode: "ALB", title: "From an earlier action plan" }]) { committed } }',
            { as: supportUnit },
          ),
        ).upsertCommitments;
        expect(imported.committed).toBe(true);
      } finally {
        albania.memberStatus = "ACTIVE";
      }
    });

    it("refuses the write, naming the directory, when the directory cannot be asked", async () => {
      harness.directory.unavailable = true;
      try {
        const before = await tableCounts(harness.subgraph);
        const error = firstError(await harness.subgraph.execute(CREATE, { as: officer, variables: { input: commitmentInput() } }));
        expect(error.message).toMatch(/directory could not be asked/);
        expect(await tableCounts(harness.subgraph)).toEqual(before);
      } finally {
        harness.directory.unavailable = false;
      }
    });
  });

  it("lets a commitment join a draft plan, or a submitted plan inside its open amendment window", async () => {
    const draft = await createCommitment(harness.subgraph, {
      pathway: "ACTION_PLAN",
      actionPlanId: DRAFT_PLAN,
      startDate: shift(1),
      endDate: shift(600),
    });
    const amended = await createCommitment(harness.subgraph, {
      pathway: "ACTION_PLAN",
      actionPlanId: OPEN_PLAN,
      startDate: shift(1),
      endDate: shift(300),
    });
    const data = ok(
      await harness.subgraph.execute<{ a: { actionPlan: { id: string } }; b: { actionPlan: { id: string } } }>(
        "query ($a: ID!, $b: ID!) { a: commitment(id: $a) { actionPlan { id } } b: commitment(id: $b) { actionPlan { id } } }",
        { as: supportUnit, variables: { a: draft.id, b: amended.id } },
      ),
    );
    expect([data.a.actionPlan.id, data.b.actionPlan.id]).toEqual([DRAFT_PLAN, OPEN_PLAN]);
  });

  it("applies the plan rules when an edit moves a commitment into a plan", async () => {
    const standalone = await createCommitment(harness.subgraph, { startDate: shift(1), endDate: shift(300) });
    const move = (actionPlanId: string, version: number) =>
      harness.subgraph.execute<{ updateCommitment: Created }>(UPDATE, {
        as: officer,
        variables: { input: { id: standalone.id, version, pathway: "ACTION_PLAN", actionPlanId } },
      });
    expect(firstError(await move(CLOSED_PLAN, 1))).toMatchObject({ code: "CONFLICT", field: "actionPlanId" });
    expect(ok(await move(OPEN_PLAN, 1)).updateCommitment.version).toBe(2);
    const hidden = ok(await harness.subgraph.execute<{ commitmentByOgpId: null }>('{ commitmentByOgpId(ogpId: "AL0099") { id } }'));
    // AL0099 is still a draft: not even its OGP id reveals it.
    expect(hidden.commitmentByOgpId).toBeNull();
  });

  it("allows an end after 31 March 2028 but flags it, and filters on the flag", async () => {
    const late = await createCommitment(harness.subgraph, { endDate: "2028-04-01", title: "Late reform" });
    const onTime = await createCommitment(harness.subgraph, { endDate: "2028-03-31", title: "On-time reform" });
    const flags = ok(
      await harness.subgraph.execute<{ a: { endsAfterChallenge: boolean }; b: { endsAfterChallenge: boolean } }>(
        "query ($a: ID!, $b: ID!) { a: commitment(id: $a) { endsAfterChallenge } b: commitment(id: $b) { endsAfterChallenge } }",
        { as: officer, variables: { a: late.id, b: onTime.id } },
      ),
    );
    expect([flags.a.endsAfterChallenge, flags.b.endsAfterChallenge]).toEqual([true, false]);
    type Page = { edges: { node: { id: string; endsAfterChallenge: boolean } }[] };
    const listed = ok(
      await harness.subgraph.execute<{ late: Page; rest: Page }>(
        "{ late: commitments(first: 100, filter: { endsAfterChallenge: true }) { edges { node { id endsAfterChallenge } } } rest: commitments(first: 100, filter: { endsAfterChallenge: false }) { edges { node { id endsAfterChallenge } } } }",
        { as: supportUnit },
      ),
    );
    const late_ = listed.late.edges.map((edge) => edge.node);
    const rest = listed.rest.edges.map((edge) => edge.node);
    expect(late_.map((node) => node.id)).toContain(late.id);
    expect(late_.map((node) => node.id)).not.toContain(onTime.id);
    expect(rest.map((node) => node.id)).toContain(onTime.id);
    expect(late_.every((node) => node.endsAfterChallenge) && rest.every((node) => !node.endsAfterChallenge)).toBe(true);
  });

  describe("visibility", () => {
    let draft: Created;
    let submitted: Created;
    let withdrawnDraft: Created;
    let withdrawnLater: Created;
    beforeAll(async () => {
      draft = await createCommitment(harness.subgraph, { title: "Hidden draft" });
      submitted = await changeStatus(
        harness.subgraph,
        await createCommitment(harness.subgraph, { title: "Public one" }),
        "SUBMITTED",
        officer,
      );
      withdrawnDraft = await changeStatus(harness.subgraph, await createCommitment(harness.subgraph), "WITHDRAWN", officer);
      withdrawnLater = await commitmentIn(harness.subgraph, "WITHDRAWN");
    });

    const see = async (as: typeof officer | null, id: string) =>
      ok(
        await harness.subgraph.execute<{ commitment: { id: string } | null }>("query ($id: ID!) { commitment(id: $id) { id } }", {
          as,
          variables: { id },
        }),
      ).commitment !== null;

    it.each([
      ["anonymous callers", false, null],
      ["dashboards", false, apiClient],
      ["officers of another institution", false, otherOfficer],
      ["officers of the lead institution", true, officer],
      ["the support unit", true, supportUnit],
    ] as const)("shows drafts to %s: %s", async (_, visible, as) => {
      expect(await see(as, draft.id)).toBe(visible);
      expect(await see(as, withdrawnDraft.id)).toBe(visible);
      expect(await see(as, submitted.id)).toBe(true);
      // Withdrawn after submission: it stays public, for accountability.
      expect(await see(as, withdrawnLater.id)).toBe(true);
      const listed = ok(
        await harness.subgraph.execute<{ commitments: { edges: { node: { id: string } }[] } }>(
          "{ commitments(first: 100) { edges { node { id } } } }",
          { as },
        ),
      ).commitments.edges.map((edge) => edge.node.id);
      expect(listed.includes(draft.id)).toBe(visible);
      expect(listed).toContain(submitted.id);
    });

    it("refuses an edit of someone else's draft as if it did not exist", async () => {
      const error = firstError(
        await harness.subgraph.execute(UPDATE, {
          as: otherOfficer,
          variables: { input: { id: draft.id, version: draft.version, title: "Mine" } },
        }),
      );
      expect(error.code).toBe("NOT_FOUND");
    });

    it("refuses an edit of another institution's published commitment with FORBIDDEN", async () => {
      const error = firstError(
        await harness.subgraph.execute(UPDATE, {
          as: otherOfficer,
          variables: { input: { id: submitted.id, version: submitted.version, title: "Mine" } },
        }),
      );
      expect(error.code).toBe("FORBIDDEN");
    });
  });

  it("refuses a stale version with CONFLICT and changes nothing", async () => {
    const created = await createCommitment(harness.subgraph);
    const edited = ok(
      await harness.subgraph.execute<{ updateCommitment: Created & { title: string } }>(UPDATE, {
        as: officer,
        variables: { input: { id: created.id, version: 1, title: "Renamed", supportingInstitutionIds: [ASSEMBLY, OMBUDSMAN] } },
      }),
    ).updateCommitment;
    expect(edited).toMatchObject({ version: 2, title: "Renamed" });
    const before = await tableCounts(harness.subgraph);
    for (const [query, input] of [
      [UPDATE, { id: created.id, version: 1, title: "Lost update" }],
      [
        "mutation ($input: ChangeCommitmentStatusInput!) { changeCommitmentStatus(input: $input) { id } }",
        { id: created.id, version: 1, to: "SUBMITTED" },
      ],
    ] as const) {
      const error = firstError(await harness.subgraph.execute(query, { as: officer, variables: { input } }));
      expect(error).toMatchObject({ code: "CONFLICT", field: "version" });
      expect(error.message).toMatch(/changed by someone else \(it is at version 2\)/);
    }
    expect(await tableCounts(harness.subgraph)).toEqual(before);
  });

  it("keeps content edits to the institution while DRAFT or SUBMITTED, to the support unit after", async () => {
    const review = await commitmentIn(harness.subgraph, "UNDER_REVIEW");
    const refused = firstError(
      await harness.subgraph.execute(UPDATE, {
        as: officer,
        variables: { input: { id: review.id, version: review.version, title: "Late edit" } },
      }),
    );
    expect(refused).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/only the support unit edits/) });
    const edited = ok(
      await harness.subgraph.execute<{ updateCommitment: { title: string } }>(UPDATE, {
        as: supportUnit,
        variables: { input: { id: review.id, version: review.version, title: "Clarified title" } },
      }),
    );
    expect(edited.updateCommitment.title).toBe("Clarified title");
  });

  it("returns the first commitment for a retry with the same idempotency key, and makes one row", async () => {
    const count = () => harness.subgraph.dataSource.getRepository(Commitment).count();
    const before = await count();
    const send = (as = officer) =>
      harness.subgraph.execute<{ createCommitment: Created }>(CREATE, {
        as,
        variables: { input: commitmentInput({ title: "Retried" }), key: "form-42" },
      });
    const first = ok(await send()).createCommitment;
    const again = ok(await send()).createCommitment;
    expect(again.id).toBe(first.id);
    // Racing retries still make one.
    const raced = await Promise.all([send(), send(), send()]);
    expect(raced.map((response) => ok(response).createCommitment.id)).toEqual([first.id, first.id, first.id]);
    expect(await count()).toBe(before + 1);
    // The key is per account: another account's same key makes its own commitment.
    const other = ok(await send(supportUnit)).createCommitment;
    expect(other.id).not.toBe(first.id);
    expect(await harness.subgraph.dataSource.getRepository(IdempotencyKey).countBy({ key: "form-42" })).toBe(2);
  });

  it("records each step in the history with who did it, newest first", async () => {
    const done = await commitmentIn(harness.subgraph, "IN_PROGRESS");
    await harness.subgraph.execute(
      'mutation ($id: ID!) { addMilestone(input: { commitmentId: $id, title: "Second step", dueDate: "2027-06-30" }) { id } }',
      { as: officer, variables: { id: done.id } },
    );
    const history = ok(
      await harness.subgraph.execute<{
        commitment: {
          history: { kind: string; actorId: string; actorRole: string; changes: Record<string, unknown>; note: string | null }[];
        };
      }>("query ($id: ID!) { commitment(id: $id) { history { kind actorId actorRole changes note at } } }", { variables: { id: done.id } }),
    ).commitment.history;
    expect(history.map((event) => [event.kind, event.actorId, event.actorRole])).toEqual([
      ["MILESTONE_ADDED", "officer-1", "INSTITUTION_OFFICER"],
      ["STATUS_CHANGED", "officer-1", "INSTITUTION_OFFICER"],
      ["STATUS_CHANGED", "support_unit-1", "SUPPORT_UNIT"],
      ["ELIGIBILITY_DECIDED", "support_unit-1", "SUPPORT_UNIT"],
      ["ELIGIBILITY_DECIDED", "support_unit-1", "SUPPORT_UNIT"],
      ["ELIGIBILITY_DECIDED", "support_unit-1", "SUPPORT_UNIT"],
      ["ELIGIBILITY_DECIDED", "support_unit-1", "SUPPORT_UNIT"],
      ["AREA_ASSIGNED", "support_unit-1", "SUPPORT_UNIT"],
      ["STATUS_CHANGED", "support_unit-1", "SUPPORT_UNIT"],
      ["STATUS_CHANGED", "officer-1", "INSTITUTION_OFFICER"],
      ["MILESTONE_ADDED", "officer-1", "INSTITUTION_OFFICER"],
      ["CREATED", "officer-1", "INSTITUTION_OFFICER"],
    ]);
    expect(history[1]?.changes).toEqual({ status: { from: "ELIGIBLE", to: "IN_PROGRESS" } });
    expect(history[3]).toMatchObject({ changes: { GOVERNMENT_LED: { from: null, to: "MET" } }, note: "Checked GOVERNMENT_LED." });
    expect(history[7]?.changes).toEqual({ assignedAreaCode: { from: null, to: "ANTI_CORRUPTION" } });
  });

  it("filters the list by member, institution, area, pathway, status and text", async () => {
    const query = "query ($filter: CommitmentFilter) { commitments(first: 100, filter: $filter) { totalCount edges { node { id } } } }";
    const ids = async (filter: Record<string, unknown>) =>
      ok(
        await harness.subgraph.execute<{ commitments: { edges: { node: { id: string } }[] } }>(query, {
          as: supportUnit,
          variables: { filter },
        }),
      ).commitments.edges.map((edge) => edge.node.id);
    const special = await createCommitment(harness.subgraph, {
      title: "Zebra crossing 100% open",
      leadInstitutionId: OMBUDSMAN,
      supportingInstitutionIds: [],
      proposedArea: "JUSTICE",
    });
    expect(await ids({ text: "zebra CROSSING 100%" })).toEqual([special.id]);
    expect(await ids({ institutionId: OMBUDSMAN })).toContain(special.id);
    expect(await ids({ institutionId: ASSEMBLY })).not.toContain(special.id);
    expect(await ids({ area: "JUSTICE", status: "DRAFT" })).toContain(special.id);
    expect(await ids({ area: "ANTI_CORRUPTION" })).not.toContain(special.id);
    expect(await ids({ pathway: "ACTION_PLAN" })).not.toContain(special.id);
    expect(await ids({ memberId: ALB })).toContain(special.id);
    expect(await ids({ memberId: "nobody" })).toEqual([]);
  });
});
