import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { WRITER_ROLES } from "../commitment/commitment.resolver.js";
import type { ChallengeContext } from "../context.js";
import { Milestone } from "./milestone.entity.js";
import { AddMilestoneInput, UpdateMilestoneInput } from "./milestone.inputs.js";

@Resolver(() => Milestone)
export class MilestoneResolver {
  @Authorized(WRITER_ROLES)
  @Mutation(() => Milestone, {
    description: "Adds a milestone after the commitment's last one. Its institution or the support unit, until the commitment is final.",
  })
  addMilestone(
    @Arg("input", () => AddMilestoneInput) input: AddMilestoneInput,
    @Arg("idempotencyKey", () => String, {
      nullable: true,
      description: "A key of your choice, unique per account (e.g. a UUID): sending it again returns what the first call made.",
    })
    idempotencyKey: string | null,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<Milestone> {
    return challenge.milestones.add(input, idempotencyKey);
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => Milestone, { description: "Edits a milestone, its status included; CONFLICT when `version` is stale." })
  updateMilestone(
    @Arg("input", () => UpdateMilestoneInput) input: UpdateMilestoneInput,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<Milestone> {
    return challenge.milestones.update(input);
  }
}
