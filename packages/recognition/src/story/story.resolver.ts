import { isSupportUnit, PageInfo, Role, SUPPORT_ROLES } from "@ogc/kit";
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { RecognitionContext } from "../context.js";
import { MemberEntity } from "../federation/entity-stubs.js";
import { PageArgsInput, RecordVersionArgs, RejectArgs } from "../shared/args.js";
import type { Page } from "../shared/pages.js";
import { Story, StoryAuthorKind } from "./story.entity.js";
import { StoryFilter, SubmitStoryInput } from "./story.inputs.js";
import { StoryAuthor } from "./story-author.js";

@ObjectType({ description: "One story in a page, with its cursor." })
export class StoryEdge {
  @Field({ description: "Opaque cursor of this edge; pass it as `after` to continue after it." })
  cursor!: string;

  @Field(() => Story, { description: "The story." })
  node!: Story;
}

/**
 * A page of stories, newest first (Relay cursor connection). Deliberately without `totalCount`: a number computed over
 * stories is a measure, and DOMAIN.md rule 9 forbids measuring anything with stories.
 */
@ObjectType({ description: "A page of stories, newest first. It has no total on purpose: stories are never counted (DOMAIN.md rule 9)." })
export class StoryConnection implements Page<Story> {
  @Field(() => [StoryEdge], { description: "The stories of this page, in order." })
  edges!: StoryEdge[];

  @Field(() => PageInfo, { description: "Where this page sits in the list." })
  pageInfo!: PageInfo;
}

@ArgsType()
class StoryListArgs extends PageArgsInput {
  @Field(() => StoryFilter, { nullable: true, description: "Which stories to list; every story the caller may see when left out." })
  filter?: StoryFilter | null;
}

@Resolver(() => Story)
export class StoryResolver {
  @Query(() => StoryConnection, {
    description:
      "Stories, newest first, a page at a time. Anyone reads PUBLISHED stories; signed-in callers also see their own; the support unit sees every story and may filter by status.",
  })
  stories(
    @Args(() => StoryListArgs) { filter, ...page }: StoryListArgs,
    @Ctx() { recognition }: RecognitionContext,
  ): Promise<StoryConnection> {
    return recognition.stories.list(page, filter);
  }

  @Query(() => Story, { nullable: true, description: "One story by id; null when there is none or it is not published and not yours." })
  story(@Arg("id", () => ID) id: string, @Ctx() { recognition }: RecognitionContext): Promise<Story | null> {
    return recognition.stories.byId(id);
  }

  @FieldResolver(() => MemberEntity, { nullable: true, description: "The OGP member the story is about; null for a non-member's story." })
  member(@Root() story: Story): MemberEntity | null {
    return story.memberId ? { id: story.memberId } : null;
  }

  @FieldResolver(() => StoryAuthor, { description: "Who shared the story." })
  author(@Root() story: Story, @Ctx() { viewer }: RecognitionContext): StoryAuthor {
    const showAccount = isSupportUnit(viewer) || viewer?.accountId === story.submittedBy;
    return {
      kind: story.authorKind,
      partner: story.authorKind === StoryAuthorKind.PARTNER && story.partnerId ? { id: story.partnerId } : null,
      credit: story.credit,
      accountId: showAccount ? story.submittedBy : null,
    };
  }

  @Authorized([...SUPPORT_ROLES, Role.PARTNER_EDITOR, Role.INSTITUTION_OFFICER])
  @Mutation(() => Story, {
    description:
      "Shares a story; it waits as SUBMITTED until the support unit publishes it. Partner editors share for their partner, institution officers about their own member, the support unit for itself or a non-member government. The body is sanitised; a `memberId` is checked against the directory.",
  })
  submitStory(@Arg("input", () => SubmitStoryInput) input: SubmitStoryInput, @Ctx() { recognition }: RecognitionContext): Promise<Story> {
    return recognition.stories.submit(input);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => Story, {
    description:
      "Publishes a SUBMITTED (or earlier REJECTED) story: from then on anyone can read it. CONFLICT on a stale `version`. Support unit only.",
  })
  publishStory(
    @Args(() => RecordVersionArgs) { id, version }: RecordVersionArgs,
    @Ctx() { recognition }: RecognitionContext,
  ): Promise<Story> {
    return recognition.stories.publish({ id, version });
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => Story, {
    description:
      "Rejects a SUBMITTED story, or takes a PUBLISHED one down, with a reason its author is shown. CONFLICT on a stale `version`. Support unit only.",
  })
  rejectStory(@Args(() => RejectArgs) { id, version, reason }: RejectArgs, @Ctx() { recognition }: RecognitionContext): Promise<Story> {
    return recognition.stories.reject({ id, version }, reason);
  }
}
