import { SUPPORT_ROLES } from "@ogc/kit";
import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { RecognitionContext } from "../context.js";
import { RecordVersionArgs } from "../shared/args.js";
import { AwardCycle } from "./award-cycle.entity.js";
import { OpenAwardCycleInput } from "./award-cycle.inputs.js";

@Resolver(() => AwardCycle)
export class AwardCycleResolver {
  @Query(() => [AwardCycle], { description: "Every award cycle, the latest opening first. Public." })
  awardCycles(@Ctx() { recognition }: RecognitionContext): Promise<AwardCycle[]> {
    return recognition.awardCycles.list();
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => AwardCycle, { description: "Opens a new award cycle: partners may nominate governments in it. Support unit only." })
  openAwardCycle(
    @Arg("input", () => OpenAwardCycleInput) input: OpenAwardCycleInput,
    @Ctx() { recognition }: RecognitionContext,
  ): Promise<AwardCycle> {
    return recognition.awardCycles.open(input);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => AwardCycle, {
    description:
      "Closes an OPEN award cycle: no new nominations; submitted ones can still be accepted or rejected. CONFLICT on a stale `version`. Support unit only.",
  })
  closeAwardCycle(
    @Args(() => RecordVersionArgs) { id, version }: RecordVersionArgs,
    @Ctx() { recognition }: RecognitionContext,
  ): Promise<AwardCycle> {
    return recognition.awardCycles.close({ id, version });
  }
}
