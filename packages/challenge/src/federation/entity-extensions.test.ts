import "reflect-metadata";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ALB,
  ASSEMBLY,
  changeStatus,
  createCommitment,
  createHarness,
  GHA,
  GHANA_MINISTRY,
  type Harness,
  MINISTRY,
  OMBUDSMAN,
  officer,
  ok,
  supportUnit,
} from "../test-helpers.js";

const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) {
  ... on Member { id commitments(first: 2) { totalCount edges { node { id title milestones { title } } } pageInfo { hasNextPage endCursor } } }
  ... on Institution { id commitments(first: 2) { totalCount edges { node { id } } } }
  ... on ChallengeArea { code commitmentStats { total byStatus { status count } } commitments(first: 1) { totalCount } }
} }`;

type Page = {
  totalCount: number;
  edges: { node: { id: string; title?: string } }[];
  pageInfo?: { hasNextPage: boolean; endCursor: string };
};

describe.each(testStores)("Member, Institution and ChallengeArea extended with commitments on %s", (store) => {
  let harness: Harness;
  const ghana: string[] = [];
  beforeAll(async () => {
    harness = await createHarness(store);
    // Albania: 3 published commitments led by the ministry (one supported by the assembly), 1 draft; Ghana: 2 published.
    for (let i = 0; i < 3; i += 1) {
      const created = await createCommitment(harness.subgraph, {
        title: `Albania ${i}`,
        supportingInstitutionIds: i === 0 ? [ASSEMBLY] : [],
        proposedArea: i === 0 ? "JUSTICE" : "ANTI_CORRUPTION",
      });
      await changeStatus(harness.subgraph, created, "SUBMITTED", officer);
    }
    await createCommitment(harness.subgraph, { title: "Albania draft", proposedArea: "JUSTICE", supportingInstitutionIds: [] });
    const ghanaOfficer = { ...officer, accountId: "officer-gh", memberId: GHA, institutionIds: [GHANA_MINISTRY] };
    for (let i = 0; i < 2; i += 1) {
      const created = await createCommitment(
        harness.subgraph,
        {
          title: `Ghana ${i}`,
          memberId: GHA,
          leadInstitutionId: GHANA_MINISTRY,
          supportingInstitutionIds: [],
          proposedArea: "FISCAL_OPENNESS",
        },
        ghanaOfficer,
      );
      ghana.push((await changeStatus(harness.subgraph, created, "SUBMITTED", ghanaOfficer)).id);
    }
  });
  afterAll(() => harness.close());

  it("pages each member's, institution's and area's commitments, published only for the public, with counts per status", async () => {
    const data = ok(
      await harness.subgraph.execute<{ _entities: Record<string, unknown>[] }>(ENTITIES, {
        variables: {
          r: [
            { __typename: "Member", id: ALB },
            { __typename: "Member", id: GHA },
            { __typename: "Institution", id: MINISTRY },
            { __typename: "Institution", id: ASSEMBLY },
            { __typename: "Institution", id: OMBUDSMAN },
            { __typename: "ChallengeArea", code: "JUSTICE" },
            { __typename: "ChallengeArea", code: "MEDIA_FREEDOM" },
          ],
        },
      }),
    )._entities;
    const [albania, ghanaMember, ministry, assembly, ombudsman, justice, media] = data as {
      commitments: Page;
      commitmentStats?: { total: number; byStatus: { status: string; count: number }[] };
    }[];
    expect(albania?.commitments.totalCount).toBe(3);
    expect(albania?.commitments.edges.map((edge) => edge.node.title)).toEqual(["Albania 2", "Albania 1"]);
    expect(albania?.commitments.pageInfo?.hasNextPage).toBe(true);
    expect(ghanaMember?.commitments.edges.map((edge) => edge.node.id)).toEqual([...ghana].reverse());
    expect([ministry?.commitments.totalCount, assembly?.commitments.totalCount, ombudsman?.commitments.totalCount]).toEqual([3, 1, 0]);
    expect(justice?.commitmentStats).toEqual({ total: 1, byStatus: [{ status: "SUBMITTED", count: 1 }] });
    expect(media?.commitmentStats).toEqual({ total: 0, byStatus: [] });

    // The support unit sees the draft too; the next page continues after the cursor.
    const forSupport = ok(
      await harness.subgraph.execute<{ _entities: { commitmentStats: { total: number; byStatus: unknown[] } }[] }>(ENTITIES, {
        as: supportUnit,
        variables: { r: [{ __typename: "ChallengeArea", code: "JUSTICE" }] },
      }),
    )._entities[0];
    expect(forSupport?.commitmentStats).toEqual({
      total: 2,
      byStatus: [
        { status: "DRAFT", count: 1 },
        { status: "SUBMITTED", count: 1 },
      ],
    });
    const next = ok(
      await harness.subgraph.execute<{ _entities: { commitments: Page }[] }>(
        `query ($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Member { commitments(first: 2, after: $after) { edges { node { title } } pageInfo { hasNextPage } } } } }`,
        { variables: { r: [{ __typename: "Member", id: ALB }], after: albania?.commitments.pageInfo?.endCursor } },
      ),
    )._entities[0];
    expect(next?.commitments.edges.map((edge) => edge.node.title)).toEqual(["Albania 0"]);
    expect(next?.commitments.pageInfo?.hasNextPage).toBe(false);
  });

  it("answers for many parents in a bounded number of statements", async () => {
    const measure = async (count: number) => {
      const r = [
        ...Array.from({ length: count }, (_, i) => ({ __typename: "Member", id: i % 2 ? ALB : `member-${i}` })),
        ...Array.from({ length: count }, (_, i) => ({ __typename: "Institution", id: i % 2 ? MINISTRY : `institution-${i}` })),
        ...["ACCESS_TO_INFORMATION", "ANTI_CORRUPTION", "JUSTICE", "FISCAL_OPENNESS", "MEDIA_FREEDOM"]
          .slice(0, Math.min(count, 5))
          .map((code) => ({ __typename: "ChallengeArea", code })),
      ];
      const { result, statements } = await harness.subgraph.counter.measure(() => harness.subgraph.execute(ENTITIES, { variables: { r } }));
      ok(result);
      return statements;
    };
    const few = await measure(2);
    const many = await measure(40);
    // Per kind of parent: counts, ranked ids, rows; milestones once; area stats once (on PostgreSQL framed by two
    // reads of the aggregate version, aggregate-cache.ts).
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(store === "sqlite" ? 12 : 14);
  });

  it("lists 50 commitments with their milestones and eligibility decisions in a constant number of statements", async () => {
    for (let i = 0; i < 50; i += 1)
      await createCommitment(harness.subgraph, {
        title: `Bulk ${i}`,
        supportingInstitutionIds: [],
        milestones: [{ title: "a" }, { title: "b" }],
      });
    const query =
      "{ commitments(first: 50) { totalCount edges { node { id milestones { title status } eligibility { decisions { criterion } } history { kind } irmRating { completion } progressReports { id } } } } }";
    const one = await harness.subgraph.counter.measure(() =>
      harness.subgraph.execute(
        "{ commitments(first: 1) { edges { node { id milestones { title status } eligibility { decisions { criterion } } history { kind } irmRating { completion } progressReports { id } } } } }",
        { as: supportUnit },
      ),
    );
    const fifty = await harness.subgraph.counter.measure(() =>
      harness.subgraph.execute<{ commitments: { edges: unknown[] } }>(query, { as: supportUnit }),
    );
    expect(ok(fifty.result).commitments.edges).toHaveLength(50);
    // The same statements, plus the count: only the second query selects `totalCount` (on PostgreSQL framed by two
    // reads of the aggregate version, aggregate-cache.ts).
    const counting = store === "sqlite" ? 1 : 3;
    expect(fifty.statements).toBe(one.statements + counting);
    expect(fifty.statements).toBeLessThanOrEqual(7 + counting);
  });
});
