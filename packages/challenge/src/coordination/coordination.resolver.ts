import { ChallengeAreaCode, ConnectionType, MemberType, PageArgsInput, Region, SUPPORT_ROLES } from "@ogc/kit";
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { WRITER_ROLES } from "../commitment/commitment.resolver.js";
import type { ChallengeContext } from "../context.js";
import { AccountEntity, InstitutionEntity, MemberEntity } from "../federation/entity-stubs.js";
import {
  CoordinationCase,
  CoordinationCaseEvent,
  CoordinationCaseNote,
  CoordinationCaseStatus,
  CoordinationCaseStep,
  CoordinationResolution,
  ParticipationIntent,
} from "./coordination.entity.js";
import { ageInDays } from "./coordination.service.js";

@InputType({ description: "An institution's intent to take part in an area." })
export class DeclareParticipationIntentInput {
  @Field(() => ID, { description: "The institution (officers: one of theirs)." })
  institutionId!: string;

  @Field(() => ChallengeAreaCode, { description: "The area." })
  area!: ChallengeAreaCode;

  @Field(() => String, { nullable: true, description: "What the institution has in mind (at most 2000 characters)." })
  note?: string | null;
}

@InputType({ description: "Which intent to withdraw, at the version you last read." })
export class WithdrawParticipationIntentInput {
  @Field(() => ID, { description: "The intent." })
  id!: string;

  @Field(() => Int, { description: "The version you last read." })
  version!: number;
}

@InputType({ description: "Who facilitates a case." })
export class AssignFacilitatorInput {
  @Field(() => ID, { description: "The coordination case." })
  id!: string;

  @Field(() => Int, { description: "The case's version you last read; a stale one is refused with CONFLICT." })
  version!: number;

  @Field({
    description:
      "The account that facilitates the case: an active support-unit account (checked with the identity service; BAD_USER_INPUT otherwise).",
  })
  facilitatorId!: string;
}

@InputType({ description: "A note for a case." })
export class AddCaseNoteInput {
  @Field(() => ID, { description: "The coordination case." })
  id!: string;

  @Field(() => Int, { description: "The case's version you last read; a stale one is refused with CONFLICT." })
  version!: number;

  @Field({ description: "The note (1 to 5000 characters); notes are never edited." })
  text!: string;
}

@InputType({ description: "A next step for a case." })
export class AddNextStepInput {
  @Field(() => ID, { description: "The coordination case." })
  id!: string;

  @Field(() => Int, { description: "The case's version you last read; a stale one is refused with CONFLICT." })
  version!: number;

  @Field({ description: "What is to be done." })
  description!: string;

  @Field({ description: "Due date, YYYY-MM-DD." })
  dueOn!: string;
}

@InputType({ description: "A next step to mark done." })
export class CompleteNextStepInput {
  @Field(() => ID, { description: "The coordination case." })
  id!: string;

  @Field(() => Int, { description: "The case's version you last read; a stale one is refused with CONFLICT." })
  version!: number;

  @Field(() => ID, { description: "The next step." })
  stepId!: string;
}

@InputType({ description: "The lead institution of a case." })
export class DesignateLeadInput {
  @Field(() => ID, { description: "The coordination case." })
  id!: string;

  @Field(() => Int, { description: "The case's version you last read; a stale one is refused with CONFLICT." })
  version!: number;

  @Field(() => ID, { description: "One of the case's institutions." })
  institutionId!: string;
}

@InputType({ description: "How a case is resolved: LEAD_DESIGNATED, MERGED or KEPT_SEPARATE, with what each needs." })
export class ResolveCoordinationCaseInput {
  @Field(() => ID, { description: "The coordination case." })
  id!: string;

  @Field(() => Int, { description: "The case's version you last read; a stale one is refused with CONFLICT." })
  version!: number;

  @Field(() => CoordinationResolution, { description: "The resolution." })
  resolution!: CoordinationResolution;

  @Field(() => ID, { nullable: true, description: "LEAD_DESIGNATED: the lead (defaults to the designated one)." })
  leadInstitutionId?: string | null;

  @Field(() => [ID], { nullable: true, description: "MERGED: the commitments merged (at least two, of the case's member and area)." })
  mergedCommitmentIds?: string[] | null;

  @Field(() => String, { nullable: true, description: "KEPT_SEPARATE: the agreed division of work." })
  divisionOfWork?: string | null;
}

