import { ChallengeAreaCode, EligibilityCriterion, Locale, MemberType, OpenGovernmentValue, Region } from "@ogc/kit";
import { Field, ID, InputType, Int } from "type-graphql";
import { MilestoneInput } from "../milestone/milestone.inputs.js";
import { DecisionOutcome, Pathway } from "../shared/enums.js";
import { CommitmentStatus } from "./commitment-status.js";

@InputType({ description: "Which commitments to list. Fields combine with AND." })
export class CommitmentFilter {
  @Field(() => ID, { nullable: true, description: "Commitments of this member." })
  memberId?: string | null;

  @Field(() => ID, { nullable: true, description: "Commitments this institution leads or supports." })
  institutionId?: string | null;

  @Field(() => ChallengeAreaCode, { nullable: true, description: "Commitments in this area: the assigned one, else the proposed one." })
  area?: ChallengeAreaCode | null;

  @Field(() => Pathway, { nullable: true, description: "Only this pathway." })
  pathway?: Pathway | null;

  @Field(() => CommitmentStatus, { nullable: true, description: "Only this status." })
  status?: CommitmentStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Only published commitments, submitted at least once (true: those `challengeStatistics` counts), or drafts never submitted (false: the support unit's and their officers' only).",
  })
  published?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Only commitments planned to end after 31 March 2028 (true), or the others (false).",
  })
  endsAfterChallenge?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Only commitments with an active co-creator (true), or without one (false): with pathway STANDALONE, the support unit's list of missing co-creation.",
  })
  hasActiveCoCreator?: boolean | null;

  @Field(() => ChallengeAreaCode, {
    nullable: true,
    description: "Only commitments whose IRM policy tags suggest this area (imported commitments; the support unit decides).",
  })
  suggestedArea?: ChallengeAreaCode | null;

  @Field(() => String, { nullable: true, description: "Words in the title, the summary or the OGP id, case-insensitive." })
  text?: string | null;

  @Field(() => MemberType, { nullable: true, description: "Only commitments of members of this type (as the directory records it)." })
  memberType?: MemberType | null;

  @Field(() => Region, { nullable: true, description: "Only commitments of members in this OGP region (as the directory records it)." })
  region?: Region | null;

  @Field(() => String, { nullable: true, description: "Only commitments planned to start on or after this day (YYYY-MM-DD)." })
  startDateFrom?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only commitments planned to start on or before this day (YYYY-MM-DD); before `startDateFrom` is refused.",
  })
  startDateTo?: string | null;

  @Field(() => String, { nullable: true, description: "Only commitments planned to end on or after this day (YYYY-MM-DD)." })
  endDateFrom?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only commitments planned to end on or before this day (YYYY-MM-DD); before `endDateFrom` is refused.",
  })
  endDateTo?: string | null;
}

@InputType({ description: "A new challenge commitment; it starts as a DRAFT." })
export class CreateCommitmentInput {
  @Field(() => Pathway, { description: "Inside an action plan, or standalone." })
  pathway!: Pathway;

  @Field(() => ID, { nullable: true, description: "ACTION_PLAN only: the plan (directory id). Its dates must hold the commitment's." })
  actionPlanId?: string | null;

  @Field(() => ID, { description: "The member (directory id)." })
  memberId!: string;

  @Field(() => ID, { description: "The public institution of that member that leads it (directory id)." })
  leadInstitutionId!: string;

  @Field(() => [ID], { nullable: true, description: "Other public institutions of the same member that support it." })
  supportingInstitutionIds?: string[] | null;

  @Field(() => String, { nullable: true, description: "OGP's commitment id if it has one, e.g. AL0002, kept exactly as given." })
  ogpId?: string | null;

  @Field({ description: "Short title, at most 300 characters." })
  title!: string;

  @Field({ description: "One-paragraph summary." })
  summary!: string;

  @Field(() => String, { nullable: true, description: "The problem it addresses." })
  problem?: string | null;

  @Field(() => String, { nullable: true, description: "What the reform is." })
  reform?: string | null;

  @Field(() => String, { nullable: true, description: "The results expected." })
  expectedResults?: string | null;

  @Field(() => ChallengeAreaCode, { nullable: true, description: "The area the submitter proposes." })
  proposedArea?: ChallengeAreaCode | null;

