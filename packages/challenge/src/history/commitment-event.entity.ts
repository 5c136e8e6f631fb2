import { type FieldChanges, Role, SUPPORT_ROLES } from "@ogc/kit";
import { GraphQLJSONObject } from "graphql-scalars";
import { Authorized, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { AccountEntity } from "../federation/entity-stubs.js";

/** What kind of change an event records. */
export enum CommitmentEventKind {
  CREATED = "CREATED",
  EDITED = "EDITED",
  STATUS_CHANGED = "STATUS_CHANGED",
  AREA_ASSIGNED = "AREA_ASSIGNED",
  ELIGIBILITY_DECIDED = "ELIGIBILITY_DECIDED",
  MILESTONE_ADDED = "MILESTONE_ADDED",
  MILESTONE_CHANGED = "MILESTONE_CHANGED",
  PROGRESS_REPORTED = "PROGRESS_REPORTED",
  IRM_RATED = "IRM_RATED",
  IMPORTED = "IMPORTED",
  CO_CREATION_LINKED = "CO_CREATION_LINKED",
  CO_CREATION_ENDED = "CO_CREATION_ENDED",
}
registerEnumType(CommitmentEventKind, {
  name: "CommitmentEventKind",
  description: "What kind of change a commitment history event records.",
  valuesConfig: {
    CREATED: { description: "The commitment was created." },
    EDITED: { description: "Its content changed." },
    STATUS_CHANGED: { description: "Its status changed." },
    AREA_ASSIGNED: { description: "The support unit assigned (or changed) its challenge area." },
    ELIGIBILITY_DECIDED: { description: "The support unit decided one eligibility criterion." },
    MILESTONE_ADDED: { description: "A milestone was added." },
    MILESTONE_CHANGED: { description: "A milestone changed." },
    PROGRESS_REPORTED: { description: "Its institution reported progress in a review cycle." },
    IRM_RATED: { description: "Its IRM rating was recorded or changed." },
    IMPORTED: { description: "The importer created or changed it from OGP's data." },
    CO_CREATION_LINKED: {
      description:
        "A partner became an active co-creator of it: its request was accepted, or a batch upsert (`upsertCoCreationLinks`) recorded the link.",
    },
    CO_CREATION_ENDED: { description: "An active co-creator's link ended (either side may end it): the partner no longer co-creates it." },
  },
});

@Entity("commitment_event")
@Index("idx_commitment_event_commitment", ["commitmentId", "seq"])
@ObjectType({
  description:
    "One change to a commitment, its milestones, eligibility, reports or ratings: who, when, what. Public for published commitments.",
})
export class CommitmentEvent {
  /** Increasing in commit order, so events of one millisecond still sort newest first. */
  @PrimaryGeneratedColumn("increment")
  seq!: number;

  @Column("varchar", { name: "commitment_id", length: 36 })
  commitmentId!: string;

  @Column("varchar", { length: 30 })
  @Field({ description: "When the change was committed (ISO 8601, UTC)." })
  at!: string;

  @Column("varchar", { name: "actor_id", length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: "Account that made the change; null for the system itself." })
  actorId!: string | null;

  @Authorized(SUPPORT_ROLES)
  @Field(() => AccountEntity, {
    nullable: true,
    description:
      "The account that made the change (its name comes from the identity service); null for the system itself. Support unit only.",
  })
  actor(): AccountEntity | null {
    return this.actorId ? { id: this.actorId } : null;
  }

  @Column("varchar", { name: "actor_role", length: 32, nullable: true })
  @Field(() => Role, { nullable: true, description: "The role the account acted in." })
  actorRole!: Role | null;

  @Column("varchar", { length: 24 })
  @Field(() => CommitmentEventKind, { description: "What kind of change it was." })
  kind!: CommitmentEventKind;

  @Column("simple-json")
  @Field(() => GraphQLJSONObject, { description: "Changed fields with their old and new values (`{ field: { from, to } }`)." })
  changes!: FieldChanges;

  @Column("text", { nullable: true })
  @Field(() => String, { nullable: true, description: "The reason or note given with the change, if any." })
  note!: string | null;

  @Field(() => ID, { description: "Stable identifier of the event." })
  id(): string {
    return String(this.seq);
  }
}
