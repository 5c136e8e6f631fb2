import { type MigrationInterface, type QueryRunner, Table, type TableColumnOptions, TableIndex } from "typeorm";

const record: TableColumnOptions[] = [
  { name: "id", type: "varchar", length: "36", isPrimary: true },
  { name: "version", type: "int" },
  { name: "created_at", type: "varchar", length: "30" },
  { name: "updated_at", type: "varchar", length: "30" },
];

const caseFk = { columnNames: ["case_id"], referencedTableName: "coordination_case", referencedColumnNames: ["id"] };

/**
 * Participation intents and coordination cases. "One open case per member and area" is a plain unique index on
 * (member_id, area_code, open_slot) with open_slot 1 while open and NULL once resolved: NULLs never collide, on SQLite
 * and PostgreSQL alike, so resolved cases do not block a new one.
 */
export class Coordination1764115600000 implements MigrationInterface {
  name = "Coordination1764115600000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "participation_intent",
        columns: [
          ...record,
          { name: "member_id", type: "varchar", length: "36" },
          { name: "institution_id", type: "varchar", length: "36" },
          { name: "area_code", type: "varchar", length: "40" },
          { name: "note", type: "text", isNullable: true },
          { name: "status", type: "varchar", length: "12" },
          { name: "active_slot", type: "int", isNullable: true },
        ],
        indices: [
          { name: "UQ_participation_intent_active", columnNames: ["institution_id", "area_code", "active_slot"], isUnique: true },
          { name: "IDX_participation_intent_member_area", columnNames: ["member_id", "area_code"] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "coordination_case",
        columns: [
          ...record,
          { name: "member_id", type: "varchar", length: "36" },
          { name: "area_code", type: "varchar", length: "40" },
          { name: "open_slot", type: "int", isNullable: true },
          { name: "status", type: "varchar", length: "12" },
          { name: "facilitator_id", type: "varchar", length: "64", isNullable: true },
          { name: "lead_institution_id", type: "varchar", length: "36", isNullable: true },
          { name: "resolution", type: "varchar", length: "16", isNullable: true },
          { name: "merged_commitment_ids", type: "text", isNullable: true },
          { name: "division_of_work", type: "text", isNullable: true },
          { name: "opened_at", type: "varchar", length: "30" },
          { name: "resolved_at", type: "varchar", length: "30", isNullable: true },
        ],
        indices: [
          { name: "UQ_coordination_case_open", columnNames: ["member_id", "area_code", "open_slot"], isUnique: true },
          { name: "IDX_coordination_case_opened_at", columnNames: ["opened_at", "id"] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "coordination_case_institution",
        columns: [
          { name: "case_id", type: "varchar", length: "36", isPrimary: true },
          { name: "institution_id", type: "varchar", length: "36", isPrimary: true },
          { name: "joined_at", type: "varchar", length: "30" },
        ],
        foreignKeys: [{ name: "FK_case_institution_case", ...caseFk }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "coordination_case_note",
        columns: [
          { name: "id", type: "varchar", length: "36", isPrimary: true },
          { name: "case_id", type: "varchar", length: "36" },
          { name: "at", type: "varchar", length: "30" },
          { name: "author_id", type: "varchar", length: "64" },
          { name: "text", type: "text" },
        ],
        foreignKeys: [{ name: "FK_case_note_case", ...caseFk }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "coordination_case_step",
        columns: [
          { name: "id", type: "varchar", length: "36", isPrimary: true },
          { name: "case_id", type: "varchar", length: "36" },
          { name: "description", type: "text" },
          { name: "due_on", type: "varchar", length: "10" },
          { name: "created_at", type: "varchar", length: "30" },
          { name: "done_at", type: "varchar", length: "30", isNullable: true },
        ],
        foreignKeys: [{ name: "FK_case_step_case", ...caseFk }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "coordination_case_event",
        columns: [
          { name: "id", type: "varchar", length: "36", isPrimary: true },
          { name: "case_id", type: "varchar", length: "36" },
          { name: "at", type: "varchar", length: "30" },
          { name: "actor_id", type: "varchar", length: "64", isNullable: true },
          { name: "kind", type: "varchar", length: "60" },
          { name: "changes", type: "text" },
        ],
        foreignKeys: [{ name: "FK_case_event_case", ...caseFk }],
      }),
    );
    for (const table of ["coordination_case_note", "coordination_case_step", "coordination_case_event"]) {
      await queryRunner.createIndex(table, new TableIndex({ name: `IDX_${table}_case`, columnNames: ["case_id"] }));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      "coordination_case_event",
      "coordination_case_step",
      "coordination_case_note",
      "coordination_case_institution",
      "coordination_case",
      "participation_intent",
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
