import { ChallengeAreaCode, Locale, OpenGovernmentValue, VersionedEntity } from "@ogc/kit";
import { Directive, Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { Pathway } from "../shared/enums.js";
import { CommitmentStatus } from "./commitment-status.js";

/** The end of the 2023-2028 strategy: a planned end date after it is allowed but flagged (DOMAIN.md, rule 8). */
export const CHALLENGE_ENDS_ON = "2028-03-31";

/** Titles typed into the forms stay short; OGP's own short titles reach ~600 characters, so imports take up to the column's size. */
export const TITLE_MAX = 300;
export const IMPORTED_TITLE_MAX = 1000;

@Entity("commitment")
@ObjectType({
  description:
    "A challenge commitment of a member, owned by one of its public institutions: made inside an action plan or standalone. Published from submission on; drafts are visible only to their institution and the support unit.",
})
@Directive('@key(fields: "id")')
export class Commitment extends VersionedEntity {
  @Column("varchar", { name: "ogp_id", length: 32, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "OGP's commitment id exactly as OGP writes it (e.g. `AL0002`); null until OGP gives one.",
  })
  ogpId!: string | null;

  @Column("varchar", { length: IMPORTED_TITLE_MAX })
  @Field({ description: "Short title: at most 300 characters when typed in, up to 1000 when imported from OGP's data." })
  title!: string;

  @Column("text")
  @Field({ description: "One-paragraph summary." })
  summary!: string;

  @Column("text", { nullable: true })
  @Field(() => String, { nullable: true, description: "The problem the commitment addresses." })
  problem!: string | null;

  @Column("text", { nullable: true })
  @Field(() => String, { nullable: true, description: "What the reform is: the commitment's description." })
  reform!: string | null;

  @Column("text", { name: "expected_results", nullable: true })
  @Field(() => String, { nullable: true, description: "The results the reform is expected to bring." })
  expectedResults!: string | null;

  @Column("varchar", { length: 16 })
  @Field(() => Pathway, { description: "Inside an action plan, or standalone." })
  pathway!: Pathway;

  @Column("varchar", { name: "action_plan_id", length: 36, nullable: true })
  actionPlanId!: string | null;

  @Column("varchar", { name: "member_id", length: 36 })
  memberId!: string;

  @Column("varchar", { name: "lead_institution_id", length: 36, nullable: true })
  leadInstitutionId!: string | null;

  @Column("simple-json", { name: "supporting_institution_ids" })
  supportingInstitutionIds!: string[];

  @Column("varchar", { name: "proposed_area", length: 40, nullable: true })
  @Field(() => ChallengeAreaCode, { nullable: true, description: "The area the submitter proposes; the support unit decides." })
  proposedAreaCode!: ChallengeAreaCode | null;

  @Column("varchar", { name: "assigned_area", length: 40, nullable: true })
  @Field(() => ChallengeAreaCode, { nullable: true, description: "The area the support unit assigned; null until it does." })
  assignedAreaCode!: ChallengeAreaCode | null;

  @Column("simple-json", { name: "og_values" })
  @Field(() => [OpenGovernmentValue], { description: "The open-government values the commitment serves; at least one." })
  values!: OpenGovernmentValue[];

  @Column("varchar", { length: 2 })
  @Field(() => Locale, { description: "The language the commitment was submitted in." })
  language!: Locale;

  @Column("varchar", { name: "start_date", length: 10, nullable: true })
  @Field(() => String, { nullable: true, description: "Planned start (YYYY-MM-DD); null for imported commitments without one." })
  startDate!: string | null;

  @Column("varchar", { name: "end_date", length: 10, nullable: true })
  @Field(() => String, { nullable: true, description: "Planned end (YYYY-MM-DD); null for imported commitments without one." })
  endDate!: string | null;

  @Column("varchar", { length: 16 })
  @Field(() => CommitmentStatus, { description: "Where the commitment is in its life." })
  status!: CommitmentStatus;

  @Column("varchar", { name: "published_at", length: 30, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "When the commitment was first submitted (or imported) and so became public (ISO 8601, UTC); null for drafts.",
  })
  publishedAt!: string | null;

  @Column("varchar", { name: "source_url", length: 1000, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "The commitment's official page (http or https), as OGP's data gives it; null when unknown.",
  })
  sourceUrl!: string | null;

  /**
   * The areas its IRM policy tags suggest, sorted: rows of `commitment_suggested_area`, loaded here only by the batch upsert
   * (to compare and audit them); the GraphQL field reads them through a DataLoader.
   */
  suggestedAreas?: ChallengeAreaCode[];

  @Field({ description: "True when the planned end date is after 31 March 2028, the end of the Open Gov Challenge: allowed, but flagged." })
  endsAfterChallenge(): boolean {
    return this.endDate !== null && this.endDate > CHALLENGE_ENDS_ON;
  }
}

/** Fields compared for changes, written to the audit log and the commitment's history. */
export const COMMITMENT_FIELDS = [
  "ogpId",
  "title",
  "summary",
  "problem",
  "reform",
  "expectedResults",
  "pathway",
  "actionPlanId",
  "memberId",
  "leadInstitutionId",
  "supportingInstitutionIds",
  "proposedAreaCode",
  "assignedAreaCode",
  "values",
  "language",
  "startDate",
  "endDate",
  "status",
  "publishedAt",
  "sourceUrl",
] as const;

/** The fields an import compares and audits: the columns, plus the suggested areas (kept in their own table). */
export const IMPORTED_COMMITMENT_FIELDS = [...COMMITMENT_FIELDS, "suggestedAreas"] as const;

/** One area an imported commitment's IRM policy tags suggest: its own table, so dashboards can count them in SQL. */
@Entity("commitment_suggested_area")
export class CommitmentSuggestedArea {
  @PrimaryColumn("varchar", { name: "commitment_id", length: 36 })
  commitmentId!: string;

  @PrimaryColumn("varchar", { length: 40 })
  area!: ChallengeAreaCode;
}

/** One row per institution a commitment involves (lead or supporting): the index behind `Institution.commitments`. */
@Entity("commitment_institution")
export class CommitmentInstitution {
  @PrimaryColumn("varchar", { name: "commitment_id", length: 36 })
  commitmentId!: string;

  @PrimaryColumn("varchar", { name: "institution_id", length: 36 })
  institutionId!: string;

  @Column("varchar", { length: 12 })
  role!: "LEAD" | "SUPPORTING";
}

/** A create mutation's idempotency key, per account: a retry with the same key returns the first result. */
@Entity("idempotency_key")
export class IdempotencyKey {
  @PrimaryColumn("varchar", { name: "account_id", length: 64 })
  accountId!: string;

  @PrimaryColumn("varchar", { length: 100 })
  key!: string;

  @Column("varchar", { length: 60 })
  operation!: string;

  @Column("varchar", { name: "result_id", length: 36 })
  resultId!: string;

  @Column("varchar", { name: "created_at", length: 30 })
  createdAt!: string;
}
