import { type MigrationInterface, type QueryRunner, Table, type TableColumnOptions } from "typeorm";

const record: TableColumnOptions[] = [
  { name: "id", type: "varchar", length: "36", isPrimary: true },
  { name: "version", type: "int" },
  { name: "created_at", type: "varchar", length: "30" },
  { name: "updated_at", type: "varchar", length: "30" },
];

const commitmentFk = (name: string) => ({
  name,
  columnNames: ["commitment_id"],
  referencedTableName: "commitment",
  referencedColumnNames: ["id"],
});

/** The challenge subgraph's tables. Written with TypeORM's portable schema API: one migration for SQLite and PostgreSQL. */
export class ChallengeInitial1764115400000 implements MigrationInterface {
  name = "ChallengeInitial1764115400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "commitment",
        columns: [
          ...record,
          { name: "ogp_id", type: "varchar", length: "32", isNullable: true },
          { name: "title", type: "varchar", length: "300" },
          { name: "summary", type: "text" },
          { name: "problem", type: "text", isNullable: true },
          { name: "reform", type: "text", isNullable: true },
          { name: "expected_results", type: "text", isNullable: true },
          { name: "pathway", type: "varchar", length: "16" },
          { name: "action_plan_id", type: "varchar", length: "36", isNullable: true },
          { name: "member_id", type: "varchar", length: "36" },
          { name: "lead_institution_id", type: "varchar", length: "36", isNullable: true },
          { name: "supporting_institution_ids", type: "text" },
          { name: "proposed_area", type: "varchar", length: "40", isNullable: true },
          { name: "assigned_area", type: "varchar", length: "40", isNullable: true },
          { name: "og_values", type: "text" },
          { name: "language", type: "varchar", length: "2" },
          { name: "start_date", type: "varchar", length: "10", isNullable: true },
          { name: "end_date", type: "varchar", length: "10", isNullable: true },
          { name: "status", type: "varchar", length: "16" },
          { name: "published_at", type: "varchar", length: "30", isNullable: true },
        ],
        indices: [
          // Unique where set: both databases allow many NULLs under a unique index.
          { name: "uq_commitment_ogp_id", columnNames: ["ogp_id"], isUnique: true },
          { name: "idx_commitment_member", columnNames: ["member_id", "created_at"] },
          { name: "idx_commitment_created_at", columnNames: ["created_at"] },
          { name: "idx_commitment_status", columnNames: ["status"] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "commitment_institution",
        columns: [
          { name: "commitment_id", type: "varchar", length: "36", isPrimary: true },
          { name: "institution_id", type: "varchar", length: "36", isPrimary: true },
          { name: "role", type: "varchar", length: "12" },
        ],
        indices: [{ name: "idx_commitment_institution_institution", columnNames: ["institution_id"] }],
        foreignKeys: [commitmentFk("fk_commitment_institution_commitment")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "idempotency_key",
        columns: [
          { name: "account_id", type: "varchar", length: "64", isPrimary: true },
          { name: "key", type: "varchar", length: "100", isPrimary: true },
          { name: "operation", type: "varchar", length: "60" },
          { name: "result_id", type: "varchar", length: "36" },
          { name: "created_at", type: "varchar", length: "30" },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "milestone",
        columns: [
          ...record,
          { name: "commitment_id", type: "varchar", length: "36" },
          { name: "position", type: "int" },
          { name: "title", type: "varchar", length: "300" },
          { name: "expected_output", type: "text", isNullable: true },
          { name: "due_date", type: "varchar", length: "10", isNullable: true },
          { name: "status", type: "varchar", length: "16" },
        ],
        indices: [{ name: "uq_milestone_commitment_position", columnNames: ["commitment_id", "position"], isUnique: true }],
        foreignKeys: [commitmentFk("fk_milestone_commitment")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "eligibility_decision",
        columns: [
          { name: "commitment_id", type: "varchar", length: "36", isPrimary: true },
          { name: "criterion", type: "varchar", length: "32", isPrimary: true },
          { name: "outcome", type: "varchar", length: "8" },
          { name: "reason", type: "text" },
          { name: "decided_by", type: "varchar", length: "64" },
          { name: "decided_by_role", type: "varchar", length: "32" },
          { name: "decided_at", type: "varchar", length: "30" },
        ],
        foreignKeys: [commitmentFk("fk_eligibility_decision_commitment")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "commitment_event",
        columns: [
          { name: "seq", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "commitment_id", type: "varchar", length: "36" },
          { name: "at", type: "varchar", length: "30" },
          { name: "actor_id", type: "varchar", length: "64", isNullable: true },
          { name: "actor_role", type: "varchar", length: "32", isNullable: true },
          { name: "kind", type: "varchar", length: "24" },
          { name: "changes", type: "text" },
          { name: "note", type: "text", isNullable: true },
        ],
        indices: [{ name: "idx_commitment_event_commitment", columnNames: ["commitment_id", "seq"] }],
        foreignKeys: [commitmentFk("fk_commitment_event_commitment")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "review_cycle",
        columns: [
          ...record,
          { name: "kind", type: "varchar", length: "20" },
          { name: "opens_on", type: "varchar", length: "10" },
          { name: "closes_on", type: "varchar", length: "10" },
          { name: "scope", type: "text" },
          { name: "scope_pathways", type: "text" },
          { name: "scope_areas", type: "text" },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "progress_report",
        columns: [
          { name: "id", type: "varchar", length: "36", isPrimary: true },
          { name: "commitment_id", type: "varchar", length: "36" },
          { name: "review_cycle_id", type: "varchar", length: "36" },
          { name: "reported_at", type: "varchar", length: "30" },
          { name: "reported_by", type: "varchar", length: "64" },
          { name: "reported_by_role", type: "varchar", length: "32" },
          { name: "completion", type: "varchar", length: "16" },
          { name: "narrative", type: "text" },
          { name: "evidence_links", type: "text" },
          { name: "milestone_statuses", type: "text" },
        ],
        indices: [{ name: "idx_progress_report_commitment", columnNames: ["commitment_id", "reported_at"] }],
        foreignKeys: [
          commitmentFk("fk_progress_report_commitment"),
          {
            name: "fk_progress_report_cycle",
            columnNames: ["review_cycle_id"],
            referencedTableName: "review_cycle",
            referencedColumnNames: ["id"],
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "irm_rating",
        columns: [
          ...record,
          { name: "commitment_id", type: "varchar", length: "36" },
          { name: "verifiable", type: "varchar", length: "16" },
          { name: "open_government_lens", type: "varchar", length: "16" },
          { name: "potential_for_results", type: "varchar", length: "16" },
          { name: "completion", type: "varchar", length: "16" },
          { name: "early_results", type: "varchar", length: "16" },
        ],
        indices: [{ name: "uq_irm_rating_commitment", columnNames: ["commitment_id"], isUnique: true }],
        foreignKeys: [commitmentFk("fk_irm_rating_commitment")],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      "irm_rating",
      "progress_report",
      "review_cycle",
      "commitment_event",
      "eligibility_decision",
      "milestone",
      "idempotency_key",
      "commitment_institution",
      "commitment",
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
