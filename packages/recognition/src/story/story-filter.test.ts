import "reflect-metadata";
import { MemberType, Region } from "@ogc/kit";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestRecognition,
  firstError,
  MEMBER_ALB,
  MEMBER_ARG,
  ok,
  publishStory,
  submitStory,
  supportUnit,
  type TestRecognition,
  tableCounts,
} from "../test-helpers.js";
import { Story } from "./story.entity.js";

const MEMBER_BOGOTA = "member-bogota";
const MEMBER_KOSOVO = "member-kosovo";

const LIST = `query ($filter: StoryFilter) {
  stories(first: 100, filter: $filter) {
    edges { node { title member { id } author { kind partner { id } credit } } }
    pageInfo { hasNextPage }
  }
}`;

interface ListData {
  stories: { edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean } };
}

/**
 * Issue 10: dashboards filter published stories by member type, region and publication dates. The fixture: Albania
 * (NATIONAL, EUROPE), Argentina (NATIONAL, AMERICAS), Bogotá (LOCAL, AMERICAS) and Kosovo (OTHER, EUROPE, no story).
 */
describe.each(testStores)("story filters by member type, region and publication date on %s", (store) => {
  let recognition: TestRecognition;
  const titles = async (filter: Record<string, unknown>, as: typeof supportUnit | null = null) =>
    ok(await recognition.execute<ListData>(LIST, { as, variables: { filter } }))
      .stories.edges.map((edge) => edge.node.title)
      .sort();
  /** Publishes a story about `memberId` (null: a non-member government's) and dates its publication `publishedAt`. */
  const published = async (title: string, memberId: string | null, publishedAt: string) => {
    const story = memberId
      ? await submitStory(recognition, { title, memberId })
      : await submitStory(
          recognition,
          { title, memberId: null, authorKind: "NON_MEMBER_GOVERNMENT", credit: "City of Nairobi" },
          supportUnit,
        );
    await publishStory(recognition, story);
    await recognition.dataSource.getRepository(Story).update(story.id, { moderatedAt: publishedAt });
    return story;
  };

  beforeAll(async () => {
    recognition = await createTestRecognition(store);
    recognition.references.addMember(MEMBER_ARG, { type: MemberType.NATIONAL, region: Region.AMERICAS });
    recognition.references.addMember(MEMBER_BOGOTA, { type: MemberType.LOCAL, region: Region.AMERICAS });
    recognition.references.addMember(MEMBER_KOSOVO, { type: MemberType.OTHER, region: Region.EUROPE });
    await published("Albania", MEMBER_ALB, "2026-01-10T09:00:00.000Z");
    // The first and last instants of the range asked below: both ends are inclusive.
    await published("Argentina", MEMBER_ARG, "2026-02-01T00:00:00.000Z");
    await published("Bogota", MEMBER_BOGOTA, "2026-02-28T23:59:59.999Z");
    await published("Nairobi", null, "2026-03-01T00:00:00.000Z");
    await submitStory(recognition, { title: "Argentina waiting", memberId: MEMBER_ARG });
    const rejected = await submitStory(recognition, { title: "Albania rejected", memberId: MEMBER_ALB });
    const repository = recognition.dataSource.getRepository(Story);
    await repository.update(rejected.id, { status: "REJECTED" as Story["status"], moderatedAt: "2026-02-10T12:00:00.000Z" });
  });
  afterAll(() => recognition.close());

  it("narrows by member type and region, as the directory records the story's member", async () => {
    expect(await titles({ region: "AMERICAS" })).toEqual(["Argentina", "Bogota"]);
    expect(await titles({ memberType: "LOCAL" })).toEqual(["Bogota"]);
    expect(await titles({ memberType: "NATIONAL" })).toEqual(["Albania", "Argentina"]);
    expect(await titles({ memberType: "NATIONAL", region: "EUROPE" })).toEqual(["Albania"]);
    // The support unit sees every status; a non-member's story never matches a member filter.
    expect(await titles({ region: "EUROPE" }, supportUnit)).toEqual(["Albania", "Albania rejected"]);
    expect(await titles({ region: "AMERICAS", status: "SUBMITTED" }, supportUnit)).toEqual(["Argentina waiting"]);
  });

  it("no member of that type or region, or one that contradicts `memberId`: an empty page, not an error", async () => {
    const empty = ok(await recognition.execute<ListData>(LIST, { variables: { filter: { memberType: "OTHER" } } })).stories;
    expect(empty).toEqual({ edges: [], pageInfo: { hasNextPage: false } });
    expect(await titles({ region: "AFRICA_AND_MIDDLE_EAST" })).toEqual([]);
    expect(await titles({ region: "AMERICAS", memberId: MEMBER_ALB })).toEqual([]);
    expect(await titles({ region: "AMERICAS", memberId: MEMBER_BOGOTA })).toEqual(["Bogota"]);
  });

  it("narrows by publication day, both ends inclusive, published stories only", async () => {
    expect(await titles({ publishedFrom: "2026-02-01", publishedTo: "2026-02-28" })).toEqual(["Argentina", "Bogota"]);
    expect(await titles({ publishedFrom: "2026-02-01" })).toEqual(["Argentina", "Bogota", "Nairobi"]);
    expect(await titles({ publishedTo: "2026-01-31" })).toEqual(["Albania"]);
    expect(await titles({ publishedFrom: "2026-03-01", publishedTo: "2026-03-01" })).toEqual(["Nairobi"]);
    expect(await titles({ region: "AMERICAS", publishedTo: "2026-02-15" })).toEqual(["Argentina"]);
    // A rejected story's moderation day is not a publication day, even for the support unit.
    expect(await titles({ publishedFrom: "2026-02-01", publishedTo: "2026-02-28" }, supportUnit)).toEqual(["Argentina", "Bogota"]);
    expect(await titles({ publishedFrom: "2026-01-01", status: "REJECTED" }, supportUnit)).toEqual([]);
  });

  describe("bad input is refused naming the field, before the directory is asked", () => {
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      ["not a day", { publishedFrom: "2026-02-30", region: "EUROPE" }, "filter.publishedFrom", /calendar date written YYYY-MM-DD/],
      ["not a date", { publishedTo: "last week", memberType: "LOCAL" }, "filter.publishedTo", /YYYY-MM-DD, not "last week"/],
      [
        "an inverted range",
        { publishedFrom: "2026-03-01", publishedTo: "2026-02-01", region: "AMERICAS" },
        "filter.publishedTo",
        /ends \(2026-02-01\) before it begins \(2026-03-01\)/,
      ],
    ];
    it.each(cases)("%s", async (_name, filter, field, message) => {
      const counts = await tableCounts(recognition);
      const callsBefore = recognition.references.calls.length;
      const response = await recognition.execute<ListData>(LIST, { variables: { filter } });
      expect(response.data).toBeNull();
      const error = firstError(response);
      expect(error).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(error.message).toMatch(message);
      expect(recognition.references.calls.length).toBe(callsBefore);
      expect(await tableCounts(recognition)).toEqual(counts);
    });

    it("a region that does not exist", async () => {
      const response = await recognition.execute<ListData>(LIST, { variables: { filter: { region: "ATLANTIS" } } });
      expect(firstError(response).message).toMatch(/ATLANTIS/);
    });
  });

  it("one directory request per request, and as many SQL statements for 2 stories as for 32", async () => {
    const BOTH = `query {
      americas: stories(first: 100, filter: { region: AMERICAS, publishedFrom: "2026-01-01" }) { edges { node { title member { id } author { kind } } } }
      local: stories(first: 100, filter: { memberType: LOCAL }) { edges { node { title } } }
    }`;
    type Both = { americas: { edges: unknown[] }; local: { edges: unknown[] } };
    const run = async () => {
      const callsBefore = recognition.references.calls.length;
      const measured = await recognition.counter.measure(async () => ok(await recognition.execute<Both>(BOTH)));
      return {
        rows: measured.result.americas.edges.length,
        statements: measured.statements,
        directoryCalls: recognition.references.calls.slice(callsBefore),
      };
    };
    const few = await run();
    const repository = recognition.dataSource.getRepository(Story);
    const argentina = await repository.findOneByOrFail({ title: "Argentina" });
    for (let index = 0; index < 30; index += 1) {
      const { id: _id, ...copy } = argentina;
      await repository.insert({ ...copy, id: crypto.randomUUID(), title: `Argentina ${index}` });
    }
    const many = await run();
    expect([few.rows, many.rows]).toEqual([2, 32]);
    expect(many.statements).toBe(few.statements);
    expect(few.statements).toBe(2);
    expect(few.directoryCalls).toEqual([{ owner: "directory", ids: [], authorization: undefined, list: "members" }]);
    expect(many.directoryCalls).toHaveLength(1);
  });
});
