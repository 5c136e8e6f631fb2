import { ChallengeAreaCode, VersionedEntity } from "@ogc/kit";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

export enum ParticipationIntentStatus {
  ACTIVE = "ACTIVE",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(ParticipationIntentStatus, {
  name: "ParticipationIntentStatus",
  description: "Whether an institution still intends to take part in an area.",
  valuesConfig: {
    ACTIVE: { description: "Declared and not withdrawn: the institution takes part in the area." },
    WITHDRAWN: { description: "Withdrawn: no longer counts as taking part." },
  },
});

export enum CoordinationCaseStatus {
  OPEN = "OPEN",
  IN_PROGRESS = "IN_PROGRESS",
  RESOLVED = "RESOLVED",
}
registerEnumType(CoordinationCaseStatus, {
  name: "CoordinationCaseStatus",
  description: "Where a coordination case stands.",
  valuesConfig: {
    OPEN: { description: "Opened by the system; nobody has worked on it yet." },
    IN_PROGRESS: { description: "The support unit is facilitating (a facilitator, a lead, a note or a next step was added)." },
    RESOLVED: { description: "Closed with a resolution; final." },
  },
});

export enum CoordinationResolution {
  LEAD_DESIGNATED = "LEAD_DESIGNATED",
  MERGED = "MERGED",
  KEPT_SEPARATE = "KEPT_SEPARATE",
}
registerEnumType(CoordinationResolution, {
  name: "CoordinationResolution",
  description: "How a coordination case was resolved.",
  valuesConfig: {
    LEAD_DESIGNATED: { description: "One institution leads the area for the member (`leadInstitution`)." },
    MERGED: { description: "Commitments were merged (`mergedCommitmentIds`)." },
    KEPT_SEPARATE: { description: "The institutions go on separately, with an agreed division of work (`divisionOfWork`)." },
  },
});

/** An institution's declared wish to take part in a challenge area (DOMAIN.md, rules 1 and 4). */
@Entity("participation_intent")
@ObjectType({ description: "An institution's declared intent to take part in a challenge area; public." })
export class ParticipationIntent extends VersionedEntity {
  @Column("varchar", { name: "member_id", length: 36 })
  memberId!: string;

  @Column("varchar", { name: "institution_id", length: 36 })
  @Field(() => ID, { description: "The institution (directory id)." })
  institutionId!: string;

  @Column("varchar", { name: "area_code", length: 40 })
  @Field(() => ChallengeAreaCode, { description: "The area." })
  area!: ChallengeAreaCode;

  @Column("text", { nullable: true })
  @Field(() => String, { nullable: true, description: "What the institution has in mind." })
  note!: string | null;

  @Column("varchar", { length: 12 })
  @Field(() => ParticipationIntentStatus, { description: "ACTIVE or WITHDRAWN." })
  status!: ParticipationIntentStatus;

  /** 1 while ACTIVE, null when withdrawn: unique with (institution, area), so one active intent per institution and area. */
  @Column("int", { name: "active_slot", nullable: true })
  activeSlot!: number | null;
}

export const INTENT_FIELDS = ["memberId", "institutionId", "area", "note", "status"] as const;

/** A coordination case: two or more institutions of one member take part in one area (DOMAIN.md, rule 4). */
@Entity("coordination_case")
@ObjectType({
  description:
    "Opened by the system when two or more institutions of one member take part in the same area; the support unit facilitates. Public: status, institutions, lead and resolution. Support unit only: facilitator, notes, next steps, history.",
})
export class CoordinationCase extends VersionedEntity {
  @Column("varchar", { name: "member_id", length: 36 })
  memberId!: string;

  @Column("varchar", { name: "area_code", length: 40 })
  @Field(() => ChallengeAreaCode, { description: "The area." })
  area!: ChallengeAreaCode;

  /** 1 while not RESOLVED, null after: unique with (member, area), so one open case per member and area. */
  @Column("int", { name: "open_slot", nullable: true })
  openSlot!: number | null;

  @Column("varchar", { length: 12 })
  @Field(() => CoordinationCaseStatus, { description: "OPEN, IN_PROGRESS or RESOLVED." })
  status!: CoordinationCaseStatus;

  @Column("varchar", { name: "facilitator_id", length: 64, nullable: true })
  facilitatorId!: string | null;

