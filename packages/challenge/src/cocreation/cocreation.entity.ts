import { VersionedEntity } from "@ogc/kit";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

export enum CoCreationRole {
  DESIGN = "DESIGN",
  IMPLEMENTATION = "IMPLEMENTATION",
  EVALUATION = "EVALUATION",
}
registerEnumType(CoCreationRole, {
  name: "CoCreationRole",
  description: "What a partner co-creates of a commitment (DOMAIN.md, rule 5).",
  valuesConfig: {
    DESIGN: { description: "Its design." },
    IMPLEMENTATION: { description: "Its implementation." },
    EVALUATION: { description: "Its evaluation." },
  },
});

export enum CoCreationStatus {
  REQUESTED = "REQUESTED",
  ACTIVE = "ACTIVE",
  DECLINED = "DECLINED",
  ENDED = "ENDED",
}
registerEnumType(CoCreationStatus, {
  name: "CoCreationStatus",
  description: "Where a co-creation link stands.",
  valuesConfig: {
    REQUESTED: { description: "Asked by the partner; the owning institution or the support unit decides." },
    ACTIVE: { description: "Accepted: the partner co-creates the commitment." },
    DECLINED: { description: "Declined, with a reason; final." },
    ENDED: { description: "Ended by either side; final." },
  },
});

/** A partner's link to a commitment as co-creator; the commitment stays owned by its institution. */
@Entity("co_creation_link")
@ObjectType({ description: "A partner co-creating a commitment, with a role. Active links are public." })
export class CoCreationLink extends VersionedEntity {
  @Column("varchar", { name: "commitment_id", length: 36 })
  commitmentId!: string;

  @Column("varchar", { name: "partner_id", length: 36 })
  partnerId!: string;

  @Column("varchar", { length: 16 })
  @Field(() => CoCreationRole, { description: "What the partner co-creates." })
  role!: CoCreationRole;

  @Column("varchar", { length: 12 })
  @Field(() => CoCreationStatus, { description: "REQUESTED, ACTIVE, DECLINED or ENDED." })
  status!: CoCreationStatus;

  /** 1 while REQUESTED or ACTIVE, null after: unique with (commitment, partner, role). */
  @Column("int", { name: "live_slot", nullable: true })
  liveSlot!: number | null;

  @Column("text", { nullable: true })
  @Field(() => String, { nullable: true, description: "What the partner offers." })
  note!: string | null;

  @Column("text", { nullable: true })
  @Field(() => String, { nullable: true, description: "Why it was declined or ended." })
  reason!: string | null;
}

export const LINK_FIELDS = ["commitmentId", "partnerId", "role", "status", "note", "reason"] as const;

/** One change of a co-creation link. */
@Entity("co_creation_event")
@ObjectType({ description: "One change of a co-creation link." })
export class CoCreationEvent {
  @PrimaryColumn("varchar", { length: 36 })
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Column("varchar", { name: "link_id", length: 36 })
  linkId!: string;

  @Column("varchar", { length: 30 })
  @Field({ description: "When (ISO 8601, UTC)." })
  at!: string;

  @Column("varchar", { name: "actor_id", length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: "The account." })
  actorId!: string | null;

  @Column("varchar", { length: 60 })
  @Field({ description: "The mutation." })
  kind!: string;

  @Column("varchar", { length: 12 })
  @Field(() => CoCreationStatus, { description: "The status after the change." })
  status!: CoCreationStatus;
}
