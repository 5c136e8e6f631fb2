import { AuditEntryConnection, PageArgsInput } from "@ogc/kit";
import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { IdentityContext } from "../context.js";

@Resolver()
export class IdentityAuditResolver {
  @Query(() => AuditEntryConnection, {
    description: "The identity subgraph's audit log, newest first: sign-ins, sessions, accounts, invitations, API keys. Support unit only.",
  })
  identityAuditLog(
    @Args(() => PageArgsInput) { first, after }: PageArgsInput,
    @Ctx() context: IdentityContext,
  ): Promise<AuditEntryConnection> {
    return context.auditLog.list(context, { first, after });
  }
}
