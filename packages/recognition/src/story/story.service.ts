/*
 * DOMAIN.md rule 9: stories are NEVER used to measure performance. This service lists, reads and moderates stories;
 * it must never count, rank or score them, nor offer anything that does (see the note in story.entity.ts).
 */
import {
  Actor,
  type AuditSpec,
  BadUserInputError,
  type ChallengeAreaCode,
  ConflictError,
  editRecord,
  ForbiddenError,
  freshRecord,
  groupByKey,
  insertAudited,
  isSupportUnit,
  type LoaderRegistry,
  type Locale,
  type MemberType,
  msg,
  now,
  type PageArgs,
  type Region,
  Role,
  requireViewer,
  transaction,
  type Viewer,
} from "@ogc/kit";
import { Brackets, type DataSource, In } from "typeorm";
import type { References } from "../references/references.js";
import { jsonElementPattern } from "../shared/json-search.js";
import { type Page, pageOfQuery, pageOfRows } from "../shared/pages.js";
import {
  type DateRangeMessages,
  dateRange,
  dayAfter,
  optionalText,
  REASON,
  requiredText,
  type TextMessages,
  webAddresses,
} from "../shared/validation.js";
import { isSubmitterOrSupport } from "../shared/viewer.js";
import { STORY_FIELDS, Story, StoryAuthorKind, StoryStatus } from "./story.entity.js";
import { sanitizeStoryBody } from "./story-body.js";

export const STORY_AUDIT: AuditSpec<Story> = { entityType: "Story", fields: STORY_FIELDS };

const TITLE: TextMessages = {
  required: msg`The title is required.`,
  tooLong: (max) => msg`The title is longer than ${max} characters.`,
};
const CREDIT: Pick<TextMessages, "tooLong"> = { tooLong: (max) => msg`The credit is longer than ${max} characters.` };
const PUBLICATION_DATES: DateRangeMessages = {
  from: (value) => msg`The first publication date must be a calendar date written YYYY-MM-DD, not "${value}".`,
  to: (value) => msg`The last publication date must be a calendar date written YYYY-MM-DD, not "${value}".`,
  inverted: (first, last) => msg`The publication date range ends (${last}) before it begins (${first}).`,
};

export interface StoryListFilter {
  area?: ChallengeAreaCode | null;
  memberId?: string | null;
  language?: Locale | null;
  status?: StoryStatus | null;
  /** Only stories about members of this type / in this region, as the directory records them. */
  memberType?: MemberType | null;
  region?: Region | null;
  /** Only PUBLISHED stories published (last) on or after / on or before this day, YYYY-MM-DD, UTC. */
  publishedFrom?: string | null;
  publishedTo?: string | null;
}

export interface StoryDraft {
  title: string;
  body: string;
  language: Locale;
  areas: readonly ChallengeAreaCode[];
  memberId?: string | null;
  mediaLinks?: readonly string[] | null;
  authorKind?: StoryAuthorKind | null;
  credit?: string | null;
}

/** The parents whose published stories the graph lists: `Member.stories`, `Partner.stories`, `ChallengeArea.stories`. */
export type StoryParent = "member" | "partner" | "area";

/** Who a story is from, following the submitter's role (a partner editor cannot post as the support unit). */
function authorOf(viewer: Viewer, draft: StoryDraft): { kind: StoryAuthorKind; partnerId: string | null; memberId: string | null } {
  const memberId = draft.memberId?.trim() || null;
  const refuseKind = (allowed: [StoryAuthorKind] | [StoryAuthorKind, StoryAuthorKind]) => {
    const kind = draft.authorKind;
    if (kind && !(allowed as StoryAuthorKind[]).includes(kind)) {
      const [first, second] = allowed;
      throw new BadUserInputError(
        second
          ? msg`As ${viewer.role} you share stories as ${first} or ${second}, not ${kind}.`
          : msg`As ${viewer.role} you share stories as ${first}, not ${kind}.`,
        "authorKind",
      );
    }
  };
  if (isSupportUnit(viewer)) {
    refuseKind([StoryAuthorKind.SUPPORT_UNIT, StoryAuthorKind.NON_MEMBER_GOVERNMENT]);
    return { kind: draft.authorKind ?? StoryAuthorKind.SUPPORT_UNIT, partnerId: null, memberId };
  }
  if (viewer.role === Role.PARTNER_EDITOR) {
    if (!viewer.partnerId)
      throw new ForbiddenError("Your account edits for no partner organisation, so it cannot share a partner's story.");
    refuseKind([StoryAuthorKind.PARTNER]);
    return { kind: StoryAuthorKind.PARTNER, partnerId: viewer.partnerId, memberId };
  }
  if (viewer.role === Role.INSTITUTION_OFFICER) {
    if (!viewer.memberId) throw new ForbiddenError("Your account acts for no member, so it cannot share a member government's story.");
    refuseKind([StoryAuthorKind.MEMBER_GOVERNMENT]);
    if (memberId && memberId !== viewer.memberId) {
      throw new BadUserInputError("Institution officers share stories about their own member's work only.", "memberId");
    }
    return { kind: StoryAuthorKind.MEMBER_GOVERNMENT, partnerId: null, memberId: viewer.memberId };
  }
  throw new ForbiddenError("Stories are shared by partner editors, institution officers and the support unit.");
}