  @Column("varchar", { name: "lead_institution_id", length: 36, nullable: true })
  leadInstitutionId!: string | null;

  @Column("varchar", { length: 16, nullable: true })
  @Field(() => CoordinationResolution, { nullable: true, description: "How it was resolved; null until RESOLVED." })
  resolution!: CoordinationResolution | null;

  @Column("simple-json", { name: "merged_commitment_ids", nullable: true })
  @Field(() => [ID], { nullable: true, description: "The commitments merged, when resolved MERGED." })
  mergedCommitmentIds!: string[] | null;

  @Column("text", { name: "division_of_work", nullable: true })
  @Field(() => String, { nullable: true, description: "The agreed division of work, when resolved KEPT_SEPARATE." })
  divisionOfWork!: string | null;

  @Column("varchar", { name: "opened_at", length: 30 })
  @Field({ description: "When the system opened the case (ISO 8601, UTC)." })
  openedAt!: string;

  @Column("varchar", { name: "resolved_at", length: 30, nullable: true })
  @Field(() => String, { nullable: true, description: "When the case was resolved; null while open." })
  resolvedAt!: string | null;
}

export const CASE_FIELDS = [
  "memberId",
  "area",
  "status",
  "facilitatorId",
  "leadInstitutionId",
  "resolution",
  "mergedCommitmentIds",
  "divisionOfWork",
  "resolvedAt",
] as const;

/** An institution involved in a case. */
@Entity("coordination_case_institution")
export class CoordinationCaseInstitution {
  @PrimaryColumn("varchar", { name: "case_id", length: 36 })
  caseId!: string;

  @PrimaryColumn("varchar", { name: "institution_id", length: 36 })
  institutionId!: string;

  @Column("varchar", { name: "joined_at", length: 30 })
  joinedAt!: string;
}

/** A dated note on a case; append-only. */
@Entity("coordination_case_note")
@ObjectType({ description: "A note of the support unit on a coordination case; notes are never edited or removed." })
export class CoordinationCaseNote {
  @PrimaryColumn("varchar", { length: 36 })
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Column("varchar", { name: "case_id", length: 36 })
  caseId!: string;

  @Column("varchar", { length: 30 })
  @Field({ description: "When it was written (ISO 8601, UTC)." })
  at!: string;

  @Column("varchar", { name: "author_id", length: 64 })
  @Field({ description: "The account that wrote it." })
  authorId!: string;

  @Column("text")
  @Field({ description: "The note." })
  text!: string;
}

/** A next step on a case, with a due date; marked done once. */
@Entity("coordination_case_step")
@ObjectType({ description: "A next step of a coordination case." })
export class CoordinationCaseStep {
  @PrimaryColumn("varchar", { length: 36 })
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Column("varchar", { name: "case_id", length: 36 })
  caseId!: string;

  @Column("text")
  @Field({ description: "What is to be done." })
  description!: string;

  @Column("varchar", { name: "due_on", length: 10 })
  @Field({ description: "Due date (YYYY-MM-DD)." })
  dueOn!: string;

  @Column("varchar", { name: "created_at", length: 30 })
  @Field({ description: "When it was added." })
  createdAt!: string;

  @Column("varchar", { name: "done_at", length: 30, nullable: true })
  @Field(() => String, { nullable: true, description: "When it was marked done; null while pending." })
  doneAt!: string | null;
}

/** One change of a case, in order: its history. */
@Entity("coordination_case_event")
@ObjectType({ description: "One change of a coordination case." })
export class CoordinationCaseEvent {
  @PrimaryColumn("varchar", { length: 36 })
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Column("varchar", { name: "case_id", length: 36 })
  caseId!: string;

  @Column("varchar", { length: 30 })
  @Field({ description: "When (ISO 8601, UTC)." })
  at!: string;

  @Column("varchar", { name: "actor_id", length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: "The account; null when the system acted on its own (opening, joining)." })
  actorId!: string | null;

  @Column("varchar", { length: 60 })
  @Field({ description: "The operation: the mutation's name, or OPENED / INSTITUTION_JOINED for the system's own changes." })
  kind!: string;

  @Column("simple-json")
  changes!: Record<string, unknown>;

  @Field({ description: "What changed, as JSON." })
  changesJson(): string {
    return JSON.stringify(this.changes);
  }
}
