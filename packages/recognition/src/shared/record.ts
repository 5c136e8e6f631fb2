import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, PrimaryColumn } from "typeorm";
import type { VersionedRecord } from "./persistence.js";

/** Columns and fields every recognition record has. */
@ObjectType()
export abstract class RecognitionRecord implements VersionedRecord {
  @PrimaryColumn("varchar", { length: 36 })
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Column("int")
  @Field(() => Int, { description: "Increases with every change; send it back with a change so a concurrent one is not overwritten." })
  version!: number;

  @Column("varchar", { name: "created_at", length: 30 })
  @Field({ description: "When the record was created (ISO 8601, UTC)." })
  createdAt!: string;

  @Column("varchar", { name: "updated_at", length: 30 })
  @Field({ description: "When the record last changed (ISO 8601, UTC)." })
  updatedAt!: string;
}
