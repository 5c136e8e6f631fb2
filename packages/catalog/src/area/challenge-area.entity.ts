import { ChallengeAreaCode } from "@ogc/kit";
import { Directive, Field, ObjectType } from "type-graphql";
import { Entity, PrimaryColumn } from "typeorm";
import { LocalizedTerm } from "../shared/localized-term.js";

@Entity("challenge_area")
@ObjectType({
  description: "One of the ten policy areas of the Open Gov Challenge. Other subgraphs add its commitments, stats and stories.",
})
@Directive('@key(fields: "code")')
export class ChallengeArea extends LocalizedTerm {
  @PrimaryColumn("varchar", { length: 40 })
  @Field(() => ChallengeAreaCode)
  code!: ChallengeAreaCode;
}
