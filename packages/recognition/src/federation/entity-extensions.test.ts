import "reflect-metadata";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acceptNomination,
  COMMITMENTS,
  createTestRecognition,
  MEMBER_ALB,
  MEMBER_ARG,
  ok,
  openAwardCycle,
  PARTNER_ID,
  publishStory,
  submitNomination,
  submitStory,
  type TestRecognition,
} from "../test-helpers.js";

const ENTITIES = `query ($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Member { id stories(first: 10) { edges { node { title status } } pageInfo { hasNextPage } } acceptedNominations { rationale status member { id } } }
    ... on Partner { id stories { edges { node { title } } } acceptedNominations { rationale } }
    ... on ChallengeArea { code stories { edges { node { title } } } }
    ... on Commitment { id acceptedNominations { rationale } }
  }
}`;

interface EntityView {
  id?: string;
  code?: string;
  stories?: { edges: { node: { title: string; status?: string } }[]; pageInfo?: { hasNextPage: boolean } };
  acceptedNominations?: { rationale: string; status?: string; member?: { id: string } }[];
}

describe.each(testStores)("Member, Partner, ChallengeArea and Commitment extended on %s", (store) => {
  let recognition: TestRecognition;
  const entities = async (representations: Record<string, string>[]) =>
    ok(await recognition.execute<{ _entities: EntityView[] }>(ENTITIES, { variables: { r: representations } }))._entities;

  beforeAll(async () => {
    recognition = await createTestRecognition(store);
  });
  afterAll(() => recognition.close());

  it("a partner's story and nomination, once published and accepted, are public on the member, the partner, the area and the commitment", async () => {
    const story = await submitStory(recognition, { title: "Open contracts in Tirana", areas: ["ANTI_CORRUPTION", "FISCAL_OPENNESS"] });
    const cycle = await openAwardCycle(recognition);
    const nomination = await submitNomination(recognition, cycle.id, { rationale: "Every contract published." });
    // Before moderation nothing shows.
    expect(await entities([{ __typename: "Member", id: MEMBER_ALB }])).toEqual([
      { id: MEMBER_ALB, stories: { edges: [], pageInfo: { hasNextPage: false } }, acceptedNominations: [] },
    ]);

    await publishStory(recognition, story);
    await acceptNomination(recognition, nomination);
    const [member, partner, area, otherArea, commitment] = await entities([
      { __typename: "Member", id: MEMBER_ALB },
      { __typename: "Partner", id: PARTNER_ID },
      { __typename: "ChallengeArea", code: "FISCAL_OPENNESS" },
      { __typename: "ChallengeArea", code: "JUSTICE" },
      { __typename: "Commitment", id: COMMITMENTS.inProgress?.id ?? "" },
    ]);
    expect(member).toEqual({
      id: MEMBER_ALB,
      stories: { edges: [{ node: { title: "Open contracts in Tirana", status: "PUBLISHED" } }], pageInfo: { hasNextPage: false } },
      acceptedNominations: [{ rationale: "Every contract published.", status: "ACCEPTED", member: { id: MEMBER_ALB } }],
    });
    expect(partner).toEqual({
      id: PARTNER_ID,
      stories: { edges: [{ node: { title: "Open contracts in Tirana" } }] },
      acceptedNominations: [{ rationale: "Every contract published." }],
    });
    expect(area).toEqual({ code: "FISCAL_OPENNESS", stories: { edges: [{ node: { title: "Open contracts in Tirana" } }] } });
    expect(otherArea).toEqual({ code: "JUSTICE", stories: { edges: [] } });
    expect(commitment).toEqual({ id: "c-al0002", acceptedNominations: [{ rationale: "Every contract published." }] });
  });

  it("pages a member's stories newest first", async () => {
    for (const title of ["First", "Second", "Third"])
      await publishStory(recognition, await submitStory(recognition, { title, memberId: MEMBER_ARG }));
    const PAGE = `query ($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Member { stories(first: 2, after: $after) { edges { node { title } } pageInfo { hasNextPage endCursor } } } } }`;
    type Page = {
      _entities: { stories: { edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }[];
    };
    const r = [{ __typename: "Member", id: MEMBER_ARG }];
    const first = ok(await recognition.execute<Page>(PAGE, { variables: { r } }))._entities[0]?.stories;
    expect(first?.edges.map((edge) => edge.node.title)).toEqual(["Third", "Second"]);
    expect(first?.pageInfo.hasNextPage).toBe(true);
    const second = ok(await recognition.execute<Page>(PAGE, { variables: { r, after: first?.pageInfo.endCursor } }))._entities[0]?.stories;
    expect(second?.edges.map((edge) => edge.node.title)).toEqual(["First"]);
    expect(second?.pageInfo.hasNextPage).toBe(false);
  });

  it("batches: the statements do not grow with the number of parents", async () => {
    const representations = (count: number) => [
      ...Array.from({ length: count }, (_, index) => ({ __typename: "Member", id: index % 2 ? MEMBER_ALB : `member-${index}` })),
      ...Array.from({ length: count }, (_, index) => ({ __typename: "Partner", id: index % 2 ? PARTNER_ID : `partner-${index}` })),
      ...["JUSTICE", "ANTI_CORRUPTION", "FISCAL_OPENNESS", "CIVIC_SPACE"]
        .slice(0, Math.min(count, 4))
        .map((code) => ({ __typename: "ChallengeArea", code })),
      ...Array.from({ length: count }, (_, index) => ({ __typename: "Commitment", id: index % 2 ? "c-al0002" : `c-${index}` })),
    ];
    const few = await recognition.counter.measure(() => entities(representations(2)));
    const many = await recognition.counter.measure(() => entities(representations(40)));
    expect(few.result).toHaveLength(2 * 3 + 2);
    expect(many.result).toHaveLength(40 * 3 + 4);
    // One statement per field kind: member stories, member nominations, partner stories, partner nominations,
    // area stories, commitment nominations.
    expect(few.statements).toBe(6);
    expect(many.statements).toBe(6);
  });
});
