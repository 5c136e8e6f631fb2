import { ArgsType, type ClassType, Field } from "type-graphql";

export { PageArgsInput } from "@ogc/kit";

/** `input`, `dryRun` and `source` of a batch upsert of `inputType` rows. */
export function UpsertArgs<T extends object>(inputType: ClassType<T>) {
  @ArgsType()
  abstract class UpsertArgsBase {
    @Field(() => [inputType], { description: "The rows, at most 5000." })
    input!: T[];

    @Field(() => Boolean, { nullable: true, description: "Only check the batch and say what it would do; nothing is written." })
    dryRun?: boolean | null;

    @Field(() => String, {
      nullable: true,
      description:
        'Where the batch comes from, e.g. "IRM import: open_parliament_0703.csv" (at most 200 characters): the note of the commitment history events it writes.',
    })
    source?: string | null;
  }
  return UpsertArgsBase;
}