@InputType({ description: "Narrows the coordination case queue. Fields combine with AND." })
export class CoordinationCaseFilter {
  @Field(() => ID, { nullable: true, description: "Cases of this member." })
  memberId?: string | null;

  @Field(() => ChallengeAreaCode, { nullable: true, description: "Cases in this area." })
  area?: ChallengeAreaCode | null;

  @Field(() => CoordinationCaseStatus, { nullable: true, description: "Cases in this status." })
  status?: CoordinationCaseStatus | null;

  @Field(() => String, { nullable: true, description: "Support unit only (FORBIDDEN otherwise)." })
  facilitatorId?: string | null;

  @Field(() => MemberType, { nullable: true, description: "Cases of members of this type (as the directory records it)." })
  memberType?: MemberType | null;

  @Field(() => Region, { nullable: true, description: "Cases of members in this OGP region (as the directory records it)." })
  region?: Region | null;

  @Field(() => String, {
    nullable: true,
    description: "Cases resolved on or after this day (YYYY-MM-DD, UTC); open cases are left out.",
  })
  resolvedFrom?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Cases resolved on or before this day (YYYY-MM-DD, UTC); open cases are left out. Before `resolvedFrom` is refused.",
  })
  resolvedTo?: string | null;
}

@ArgsType()
class CoordinationCasesArgs extends PageArgsInput {
  @Field(() => CoordinationCaseFilter, { nullable: true, description: "Narrows the queue." })
  filter?: CoordinationCaseFilter | null;
}

@ArgsType()
class ParticipationIntentsArgs {
  @Field(() => ID, { nullable: true, description: "Intents of institutions of this member." })
  memberId?: string | null;

  @Field(() => ID, { nullable: true, description: "Intents of this institution." })
  institutionId?: string | null;

  @Field(() => ChallengeAreaCode, { nullable: true, description: "Intents for this area." })
  area?: ChallengeAreaCode | null;
}

@ObjectType({ description: "A page of coordination cases, oldest first (Relay cursor connection)." })
export class CoordinationCaseConnection extends ConnectionType(CoordinationCase, "CoordinationCase") {}

@Resolver(() => ParticipationIntent)
export class ParticipationIntentResolver {
  @Query(() => [ParticipationIntent], { description: "Participation intents (withdrawn ones too), newest first, at most 200; public." })
  participationIntents(@Args(() => ParticipationIntentsArgs) args: ParticipationIntentsArgs, @Ctx() { challenge }: ChallengeContext) {
    return challenge.coordination.intents(args);
  }

