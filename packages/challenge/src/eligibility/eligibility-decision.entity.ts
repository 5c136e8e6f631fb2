import { EligibilityCriterion, Role } from "@ogc/kit";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { DecisionOutcome, PrecheckOutcome } from "../shared/enums.js";

/** The support unit's current decision on one criterion of one commitment; earlier decisions live in the history. */
@Entity("eligibility_decision")
@ObjectType({ description: "The support unit's decision on one eligibility criterion of a commitment: outcome, reason, who and when." })
export class EligibilityDecision {
  @PrimaryColumn("varchar", { name: "commitment_id", length: 36 })
  commitmentId!: string;

  @PrimaryColumn("varchar", { length: 32 })
  @Field(() => EligibilityCriterion, { description: "The criterion decided." })
  criterion!: EligibilityCriterion;

  @Column("varchar", { length: 8 })
  @Field(() => DecisionOutcome, { description: "MET or NOT_MET." })
  outcome!: DecisionOutcome;

  @Column("text")
  @Field({ description: "Why, in the support unit's words." })
  reason!: string;

  @Column("varchar", { name: "decided_by", length: 64 })
  @Field({ description: "Account that decided." })
  decidedBy!: string;

  @Column("varchar", { name: "decided_by_role", length: 32 })
  @Field(() => Role, { description: "The role the account decided in." })
  decidedByRole!: Role;

  @Column("varchar", { name: "decided_at", length: 30 })
  @Field({ description: "When (ISO 8601, UTC)." })
  decidedAt!: string;
}

@ObjectType({ description: "What the data shows about one eligibility criterion, computed when asked; the support unit decides." })
export class EligibilityPrecheck {
  @Field(() => EligibilityCriterion, { description: "The criterion checked." })
  criterion!: EligibilityCriterion;

  @Field(() => PrecheckOutcome, { description: "MET, NOT_MET, or UNKNOWN when the data cannot tell." })
  outcome!: PrecheckOutcome;

  @Field({ description: "What the outcome rests on, for a person." })
  reason!: string;
}

@ObjectType({ description: "A commitment's eligibility: the automatic pre-check and the support unit's decisions, per criterion." })
export class Eligibility {
  @Field(() => [EligibilityPrecheck], { description: "The pre-check of all four criteria, in the official order." })
  precheck!: EligibilityPrecheck[];

  @Field(() => [EligibilityDecision], { description: "The support unit's decisions so far, in the official order of the criteria." })
  decisions!: EligibilityDecision[];

  @Field({ description: "True when all four criteria are decided MET: the commitment may become ELIGIBLE." })
  allMet!: boolean;
}
