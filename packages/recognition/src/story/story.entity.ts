import { ChallengeAreaCode, Locale, VersionedEntity } from "@ogc/kit";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";

/*
 * DOMAIN.md rule 9: stories are shared for communication and are NEVER used to measure performance. No stat, score,
 * ranking, count or any other number computed over stories may be added to this subgraph (or read from its tables by
 * any other): the schema test "never measured" in recognition.test.ts fails on any Int or Float field of a story type
 * other than `version`. If you are here to add one, stop: measure commitments, milestones and IRM ratings instead.
 */

/** Who shared a story. */
export enum StoryAuthorKind {
  MEMBER_GOVERNMENT = "MEMBER_GOVERNMENT",
  NON_MEMBER_GOVERNMENT = "NON_MEMBER_GOVERNMENT",
  PARTNER = "PARTNER",
  SUPPORT_UNIT = "SUPPORT_UNIT",
}
registerEnumType(StoryAuthorKind, {
  name: "StoryAuthorKind",
  description:
    "Who shared a story: members and non-members may share stories of their work; partners may share stories about government action.",
  valuesConfig: {
    MEMBER_GOVERNMENT: { description: "A public institution of an OGP member, about its own member's work." },
    NON_MEMBER_GOVERNMENT: { description: "A government that is not an OGP member (shared through the support unit, credited by name)." },
    PARTNER: { description: "A civil-society organisation or another partner, about government action." },
    SUPPORT_UNIT: { description: "OGP's support unit." },
  },
});

/** Where a story is in moderation. */
export enum StoryStatus {
  SUBMITTED = "SUBMITTED",
  PUBLISHED = "PUBLISHED",
  REJECTED = "REJECTED",
}
registerEnumType(StoryStatus, {
  name: "StoryStatus",
  description: "Where a story is in moderation by the support unit. Only PUBLISHED stories are public.",
  valuesConfig: {
    SUBMITTED: { description: "Waiting for the support unit; visible to its author and the support unit only." },
    PUBLISHED: { description: "Published by the support unit: anyone can read it." },
    REJECTED: { description: "Not published, with the support unit's reason; visible to its author and the support unit only." },
  },
});

@Entity("story")
@ObjectType({
  description:
    "An inspiring story of open-government work in one or more challenge areas, moderated by the support unit and published for communication. Never used to measure performance: no stat, score or ranking reads stories (DOMAIN.md rule 9).",
})
export class Story extends VersionedEntity {
  @Column("varchar", { length: 200 })
  @Field({ description: "The story's title, plain text." })
  title!: string;

  @Column("text")
  @Field({
    description:
      'The story, as sanitised HTML: only p, br, strong, em, ul, ol, li, h2, h3, blockquote, and a with an http(s) href (marked rel="nofollow ugc noopener noreferrer"). Anything else was removed when it was submitted.',
  })
  body!: string;

  @Column("varchar", { length: 2 })
  @Field(() => Locale, { description: "The language the story is written in." })
  language!: Locale;

  /** Stored as a JSON array of codes; filtered with LIKE on the quoted code, which no other code contains. */
  @Column("simple-json")
  @Field(() => [ChallengeAreaCode], { description: "The challenge areas the story is about; at least one." })
  areas!: ChallengeAreaCode[];

  @Index("idx_story_member")
  @Column("varchar", { name: "member_id", length: 36, nullable: true })
  memberId!: string | null;

  @Column("varchar", { name: "author_kind", length: 24 })
  authorKind!: StoryAuthorKind;

  @Column("varchar", { name: "submitted_by", length: 64 })
  submittedBy!: string;

  @Index("idx_story_partner")
  @Column("varchar", { name: "partner_id", length: 36, nullable: true })
  partnerId!: string | null;

  @Column("varchar", { length: 200, nullable: true })
  credit!: string | null;

  @Column("simple-json", { name: "media_links" })
  @Field(() => [String], { description: "Links to photos, videos or articles about the work: http(s) addresses only." })
  mediaLinks!: string[];

  @Index("idx_story_status")
  @Column("varchar", { length: 12 })
  @Field(() => StoryStatus, { description: "Where the story is in moderation." })
  status!: StoryStatus;

  @Column("varchar", { name: "rejection_reason", length: 2000, nullable: true })
  @Field(() => String, { nullable: true, description: "Why the support unit did not publish it; null unless REJECTED." })
  rejectionReason!: string | null;

  @Column("varchar", { name: "moderated_at", length: 30, nullable: true })
  @Field(() => String, { nullable: true, description: "When the support unit last published or rejected it (ISO 8601, UTC)." })
  moderatedAt!: string | null;
}

/** Fields compared for changes and written to the audit log. */
export const STORY_FIELDS = [
  "title",
  "body",
  "language",
  "areas",
  "memberId",
  "authorKind",
  "submittedBy",
  "partnerId",
  "credit",
  "mediaLinks",
  "status",
  "rejectionReason",
  "moderatedAt",
] as const;
