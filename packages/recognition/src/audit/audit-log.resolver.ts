import { AuditEntryConnection, SUPPORT_ROLES } from "@ogc/kit";
import { Args, ArgsType, Authorized, Ctx, Field, InputType, Query, Resolver } from "type-graphql";
import type { RecognitionContext } from "../context.js";
import { PageArgsInput } from "../shared/args.js";

@InputType({ description: "Which audit entries to list." })
export class RecognitionAuditLogFilter {
  @Field(() => String, { nullable: true, description: "Story, AwardCycle or AwardNomination." })
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: "Entries about this record only." })
  entityId?: string | null;
}

@ArgsType()
class AuditLogArgs extends PageArgsInput {
  @Field(() => RecognitionAuditLogFilter, { nullable: true, description: "Which records to list; every entry when left out." })
  filter?: RecognitionAuditLogFilter | null;
}

@Resolver()
export class AuditLogResolver {
  @Authorized(SUPPORT_ROLES)
  @Query(() => AuditEntryConnection, {
    description: "Every change made in the recognition subgraph, newest first: who, when, what. Support unit only.",
  })
  recognitionAuditLog(
    @Args(() => AuditLogArgs) { filter, ...page }: AuditLogArgs,
    @Ctx() { recognition }: RecognitionContext,
  ): Promise<AuditEntryConnection> {
    return recognition.auditLog.list(page, filter);
  }
}
