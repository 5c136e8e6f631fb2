import { VersionedEntity } from "@ogc/kit";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { MilestoneStatus } from "../shared/enums.js";

@Entity("milestone")
@ObjectType({ description: "A verifiable step of a commitment, with its due date and status." })
export class Milestone extends VersionedEntity {
  @Column("varchar", { name: "commitment_id", length: 36 })
  commitmentId!: string;

  @Column("int")
  @Field(() => Int, { description: "Order within the commitment, from 1." })
  position!: number;

  @Column("varchar", { length: 300 })
  @Field({ description: "What the step is." })
  title!: string;

  @Column("text", { name: "expected_output", nullable: true })
  @Field(() => String, { nullable: true, description: "The verifiable output the step produces." })
  expectedOutput!: string | null;

  @Column("varchar", { name: "due_date", length: 10, nullable: true })
  @Field(() => String, { nullable: true, description: "When the step is due (YYYY-MM-DD)." })
  dueDate!: string | null;

  @Column("varchar", { length: 16 })
  @Field(() => MilestoneStatus, { description: "Where the step stands." })
  status!: MilestoneStatus;
}

export const MILESTONE_FIELDS = ["commitmentId", "position", "title", "expectedOutput", "dueDate", "status"] as const;
