import { ChallengeAreaCode, ConnectionType, Role, SUPPORT_ROLES } from "@ogc/kit";
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { ChallengeContext } from "../context.js";
import { Eligibility } from "../eligibility/eligibility-decision.entity.js";
import { ActionPlanEntity, ChallengeAreaEntity, InstitutionEntity, MemberEntity } from "../federation/entity-stubs.js";
import { CommitmentEvent } from "../history/commitment-event.entity.js";
import { IrmRating } from "../irm/irm-rating.entity.js";
import { Milestone } from "../milestone/milestone.entity.js";
import { ProgressReport } from "../review/progress-report.entity.js";
import { PageArgsInput } from "../shared/args.js";
import { Commitment } from "./commitment.entity.js";
import {
  AssignChallengeAreaInput,
  ChangeCommitmentStatusInput,
  CommitmentFilter,
  CreateCommitmentInput,
  DecideEligibilityInput,
  UpdateCommitmentInput,
} from "./commitment.inputs.js";

/** Roles that may write commitments: institution officers (for their own institutions) and the support unit. */
export const WRITER_ROLES = [...SUPPORT_ROLES, Role.INSTITUTION_OFFICER];

@ObjectType({ description: "A page of commitments, newest first (Relay cursor connection)." })
export class CommitmentConnection extends ConnectionType(Commitment, "Commitment") {}

@ArgsType()
export class CommitmentListArgs extends PageArgsInput {
  @Field(() => CommitmentFilter, { nullable: true, description: "Which commitments to list; every one the caller may see when left out." })
  filter?: CommitmentFilter | null;
}

