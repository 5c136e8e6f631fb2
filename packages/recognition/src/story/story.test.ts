import "reflect-metadata";
import { AuditEntry } from "@ogc/kit";
import { testStores } from "@ogc/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestRecognition,
  firstError,
  MEMBER_ALB,
  MEMBER_ARG,
  officer,
  ok,
  otherPartnerEditor,
  PARTNER_ID,
  partnerEditor,
  publishStory,
  submitStory,
  supportUnit,
  type TestRecognition,
  tableCounts,
} from "../test-helpers.js";

const SUBMIT = "mutation ($input: SubmitStoryInput!) { submitStory(input: $input) { id } }";
const STORY = `query ($id: ID!) { story(id: $id) { id title body status rejectionReason language areas mediaLinks member { id } author { kind partner { id } credit accountId } } }`;

interface StoryView {
  id: string;
  title: string;
  body: string;
  status: string;
  rejectionReason: string | null;
  author: { kind: string; partner: { id: string } | null; credit: string | null; accountId: string | null };
  member: { id: string } | null;
}

describe.each(testStores)("stories on %s", (store) => {
  let recognition: TestRecognition;
  const read = async (id: string, as = partnerEditor as typeof partnerEditor | null) =>
    ok(await recognition.execute<{ story: StoryView | null }>(STORY, { as, variables: { id } })).story;

  beforeAll(async () => {
    recognition = await createTestRecognition(store);
  });
  afterAll(() => recognition.close());

  it("a partner's story waits for the support unit, then everyone reads it", async () => {
    const story = await submitStory(recognition, {
      title: "  Contracts in the open ",
      body: '<p onclick="steal()">Every contract is <strong>public</strong>.</p><script>alert(1)</script><p><a href="javascript:alert(1)">see</a> <a href="https://example.org/c">contracts</a></p>',
      areas: ["ANTI_CORRUPTION", "FISCAL_OPENNESS", "ANTI_CORRUPTION"],
      mediaLinks: ["https://video.example.org/contracts"],
    });
    expect(story).toMatchObject({ version: 1, status: "SUBMITTED" });
    const mine = await read(story.id);
    expect(mine).toMatchObject({
      title: "Contracts in the open",
      body: '<p>Every contract is <strong>public</strong>.</p><p>see <a href="https://example.org/c" rel="nofollow ugc noopener noreferrer">contracts</a></p>',
      member: { id: MEMBER_ALB },
      author: { kind: "PARTNER", partner: { id: PARTNER_ID }, credit: null, accountId: partnerEditor.accountId },
    });
    // Not public yet: absent for the public and for another partner, there for the support unit.
    expect(await read(story.id, null)).toBeNull();
    expect(await read(story.id, otherPartnerEditor)).toBeNull();
    expect((await read(story.id, supportUnit))?.status).toBe("SUBMITTED");
    const anonymousList = () =>
      recognition.execute<{ stories: { edges: { node: { id: string } }[] } }>("{ stories { edges { node { id } } } }");
    expect(ok(await anonymousList()).stories.edges.map((edge) => edge.node.id)).not.toContain(story.id);

    await publishStory(recognition, story);
    const published = await read(story.id, null);
    expect(published).toMatchObject({ status: "PUBLISHED", author: { kind: "PARTNER", accountId: null } });
    expect(ok(await anonymousList()).stories.edges.map((edge) => edge.node.id)).toContain(story.id);
    // The member reference was checked against the directory.
    expect(recognition.references.calls.some((call) => call.owner === "directory" && call.ids.includes(MEMBER_ALB))).toBe(true);
  });

  it("an institution officer's story is about their own member, as MEMBER_GOVERNMENT", async () => {
    const story = await submitStory(recognition, { memberId: null }, officer);
    expect(await read(story.id, officer)).toMatchObject({
      member: { id: MEMBER_ALB },
      author: { kind: "MEMBER_GOVERNMENT", partner: null },
    });
    const other = firstError(
      await recognition.execute(SUBMIT, {
        as: officer,
        variables: { input: { title: "T", body: "<p>B</p>", language: "ES", areas: ["JUSTICE"], memberId: MEMBER_ARG } },
      }),
    );
    expect(other).toMatchObject({ code: "BAD_USER_INPUT", field: "memberId" });
  });

  it("the support unit shares a non-member government's story, credited by name", async () => {
    const story = await submitStory(
      recognition,
      { memberId: null, authorKind: "NON_MEMBER_GOVERNMENT", credit: "City of Example", language: "FR" },
      supportUnit,
    );
    expect(await read(story.id, supportUnit)).toMatchObject({
      member: null,
      author: { kind: "NON_MEMBER_GOVERNMENT", credit: "City of Example", accountId: supportUnit.accountId },
    });
  });

  describe("validation: a refused story names the field and writes nothing", () => {
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      ["an unknown member", { memberId: "no-such-member" }, "memberId", /no OGP member with the id no-such-member/],
      ["no challenge area", { areas: [] }, "areas", /at least one challenge area/],
      ["a body with nothing but a script", { body: "<script>alert(1)</script>" }, "body", /story is required/],
      ["a javascript: media link", { mediaLinks: ["javascript:alert(1)"] }, "mediaLinks", /not an http:\/\/ or https:\/\//],
      ["an empty title", { title: "  " }, "title", /title is required/],
      ["a partner posing as the support unit", { authorKind: "SUPPORT_UNIT" }, "authorKind", /as PARTNER/],
    ];
    it.each(cases)("refuses %s", async (_, change, field, message) => {
      const before = await tableCounts(recognition);
      const input = { title: "T", body: "<p>B</p>", language: "EN", areas: ["JUSTICE"], memberId: MEMBER_ALB, ...change };
      const error = firstError(await recognition.execute(SUBMIT, { as: partnerEditor, variables: { input } }));
      expect(error).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(error.message).toMatch(message);
      expect(await tableCounts(recognition)).toEqual(before);
    });
  });

  it("moderation: reject with a reason, refuse a stale version with CONFLICT, audit every step", async () => {
    const story = await submitStory(recognition);
    const REJECT =
      "mutation ($id: ID!, $version: Int!, $reason: String!) { rejectStory(id: $id, version: $version, reason: $reason) { version status rejectionReason } }";
    const rejected = ok(
      await recognition.execute<{ rejectStory: unknown }>(REJECT, {
        as: supportUnit,
        variables: { id: story.id, version: 1, reason: "Please name the city's contracting office." },
      }),
    ).rejectStory;
    expect(rejected).toEqual({ version: 2, status: "REJECTED", rejectionReason: "Please name the city's contracting office." });
    expect((await read(story.id))?.rejectionReason).toBe("Please name the city's contracting office.");

    const stale = firstError(
      await recognition.execute("mutation ($id: ID!) { publishStory(id: $id, version: 1) { id } }", {
        as: supportUnit,
        variables: { id: story.id },
      }),
    );
    expect(stale).toMatchObject({ code: "CONFLICT", field: "version" });
    expect(stale.message).toMatch(/version 2/);
    const again = firstError(
      await recognition.execute(REJECT, { as: supportUnit, variables: { id: story.id, version: 2, reason: "again" } }),
    );
    expect(again.code).toBe("CONFLICT");
    const unknown = firstError(await recognition.execute('mutation { publishStory(id: "nope", version: 1) { id } }', { as: supportUnit }));
    expect(unknown.code).toBe("NOT_FOUND");

    const entries = await recognition.dataSource.getRepository(AuditEntry).find({ where: { entityId: story.id }, order: { at: "ASC" } });
    expect(entries.map((entry) => [entry.operation, entry.actorId])).toEqual([
      ["submitStory", partnerEditor.accountId],
      ["rejectStory", supportUnit.accountId],
    ]);
    expect(entries[1]?.changes).toMatchObject({ status: { from: "SUBMITTED", to: "REJECTED" } });
  });

  it("filters by area, member and language; the status filter is the support unit's only", async () => {
    const justice = await publishStory(
      recognition,
      await submitStory(recognition, { areas: ["JUSTICE"], memberId: MEMBER_ARG, language: "ES" }),
    );
    await submitStory(recognition, { areas: ["JUSTICE"], memberId: MEMBER_ARG, language: "ES" });
    const list = async (filter: Record<string, unknown>, as: typeof supportUnit | null = null) =>
      ok(
        await recognition.execute<{ stories: { edges: { node: { id: string; status: string } }[] } }>(
          "query ($filter: StoryFilter) { stories(first: 100, filter: $filter) { edges { node { id status } } } }",
          { as, variables: { filter } },
        ),
      ).stories.edges.map((edge) => edge.node);
    expect(await list({ area: "JUSTICE", memberId: MEMBER_ARG, language: "ES" })).toEqual([{ id: justice.id, status: "PUBLISHED" }]);
    expect(await list({ area: "JUSTICE", language: "EN" })).toEqual([]);
    // The public asking for SUBMITTED stories still gets published ones only.
    expect((await list({ status: "SUBMITTED" })).every((story) => story.status === "PUBLISHED")).toBe(true);
    const submitted = await list({ status: "SUBMITTED", area: "JUSTICE" }, supportUnit);
    expect(submitted).toHaveLength(1);
    expect(submitted[0]?.status).toBe("SUBMITTED");
  });

  it("pages newest first with cursors", async () => {
    const PAGE =
      "query ($after: String) { stories(first: 2, after: $after) { edges { node { id createdAt } } pageInfo { hasNextPage endCursor } } }";
    type Page = {
      stories: { edges: { node: { id: string; createdAt: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page["stories"] = ok(await recognition.execute<Page>(PAGE, { as: supportUnit, variables: { after } })).stories;
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe((await tableCounts(recognition)).story);
  });
});
