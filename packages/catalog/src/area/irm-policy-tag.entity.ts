import { ChallengeAreaCode } from "@ogc/kit";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@Entity("irm_policy_tag")
@ObjectType({
  description:
    "An IRM policy-area tag (a column of OGP's commitment database) and the challenge area it suggests. A tag suggests an area; the support unit decides.",
})
export class IrmPolicyTag {
  @PrimaryColumn("varchar", { length: 100 })
  @Field({ description: "The tag exactly as the IRM database spells it, e.g. `Right To Information`." })
  tag!: string;

  @Column("varchar", { name: "area_code", length: 40 })
  @Field(() => ChallengeAreaCode, { description: "The challenge area the tag suggests." })
  areaCode!: ChallengeAreaCode;
}
