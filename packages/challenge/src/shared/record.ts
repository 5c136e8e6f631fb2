import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, PrimaryColumn } from "typeorm";
import type { VersionedRecord } from "./persistence.js";

/** Columns and fields every editable challenge record has. */
@ObjectType()
export abstract class ChallengeRecord implements VersionedRecord {
  @PrimaryColumn("varchar", { length: 36 })
  @Field(() => ID, { description: "Stable identifier; other subgraphs reference the record by it." })
  id!: string;

  @Column("int")
  @Field(() => Int, { description: "Increases with every change; send it back with an edit so a concurrent change is not overwritten." })
  version!: number;

  @Column("varchar", { name: "created_at", length: 30 })
  @Field({ description: "When the record was created (ISO 8601, UTC)." })
  createdAt!: string;

  @Column("varchar", { name: "updated_at", length: 30 })
  @Field({ description: "When the record last changed (ISO 8601, UTC)." })
  updatedAt!: string;
}
