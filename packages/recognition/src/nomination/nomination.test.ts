import "reflect-metadata";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acceptNomination,
  COMMITMENTS,
  createTestRecognition,
  firstError,
  MEMBER_ALB,
  officer,
  ok,
  openAwardCycle,
  otherPartnerEditor,
  PARTNER_ID,
  partnerEditor,
  submitNomination,
  supportUnit,
  type TestRecognition,
  tableCounts,
} from "../test-helpers.js";

const SUBMIT = "mutation ($input: SubmitNominationInput!) { submitNomination(input: $input) { id } }";
const NOMINATION = `query ($id: ID!) { nomination(id: $id) { id status version rationale rejectionReason submittedBy cycle { id name status } member { id } partner { id } commitments { id } } }`;

describe.each(testStores)("award cycles and nominations on %s", (store) => {
  let recognition: TestRecognition;
  let cycleId: string;

  beforeAll(async () => {
    recognition = await createTestRecognition(store);
    cycleId = (await openAwardCycle(recognition)).id;
  });
  afterAll(() => recognition.close());

  it("a partner nominates a government; the support unit accepts it after checking again; then it is public", async () => {
    const nomination = await submitNomination(recognition, cycleId, {
      commitmentIds: [COMMITMENTS.inProgress?.id, COMMITMENTS.completed?.id],
    });
    const read = async (as: typeof supportUnit | null) =>
      ok(await recognition.execute<{ nomination: Record<string, unknown> | null }>(NOMINATION, { as, variables: { id: nomination.id } }))
        .nomination;
    expect(await read(partnerEditor)).toMatchObject({
      status: "SUBMITTED",
      cycle: { id: cycleId, status: "OPEN" },
      member: { id: MEMBER_ALB },
      partner: { id: PARTNER_ID },
      commitments: [{ id: "c-al0002" }, { id: "c-al0003" }],
      submittedBy: partnerEditor.accountId,
    });
    expect(await read(null)).toBeNull();
    expect(await read(otherPartnerEditor)).toBeNull();

    const checksBefore = recognition.references.calls.length;
    const accepted = await acceptNomination(recognition, nomination);
    expect(accepted.version).toBe(2);
    // Accepting asked the challenge subgraph again.
    expect(recognition.references.calls.slice(checksBefore)).toEqual([
      { owner: "challenge", ids: ["c-al0002", "c-al0003"], authorization: undefined },
    ]);
    expect(await read(null)).toMatchObject({ status: "ACCEPTED", submittedBy: null, partner: { id: PARTNER_ID } });
  });

  describe("DOMAIN rule 10: only reforms the nominated government adopted and implements", () => {
    const cases: [string, () => Record<string, unknown>, string, RegExp][] = [
      [
        "a commitment of another member",
        () => ({ commitmentIds: [COMMITMENTS.argentina?.id] }),
        "commitmentIds",
        /^AR0001 belongs to another member/,
      ],
      [
        "a commitment still in DRAFT",
        () => ({ commitmentIds: [COMMITMENTS.inProgress?.id, COMMITMENTS.draft?.id] }),
        "commitmentIds",
        /^AL0004 is still in DRAFT/,
      ],
      [
        "an ELIGIBLE commitment without an OGP id yet",
        () => ({ commitmentIds: [COMMITMENTS.withoutOgpId?.id] }),
        "commitmentIds",
        /^c-new is still in ELIGIBLE/,
      ],
      ["an unknown commitment", () => ({ commitmentIds: ["c-none"] }), "commitmentIds", /no commitment with the id c-none/],
      ["no commitment", () => ({ commitmentIds: [] }), "commitmentIds", /at least one commitment/],
      ["an unknown member", () => ({ memberId: "member-none" }), "memberId", /no OGP member with the id member-none/],
      ["an unknown award cycle", () => ({ cycleId: "cycle-none" }), "cycleId", /no award cycle/],
      ["an empty rationale", () => ({ rationale: " " }), "rationale", /rationale is required/],
    ];
    it.each(cases)("refuses %s, naming the field and writing nothing", async (_, change, field, message) => {
      const before = await tableCounts(recognition);
      const input = { cycleId, memberId: MEMBER_ALB, commitmentIds: [COMMITMENTS.inProgress?.id], rationale: "Reasons.", ...change() };
      const error = firstError(await recognition.execute(SUBMIT, { as: partnerEditor, variables: { input } }));
      expect(error).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(error.message).toMatch(message);
      expect(await tableCounts(recognition)).toEqual(before);
    });

    it("says the refusal in the request's language (Accept-Language), in English without one", async () => {
      const input = { cycleId, memberId: MEMBER_ALB, commitmentIds: [COMMITMENTS.argentina?.id], rationale: "Reasons." };
      const refusal = async (headers?: Record<string, string>) =>
        firstError(await recognition.execute(SUBMIT, { as: partnerEditor, variables: { input }, headers }));
      expect(await refusal({ "accept-language": "fr" })).toEqual({
        code: "BAD_USER_INPUT",
        field: "commitmentIds",
        message: "AR0001 appartient à un autre membre : un gouvernement ne peut être proposé que pour ses propres réformes.",
      });
      expect((await refusal({ "accept-language": "es" })).message).toBe(
        "AR0001 pertenece a otro miembro: un gobierno solo puede ser nominado por sus propias reformas.",
      );
      expect((await refusal()).message).toBe("AR0001 belongs to another member: a government can only be nominated for its own reforms.");
    });
  });

  it("refuses to accept a nomination whose commitment was withdrawn since, and lets the support unit reject it", async () => {
    const nomination = await submitNomination(recognition, cycleId, { commitmentIds: [COMMITMENTS.completed?.id] }, supportUnit);
    const commitment = recognition.references.commitmentsById.get("c-al0003");
    if (!commitment) throw new Error("fixture missing");
    commitment.status = "WITHDRAWN";
    try {
      const refused = firstError(
        await recognition.execute("mutation ($id: ID!) { acceptNomination(id: $id, version: 1) { id } }", {
          as: supportUnit,
          variables: { id: nomination.id },
        }),
      );
      expect(refused).toMatchObject({ code: "BAD_USER_INPUT", field: "commitmentIds" });
      expect(refused.message).toMatch(/AL0003 is still in WITHDRAWN/);
    } finally {
      commitment.status = "COMPLETED";
    }
    const rejected = ok(
      await recognition.execute<{ rejectNomination: { status: string; rejectionReason: string; partner: null } }>(
        'mutation ($id: ID!) { rejectNomination(id: $id, version: 1, reason: "The commitment was withdrawn.") { status rejectionReason partner { id } } }',
        { as: supportUnit, variables: { id: nomination.id } },
      ),
    ).rejectNomination;
    expect(rejected).toEqual({ status: "REJECTED", rejectionReason: "The commitment was withdrawn.", partner: null });
    const stale = firstError(
      await recognition.execute("mutation ($id: ID!) { acceptNomination(id: $id, version: 1) { id } }", {
        as: supportUnit,
        variables: { id: nomination.id },
      }),
    );
    expect(stale).toMatchObject({ code: "CONFLICT", field: "version" });
    const decided = firstError(
      await recognition.execute("mutation ($id: ID!) { acceptNomination(id: $id, version: 2) { id } }", {
        as: supportUnit,
        variables: { id: nomination.id },
      }),
    );
    expect(decided).toMatchObject({ code: "CONFLICT" });
    expect(decided.message).toMatch(/already rejected/);
  });

  it("lists what each caller may see; the status filter is the support unit's only", async () => {
    const list = async (as: typeof supportUnit | null, filter: Record<string, unknown> = {}) =>
      ok(
        await recognition.execute<{ nominations: { totalCount: number; edges: { node: { status: string } }[] } }>(
          "query ($filter: NominationFilter) { nominations(first: 100, filter: $filter) { totalCount edges { node { status } } } }",
          { as, variables: { filter: { cycleId, ...filter } } },
        ),
      ).nominations;
    const everyone = await list(null, { status: "SUBMITTED" });
    expect(everyone.edges.every((edge) => edge.node.status === "ACCEPTED")).toBe(true);
    expect(everyone.totalCount).toBeGreaterThan(0);
    const rejected = await list(supportUnit, { status: "REJECTED" });
    expect(rejected.edges.map((edge) => edge.node.status)).toEqual(["REJECTED"]);
    expect((await list(partnerEditor)).totalCount).toBeGreaterThanOrEqual(everyone.totalCount);
  });

  it("refuses a second standing nomination of the same member by the same partner in one cycle", async () => {
    const before = await tableCounts(recognition);
    const error = firstError(
      await recognition.execute(SUBMIT, {
        as: partnerEditor,
        variables: { input: { cycleId, memberId: MEMBER_ALB, commitmentIds: ["c-al0003"], rationale: "Again." } },
      }),
    );
    expect(error).toMatchObject({ code: "CONFLICT", field: "memberId" });
    expect(error.message).toMatch(/already nominated this member/);
    expect(await tableCounts(recognition)).toEqual(before);
    // Another partner may.
    await submitNomination(recognition, cycleId, {}, otherPartnerEditor);
  });

  it("closes a cycle: no more nominations, and closing twice is a CONFLICT", async () => {
    const cycle = await openAwardCycle(recognition, { name: "Regional awards", opensOn: "2026-01-01", closesOn: "2026-02-01" });
    const CLOSE = "mutation ($id: ID!, $version: Int!) { closeAwardCycle(id: $id, version: $version) { status closedAt version } }";
    const closed = ok(
      await recognition.execute<{ closeAwardCycle: { status: string; closedAt: string | null; version: number } }>(CLOSE, {
        as: supportUnit,
        variables: { id: cycle.id, version: 1 },
      }),
    ).closeAwardCycle;
    expect(closed).toMatchObject({ status: "CLOSED", version: 2 });
    expect(closed.closedAt).toBeTruthy();
    expect(firstError(await recognition.execute(CLOSE, { as: supportUnit, variables: { id: cycle.id, version: 2 } })).code).toBe(
      "CONFLICT",
    );
    const refused = firstError(
      await recognition.execute(SUBMIT, {
        as: partnerEditor,
        variables: { input: { cycleId: cycle.id, memberId: MEMBER_ALB, commitmentIds: ["c-al0002"], rationale: "Late." } },
      }),
    );
    expect(refused).toMatchObject({ code: "BAD_USER_INPUT", field: "cycleId" });
    expect(refused.message).toMatch(/closed/);
    const cycles = ok(
      await recognition.execute<{ awardCycles: { name: string; status: string }[] }>("{ awardCycles { name status } }"),
    ).awardCycles;
    expect(cycles).toEqual([
      { name: "Open Gov Challenge Awards 2027", status: "OPEN" },
      { name: "Regional awards", status: "CLOSED" },
    ]);
  });

  it("refuses an award cycle that closes before it opens", async () => {
    const error = firstError(
      await recognition.execute('mutation { openAwardCycle(input: { name: "X", opensOn: "2027-05-01", closesOn: "2027-04-01" }) { id } }', {
        as: supportUnit,
      }),
    );
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: "closesOn" });
  });

  it("keeps institution officers out of nominating (DOMAIN rule 10: partners and civil society nominate)", async () => {
    const error = firstError(
      await recognition.execute(SUBMIT, {
        as: officer,
        variables: { input: { cycleId, memberId: MEMBER_ALB, commitmentIds: ["c-al0002"], rationale: "Ourselves." } },
      }),
    );
    expect(error.code).toBe("FORBIDDEN");
  });
});
