import { AuditEntryConnection, SUPPORT_ROLES } from "@ogc/kit";
import { Args, ArgsType, Authorized, Ctx, Field, InputType, Query, Resolver } from "type-graphql";
import type { DirectoryContext } from "../context.js";
import { PageArgsInput } from "../shared/args.js";

@InputType({ description: "Which audit entries to list." })
export class DirectoryAuditLogFilter {
  @Field(() => String, { nullable: true, description: "Member, Institution, Partner, ActionPlan or ContactPerson." })
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: "Entries about this record only." })
  entityId?: string | null;
}

@ArgsType()
class AuditLogArgs extends PageArgsInput {
  @Field(() => DirectoryAuditLogFilter, { nullable: true, description: "Which records to list; everything not archived when left out." })
  filter?: DirectoryAuditLogFilter | null;
}

@Resolver()
export class AuditLogResolver {
  @Authorized(SUPPORT_ROLES)
  @Query(() => AuditEntryConnection, {
    description:
      "Every change made in the directory, newest first: who, when, what. Personal data appears only as `[redacted]`. Support unit only.",
  })
  directoryAuditLog(
    @Args(() => AuditLogArgs) { filter, ...page }: AuditLogArgs,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<AuditEntryConnection> {
    return directory.auditLog.list(page, filter);
  }
}
