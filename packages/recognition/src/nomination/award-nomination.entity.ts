import { VersionedEntity } from "@ogc/kit";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";

/** Where a nomination stands. */
export enum NominationStatus {
  SUBMITTED = "SUBMITTED",
  ACCEPTED = "ACCEPTED",
  REJECTED = "REJECTED",
}
registerEnumType(NominationStatus, {
  name: "NominationStatus",
  description:
    "Where a nomination stands: the support unit checks that the reform was adopted and implemented by the nominated government before it stands.",
  valuesConfig: {
    SUBMITTED: { description: "Waiting for the support unit; visible to its nominator and the support unit only." },
    ACCEPTED: { description: "The support unit confirmed it: the nomination stands, and is public." },
    REJECTED: { description: "The support unit did not accept it, with a reason; visible to its nominator and the support unit only." },
  },
});

@Entity("award_nomination")
@ObjectType({
  description:
    "A partner's (or the support unit's) nomination of an OGP member for recognition in an award cycle, for reforms it adopted and implemented: its challenge commitments IN_PROGRESS or COMPLETED (DOMAIN.md rule 10).",
})
export class AwardNomination extends VersionedEntity {
  @Index("idx_award_nomination_cycle")
  @Column("varchar", { name: "cycle_id", length: 36 })
  cycleId!: string;

  @Index("idx_award_nomination_member")
  @Column("varchar", { name: "member_id", length: 36 })
  memberId!: string;

  /** Stored as a JSON array of ids; `Commitment.acceptedNominations` finds them with LIKE on the quoted id. */
  @Column("simple-json", { name: "commitment_ids" })
  commitmentIds!: string[];

  @Index("idx_award_nomination_partner")
  @Column("varchar", { name: "partner_id", length: 36, nullable: true })
  partnerId!: string | null;

  @Column("varchar", { name: "submitted_by", length: 64 })
  submittedBy!: string;

  @Column("text")
  @Field({ description: "Why the government deserves recognition, plain text." })
  rationale!: string;

  @Index("idx_award_nomination_status")
  @Column("varchar", { length: 12 })
  @Field(() => NominationStatus, { description: "Where the nomination stands." })
  status!: NominationStatus;

  @Column("varchar", { name: "rejection_reason", length: 2000, nullable: true })
  @Field(() => String, { nullable: true, description: "Why the support unit did not accept it; null unless REJECTED." })
  rejectionReason!: string | null;

  @Column("varchar", { name: "decided_at", length: 30, nullable: true })
  @Field(() => String, { nullable: true, description: "When the support unit accepted or rejected it (ISO 8601, UTC)." })
  decidedAt!: string | null;
}

export const NOMINATION_FIELDS = [
  "cycleId",
  "memberId",
  "commitmentIds",
  "partnerId",
  "submittedBy",
  "rationale",
  "status",
  "rejectionReason",
  "decidedAt",
] as const;
