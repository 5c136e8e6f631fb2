import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RecognitionContext } from "../context.js";
import { AwardNomination } from "../nomination/award-nomination.entity.js";
import { PageArgsInput } from "../shared/args.js";
import { StoryConnection } from "../story/story.resolver.js";
import { ChallengeAreaEntity, CommitmentEntity, MemberEntity, PartnerEntity } from "./entity-stubs.js";

// Every field here is batched per request (one statement per field whatever the number of parents), and lists
// published stories only: no count or other number over stories is ever added (DOMAIN.md rule 9).

const STORIES = "Its PUBLISHED stories, newest first, a page at a time. Public.";
const ACCEPTED = "Its award nominations the support unit ACCEPTED, newest first. Public.";

@Resolver(() => MemberEntity)
export class MemberRecognitionResolver {
  @FieldResolver(() => StoryConnection, { description: `Stories about the member: ${STORIES}` })
  stories(@Root() member: MemberEntity, @Args(() => PageArgsInput) page: PageArgsInput, @Ctx() { recognition }: RecognitionContext) {
    return recognition.stories.publishedOf("member", member.id, page);
  }

  @FieldResolver(() => [AwardNomination], { description: `Nominations of the member: ${ACCEPTED}` })
  acceptedNominations(@Root() member: MemberEntity, @Ctx() { recognition }: RecognitionContext): Promise<AwardNomination[]> {
    return recognition.nominations.acceptedOf("member", member.id);
  }
}

@Resolver(() => PartnerEntity)
export class PartnerRecognitionResolver {
  @FieldResolver(() => StoryConnection, { description: `Stories the partner shared: ${STORIES}` })
  stories(@Root() partner: PartnerEntity, @Args(() => PageArgsInput) page: PageArgsInput, @Ctx() { recognition }: RecognitionContext) {
    return recognition.stories.publishedOf("partner", partner.id, page);
  }

  @FieldResolver(() => [AwardNomination], { description: `Nominations the partner made: ${ACCEPTED}` })
  acceptedNominations(@Root() partner: PartnerEntity, @Ctx() { recognition }: RecognitionContext): Promise<AwardNomination[]> {
    return recognition.nominations.acceptedOf("partner", partner.id);
  }
}

@Resolver(() => ChallengeAreaEntity)
export class ChallengeAreaRecognitionResolver {
  @FieldResolver(() => StoryConnection, { description: `Stories about work in this area: ${STORIES}` })
  stories(@Root() area: ChallengeAreaEntity, @Args(() => PageArgsInput) page: PageArgsInput, @Ctx() { recognition }: RecognitionContext) {
    return recognition.stories.publishedOf("area", area.code, page);
  }
}

@Resolver(() => CommitmentEntity)
export class CommitmentRecognitionResolver {
  @FieldResolver(() => [AwardNomination], { description: `Nominations citing this commitment: ${ACCEPTED}` })
  acceptedNominations(@Root() commitment: CommitmentEntity, @Ctx() { recognition }: RecognitionContext): Promise<AwardNomination[]> {
    return recognition.nominations.acceptedOf("commitment", commitment.id);
  }
}
