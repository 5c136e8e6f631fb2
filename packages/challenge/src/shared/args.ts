import { ArgsType, type ClassType, Field } from "type-graphql";

export { PageArgsInput } from "@ogc/kit";

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
