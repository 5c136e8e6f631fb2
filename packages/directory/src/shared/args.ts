import { ArgsType, type ClassType, Field, ID, Int } from "type-graphql";

export { PageArgsInput } from "@ogc/kit";

/** A record and the version the caller read, for archive and restore. */
@ArgsType()
export class RecordVersionArgs {
  @Field(() => ID, { description: "The record to change." })
  id!: string;

  @Field(() => Int, { description: "The version you read; a newer stored version refuses the change with CONFLICT." })
  version!: number;
}

/** `input` and `dryRun` of a batch upsert of `inputType` rows. */
export function UpsertArgs<T extends object>(inputType: ClassType<T>) {
  @ArgsType()
  abstract class UpsertArgsBase {
    @Field(() => [inputType], { description: "The rows, at most 5000." })
    input!: T[];

    @Field(() => Boolean, { nullable: true, description: "Only check the batch and say what it would do; nothing is written." })
    dryRun?: boolean | null;
  }
  return UpsertArgsBase;
}
