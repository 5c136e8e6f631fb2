import { Field, ObjectType } from "type-graphql";
import { PartnerEntity } from "../federation/entity-stubs.js";
import { StoryAuthorKind } from "./story.entity.js";

@ObjectType({ description: "Who shared a story." })
export class StoryAuthor {
  @Field(() => StoryAuthorKind, { description: "What kind of author: member government, non-member government, partner or support unit." })
  kind!: StoryAuthorKind;

  @Field(() => PartnerEntity, { nullable: true, description: "The partner that shared it; null unless `kind` is PARTNER." })
  partner!: PartnerEntity | null;

  @Field(() => String, {
    nullable: true,
    description: "The name the story is credited to, e.g. a non-member government's; null when the kind and partner say enough.",
  })
  credit!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The account that submitted it: shown to the support unit and to that account only, null for everyone else.",
  })
  accountId!: string | null;
}
