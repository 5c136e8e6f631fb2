import { ConnectionType, isSupportUnit, Role, SUPPORT_ROLES } from "@ogc/kit";
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { AwardCycle } from "../award-cycle/award-cycle.entity.js";
import type { RecognitionContext } from "../context.js";
import { CommitmentEntity, MemberEntity, PartnerEntity } from "../federation/entity-stubs.js";
import { PageArgsInput, RecordVersionArgs, RejectArgs } from "../shared/args.js";
import { AwardNomination } from "./award-nomination.entity.js";
import { NominationFilter, SubmitNominationInput } from "./nomination.inputs.js";

@ObjectType({ description: "A page of award nominations, newest first (Relay cursor connection)." })
export class AwardNominationConnection extends ConnectionType(AwardNomination, "AwardNomination") {}

@ArgsType()
class NominationListArgs extends PageArgsInput {
  @Field(() => NominationFilter, { nullable: true, description: "Which nominations to list; every one the caller may see when left out." })
  filter?: NominationFilter | null;
}

@Resolver(() => AwardNomination)
export class NominationResolver {
  @Query(() => AwardNominationConnection, {
    description:
      "Award nominations, newest first, a page at a time. Anyone reads ACCEPTED nominations; signed-in callers also see their own; the support unit sees all and may filter by status.",
  })
  nominations(
    @Args(() => NominationListArgs) { filter, ...page }: NominationListArgs,
    @Ctx() { recognition }: RecognitionContext,
  ): Promise<AwardNominationConnection> {
    return recognition.nominations.list(page, filter);
  }

  @Query(() => AwardNomination, {
    nullable: true,
    description: "One nomination by id; null when there is none or it is not accepted and not yours.",
  })
  nomination(@Arg("id", () => ID) id: string, @Ctx() { recognition }: RecognitionContext): Promise<AwardNomination | null> {
    return recognition.nominations.byId(id);
  }

  @FieldResolver(() => AwardCycle, { description: "The award cycle the nomination was made in." })
  async cycle(@Root() nomination: AwardNomination, @Ctx() { recognition }: RecognitionContext): Promise<AwardCycle> {
    const cycle = await recognition.nominations.cycleOf(nomination);
    if (!cycle) throw new Error(`award cycle ${nomination.cycleId} of nomination ${nomination.id} is missing`);
    return cycle;
  }

  @FieldResolver(() => MemberEntity, { description: "The nominated OGP member." })
  member(@Root() nomination: AwardNomination): MemberEntity {
    return { id: nomination.memberId };
  }

  @FieldResolver(() => [CommitmentEntity], { description: "The member's challenge commitments the nomination is for, as they were named." })
  commitments(@Root() nomination: AwardNomination): CommitmentEntity[] {
    return nomination.commitmentIds.map((id) => ({ id }));
  }

  @FieldResolver(() => PartnerEntity, { nullable: true, description: "The partner that nominated; null when the support unit did." })
  partner(@Root() nomination: AwardNomination): PartnerEntity | null {
    return nomination.partnerId ? { id: nomination.partnerId } : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The account that submitted it: shown to the support unit and to that account only, null for everyone else.",
  })
  submittedBy(@Root() nomination: AwardNomination, @Ctx() { viewer }: RecognitionContext): string | null {
    return isSupportUnit(viewer) || viewer?.accountId === nomination.submittedBy ? nomination.submittedBy : null;
  }

  @Authorized([...SUPPORT_ROLES, Role.PARTNER_EDITOR])
  @Mutation(() => AwardNomination, {
    description:
      "Nominates a government in an OPEN award cycle, for commitments of that member that are IN_PROGRESS or COMPLETED (checked against the challenge subgraph; BAD_USER_INPUT on `commitmentIds` says which and why). Partner editors (for their partner) and the support unit.",
  })
  submitNomination(
    @Arg("input", () => SubmitNominationInput) input: SubmitNominationInput,
    @Ctx() { recognition }: RecognitionContext,
  ): Promise<AwardNomination> {
    return recognition.nominations.submit(input);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => AwardNomination, {
    description:
      "Confirms a SUBMITTED nomination after checking again that each commitment is the member's and IN_PROGRESS or COMPLETED: it stands and becomes public. CONFLICT on a stale `version`. Support unit only.",
  })
  acceptNomination(
    @Args(() => RecordVersionArgs) { id, version }: RecordVersionArgs,
    @Ctx() { recognition }: RecognitionContext,
  ): Promise<AwardNomination> {
    return recognition.nominations.accept({ id, version });
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => AwardNomination, {
    description: "Rejects a SUBMITTED nomination with a reason its nominator is shown. CONFLICT on a stale `version`. Support unit only.",
  })
  rejectNomination(
    @Args(() => RejectArgs) { id, version, reason }: RejectArgs,
    @Ctx() { recognition }: RecognitionContext,
  ): Promise<AwardNomination> {
    return recognition.nominations.reject({ id, version }, reason);
  }
}
