import { VersionedEntity } from "@ogc/kit";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity } from "typeorm";

/** Whether an award cycle takes nominations. */
export enum AwardCycleStatus {
  OPEN = "OPEN",
  CLOSED = "CLOSED",
}
registerEnumType(AwardCycleStatus, {
  name: "AwardCycleStatus",
  description: "Whether an award cycle takes nominations.",
  valuesConfig: {
    OPEN: { description: "Opened by the support unit: partners may nominate governments." },
    CLOSED: { description: "Closed by the support unit: no new nominations; submitted ones can still be decided." },
  },
});

@Entity("award_cycle")
@ObjectType({
  description:
    "One round of recognition (e.g. the awards presented at an OGP summit): opened and closed by the support unit; partners nominate governments while it is OPEN.",
})
export class AwardCycle extends VersionedEntity {
  @Column("varchar", { length: 200 })
  @Field({ description: "The cycle's name, e.g. `Open Gov Challenge Awards 2027`." })
  name!: string;

  @Column("varchar", { name: "opens_on", length: 10 })
  @Field({ description: "The first day nominations are announced to be taken (YYYY-MM-DD)." })
  opensOn!: string;

  @Column("varchar", { name: "closes_on", length: 10 })
  @Field({ description: "The last day nominations are announced to be taken (YYYY-MM-DD); the support unit closes the cycle." })
  closesOn!: string;

  @Column("varchar", { length: 8 })
  @Field(() => AwardCycleStatus, { description: "Whether the cycle takes nominations." })
  status!: AwardCycleStatus;

  @Column("varchar", { name: "opened_by", length: 64 })
  openedBy!: string;

  @Column("varchar", { name: "closed_by", length: 64, nullable: true })
  closedBy!: string | null;

  @Column("varchar", { name: "closed_at", length: 30, nullable: true })
  @Field(() => String, { nullable: true, description: "When the support unit closed it (ISO 8601, UTC); null while OPEN." })
  closedAt!: string | null;
}

export const AWARD_CYCLE_FIELDS = ["name", "opensOn", "closesOn", "status", "openedBy", "closedBy", "closedAt"] as const;
