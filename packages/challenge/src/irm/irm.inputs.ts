import { Field, ID, InputType, Int } from "type-graphql";
import {
  IrmCompletion,
  IrmEarlyResults,
  IrmPotential,
  IrmPotentialImpact,
  IrmResultsLevel,
  IrmSpecificity,
  IrmYesNo,
} from "./irm-rating.entity.js";

/** The assessments both the typed mutation and the batch upsert take; each left out keeps its value (NOT_REVIEWED at first). */
@InputType()
abstract class IrmAssessmentsInput {
  @Field(() => IrmYesNo, { nullable: true, description: "Verifiable?" })
  verifiable?: IrmYesNo | null;

  @Field(() => IrmYesNo, { nullable: true, description: "Open-government lens?" })
  openGovernmentLens?: IrmYesNo | null;

  @Field(() => IrmPotential, { nullable: true, description: "Potential for results." })
  potentialForResults?: IrmPotential | null;

  @Field(() => IrmCompletion, { nullable: true, description: "Completion at the end of term (`Completion (End Of Term)`)." })
  completion?: IrmCompletion | null;

  @Field(() => IrmEarlyResults, {
    nullable: true,
    description: 'Early results: "did it open government?" overall (`Did It Open Government (Overall)`).',
  })
  earlyResults?: IrmEarlyResults | null;

  @Field(() => IrmSpecificity, { nullable: true, description: "Specificity (`Specificity`)." })
  specificity?: IrmSpecificity | null;

  @Field(() => IrmPotentialImpact, { nullable: true, description: "Potential impact (`Potential Impact`)." })
  potentialImpact?: IrmPotentialImpact | null;

  @Field(() => IrmYesNo, {
    nullable: true,
    description: "Relevant to access to information? (`OGP Value Access To Information`: 1 YES, 0 NO).",
  })
  relevanceAccessToInformation?: IrmYesNo | null;

  @Field(() => IrmYesNo, {
    nullable: true,
    description: "Relevant to civic participation? (`OGP Value Civic Participation`: 1 YES, 0 NO).",
  })
  relevanceCivicParticipation?: IrmYesNo | null;

  @Field(() => IrmYesNo, {
    nullable: true,
    description: "Relevant to public accountability? (`OGP Value Public Accountability`: 1 YES, 0 NO).",
  })
  relevancePublicAccountability?: IrmYesNo | null;

  @Field(() => IrmYesNo, { nullable: true, description: "Relevant to technology and innovation? (`OGP Value Technology`: 1 YES, 0 NO)." })
  relevanceTechnology?: IrmYesNo | null;

  @Field(() => IrmCompletion, { nullable: true, description: "Completion at mid-term (`Completion (Progress Report)`)." })
  midtermCompletion?: IrmCompletion | null;

  @Field(() => IrmYesNo, { nullable: true, description: "Starred at mid-term (`Starred (Current Formula) Progress Report`)." })
  starredMidterm?: IrmYesNo | null;

  @Field(() => IrmYesNo, { nullable: true, description: "Starred at the end of term (`Starred (Current Formula) End of Term`)." })
  starredEndOfTerm?: IrmYesNo | null;

  @Field(() => IrmEarlyResults, {
    nullable: true,
    description: "Did it open government in access to information? (`Did It Open Government (Access To Information)`).",
  })
  earlyResultsAccessToInformation?: IrmEarlyResults | null;

  @Field(() => IrmEarlyResults, {
    nullable: true,
    description: "Did it open government in civic participation? (`Did It Open Government (Civic Participation)`).",
  })
  earlyResultsCivicParticipation?: IrmEarlyResults | null;

  @Field(() => IrmEarlyResults, {
    nullable: true,
    description: "Did it open government in public accountability? (`Did It Open Government: Public Accountability`).",
  })
  earlyResultsPublicAccountability?: IrmEarlyResults | null;

  @Field(() => IrmResultsLevel, { nullable: true, description: "Early results under the 2021 method (`Early Results`)." })
  resultsLevel?: IrmResultsLevel | null;

  @Field(() => IrmYesNo, { nullable: true, description: "Clustered for the action-plan review? (`Cluster (AP Review)`)." })
  clustered?: IrmYesNo | null;

  @Field(() => IrmYesNo, { nullable: true, description: "Carried forward into the next action plan? (`Carried Forward`)." })
  carriedForward?: IrmYesNo | null;
}

@InputType({
  description: "An IRM rating of an action-plan commitment. Assessments left out keep their value, or are NOT_REVIEWED on a first rating.",
})
export class RecordIrmRatingInput extends IrmAssessmentsInput {
  @Field(() => ID, { description: "The commitment (action-plan pathway)." })
  commitmentId!: string;

  @Field(() => Int, { nullable: true, description: "The rating's version you read; required once the commitment is rated." })
  version?: number | null;
}

@InputType({
  description:
    "One IRM rating of a batch upsert, keyed by the commitment's OGP id. Assessments left out keep their value, or are NOT_REVIEWED on a first rating.",
})
export class IrmRatingUpsertInput extends IrmAssessmentsInput {
  @Field({ description: "OGP id of the commitment rated, e.g. AL0002 (the key of the row)." })
  commitmentOgpId!: string;
}
