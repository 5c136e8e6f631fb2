import { type MigrationInterface, type QueryRunner, Table, type TableColumnOptions } from "typeorm";

const record: TableColumnOptions[] = [
  { name: "id", type: "varchar", length: "36", isPrimary: true },
  { name: "version", type: "int" },
  { name: "created_at", type: "varchar", length: "30" },
  { name: "updated_at", type: "varchar", length: "30" },
];

/**
 * The recognition subgraph's tables. Written with TypeORM's portable schema API: one migration for SQLite and
 * PostgreSQL. Members, partners and commitments belong to other subgraphs: their ids are checked against their owners
 * when written, never by foreign key.
 */
export class RecognitionInitial1764115500000 implements MigrationInterface {
  name = "RecognitionInitial1764115500000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "story",
        columns: [
          ...record,
          { name: "title", type: "varchar", length: "200" },
          { name: "body", type: "text" },
          { name: "language", type: "varchar", length: "2" },
          { name: "areas", type: "text" },
          { name: "member_id", type: "varchar", length: "36", isNullable: true },
          { name: "author_kind", type: "varchar", length: "24" },
          { name: "submitted_by", type: "varchar", length: "64" },
          { name: "partner_id", type: "varchar", length: "36", isNullable: true },
          { name: "credit", type: "varchar", length: "200", isNullable: true },
          { name: "media_links", type: "text" },
          { name: "status", type: "varchar", length: "12" },
          { name: "rejection_reason", type: "varchar", length: "2000", isNullable: true },
          { name: "moderated_at", type: "varchar", length: "30", isNullable: true },
        ],
        indices: [
          { name: "idx_story_member", columnNames: ["member_id"] },
          { name: "idx_story_partner", columnNames: ["partner_id"] },
          { name: "idx_story_status", columnNames: ["status"] },
          { name: "idx_story_created_at", columnNames: ["created_at"] },
        ],
        checks: [{ name: "chk_story_status", expression: "status IN ('SUBMITTED', 'PUBLISHED', 'REJECTED')" }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "award_cycle",
        columns: [
          ...record,
          { name: "name", type: "varchar", length: "200" },
          { name: "opens_on", type: "varchar", length: "10" },
          { name: "closes_on", type: "varchar", length: "10" },
          { name: "status", type: "varchar", length: "8" },
          { name: "opened_by", type: "varchar", length: "64" },
          { name: "closed_by", type: "varchar", length: "64", isNullable: true },
          { name: "closed_at", type: "varchar", length: "30", isNullable: true },
        ],
        checks: [{ name: "chk_award_cycle_dates", expression: "closes_on > opens_on" }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "award_nomination",
        columns: [
          ...record,
          { name: "cycle_id", type: "varchar", length: "36" },
          { name: "member_id", type: "varchar", length: "36" },
          { name: "commitment_ids", type: "text" },
          { name: "partner_id", type: "varchar", length: "36", isNullable: true },
          { name: "submitted_by", type: "varchar", length: "64" },
          { name: "rationale", type: "text" },
          { name: "status", type: "varchar", length: "12" },
          { name: "rejection_reason", type: "varchar", length: "2000", isNullable: true },
          { name: "decided_at", type: "varchar", length: "30", isNullable: true },
        ],
        indices: [
          { name: "idx_award_nomination_cycle", columnNames: ["cycle_id"] },
          { name: "idx_award_nomination_member", columnNames: ["member_id"] },
          { name: "idx_award_nomination_partner", columnNames: ["partner_id"] },
          { name: "idx_award_nomination_status", columnNames: ["status"] },
        ],
        foreignKeys: [
          {
            name: "fk_award_nomination_cycle",
            columnNames: ["cycle_id"],
            referencedTableName: "award_cycle",
            referencedColumnNames: ["id"],
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("award_nomination");
    await queryRunner.dropTable("award_cycle");
    await queryRunner.dropTable("story");
  }
}
