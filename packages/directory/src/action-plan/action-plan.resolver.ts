import { ConnectionType, SUPPORT_ROLES, UpsertResult } from "@ogc/kit";
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { DirectoryContext } from "../context.js";
import { Member } from "../member/member.entity.js";
import { PageArgsInput, RecordVersionArgs, UpsertArgs } from "../shared/args.js";
import { ActionPlanOrder } from "../shared/enums.js";
import { ActionPlan } from "./action-plan.entity.js";
import { ActionPlanFilter, ActionPlanUpsertInput, CreateActionPlanInput, UpdateActionPlanInput } from "./action-plan.inputs.js";

@ObjectType({ description: "A page of action plans (Relay cursor connection)." })
export class ActionPlanConnection extends ConnectionType(ActionPlan, "ActionPlan") {}

@ArgsType()
class ActionPlanListArgs extends PageArgsInput {
  @Field(() => ActionPlanFilter, { nullable: true, description: "Which records to list; everything not archived when left out." })
  filter?: ActionPlanFilter | null;

  @Field(() => ActionPlanOrder, { nullable: true, description: "Default OGP_ID_ASC." })
  orderBy?: ActionPlanOrder | null;
}

@ArgsType()
class ActionPlanUpsertArgs extends UpsertArgs(ActionPlanUpsertInput) {}

@Resolver(() => ActionPlan)
export class ActionPlanResolver {
  @Query(() => ActionPlanConnection, { description: "Members' action plans, a page at a time." })
  actionPlans(
    @Args(() => ActionPlanListArgs) { filter, orderBy, ...page }: ActionPlanListArgs,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<ActionPlanConnection> {
    return directory.actionPlans.list(page, filter, orderBy);
  }

  @Query(() => ActionPlan, { nullable: true, description: "One action plan by id, archived or not." })
  actionPlan(@Arg("id", () => ID) id: string, @Ctx() { directory }: DirectoryContext): Promise<ActionPlan | null> {
    return directory.actionPlans.byId(id);
  }

  @Query(() => ActionPlan, { nullable: true, description: "One action plan by its OGP id, exactly as OGP writes it (e.g. `AP_ALB01`)." })
  actionPlanByOgpId(@Arg("ogpId") ogpId: string, @Ctx() { directory }: DirectoryContext): Promise<ActionPlan | null> {
    return directory.actionPlans.byOgpId(ogpId);
  }

  @FieldResolver(() => Member, { description: "The member whose plan this is." })
  async member(@Root() plan: ActionPlan, @Ctx() { directory }: DirectoryContext): Promise<Member> {
    const member = await directory.members.byId(plan.memberId);
    // A foreign key guarantees the member; its absence is a bug, not a user error.
    if (!member) throw new Error(`action plan ${plan.id} has no member ${plan.memberId}`);
    return member;
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => ActionPlan, { description: "Adds an action plan to a member. Support unit only." })
  createActionPlan(
    @Arg("input", () => CreateActionPlanInput) input: CreateActionPlanInput,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<ActionPlan> {
    return directory.actionPlans.create(input);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => ActionPlan, {
    description: "Edits an action plan, its amendment window included; refused with CONFLICT when `version` is stale. Support unit only.",
  })
  updateActionPlan(
    @Arg("input", () => UpdateActionPlanInput) input: UpdateActionPlanInput,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<ActionPlan> {
    return directory.actionPlans.update(input);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => ActionPlan, { description: "Archives an action plan (never deleted: commitments reference it). Support unit only." })
  archiveActionPlan(
    @Args(() => RecordVersionArgs) { id, version }: RecordVersionArgs,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<ActionPlan> {
    return directory.actionPlans.setArchived({ id, version }, true);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => ActionPlan, { description: "Brings an archived action plan back. Support unit only." })
  restoreActionPlan(
    @Args(() => RecordVersionArgs) { id, version }: RecordVersionArgs,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<ActionPlan> {
    return directory.actionPlans.setArchived({ id, version }, false);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => UpsertResult, {
    description: "Creates or updates action plans keyed by OGP id, in one transaction: all rows or none. Support unit and importer.",
  })
  upsertActionPlans(
    @Args(() => ActionPlanUpsertArgs) { input, dryRun }: ActionPlanUpsertArgs,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<UpsertResult> {
    return directory.actionPlans.upsert(input, { dryRun });
  }
}
