import { SUPPORT_ROLES, UpsertResult } from "@ogc/kit";
import { Arg, Args, ArgsType, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { ChallengeContext } from "../context.js";
import { UpsertArgs } from "../shared/args.js";
import { IrmRatingUpsertInput, RecordIrmRatingInput } from "./irm.inputs.js";
import { IrmRating } from "./irm-rating.entity.js";

@ArgsType()
class IrmRatingUpsertArgs extends UpsertArgs(IrmRatingUpsertInput) {}

@Resolver(() => IrmRating)
export class IrmRatingResolver {
  @Authorized(SUPPORT_ROLES)
  @Mutation(() => IrmRating, { description: "Records or changes the IRM rating of an action-plan commitment. Support unit only." })
  recordIrmRating(
    @Arg("input", () => RecordIrmRatingInput) input: RecordIrmRatingInput,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<IrmRating> {
    return challenge.irm.record(input);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => UpsertResult, {
    description:
      "Creates or updates IRM ratings keyed by commitment OGP id, in one transaction: all rows or none. Support unit and importer.",
  })
  upsertIrmRatings(
    @Args(() => IrmRatingUpsertArgs) { input, dryRun, source }: IrmRatingUpsertArgs,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<UpsertResult> {
    return challenge.irm.upsert(input, { dryRun, source });
  }
}
