import { Field, ID, InputType, Int } from "type-graphql";
import { MilestoneStatus } from "../shared/enums.js";

@InputType({ description: "A milestone of a new commitment." })
export class MilestoneInput {
  @Field({ description: "What the step is." })
  title!: string;

  @Field(() => String, { nullable: true, description: "The verifiable output it produces." })
  expectedOutput?: string | null;

  @Field(() => String, { nullable: true, description: "Due date, YYYY-MM-DD." })
  dueDate?: string | null;

  @Field(() => MilestoneStatus, { nullable: true, description: "PLANNED when left out." })
  status?: MilestoneStatus | null;
}

@InputType({ description: "A milestone added to an existing commitment, after its last one." })
export class AddMilestoneInput extends MilestoneInput {
  @Field(() => ID, { description: "The commitment." })
  commitmentId!: string;
}

@InputType({ description: "Changes to a milestone: fields left out stay as they are; `null` clears an optional field." })
export class UpdateMilestoneInput {
  @Field(() => ID, { description: "The milestone." })
  id!: string;

  @Field(() => Int, { description: "The version you read; a newer stored version refuses the edit with CONFLICT." })
  version!: number;

  @Field(() => String, { nullable: true, description: "What the step is." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "The verifiable output it produces." })
  expectedOutput?: string | null;

  @Field(() => String, { nullable: true, description: "Due date, YYYY-MM-DD." })
  dueDate?: string | null;

  @Field(() => MilestoneStatus, { nullable: true, description: "Where the step stands." })
  status?: MilestoneStatus | null;
}
