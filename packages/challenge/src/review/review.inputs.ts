import { ChallengeAreaCode } from "@ogc/kit";
import { Field, ID, InputType, Int } from "type-graphql";
import { CompletionLevel, MilestoneStatus, Pathway, ReviewCycleKind } from "../shared/enums.js";

@InputType({ description: "A new review cycle: its window and scope." })
export class CreateReviewCycleInput {
  @Field(() => ReviewCycleKind, { description: "Which review." })
  kind!: ReviewCycleKind;

  @Field({ description: "First day reports are accepted, YYYY-MM-DD." })
  opensOn!: string;

  @Field({ description: "Last day reports are accepted, YYYY-MM-DD, on or after `opensOn`." })
  closesOn!: string;

  @Field({ description: "The scope the partnership agreed on, in words." })
  scope!: string;

  @Field(() => [Pathway], { nullable: true, description: "Pathways in scope; all when empty or left out." })
  scopePathways?: Pathway[] | null;

  @Field(() => [ChallengeAreaCode], { nullable: true, description: "Areas in scope; all when empty or left out." })
  scopeAreas?: ChallengeAreaCode[] | null;
}

@InputType({ description: "Changes to a review cycle (e.g. closing its window early): fields left out stay as they are." })
export class UpdateReviewCycleInput {
  @Field(() => ID, { description: "The review cycle." })
  id!: string;

  @Field(() => Int, { description: "The version you read; a newer stored version refuses the edit with CONFLICT." })
  version!: number;

  @Field(() => String, { nullable: true, description: "First day reports are accepted, YYYY-MM-DD." })
  opensOn?: string | null;

  @Field(() => String, { nullable: true, description: "Last day reports are accepted, YYYY-MM-DD." })
  closesOn?: string | null;

  @Field(() => String, { nullable: true, description: "The scope, in words." })
  scope?: string | null;

  @Field(() => [Pathway], { nullable: true, description: "Pathways in scope; all when empty." })
  scopePathways?: Pathway[] | null;

  @Field(() => [ChallengeAreaCode], { nullable: true, description: "Areas in scope; all when empty." })
  scopeAreas?: ChallengeAreaCode[] | null;
}

@InputType({ description: "A milestone's status in a progress report." })
export class ReportedMilestoneInput {
  @Field(() => ID, { description: "A milestone of the commitment." })
  milestoneId!: string;

  @Field(() => MilestoneStatus, { description: "Its status." })
  status!: MilestoneStatus;
}

@InputType({ description: "A progress report on a standalone commitment, during an open review window." })
export class ReportProgressInput {
  @Field(() => ID, { description: "The commitment (standalone, ELIGIBLE, IN_PROGRESS or COMPLETED)." })
  commitmentId!: string;

  @Field(() => ID, { description: "The open review cycle." })
  reviewCycleId!: string;

  @Field(() => CompletionLevel, { description: "How far the commitment has come." })
  completion!: CompletionLevel;

  @Field({ description: "What was done." })
  narrative!: string;

  @Field(() => [String], { nullable: true, description: "Links to evidence: http:// or https:// addresses." })
  evidenceLinks?: string[] | null;

  @Field(() => [ReportedMilestoneInput], { nullable: true, description: "The status of each milestone." })
  milestones?: ReportedMilestoneInput[] | null;
}
