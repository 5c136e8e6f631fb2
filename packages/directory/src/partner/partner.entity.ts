import { VersionedEntity } from "@ogc/kit";
import { Directive, Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { PartnerKind } from "../shared/enums.js";

@Entity("partner")
@ObjectType({
  description:
    "A civil-society organisation or another partner (academia, private sector, multilateral, media). Partners co-create and support commitments; they never own one. Archived, never deleted.",
})
@Directive('@key(fields: "id")')
export class Partner extends VersionedEntity {
  @Column("varchar", { length: 300 })
  @Field({ description: "The organisation's name, as it writes it." })
  name!: string;

  @Column("varchar", { length: 20 })
  @Field(() => PartnerKind, { description: "What kind of organisation the partner is." })
  kind!: PartnerKind;

  @Column("varchar", { length: 3, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "ISO 3166-1 alpha-3 code of the country it works in; null for international partners.",
  })
  country!: string | null;

  @Column("varchar", { length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: "Public website (http or https)." })
  website!: string | null;

  @Column("boolean")
  @Field({ description: "Archived partners are hidden from lists unless asked for; they stay resolvable because others reference them." })
  archived!: boolean;
}

export const PARTNER_FIELDS = ["name", "kind", "country", "website", "archived"] as const;