  @Field(() => [OpenGovernmentValue], { description: "At least one open-government value." })
  values!: OpenGovernmentValue[];

  @Field(() => Locale, { description: "The language of the submission." })
  language!: Locale;

  @Field({ description: "Planned start, YYYY-MM-DD." })
  startDate!: string;

  @Field({ description: "Planned end, YYYY-MM-DD; after 2028-03-31 is allowed but flagged." })
  endDate!: string;

  @Field(() => [MilestoneInput], { nullable: true, description: "Milestones, in order." })
  milestones?: MilestoneInput[] | null;
}

@InputType({ description: "Changes to a commitment's content: fields left out stay as they are; `null` clears an optional field." })
export class UpdateCommitmentInput {
  @Field(() => ID, { description: "The commitment." })
  id!: string;

  @Field(() => Int, { description: "The version you read; a newer stored version refuses the edit with CONFLICT." })
  version!: number;

  @Field(() => Pathway, { nullable: true, description: "Inside an action plan, or standalone." })
  pathway?: Pathway | null;

  @Field(() => ID, { nullable: true, description: "ACTION_PLAN only: the plan (directory id)." })
  actionPlanId?: string | null;

  @Field(() => ID, { nullable: true, description: "The lead institution (directory id), of the same member." })
  leadInstitutionId?: string | null;

  @Field(() => [ID], { nullable: true, description: "Supporting institutions of the same member." })
  supportingInstitutionIds?: string[] | null;

  @Field(() => String, { nullable: true, description: "OGP's commitment id, e.g. AL0002." })
  ogpId?: string | null;

  @Field(() => String, { nullable: true, description: "Short title." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "One-paragraph summary." })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: "The problem it addresses." })
  problem?: string | null;

  @Field(() => String, { nullable: true, description: "What the reform is." })
  reform?: string | null;

  @Field(() => String, { nullable: true, description: "The results expected." })
  expectedResults?: string | null;

  @Field(() => ChallengeAreaCode, { nullable: true, description: "The area the submitter proposes." })
  proposedArea?: ChallengeAreaCode | null;

  @Field(() => [OpenGovernmentValue], { nullable: true, description: "At least one open-government value." })
  values?: OpenGovernmentValue[] | null;

  @Field(() => Locale, { nullable: true, description: "The language of the submission." })
  language?: Locale | null;

  @Field(() => String, { nullable: true, description: "Planned start, YYYY-MM-DD." })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: "Planned end, YYYY-MM-DD." })
  endDate?: string | null;
}

@InputType({ description: "A move of a commitment along its lifecycle." })
export class ChangeCommitmentStatusInput {
  @Field(() => ID, { description: "The commitment." })
  id!: string;

  @Field(() => Int, { description: "The version you read; a newer stored version refuses the change with CONFLICT." })
  version!: number;

  @Field(() => CommitmentStatus, { description: "The status to move to; a move the lifecycle does not allow is refused with CONFLICT." })
  to!: CommitmentStatus;

  @Field(() => String, { nullable: true, description: "Why, kept in the commitment's history." })
  note?: string | null;
}

@InputType({ description: "The support unit's assignment of a commitment's challenge area." })
export class AssignChallengeAreaInput {
  @Field(() => ID, { description: "The commitment." })
  id!: string;

  @Field(() => Int, { description: "The version you read; a newer stored version refuses the change with CONFLICT." })
  version!: number;

  @Field(() => ChallengeAreaCode, { description: "The area assigned." })
  area!: ChallengeAreaCode;

  @Field(() => String, { nullable: true, description: "Why, kept in the commitment's history." })
  note?: string | null;
}

@InputType({ description: "The support unit's decision on one eligibility criterion of a commitment under review." })
export class DecideEligibilityInput {
  @Field(() => ID, { description: "The commitment." })
  commitmentId!: string;

  @Field(() => Int, { description: "The commitment's version you read; a decision bumps it." })
  version!: number;

  @Field(() => EligibilityCriterion, { description: "The criterion decided." })
  criterion!: EligibilityCriterion;

  @Field(() => DecisionOutcome, { description: "MET or NOT_MET." })
  outcome!: DecisionOutcome;

  @Field({ description: "Why; required, kept with the decision and in the history." })
  reason!: string;
}
