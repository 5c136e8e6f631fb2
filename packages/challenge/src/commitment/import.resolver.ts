import { SUPPORT_ROLES, UpsertResult } from "@ogc/kit";
import { Args, ArgsType, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { ChallengeContext } from "../context.js";
import { UpsertArgs } from "../shared/args.js";
import { CommitmentUpsertInput, MilestoneUpsertInput } from "./import.inputs.js";

@ArgsType()
class CommitmentUpsertArgs extends UpsertArgs(CommitmentUpsertInput) {}

@ArgsType()
class MilestoneUpsertArgs extends UpsertArgs(MilestoneUpsertInput) {}

@Resolver()
export class ImportResolver {
  @Authorized(SUPPORT_ROLES)
  @Mutation(() => UpsertResult, {
    description:
      "Creates or updates commitments keyed by OGP id, in one transaction: all rows or none. References are checked against the directory. Support unit and importer.",
  })
  upsertCommitments(
    @Args(() => CommitmentUpsertArgs) { input, dryRun, source }: CommitmentUpsertArgs,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<UpsertResult> {
    return challenge.imports.commitments(input, { dryRun, source });
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => UpsertResult, {
    description:
      "Creates or updates milestones keyed by commitment OGP id and position, in one transaction: all rows or none. Support unit and importer.",
  })
  upsertMilestones(
    @Args(() => MilestoneUpsertArgs) { input, dryRun, source }: MilestoneUpsertArgs,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<UpsertResult> {
    return challenge.imports.milestones(input, { dryRun, source });
  }
}
