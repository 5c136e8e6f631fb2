import { AuditEntryConnection, SUPPORT_ROLES } from "@ogc/kit";
import { Args, ArgsType, Authorized, Ctx, Field, InputType, Query, Resolver } from "type-graphql";
import type { ChallengeContext } from "../context.js";
import { PageArgsInput } from "../shared/args.js";

@InputType({ description: "Which challenge audit entries to list." })
export class ChallengeAuditLogFilter {
  @Field(() => String, { nullable: true, description: "Commitment, Milestone, ProgressReport, ReviewCycle or IrmRating." })
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: "Entries about this record only." })
  entityId?: string | null;
}

@ArgsType()
class ChallengeAuditLogArgs extends PageArgsInput {
  @Field(() => ChallengeAuditLogFilter, { nullable: true, description: "Which entries to list; all when left out." })
  filter?: ChallengeAuditLogFilter | null;
}

@Resolver()
export class ChallengeAuditLogResolver {
  @Authorized(SUPPORT_ROLES)
  @Query(() => AuditEntryConnection, {
    description: "Every change made in the challenge subgraph, newest first: who, when, what. Support unit only.",
  })
  challengeAuditLog(
    @Args(() => ChallengeAuditLogArgs) { filter, ...page }: ChallengeAuditLogArgs,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<AuditEntryConnection> {
    return challenge.auditLog.list(page, filter);
  }
}