/** Builds a new story from a draft, checking every rule but the member's existence (which needs the directory). */
export function buildStory(draft: StoryDraft, viewer: Viewer): Story {
  const author = authorOf(viewer, draft);
  const areas = [...new Set(draft.areas ?? [])];
  if (areas.length === 0) throw new BadUserInputError("Name at least one challenge area the story is about.", "areas");
  const credit = optionalText(draft.credit, "credit", CREDIT, 200);
  if (author.kind === StoryAuthorKind.NON_MEMBER_GOVERNMENT && !credit) {
    throw new BadUserInputError("Name the non-member government the story is credited to.", "credit");
  }
  return Object.assign(new Story(), freshRecord(), {
    title: requiredText(draft.title, "title", TITLE, 200),
    body: sanitizeStoryBody(draft.body),
    language: draft.language,
    areas,
    memberId: author.memberId,
    authorKind: author.kind,
    submittedBy: viewer.accountId,
    partnerId: author.partnerId,
    credit,
    mediaLinks: webAddresses(draft.mediaLinks, "mediaLinks"),
    status: StoryStatus.SUBMITTED,
    rejectionReason: null,
    moderatedAt: null,
  });
}

/** Stories: reads batched per request and filtered by what the caller may see, writes audited in the same transaction. */
export class StoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: LoaderRegistry,
    private readonly actor: Actor,
    private readonly references: References,
  ) {}

  /** PUBLISHED stories are public; others only for their submitter (and their partner's editors) and the support unit. */
  canSee(story: Story): boolean {
    return story.status === StoryStatus.PUBLISHED || isSubmitterOrSupport(this.actor.viewer, story);
  }

  /** The story, or null when there is none or the caller may not see it (not public yet is not told apart from absent). */
  async byId(id: string): Promise<Story | null> {
    const story = await this.loaders
      .get<string, Story | null>("story.byId", async (ids) => {
        const rows = await this.dataSource.getRepository(Story).findBy({ id: In([...ids]) });
        return ids.map((key) => rows.find((row) => row.id === key) ?? null);
      })
      .load(id);
    return story && this.canSee(story) ? story : null;
  }

  /**
   * A page of the stories the caller may see. The filter is checked first (BAD_USER_INPUT naming `filter.<field>`:
   * malformed day, inverted range); a `memberType` or `region` asks the directory once for the matching members.
   */
  async list(page: PageArgs, filter: StoryListFilter | null | undefined): Promise<Page<Story>> {
    const published = dateRange(
      filter?.publishedFrom,
      filter?.publishedTo,
      { from: "filter.publishedFrom", to: "filter.publishedTo" },
      PUBLICATION_DATES,
    );
    const memberIdsIn = filter ? await this.references.memberIdsWhere(filter) : null;
    const viewer = this.actor.viewer;
    const query = this.dataSource.getRepository(Story).createQueryBuilder("story");
    if (isSupportUnit(viewer)) {
      if (filter?.status) query.andWhere("story.status = :status", { status: filter.status });
    } else if (viewer) {
      query.andWhere(
        new Brackets((own) => {
          own.where("story.status = :published", { published: StoryStatus.PUBLISHED }).orWhere("story.submittedBy = :accountId", {
            accountId: viewer.accountId,
          });
          if (viewer.partnerId) own.orWhere("story.partnerId = :partnerId", { partnerId: viewer.partnerId });
        }),
      );
    } else {
      query.andWhere("story.status = :published", { published: StoryStatus.PUBLISHED });
    }
    if (filter?.area) query.andWhere("story.areas LIKE :area ESCAPE '\\'", { area: jsonElementPattern(filter.area) });
    if (filter?.memberId) query.andWhere("story.memberId = :memberId", { memberId: filter.memberId });
    if (filter?.language) query.andWhere("story.language = :language", { language: filter.language });
    if (memberIdsIn) {
      // No member of that type or region: an empty page, not an error. Stories about no member never match.
      if (memberIdsIn.length === 0) query.andWhere("1 = 0");
      else query.andWhere("story.memberId IN (:...memberIdsIn)", { memberIdsIn });
    }
    if (published.from || published.to) {
      // `moderatedAt` is when a PUBLISHED story was (last) published; ISO 8601 text, so days compare as text.
      query.andWhere("story.status = :publishedOnly", { publishedOnly: StoryStatus.PUBLISHED });
      if (published.from) query.andWhere("story.moderatedAt >= :publishedFrom", { publishedFrom: published.from });
      if (published.to) query.andWhere("story.moderatedAt < :publishedBefore", { publishedBefore: dayAfter(published.to) });
    }
    return pageOfQuery(query, "story", page);
  }

  /** Published stories of many parents of one kind in one statement (a DataLoader batch), paged here per parent. */
  async publishedOf(parent: StoryParent, key: string, page: PageArgs): Promise<Page<Story>> {
    const rows = await this.loaders
      .get<string, Story[]>(`story.published.${parent}`, async (keys) => {
        const query = this.dataSource
          .getRepository(Story)
          .createQueryBuilder("story")
          .where("story.status = :published", { published: StoryStatus.PUBLISHED });
        if (parent === "member") query.andWhere("story.memberId IN (:...keys)", { keys });
        if (parent === "partner") query.andWhere("story.partnerId IN (:...keys)", { keys });
        if (parent === "area") {
          query.andWhere(
            new Brackets((any) => {
              for (const [index, code] of keys.entries()) {
                any.orWhere(`story.areas LIKE :area${index} ESCAPE '\\'`, { [`area${index}`]: jsonElementPattern(code) });
              }
            }),
          );
          const stories = await query.getMany();
          return keys.map((code) => stories.filter((story) => story.areas.includes(code as ChallengeAreaCode)));
        }
        const stories = await query.getMany();
        return groupByKey(keys, stories, (story) => (parent === "member" ? story.memberId : story.partnerId) ?? "");
      })
      .load(key);
    return pageOfRows(rows, page);
  }

  async submit(draft: StoryDraft): Promise<Story> {
    const viewer = requireViewer(this.actor.viewer);
    const story = buildStory(draft, viewer);
    if (story.memberId) await this.references.requireMember(story.memberId);
    return transaction(this.dataSource, (manager) => insertAudited(manager, Story, story, STORY_AUDIT, this.actor, "submitStory"));
  }

  /** SUBMITTED or REJECTED -> PUBLISHED. */
  publish(key: { id: string; version: number }): Promise<Story> {
    return transaction(this.dataSource, (manager) =>
      editRecord(manager, Story, key, STORY_AUDIT, this.actor, "publishStory", (existing) => {
        if (existing.status === StoryStatus.PUBLISHED) throw new ConflictError("This story is already published.", { field: "id" });
        return Object.assign(new Story(), existing, { status: StoryStatus.PUBLISHED, rejectionReason: null, moderatedAt: now() });
      }),
    );
  }

  /** SUBMITTED or PUBLISHED -> REJECTED, with the reason its author is shown. */
  reject(key: { id: string; version: number }, reason: string): Promise<Story> {
    const why = requiredText(reason, "reason", REASON, 2000);
    return transaction(this.dataSource, (manager) =>
      editRecord(manager, Story, key, STORY_AUDIT, this.actor, "rejectStory", (existing) => {
        if (existing.status === StoryStatus.REJECTED) throw new ConflictError("This story is already rejected.", { field: "id" });
        return Object.assign(new Story(), existing, { status: StoryStatus.REJECTED, rejectionReason: why, moderatedAt: now() });
      }),
    );
  }
}
