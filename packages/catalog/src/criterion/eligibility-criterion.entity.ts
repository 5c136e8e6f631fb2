import { EligibilityCriterion } from "@ogc/kit";
import { Field, ObjectType } from "type-graphql";
import { Entity, PrimaryColumn } from "typeorm";
import { LocalizedTerm } from "../shared/localized-term.js";

@Entity("eligibility_criterion")
@ObjectType({ description: "One of the four eligibility criteria; a challenge commitment is eligible only when all four hold." })
export class EligibilityCriterionDefinition extends LocalizedTerm {
  @PrimaryColumn("varchar", { length: 40 })
  @Field(() => EligibilityCriterion)
  code!: EligibilityCriterion;
}
