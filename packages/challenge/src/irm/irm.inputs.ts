import { Field, ID, InputType, Int } from "type-graphql";
import { IrmCompletion, IrmEarlyResults, IrmPotential, IrmYesNo } from "./irm-rating.entity.js";

@InputType({
  description: "An IRM rating of an action-plan commitment. Assessments left out keep their value, or are NOT_REVIEWED on a first rating.",
})
export class RecordIrmRatingInput {
  @Field(() => ID, { description: "The commitment (action-plan pathway)." })
  commitmentId!: string;

  @Field(() => Int, { nullable: true, description: "The rating's version you read; required once the commitment is rated." })
  version?: number | null;

  @Field(() => IrmYesNo, { nullable: true, description: "Verifiable?" })
  verifiable?: IrmYesNo | null;

  @Field(() => IrmYesNo, { nullable: true, description: "Open-government lens?" })
  openGovernmentLens?: IrmYesNo | null;

  @Field(() => IrmPotential, { nullable: true, description: "Potential for results." })
  potentialForResults?: IrmPotential | null;

  @Field(() => IrmCompletion, { nullable: true, description: "Completion." })
  completion?: IrmCompletion | null;

  @Field(() => IrmEarlyResults, { nullable: true, description: 'Early results: "did it open government?".' })
  earlyResults?: IrmEarlyResults | null;
}

@InputType({ description: "One IRM rating of a batch upsert, keyed by the commitment's OGP id." })
export class IrmRatingUpsertInput {
  @Field({ description: "OGP id of the commitment rated, e.g. AL0002 (the key of the row)." })
  commitmentOgpId!: string;

  @Field(() => IrmYesNo, { nullable: true, description: "Verifiable?" })
  verifiable?: IrmYesNo | null;

  @Field(() => IrmYesNo, { nullable: true, description: "Open-government lens?" })
  openGovernmentLens?: IrmYesNo | null;

  @Field(() => IrmPotential, { nullable: true, description: "Potential for results." })
  potentialForResults?: IrmPotential | null;

  @Field(() => IrmCompletion, { nullable: true, description: "Completion." })
  completion?: IrmCompletion | null;

  @Field(() => IrmEarlyResults, { nullable: true, description: 'Early results: "did it open government?".' })
  earlyResults?: IrmEarlyResults | null;
}
