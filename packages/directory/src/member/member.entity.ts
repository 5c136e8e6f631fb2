import { VersionedEntity } from "@ogc/kit";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { MemberStatus, MemberType, Region } from "../shared/enums.js";

@Entity("member")
@ObjectType({
  description:
    "A government taking part in OGP: national, local, or other. Other subgraphs add its commitments, intents and stories. Archived, never deleted.",
})
@Directive('@key(fields: "id")')
@Directive('@key(fields: "ogpCode")')
export class Member extends VersionedEntity {
  @Column("varchar", { name: "ogp_code", length: 16 })
  @Field({
    description: "OGP's code for the member, exactly as OGP writes it: ISO alpha-3 for nationals (ALB), a local code (ARBA, GBSC).",
  })
  ogpCode!: string;

  @Column("varchar", { length: 200 })
  @Field({ description: "Name as OGP lists it, e.g. `Albania` or `Buenos Aires, Argentina`." })
  name!: string;

  @Column("varchar", { length: 16 })
  @Field(() => MemberType, { description: "National, local, or other (not universally recognised)." })
  type!: MemberType;

  @Column("varchar", { length: 3, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      "ISO 3166-1 alpha-3 code of the member's country; for a LOCAL member, the country it belongs to (which may or may not be a member).",
  })
  country!: string | null;

  @Column("varchar", { length: 32 })
  @Field(() => Region, { description: "OGP region the member belongs to." })
  region!: Region;

  @Column("int", { name: "year_joined", nullable: true })
  @Field(() => Int, { nullable: true, description: "Year the member joined OGP." })
  yearJoined!: number | null;

  @Column("varchar", { length: 20 })
  @Field(() => MemberStatus, { description: "Where the member stands in the partnership." })
  status!: MemberStatus;

  @Column("boolean")
  @Field({ description: "Archived members are hidden from lists unless asked for; they stay resolvable because others reference them." })
  archived!: boolean;
}

/** Fields compared for changes and written to the audit log. */
export const MEMBER_FIELDS = ["ogpCode", "name", "type", "country", "region", "yearJoined", "status", "archived"] as const;