  @FieldResolver(() => MemberEntity, { description: "The institution's member." })
  member(@Root() intent: ParticipationIntent): MemberEntity {
    return { id: intent.memberId };
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => ParticipationIntent, {
    description:
      "Declares that an institution wants to take part in an area (re-declaring updates the note): officers for their own institutions, or the support unit. May open a coordination case in the same transaction.",
  })
  declareParticipationIntent(
    @Arg("input", () => DeclareParticipationIntentInput) input: DeclareParticipationIntentInput,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<ParticipationIntent> {
    return challenge.coordination.declareIntent(input);
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => ParticipationIntent, { description: "Withdraws an intent: officers of the institution, or the support unit." })
  withdrawParticipationIntent(
    @Arg("input", () => WithdrawParticipationIntentInput) input: WithdrawParticipationIntentInput,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<ParticipationIntent> {
    return challenge.coordination.withdrawIntent(input);
  }
}

@Resolver(() => CoordinationCase)
export class CoordinationCaseResolver {
  @Query(() => CoordinationCaseConnection, {
    description:
      "The coordination case queue, oldest first. Public, so dashboards can list coordination outcomes (status, institutions, lead, resolution, merged commitments, division of work); notes, next steps, facilitator and history are the support unit's.",
  })
  coordinationCases(@Args(() => CoordinationCasesArgs) args: CoordinationCasesArgs, @Ctx() { challenge }: ChallengeContext) {
    return challenge.coordination.list(args, args.filter);
  }

  @Query(() => CoordinationCase, { nullable: true, description: "One coordination case." })
  coordinationCase(@Arg("id", () => ID) id: string, @Ctx() { challenge }: ChallengeContext) {
    return challenge.coordination.byId(id);
  }

  @FieldResolver(() => MemberEntity, { description: "The member whose institutions are to coordinate." })
  member(@Root() row: CoordinationCase): MemberEntity {
    return { id: row.memberId };
  }

  @FieldResolver(() => [InstitutionEntity], { description: "The institutions involved, in the order they joined." })
  async institutions(@Root() row: CoordinationCase, @Ctx() { challenge }: ChallengeContext): Promise<InstitutionEntity[]> {
    return (await challenge.coordination.institutionIds(row.id)).map((id) => ({ id }));
  }

  @FieldResolver(() => InstitutionEntity, { nullable: true, description: "The designated lead institution; public." })
  leadInstitution(@Root() row: CoordinationCase): InstitutionEntity | null {
    return row.leadInstitutionId ? { id: row.leadInstitutionId } : null;
  }

  @FieldResolver(() => Int, { description: "Whole days since the case was opened (until its resolution, once resolved)." })
  ageInDays(@Root() row: CoordinationCase): number {
    return ageInDays(row.openedAt, row.resolvedAt);
  }

  @Authorized(SUPPORT_ROLES)
  @FieldResolver(() => String, { nullable: true, description: "The facilitating support-unit account. Support unit only." })
  facilitatorId(@Root() row: CoordinationCase): string | null {
    return row.facilitatorId;
  }

  @Authorized(SUPPORT_ROLES)
  @FieldResolver(() => AccountEntity, {
    nullable: true,
    description: "The facilitating support-unit account (its name comes from the identity service). Support unit only.",
  })
  facilitator(@Root() row: CoordinationCase): AccountEntity | null {
    return row.facilitatorId ? { id: row.facilitatorId } : null;
  }

  @Authorized(SUPPORT_ROLES)
  @FieldResolver(() => [CoordinationCaseNote], { nullable: true, description: "Notes, oldest first. Support unit only." })
  notes(@Root() row: CoordinationCase, @Ctx() { challenge }: ChallengeContext) {
    return challenge.coordination.notes(row.id);
  }

  @Authorized(SUPPORT_ROLES)
  @FieldResolver(() => [CoordinationCaseStep], { nullable: true, description: "Next steps, by due date. Support unit only." })
  nextSteps(@Root() row: CoordinationCase, @Ctx() { challenge }: ChallengeContext) {
    return challenge.coordination.steps(row.id);
  }

  @Authorized(SUPPORT_ROLES)
  @FieldResolver(() => [CoordinationCaseEvent], { nullable: true, description: "Every change, oldest first. Support unit only." })
  history(@Root() row: CoordinationCase, @Ctx() { challenge }: ChallengeContext) {
    return challenge.coordination.history(row.id);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => CoordinationCase, { description: "Names the support-unit account facilitating a case. Support unit only." })
  assignFacilitator(@Arg("input", () => AssignFacilitatorInput) input: AssignFacilitatorInput, @Ctx() { challenge }: ChallengeContext) {
    return challenge.coordination.assignFacilitator(input);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => CoordinationCase, { description: "Adds a dated note to a case (append-only). Support unit only." })
  addCaseNote(@Arg("input", () => AddCaseNoteInput) input: AddCaseNoteInput, @Ctx() { challenge }: ChallengeContext) {
    return challenge.coordination.addNote(input);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => CoordinationCase, { description: "Adds a next step with a due date. Support unit only." })
  addNextStep(@Arg("input", () => AddNextStepInput) input: AddNextStepInput, @Ctx() { challenge }: ChallengeContext) {
    return challenge.coordination.addNextStep(input);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => CoordinationCase, { description: "Marks a next step done. Support unit only." })
  completeNextStep(@Arg("input", () => CompleteNextStepInput) input: CompleteNextStepInput, @Ctx() { challenge }: ChallengeContext) {
    return challenge.coordination.completeNextStep(input);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => CoordinationCase, { description: "Designates one of the case's institutions as lead. Support unit only." })
  designateLead(@Arg("input", () => DesignateLeadInput) input: DesignateLeadInput, @Ctx() { challenge }: ChallengeContext) {
    return challenge.coordination.designateLead(input);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => CoordinationCase, { description: "Resolves a case (final). Support unit only." })
  resolveCoordinationCase(
    @Arg("input", () => ResolveCoordinationCaseInput) input: ResolveCoordinationCaseInput,
    @Ctx() { challenge }: ChallengeContext,
  ) {
    return challenge.coordination.resolve(input);
  }
}

@Resolver(() => CoordinationCaseNote)
export class CoordinationCaseNoteResolver {
  @FieldResolver(() => AccountEntity, { description: "The account that wrote it (its name comes from the identity service)." })
  author(@Root() note: CoordinationCaseNote): AccountEntity {
    return { id: note.authorId };
  }
}
