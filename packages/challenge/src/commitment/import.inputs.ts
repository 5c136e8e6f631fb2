import { ChallengeAreaCode, Locale, OpenGovernmentValue } from "@ogc/kit";
import { Field, ID, InputType, Int } from "type-graphql";
import { MilestoneStatus, Pathway } from "../shared/enums.js";
import { CommitmentStatus } from "./commitment-status.js";

@InputType({
  description:
    "One commitment of a batch upsert, keyed by its OGP id. Fields left out keep their stored value (or their default for a new commitment). The status is taken as given: imports record where OGP's data says the commitment is.",
})
export class CommitmentUpsertInput {
  @Field({ description: "OGP's commitment id, kept exactly as given (the key of the row), e.g. AL0002." })
  ogpId!: string;

  @Field({ description: "OGP code of the member, e.g. ALB." })
  memberCode!: string;

  @Field(() => String, { nullable: true, description: "OGP id of its action plan, e.g. AP_ALB01; makes it an ACTION_PLAN commitment." })
  actionPlanOgpId?: string | null;

  @Field(() => Pathway, { nullable: true, description: "ACTION_PLAN when an action plan is given, else STANDALONE, when left out." })
  pathway?: Pathway | null;

  @Field(() => ID, { nullable: true, description: "The lead institution (directory id), when known." })
  leadInstitutionId?: string | null;

  @Field(() => [ID], { nullable: true, description: "Supporting institutions (directory ids)." })
  supportingInstitutionIds?: string[] | null;

  @Field({ description: "Title, at most 1000 characters (OGP's short titles reach ~600), kept whole." })
  title!: string;

  @Field(() => String, { nullable: true, description: "Summary." })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: "The problem it addresses." })
  problem?: string | null;

  @Field(() => String, { nullable: true, description: "What the reform is." })
  reform?: string | null;

  @Field(() => String, { nullable: true, description: "The results expected." })
  expectedResults?: string | null;

  @Field(() => ChallengeAreaCode, { nullable: true, description: "The area its IRM policy tags suggest." })
  proposedArea?: ChallengeAreaCode | null;

  @Field(() => ChallengeAreaCode, { nullable: true, description: "The area the support unit assigned." })
  assignedArea?: ChallengeAreaCode | null;

  @Field(() => [OpenGovernmentValue], { nullable: true, description: "Open-government values." })
  values?: OpenGovernmentValue[] | null;

  @Field(() => Locale, { nullable: true, description: "Language of the text; EN when left out." })
  language?: Locale | null;

  @Field(() => String, { nullable: true, description: "Planned start, YYYY-MM-DD." })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: "Planned end, YYYY-MM-DD." })
  endDate?: string | null;

  @Field(() => CommitmentStatus, { nullable: true, description: "SUBMITTED for a new commitment when left out." })
  status?: CommitmentStatus | null;

  @Field(() => String, {
    nullable: true,
    description: "The commitment's official page (OGP's `URL` column): an http:// or https:// address, at most 1000 characters.",
  })
  sourceUrl?: string | null;

  @Field(() => [ChallengeAreaCode], {
    nullable: true,
    description:
      "Areas the commitment's IRM policy tags suggest (the support unit decides): a set, order and repeats do not matter. Left out keeps the stored ones; null or [] clears them.",
  })
  suggestedAreas?: ChallengeAreaCode[] | null;
}

@InputType({ description: "One milestone of a batch upsert, keyed by its commitment's OGP id and its position." })
export class MilestoneUpsertInput {
  @Field({ description: "OGP id of the commitment, e.g. AL0002." })
  commitmentOgpId!: string;

  @Field(() => Int, { description: "Position of the milestone in the commitment, from 1." })
  position!: number;

  @Field({ description: "What the step is." })
  title!: string;

  @Field(() => String, { nullable: true, description: "The verifiable output it produces." })
  expectedOutput?: string | null;

  @Field(() => String, { nullable: true, description: "Due date, YYYY-MM-DD." })
  dueDate?: string | null;

  @Field(() => MilestoneStatus, { nullable: true, description: "PLANNED for a new milestone when left out." })
  status?: MilestoneStatus | null;
}
