import "reflect-metadata";
import type { Viewer } from "@ogc/kit";
import { testStores } from "@ogc/kit/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ASSEMBLY,
  changeStatus,
  commitmentIn,
  createCommitment,
  createHarness,
  firstError,
  type Harness,
  MINISTRY,
  OMBUDSMAN,
  officer,
  ok,
  otherOfficer,
  partnerEditor,
  supportUnit,
  viewer,
} from "../test-helpers.js";

const REQUEST = "mutation ($input: RequestCoCreationInput!) { requestCoCreation(input: $input) { id version status role } }";
const otherPartner = viewer("PARTNER_EDITOR" as never, { accountId: "partner-2-editor", partnerId: "partner-2" });
type Link = { id: string; version: number; status: string; role: string };

describe.each(testStores)("co-creation links on %s", (store) => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness(store);
  });
  afterEach(() => harness.close());

  const request = (commitmentId: string, role = "DESIGN", as: Viewer = partnerEditor) =>
    harness.subgraph.execute<{ requestCoCreation: Link }>(REQUEST, { as, variables: { input: { commitmentId, role } } });
  const act = (name: string, input: Record<string, unknown>, as: Viewer | null) =>
    harness.subgraph.execute<Record<string, Link>>(
      `mutation ($input: CoCreationDecisionInput!) { ${name}(input: $input) { id version status } }`,
      {
        as,
        variables: { input },
      },
    );
  const view = async (id: string, as: Viewer | null = null) =>
    ok(
      await harness.subgraph.execute<{
        commitment: { hasActiveCoCreator: boolean; coCreators: { role: string; partner: { id: string } }[] };
      }>(`{ commitment(id: "${id}") { hasActiveCoCreator coCreators { role partner { id } } } }`, { as }),
    ).commitment;

  it("runs request → accept → end, with history; active links only are public", async () => {
    const commitment = await commitmentIn(harness.subgraph, "SUBMITTED");
    const link = ok(await request(commitment.id)).requestCoCreation;
    expect(link).toMatchObject({ status: "REQUESTED", role: "DESIGN" });
    expect(firstError(await request(commitment.id)).code).toBe("CONFLICT");
    expect(await view(commitment.id)).toEqual({ hasActiveCoCreator: false, coCreators: [] });
    expect(firstError(await act("acceptCoCreation", { id: link.id, version: 1 }, otherOfficer)).code).toBe("FORBIDDEN");
    expect(firstError(await act("acceptCoCreation", { id: link.id, version: 1 }, partnerEditor)).code).toBe("FORBIDDEN");
    expect(firstError(await act("acceptCoCreation", { id: link.id, version: 1 }, null)).code).toBe("UNAUTHENTICATED");
    const accepted = ok(await act("acceptCoCreation", { id: link.id, version: 1 }, officer)).acceptCoCreation as Link;
    expect(accepted).toMatchObject({ status: "ACTIVE", version: 2 });
    expect(firstError(await act("declineCoCreation", { id: link.id, version: 2, reason: "x" }, officer)).code).toBe("CONFLICT");
    expect(await view(commitment.id)).toEqual({ hasActiveCoCreator: true, coCreators: [{ role: "DESIGN", partner: { id: "partner-1" } }] });
    expect(firstError(await act("endCoCreation", { id: link.id, version: 2 }, otherPartner)).code).toBe("FORBIDDEN");
    expect(firstError(await act("endCoCreation", { id: link.id, version: 1 }, partnerEditor)).code).toBe("CONFLICT");
    expect(ok(await act("endCoCreation", { id: link.id, version: 2, reason: "Done" }, partnerEditor)).endCoCreation).toMatchObject({
      status: "ENDED",
    });
    expect(await view(commitment.id)).toEqual({ hasActiveCoCreator: false, coCreators: [] });
    const history = ok(
      await harness.subgraph.execute<{ _entities: { coCreations: { status: string; history: { kind: string }[] }[] }[] }>(
        'query { _entities(representations: [{ __typename: "Partner", id: "partner-1" }]) { ... on Partner { coCreations { status history { kind } } } } }',
        { as: supportUnit },
      ),
    )._entities[0]?.coCreations;
    expect(history).toEqual([
      { status: "ENDED", history: [{ kind: "requestCoCreation" }, { kind: "acceptCoCreation" }, { kind: "endCoCreation" }] },
    ]);
    // The commitment's public history shows the co-creator coming and going, not the request.
    const publicHistory = ok(
      await harness.subgraph.execute<{ commitment: { history: { kind: string; actorId: string; changes: Record<string, unknown> }[] } }>(
        `{ commitment(id: "${commitment.id}") { history { kind actorId changes } } }`,
        { as: null },
      ),
    ).commitment.history.filter((event) => event.kind.startsWith("CO_CREATION"));
    expect(publicHistory).toEqual([
      {
        kind: "CO_CREATION_ENDED",
        actorId: partnerEditor.accountId,
        changes: { partnerId: { from: "partner-1", to: null }, role: { from: "DESIGN", to: null } },
      },
      {
        kind: "CO_CREATION_LINKED",
        actorId: officer.accountId,
        changes: { partnerId: { from: null, to: "partner-1" }, role: { from: null, to: "DESIGN" } },
      },
    ]);
    // Ended: the partner may ask again.
    expect(ok(await request(commitment.id)).requestCoCreation.status).toBe("REQUESTED");
  });

  it("declines only with a reason, refuses drafts and others' partners, and lists partners' links by visibility", async () => {
    const draft = await createCommitment(harness.subgraph);
    expect(firstError(await request(draft.id)).code).toBe("NOT_FOUND");
    expect(firstError(await request(draft.id, "DESIGN", officer)).code).toBe("FORBIDDEN");
    const submitted = await changeStatus(harness.subgraph, draft, "SUBMITTED", officer);
    const link = ok(await request(submitted.id, "EVALUATION")).requestCoCreation;
    expect(firstError(await act("declineCoCreation", { id: link.id, version: 1 }, supportUnit)).code).toBe("BAD_USER_INPUT");
    expect(
      ok(await act("declineCoCreation", { id: link.id, version: 1, reason: "Out of scope" }, supportUnit)).declineCoCreation,
    ).toMatchObject({
      status: "DECLINED",
    });
    // A declined request never reached the public: nothing of it in the commitment's history.
    const kinds = ok(
      await harness.subgraph.execute<{ commitment: { history: { kind: string }[] } }>(
        `{ commitment(id: "${submitted.id}") { history { kind } } }`,
        {
          as: null,
        },
      ),
    ).commitment.history.map((event) => event.kind);
    expect(kinds.filter((kind) => kind.startsWith("CO_CREATION"))).toEqual([]);
    const coCreations = async (as: Viewer | null) =>
      ok(
        await harness.subgraph.execute<{ _entities: { coCreations: { status: string }[] }[] }>(
          'query { _entities(representations: [{ __typename: "Partner", id: "partner-1" }]) { ... on Partner { coCreations { status } } } }',
          { as },
        ),
      )._entities[0]?.coCreations;
    expect(await coCreations(null)).toEqual([]);
    expect(await coCreations(otherPartner)).toEqual([]);
    expect(await coCreations(partnerEditor)).toEqual([{ status: "DECLINED" }]);
  });

  it("lists the requests on commitments an officer's institutions lead, leaving out those they only support", async () => {
    const led = await changeStatus(harness.subgraph, await createCommitment(harness.subgraph), "SUBMITTED", officer);
    const supported = await changeStatus(
      harness.subgraph,
      await createCommitment(harness.subgraph, { leadInstitutionId: ASSEMBLY, supportingInstitutionIds: [MINISTRY] }, otherOfficer),
      "SUBMITTED",
      otherOfficer,
    );
    ok(await request(led.id));
    ok(await request(supported.id));
    const LIST =
      "query ($filter: CoCreationLinkFilter) { coCreationLinks(first: 10, filter: $filter) { totalCount edges { node { commitment { id } } } } }";
    const listed = async (filter: Record<string, unknown>) => {
      const { coCreationLinks } = ok(
        await harness.subgraph.execute<{ coCreationLinks: { totalCount: number; edges: { node: { commitment: { id: string } } }[] } }>(
          LIST,
          {
            as: officer,
            variables: { filter },
          },
        ),
      );
      return { total: coCreationLinks.totalCount, ids: coCreationLinks.edges.map((edge) => edge.node.commitment.id) };
    };
    expect((await listed({ status: "REQUESTED" })).total).toBe(2);
    expect(await listed({ status: "REQUESTED", leadInstitutionIds: [MINISTRY, OMBUDSMAN] })).toEqual({ total: 1, ids: [led.id] });
    expect(await listed({ leadInstitutionIds: [] })).toEqual({ total: 0, ids: [] });
    const tooMany = Array.from({ length: 51 }, (_, i) => `institution-${i}`);
    expect(
      firstError(await harness.subgraph.execute(LIST, { as: officer, variables: { filter: { leadInstitutionIds: tooMany } } })),
    ).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "filter.leadInstitutionIds",
    });
  });

  it("flags standalone commitments without an active co-creator and filters by it", async () => {
    const lonely = await commitmentIn(harness.subgraph, "SUBMITTED");
    const helped = await commitmentIn(harness.subgraph, "SUBMITTED");
    const link = ok(await request(helped.id, "IMPLEMENTATION")).requestCoCreation;
    ok(await act("acceptCoCreation", { id: link.id, version: 1 }, supportUnit));
    const list = async (has: boolean) =>
      ok(
        await harness.subgraph.execute<{ commitments: { edges: { node: { id: string; hasActiveCoCreator: boolean } }[] } }>(
          `{ commitments(filter: { pathway: STANDALONE, hasActiveCoCreator: ${has} }) { edges { node { id hasActiveCoCreator } } } }`,
        ),
      ).commitments.edges.map((edge) => edge.node);
    expect(await list(false)).toEqual([{ id: lonely.id, hasActiveCoCreator: false }]);
    expect(await list(true)).toEqual([{ id: helped.id, hasActiveCoCreator: true }]);
  });
});
