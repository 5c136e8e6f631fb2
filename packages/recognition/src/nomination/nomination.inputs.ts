import { Field, ID, InputType } from "type-graphql";
import { NominationStatus } from "./award-nomination.entity.js";

@InputType({ description: "Which nominations to list. Fields combine with AND." })
export class NominationFilter {
  @Field(() => ID, { nullable: true, description: "Only nominations in this award cycle." })
  cycleId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only nominations of this member." })
  memberId?: string | null;

  @Field(() => NominationStatus, {
    nullable: true,
    description:
      "Only nominations in this status: for the support unit. Everyone else sees ACCEPTED nominations (and, signed in, their own).",
  })
  status?: NominationStatus | null;
}

@InputType({ description: "A nomination of a government for recognition, for reforms it adopted and implemented." })
export class SubmitNominationInput {
  @Field(() => ID, { description: "The award cycle; it must be OPEN." })
  cycleId!: string;

  @Field(() => ID, { description: "The nominated OGP member, checked against the directory." })
  memberId!: string;

  @Field(() => [ID], {
    description:
      "The member's challenge commitments the nomination is for (at most 20): each must belong to that member and be IN_PROGRESS or COMPLETED.",
  })
  commitmentIds!: string[];

  @Field({ description: "Why the government deserves recognition, plain text, at most 5000 characters." })
  rationale!: string;
}
