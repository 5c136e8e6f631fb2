import { ConnectionType, SUPPORT_ROLES, UpsertResult } from "@ogc/kit";
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { ActionPlan } from "../action-plan/action-plan.entity.js";
import type { DirectoryContext } from "../context.js";
import { Institution } from "../institution/institution.entity.js";
import { PageArgsInput, RecordVersionArgs, UpsertArgs } from "../shared/args.js";
import { MemberOrder } from "../shared/enums.js";
import { Member } from "./member.entity.js";
import { CreateMemberInput, MemberFilter, MemberUpsertInput, UpdateMemberInput } from "./member.inputs.js";

@ObjectType({ description: "A page of members (Relay cursor connection)." })
export class MemberConnection extends ConnectionType(Member, "Member") {}

@ArgsType()
class MemberListArgs extends PageArgsInput {
  @Field(() => MemberFilter, { nullable: true, description: "Which records to list; everything not archived when left out." })
  filter?: MemberFilter | null;

  @Field(() => MemberOrder, { nullable: true, description: "Default NAME_ASC." })
  orderBy?: MemberOrder | null;
}

@ArgsType()
class MemberUpsertArgs extends UpsertArgs(MemberUpsertInput) {}

@Resolver(() => Member)
export class MemberResolver {
  @Query(() => MemberConnection, { description: "OGP members, a page at a time; archived members only when the filter asks for them." })
  members(
    @Args(() => MemberListArgs) { filter, orderBy, ...page }: MemberListArgs,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<MemberConnection> {
    return directory.members.list(page, filter, orderBy);
  }

  @Query(() => Member, { nullable: true, description: "One member by id, archived or not." })
  member(@Arg("id", () => ID) id: string, @Ctx() { directory }: DirectoryContext): Promise<Member | null> {
    return directory.members.byId(id);
  }

  @Query(() => Member, { nullable: true, description: "One member by its OGP code, exactly as OGP writes it (e.g. `ALB`, `ARBA`)." })
  memberByOgpCode(@Arg("code") code: string, @Ctx() { directory }: DirectoryContext): Promise<Member | null> {
    return directory.members.byOgpCode(code);
  }

  @FieldResolver(() => [Institution], { description: "The member's public institutions, by name." })
  institutions(
    @Root() member: Member,
    @Arg("includeArchived", () => Boolean, { nullable: true, description: "Include archived institutions (default false)." })
    includeArchived: boolean | null,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<Institution[]> {
    return directory.institutions.ofMember(member.id, includeArchived === true);
  }

  @FieldResolver(() => [ActionPlan], { description: "The member's action plans, by number." })
  actionPlans(
    @Root() member: Member,
    @Arg("includeArchived", () => Boolean, { nullable: true, description: "Include archived plans (default false)." })
    includeArchived: boolean | null,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<ActionPlan[]> {
    return directory.actionPlans.ofMember(member.id, includeArchived === true);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => Member, { description: "Adds a member. Support unit only." })
  createMember(@Arg("input", () => CreateMemberInput) input: CreateMemberInput, @Ctx() { directory }: DirectoryContext): Promise<Member> {
    return directory.members.create(input);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => Member, { description: "Edits a member; refused with CONFLICT when `version` is stale. Support unit only." })
  updateMember(@Arg("input", () => UpdateMemberInput) input: UpdateMemberInput, @Ctx() { directory }: DirectoryContext): Promise<Member> {
    return directory.members.update(input);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => Member, { description: "Archives a member (members are never deleted: others reference them). Support unit only." })
  archiveMember(
    @Args(() => RecordVersionArgs) { id, version }: RecordVersionArgs,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<Member> {
    return directory.members.setArchived({ id, version }, true);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => Member, { description: "Brings an archived member back. Support unit only." })
  restoreMember(
    @Args(() => RecordVersionArgs) { id, version }: RecordVersionArgs,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<Member> {
    return directory.members.setArchived({ id, version }, false);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => UpsertResult, {
    description:
      "Creates or updates members keyed by OGP code, in one transaction: all rows or none. Unchanged rows write nothing. Support unit and importer.",
  })
  upsertMembers(
    @Args(() => MemberUpsertArgs) { input, dryRun }: MemberUpsertArgs,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<UpsertResult> {
    return directory.members.upsert(input, { dryRun });
  }
}
