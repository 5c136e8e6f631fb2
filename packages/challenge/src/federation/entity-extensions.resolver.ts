import { Args, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import { CommitmentConnection, CommitmentListArgs } from "../commitment/commitment.resolver.js";
import { CommitmentStatus } from "../commitment/commitment-status.js";
import type { ChallengeContext } from "../context.js";
import type { CommitmentStats } from "./commitment-stats.service.js";
import { ChallengeAreaEntity, InstitutionEntity, MemberEntity } from "./entity-stubs.js";

@ObjectType({ description: "How many of an area's commitments are in one status." })
export class CommitmentStatusCount {
  @Field(() => CommitmentStatus, { description: "The status." })
  status!: CommitmentStatus;

  @Field(() => Int, { description: "How many commitments are in it." })
  count!: number;
}

@ObjectType("CommitmentStats", { description: "Counts of an area's commitments the caller may see (assigned area, else proposed)." })
export class CommitmentStatsType implements CommitmentStats {
  @Field(() => Int, { description: "All of them." })
  total!: number;

  @Field(() => [CommitmentStatusCount], { description: "Per status; statuses with none are left out." })
  byStatus!: CommitmentStatusCount[];
}

const COMMITMENTS = "Its challenge commitments the caller may see, newest first, a page at a time.";

@Resolver(() => MemberEntity)
export class MemberCommitmentsResolver {
  @FieldResolver(() => CommitmentConnection, { description: COMMITMENTS })
  commitments(
    @Root() member: MemberEntity,
    @Args(() => CommitmentListArgs) args: CommitmentListArgs,
    @Ctx() { challenge }: ChallengeContext,
  ) {
    return challenge.stats.commitmentsOf("member", member.id, args);
  }
}

@Resolver(() => InstitutionEntity)
export class InstitutionCommitmentsResolver {
  @FieldResolver(() => CommitmentConnection, {
    description: "The challenge commitments it leads or supports that the caller may see, newest first.",
  })
  commitments(
    @Root() institution: InstitutionEntity,
    @Args(() => CommitmentListArgs) args: CommitmentListArgs,
    @Ctx() { challenge }: ChallengeContext,
  ) {
    return challenge.stats.commitmentsOf("institution", institution.id, args);
  }
}

@Resolver(() => ChallengeAreaEntity)
export class ChallengeAreaCommitmentsResolver {
  @FieldResolver(() => CommitmentConnection, {
    description: "Commitments in this area (assigned, else proposed) the caller may see, newest first.",
  })
  commitments(
    @Root() area: ChallengeAreaEntity,
    @Args(() => CommitmentListArgs) args: CommitmentListArgs,
    @Ctx() { challenge }: ChallengeContext,
  ) {
    return challenge.stats.commitmentsOf("area", area.code, args);
  }

  @FieldResolver(() => CommitmentStatsType, { description: "How many commitments the area has, in all and per status." })
  commitmentStats(@Root() area: ChallengeAreaEntity, @Ctx() { challenge }: ChallengeContext): Promise<CommitmentStats> {
    return challenge.stats.statsOf(area.code);
  }
}
