import { ChallengeAreaCode, today, VersionedEntity } from "@ogc/kit";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { Pathway, ReviewCycleKind } from "../shared/enums.js";

@Entity("review_cycle")
@ObjectType({
  description:
    "A review of the Open Gov Challenge (mid-term, end of challenge): a window during which institutions self-report progress on standalone commitments, and its scope.",
})
export class ReviewCycle extends VersionedEntity {
  @Column("varchar", { length: 20 })
  @Field(() => ReviewCycleKind, { description: "Which review this is." })
  kind!: ReviewCycleKind;

  @Column("varchar", { name: "opens_on", length: 10 })
  @Field({ description: "First day reports are accepted (YYYY-MM-DD)." })
  opensOn!: string;

  @Column("varchar", { name: "closes_on", length: 10 })
  @Field({ description: "Last day reports are accepted (YYYY-MM-DD), included." })
  closesOn!: string;

  @Column("text")
  @Field({ description: "The scope the partnership agreed on, in words." })
  scope!: string;

  @Column("simple-json", { name: "scope_pathways" })
  @Field(() => [Pathway], { description: "Pathways in scope; empty means all. Self-reports are taken for standalone commitments only." })
  scopePathways!: Pathway[];

  @Column("simple-json", { name: "scope_areas" })
  @Field(() => [ChallengeAreaCode], { description: "Challenge areas in scope; empty means all." })
  scopeAreas!: ChallengeAreaCode[];

  @Field({ description: "True when reports are accepted today (UTC)." })
  isOpen(): boolean {
    const day = today();
    return this.opensOn <= day && day <= this.closesOn;
  }
}

export const REVIEW_CYCLE_FIELDS = ["kind", "opensOn", "closesOn", "scope", "scopePathways", "scopeAreas"] as const;
