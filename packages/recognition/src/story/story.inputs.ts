import { ChallengeAreaCode, Locale, MemberType, Region } from "@ogc/kit";
import { Field, ID, InputType } from "type-graphql";
import { StoryAuthorKind, StoryStatus } from "./story.entity.js";

@InputType({ description: "Which stories to list. Fields combine with AND." })
export class StoryFilter {
  @Field(() => ChallengeAreaCode, { nullable: true, description: "Only stories about this challenge area." })
  area?: ChallengeAreaCode | null;

  @Field(() => ID, { nullable: true, description: "Only stories about this member." })
  memberId?: string | null;

  @Field(() => Locale, { nullable: true, description: "Only stories written in this language." })
  language?: Locale | null;

  @Field(() => StoryStatus, {
    nullable: true,
    description:
      "Only stories in this moderation status: for the support unit. Everyone else always sees PUBLISHED stories (and, signed in, their own) whatever this says.",
  })
  status?: StoryStatus | null;

  @Field(() => MemberType, {
    nullable: true,
    description: "Only stories about a member of this type (as the directory records it); stories about no member never match.",
  })
  memberType?: MemberType | null;

  @Field(() => Region, {
    nullable: true,
    description: "Only stories about a member in this OGP region (as the directory records it); stories about no member never match.",
  })
  region?: Region | null;

  @Field(() => String, {
    nullable: true,
    description: "Only PUBLISHED stories published on or after this day (YYYY-MM-DD, UTC; a story published again counts from then).",
  })
  publishedFrom?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only PUBLISHED stories published on or before this day (YYYY-MM-DD, UTC); before `publishedFrom` is refused.",
  })
  publishedTo?: string | null;
}

@InputType({ description: "A story to share; it is published once the support unit has read it." })
export class SubmitStoryInput {
  @Field({ description: "The title, plain text, at most 200 characters." })
  title!: string;

  @Field({
    description:
      "The story as HTML: p, br, strong, em, ul, ol, li, h2, h3, blockquote and a with an http(s) href are kept; everything else (scripts, styles, event handlers, other links) is removed.",
  })
  body!: string;

  @Field(() => Locale, { description: "The language the story is written in." })
  language!: Locale;

  @Field(() => [ChallengeAreaCode], { description: "The challenge areas the story is about; at least one." })
  areas!: ChallengeAreaCode[];

  @Field(() => ID, {
    nullable: true,
    description:
      "The OGP member the story is about, checked against the directory; leave out for a non-member's story. Institution officers' stories are always about their own member.",
  })
  memberId?: string | null;

  @Field(() => [String], { nullable: true, description: "Links to photos, videos or articles: http(s) addresses, at most 10." })
  mediaLinks?: string[] | null;

  @Field(() => StoryAuthorKind, {
    nullable: true,
    description:
      "Who the story is from. Follows from your role (partner editor: PARTNER; institution officer: MEMBER_GOVERNMENT); the support unit may give SUPPORT_UNIT (the default) or NON_MEMBER_GOVERNMENT with a `credit`.",
  })
  authorKind?: StoryAuthorKind | null;

  @Field(() => String, {
    nullable: true,
    description: "The name the story is credited to publicly, e.g. a non-member government's (required for NON_MEMBER_GOVERNMENT).",
  })
  credit?: string | null;
}
