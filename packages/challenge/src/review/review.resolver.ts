import { SUPPORT_ROLES } from "@ogc/kit";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { WRITER_ROLES } from "../commitment/commitment.resolver.js";
import type { ChallengeContext } from "../context.js";
import { ProgressReport } from "./progress-report.entity.js";
import { CreateReviewCycleInput, ReportProgressInput, UpdateReviewCycleInput } from "./review.inputs.js";
import { ReviewCycle } from "./review-cycle.entity.js";

@Resolver(() => ReviewCycle)
export class ReviewCycleResolver {
  @Query(() => [ReviewCycle], { description: "The review cycles, by opening day." })
  reviewCycles(@Ctx() { challenge }: ChallengeContext): Promise<ReviewCycle[]> {
    return challenge.reviews.cycles();
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => ReviewCycle, { description: "Sets up a review cycle: its window and scope. Support unit only." })
  createReviewCycle(
    @Arg("input", () => CreateReviewCycleInput) input: CreateReviewCycleInput,
    @Arg("idempotencyKey", () => String, {
      nullable: true,
      description: "A key of your choice, unique per account (e.g. a UUID): sending it again returns what the first call made.",
    })
    idempotencyKey: string | null,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<ReviewCycle> {
    return challenge.reviews.createCycle(input, idempotencyKey);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => ReviewCycle, { description: "Changes a review cycle's window or scope (opens or closes it). Support unit only." })
  updateReviewCycle(
    @Arg("input", () => UpdateReviewCycleInput) input: UpdateReviewCycleInput,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<ReviewCycle> {
    return challenge.reviews.updateCycle(input);
  }
}

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  @FieldResolver(() => ReviewCycle, { description: "The review cycle the report was made in." })
  async reviewCycle(@Root() report: ProgressReport, @Ctx() { challenge }: ChallengeContext): Promise<ReviewCycle> {
    const cycle = await challenge.reviews.cycle(report.reviewCycleId);
    // A foreign key guarantees the cycle; its absence is a bug, not a user error.
    if (!cycle) throw new Error(`progress report ${report.id} has no review cycle ${report.reviewCycleId}`);
    return cycle;
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => ProgressReport, {
    description:
      "Reports progress on a standalone commitment during an open review window: officers of its lead institution, or the support unit. Every report is a new, dated record.",
  })
  reportProgress(
    @Arg("input", () => ReportProgressInput) input: ReportProgressInput,
    @Arg("idempotencyKey", () => String, {
      nullable: true,
      description: "A key of your choice, unique per account (e.g. a UUID): sending it again returns what the first call made.",
    })
    idempotencyKey: string | null,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<ProgressReport> {
    return challenge.reviews.report(input, idempotencyKey);
  }
}
