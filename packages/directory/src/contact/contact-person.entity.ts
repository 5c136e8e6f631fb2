import { VersionedEntity } from "@ogc/kit";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";

/**
 * A contact person of an institution or a partner. Personal data: kept in its own table, never public, never copied
 * into the audit log, erasable on request (the row stays as a tombstone so references and history still make sense).
 */
@Entity("contact_person")
@ObjectType({
  description:
    "A contact person of an institution or a partner. Personal data: readable only by the support unit and by the organisation's own accounts; erasable on request.",
})
export class ContactPerson extends VersionedEntity {
  @Column("varchar", { name: "institution_id", length: 36, nullable: true })
  institutionId!: string | null;

  @Column("varchar", { name: "partner_id", length: 36, nullable: true })
  partnerId!: string | null;

  @Column("varchar", { length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: "Full name; null once erased." })
  name!: string | null;

  @Column("varchar", { length: 254, nullable: true })
  @Field(() => String, { nullable: true, description: "E-mail address; null once erased." })
  email!: string | null;

  @Column("varchar", { length: 40, nullable: true })
  @Field(() => String, { nullable: true, description: "Phone number; null when not given or once erased." })
  phone!: string | null;

  @Column("varchar", { name: "erased_at", length: 30, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "When the person's data was erased on request (ISO 8601, UTC); null while it is kept.",
  })
  erasedAt!: string | null;

  @Field({ description: "True once the person's data has been erased: the entry stays, listed as erased, with no personal data." })
  erased(): boolean {
    return this.erasedAt !== null;
  }
}

export const CONTACT_FIELDS = ["institutionId", "partnerId", "name", "email", "phone", "erasedAt"] as const;

/** Personal data: logged as changed, never with its values. */
export const CONTACT_PERSONAL_FIELDS = ["name", "email", "phone"] as const;
