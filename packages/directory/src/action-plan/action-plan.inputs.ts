import { Field, ID, InputType, Int } from "type-graphql";
import { ActionPlanStatus, MemberType, Region } from "../shared/enums.js";

@InputType({ description: "Which action plans to list. Fields combine with AND." })
export class ActionPlanFilter {
  @Field(() => ID, { nullable: true, description: "Plans of this member." })
  memberId?: string | null;

  @Field(() => MemberType, { nullable: true, description: "Plans of members of this type." })
  memberType?: MemberType | null;

  @Field(() => Region, { nullable: true, description: "Plans of members in this region." })
  region?: Region | null;

  @Field(() => ActionPlanStatus, { nullable: true, description: "Only plans with this status." })
  status?: ActionPlanStatus | null;

  @Field(() => Boolean, { nullable: true, description: "Only plans whose amendment window includes today (true), or the others (false)." })
  amendmentWindowOpen?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Include archived plans (default false)." })
  includeArchived?: boolean | null;
}

@InputType({ description: "An amendment window; both days are included and must fall within the plan's implementation period." })
export class AmendmentWindowInput {
  @Field({ description: "YYYY-MM-DD" })
  opensOn!: string;

  @Field({ description: "YYYY-MM-DD, on or after `opensOn`." })
  closesOn!: string;
}

@InputType({ description: "A new action plan of a member." })
export class CreateActionPlanInput {
  @Field(() => ID, { description: "The member whose plan it is." })
  memberId!: string;

  @Field({ description: "OGP's id, e.g. AP_ALB07, kept exactly as given." })
  ogpId!: string;

  @Field(() => Int, { description: "The plan's number in the member's sequence of plans, from 1." })
  number!: number;

  @Field({ description: "YYYY-MM-DD" })
  startDate!: string;

  @Field({ description: "YYYY-MM-DD, after `startDate`." })
  endDate!: string;

  @Field(() => Int, { description: "1 to 4 years (2 or 4 under OGP's current rules)." })
  lengthYears!: number;

  @Field(() => String, { nullable: true, description: "4-year plans only: the midway refresh date, within the plan." })
  midwayRefreshOn?: string | null;

  @Field(() => ActionPlanStatus, { nullable: true, description: "Defaults to DRAFT." })
  status?: ActionPlanStatus | null;

  @Field(() => AmendmentWindowInput, {
    nullable: true,
    description: "When challenge commitments may be added to the submitted plan by amendment.",
  })
  amendmentWindow?: AmendmentWindowInput | null;
}

@InputType({ description: "Changes to an action plan: fields left out stay as they are; `null` clears an optional field." })
export class UpdateActionPlanInput {
  @Field(() => ID, { description: "The record to change." })
  id!: string;

  @Field(() => Int, { description: "The version you read; a newer stored version refuses the edit with CONFLICT." })
  version!: number;

  @Field(() => String, { nullable: true, description: "OGP's action-plan id, kept exactly as given, e.g. AP_ALB07." })
  ogpId?: string | null;

  @Field(() => Int, { nullable: true, description: "The plan's number in the member's sequence of plans, from 1." })
  number?: number | null;

  @Field(() => String, { nullable: true, description: "First day of implementation, YYYY-MM-DD." })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: "Last day of implementation, YYYY-MM-DD, after the start date." })
  endDate?: string | null;

  @Field(() => Int, { nullable: true, description: "Length in years, 1 to 4 (2 or 4 under OGP's current rules)." })
  lengthYears?: number | null;

  @Field(() => String, { nullable: true, description: "4-year plans only: the midway refresh date, YYYY-MM-DD, within the plan." })
  midwayRefreshOn?: string | null;

  @Field(() => ActionPlanStatus, { nullable: true, description: "Where the plan is in its cycle." })
  status?: ActionPlanStatus | null;

  @Field(() => AmendmentWindowInput, { nullable: true, description: "`null` removes the window." })
  amendmentWindow?: AmendmentWindowInput | null;
}

@InputType({
  description:
    "One action plan of a batch upsert, keyed by its OGP id. Fields left out keep their stored value (or their default for a new plan).",
})
export class ActionPlanUpsertInput {
  @Field({ description: "OGP's action-plan id, kept exactly as given (the key of the row), e.g. AP_ALB01." })
  ogpId!: string;

  @Field({ description: "OGP code of the member the plan belongs to." })
  memberCode!: string;

  @Field(() => Int, { description: "The plan's number in the member's sequence of plans, from 1." })
  number!: number;

  @Field({ description: "First day of implementation, YYYY-MM-DD." })
  startDate!: string;

  @Field({ description: "Last day of implementation, YYYY-MM-DD, after the start date." })
  endDate!: string;

  @Field(() => Int, { description: "Length in years, 1 to 4 (2 or 4 under OGP's current rules)." })
  lengthYears!: number;

  @Field(() => String, { nullable: true, description: "4-year plans only: the midway refresh date, YYYY-MM-DD, within the plan." })
  midwayRefreshOn?: string | null;

  @Field(() => ActionPlanStatus, { nullable: true, description: "Where the plan is in its cycle; DRAFT for a new plan when left out." })
  status?: ActionPlanStatus | null;

  @Field(() => AmendmentWindowInput, { nullable: true, description: "The amendment window; `null` removes it, left out keeps it." })
  amendmentWindow?: AmendmentWindowInput | null;

  @Field(() => Boolean, { nullable: true, description: "True archives the record, false restores it; left out keeps it as it is." })
  archived?: boolean | null;
}
