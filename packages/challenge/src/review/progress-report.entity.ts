import { Role } from "@ogc/kit";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { CompletionLevel, MilestoneStatus } from "../shared/enums.js";

@ObjectType({ description: "A milestone's status as one progress report gives it." })
export class ReportedMilestoneStatus {
  @Field(() => ID, { description: "The milestone." })
  milestoneId!: string;

  @Field(() => MilestoneStatus, { description: "Its status according to the report." })
  status!: MilestoneStatus;
}

@Entity("progress_report")
@ObjectType({
  description: "A self-reported progress report on a standalone commitment, made in a review cycle. Kept, dated, never overwritten.",
})
export class ProgressReport {
  @PrimaryColumn("varchar", { length: 36 })
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Column("varchar", { name: "commitment_id", length: 36 })
  commitmentId!: string;

  @Column("varchar", { name: "review_cycle_id", length: 36 })
  reviewCycleId!: string;

  @Column("varchar", { name: "reported_at", length: 30 })
  @Field({ description: "When the report was made (ISO 8601, UTC)." })
  reportedAt!: string;

  @Column("varchar", { name: "reported_by", length: 64 })
  @Field({ description: "Account that reported." })
  reportedBy!: string;

  @Column("varchar", { name: "reported_by_role", length: 32 })
  @Field(() => Role, { description: "The role the account reported in." })
  reportedByRole!: Role;

  @Column("varchar", { length: 16 })
  @Field(() => CompletionLevel, { description: "How far the commitment has come." })
  completion!: CompletionLevel;

  @Column("text")
  @Field({ description: "What was done, in the institution's words." })
  narrative!: string;

  @Column("simple-json", { name: "evidence_links" })
  @Field(() => [String], { description: "Links to evidence (http or https addresses)." })
  evidenceLinks!: string[];

  @Column("simple-json", { name: "milestone_statuses" })
  @Field(() => [ReportedMilestoneStatus], { description: "The status of each milestone, as reported." })
  milestoneStatuses!: ReportedMilestoneStatus[];
}
