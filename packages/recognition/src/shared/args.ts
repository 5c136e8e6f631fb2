import { ArgsType, Field, ID, Int } from "type-graphql";

export { PageArgsInput } from "@ogc/kit";

/** A record and the version the caller read, for moderation and status changes. */
@ArgsType()
export class RecordVersionArgs {
  @Field(() => ID, { description: "The record to change." })
  id!: string;

  @Field(() => Int, { description: "The version you read; a newer stored version refuses the change with CONFLICT." })
  version!: number;
}

/** A record, the version the caller read, and why it is refused. */
@ArgsType()
export class RejectArgs extends RecordVersionArgs {
  @Field({ description: "Why, in a sentence or two the submitter can act on; shown to them (required, at most 2000 characters)." })
  reason!: string;
}