@Resolver(() => Commitment)
export class CommitmentResolver {
  @Query(() => CommitmentConnection, {
    description:
      "Challenge commitments, newest first, a page at a time: published ones for everyone, drafts for their institution and the support unit.",
  })
  commitments(
    @Args(() => CommitmentListArgs) { filter, ...page }: CommitmentListArgs,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<CommitmentConnection> {
    return challenge.commitments.list(page, filter);
  }

  @Query(() => Commitment, {
    nullable: true,
    description: "One commitment by id; null when it does not exist or the caller may not see it.",
  })
  commitment(@Arg("id", () => ID) id: string, @Ctx() { challenge }: ChallengeContext): Promise<Commitment | null> {
    return challenge.commitments.byId(id);
  }

  @Query(() => Commitment, { nullable: true, description: "One commitment by its OGP id, exactly as OGP writes it (e.g. `AL0002`)." })
  commitmentByOgpId(@Arg("ogpId") ogpId: string, @Ctx() { challenge }: ChallengeContext): Promise<Commitment | null> {
    return challenge.commitments.byOgpId(ogpId);
  }

  @FieldResolver(() => MemberEntity, { description: "The member whose commitment this is." })
  member(@Root() commitment: Commitment): MemberEntity {
    return { id: commitment.memberId };
  }

  @FieldResolver(() => InstitutionEntity, {
    nullable: true,
    description: "The public institution that leads it; null for an imported one without.",
  })
  leadInstitution(@Root() commitment: Commitment): InstitutionEntity | null {
    return commitment.leadInstitutionId ? { id: commitment.leadInstitutionId } : null;
  }

  @FieldResolver(() => [InstitutionEntity], { description: "Other public institutions of the member that support it." })
  supportingInstitutions(@Root() commitment: Commitment): InstitutionEntity[] {
    return commitment.supportingInstitutionIds.map((id) => ({ id }));
  }

  @FieldResolver(() => ActionPlanEntity, { nullable: true, description: "The action plan it belongs to; null for a standalone one." })
  actionPlan(@Root() commitment: Commitment): ActionPlanEntity | null {
    return commitment.actionPlanId ? { id: commitment.actionPlanId } : null;
  }

  @FieldResolver(() => ChallengeAreaEntity, { nullable: true, description: "The area the submitter proposes." })
  proposedArea(@Root() commitment: Commitment): ChallengeAreaEntity | null {
    return commitment.proposedAreaCode ? { code: commitment.proposedAreaCode } : null;
  }

  @FieldResolver(() => ChallengeAreaEntity, { nullable: true, description: "The area the support unit assigned; null until it does." })
  assignedArea(@Root() commitment: Commitment): ChallengeAreaEntity | null {
    return commitment.assignedAreaCode ? { code: commitment.assignedAreaCode } : null;
  }

  @FieldResolver(() => [ChallengeAreaCode], {
    description: "Areas the IRM policy tags of an imported commitment suggest; the support unit decides. Empty when none.",
  })
  suggestedAreas(@Root() commitment: Commitment, @Ctx() { challenge }: ChallengeContext): Promise<ChallengeAreaCode[]> {
    return challenge.commitments.suggestedAreas(commitment.id);
  }

  @FieldResolver(() => [Milestone], { description: "Its milestones, in order." })
  milestones(@Root() commitment: Commitment, @Ctx() { challenge }: ChallengeContext): Promise<Milestone[]> {
    return challenge.milestones.ofCommitment(commitment.id);
  }

  @FieldResolver(() => Eligibility, { description: "The eligibility pre-check and the support unit's decisions." })
  eligibility(@Root() commitment: Commitment, @Ctx() { challenge }: ChallengeContext): Promise<Eligibility> {
    return challenge.eligibility.of(commitment);
  }

  @FieldResolver(() => [CommitmentEvent], {
    description: "Every change to the commitment, its milestones, eligibility, reports and ratings, newest first: who, when, what.",
  })
  history(@Root() commitment: Commitment, @Ctx() { challenge }: ChallengeContext): Promise<CommitmentEvent[]> {
    return challenge.history.ofCommitment(commitment.id);
  }

  @FieldResolver(() => [ProgressReport], {
    description: "Self-reported progress (standalone commitments), newest first; never overwritten.",
  })
  progressReports(@Root() commitment: Commitment, @Ctx() { challenge }: ChallengeContext): Promise<ProgressReport[]> {
    return challenge.reviews.reportsOf(commitment.id);
  }

  @FieldResolver(() => IrmRating, { nullable: true, description: "The IRM's rating (action-plan commitments); null until rated." })
  irmRating(@Root() commitment: Commitment, @Ctx() { challenge }: ChallengeContext): Promise<IrmRating | null> {
    return challenge.irm.ratingOf(commitment.id);
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => Commitment, {
    description:
      "Creates a DRAFT commitment. Officers create for their own member, led by an institution they act for. With `idempotencyKey`, a retry returns the first result instead of a second commitment.",
  })
  createCommitment(
    @Arg("input", () => CreateCommitmentInput) input: CreateCommitmentInput,
    @Arg("idempotencyKey", () => String, {
      nullable: true,
      description: "A key of your choice, unique per account (e.g. a UUID): sending it again returns the commitment the first call made.",
    })
    idempotencyKey: string | null,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<Commitment> {
    return challenge.commitments.create(input, idempotencyKey);
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => Commitment, {
    description:
      "Edits a commitment's content: its institution while DRAFT or SUBMITTED, the support unit until it is final. CONFLICT when `version` is stale.",
  })
  updateCommitment(
    @Arg("input", () => UpdateCommitmentInput) input: UpdateCommitmentInput,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<Commitment> {
    return challenge.commitments.update(input);
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => Commitment, {
    description:
      "Moves a commitment along its lifecycle: submit, withdraw, start review (support unit), conclude eligibility (support unit), start and complete implementation. A move the lifecycle does not allow: CONFLICT.",
  })
  changeCommitmentStatus(
    @Arg("input", () => ChangeCommitmentStatusInput) input: ChangeCommitmentStatusInput,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<Commitment> {
    return challenge.commitments.changeStatus(input);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => Commitment, { description: "Assigns a commitment's challenge area. Support unit only." })
  assignChallengeArea(
    @Arg("input", () => AssignChallengeAreaInput) input: AssignChallengeAreaInput,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<Commitment> {
    return challenge.commitments.assignArea(input);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => Commitment, {
    description: "Records the decision on one eligibility criterion of a commitment UNDER_REVIEW, with its reason. Support unit only.",
  })
  decideEligibility(
    @Arg("input", () => DecideEligibilityInput) input: DecideEligibilityInput,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<Commitment> {
    return challenge.eligibility.decide(input);
  }
}
