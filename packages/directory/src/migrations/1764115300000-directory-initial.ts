import { type MigrationInterface, type QueryRunner, Table, type TableColumnOptions } from "typeorm";

const record: TableColumnOptions[] = [
  { name: "id", type: "varchar", length: "36", isPrimary: true },
  { name: "version", type: "int" },
  { name: "created_at", type: "varchar", length: "30" },
  { name: "updated_at", type: "varchar", length: "30" },
];

const memberFk = { columnNames: ["member_id"], referencedTableName: "member", referencedColumnNames: ["id"] };

/** The directory's tables. Written with TypeORM's portable schema API: one migration for SQLite and PostgreSQL. */
export class DirectoryInitial1764115300000 implements MigrationInterface {
  name = "DirectoryInitial1764115300000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "member",
        columns: [
          ...record,
          { name: "ogp_code", type: "varchar", length: "16" },
          { name: "name", type: "varchar", length: "200" },
          { name: "type", type: "varchar", length: "16" },
          { name: "country", type: "varchar", length: "3", isNullable: true },
          { name: "region", type: "varchar", length: "32" },
          { name: "year_joined", type: "int", isNullable: true },
          { name: "status", type: "varchar", length: "20" },
          { name: "archived", type: "boolean" },
        ],
        indices: [
          { name: "uq_member_ogp_code", columnNames: ["ogp_code"], isUnique: true },
          { name: "idx_member_name", columnNames: ["name"] },
          { name: "idx_member_created_at", columnNames: ["created_at"] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "institution",
        columns: [
          ...record,
          { name: "member_id", type: "varchar", length: "36" },
          { name: "name", type: "varchar", length: "300" },
          { name: "name_en", type: "varchar", length: "300", isNullable: true },
          { name: "name_es", type: "varchar", length: "300", isNullable: true },
          { name: "name_fr", type: "varchar", length: "300", isNullable: true },
          { name: "branch", type: "varchar", length: "16" },
          { name: "level", type: "varchar", length: "16" },
          { name: "archived", type: "boolean" },
        ],
        indices: [
          // One member never has two institutions of the same name; also serves "institutions of these members".
          { name: "uq_institution_member_name", columnNames: ["member_id", "name"], isUnique: true },
          { name: "idx_institution_name", columnNames: ["name"] },
        ],
        foreignKeys: [{ name: "fk_institution_member", ...memberFk }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "partner",
        columns: [
          ...record,
          { name: "name", type: "varchar", length: "300" },
          { name: "kind", type: "varchar", length: "20" },
          { name: "country", type: "varchar", length: "3", isNullable: true },
          { name: "website", type: "varchar", length: "500", isNullable: true },
          { name: "archived", type: "boolean" },
        ],
        indices: [{ name: "idx_partner_name", columnNames: ["name"] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "action_plan",
        columns: [
          ...record,
          { name: "ogp_id", type: "varchar", length: "32" },
          { name: "member_id", type: "varchar", length: "36" },
          { name: "number", type: "int" },
          { name: "start_date", type: "varchar", length: "10" },
          { name: "end_date", type: "varchar", length: "10" },
          { name: "length_years", type: "int" },
          { name: "midway_refresh_on", type: "varchar", length: "10", isNullable: true },
          { name: "status", type: "varchar", length: "24" },
          { name: "amendment_opens_on", type: "varchar", length: "10", isNullable: true },
          { name: "amendment_closes_on", type: "varchar", length: "10", isNullable: true },
          { name: "archived", type: "boolean" },
        ],
        indices: [
          { name: "uq_action_plan_ogp_id", columnNames: ["ogp_id"], isUnique: true },
          { name: "idx_action_plan_member", columnNames: ["member_id"] },
        ],
        checks: [{ name: "chk_action_plan_dates", expression: "end_date > start_date" }],
        foreignKeys: [{ name: "fk_action_plan_member", ...memberFk }],
      }),
    );
    // Personal data lives in its own table, apart from the public records it belongs to.
    await queryRunner.createTable(
      new Table({
        name: "contact_person",
        columns: [
          ...record,
          { name: "institution_id", type: "varchar", length: "36", isNullable: true },
          { name: "partner_id", type: "varchar", length: "36", isNullable: true },
          { name: "name", type: "varchar", length: "200", isNullable: true },
          { name: "email", type: "varchar", length: "254", isNullable: true },
          { name: "phone", type: "varchar", length: "40", isNullable: true },
          { name: "erased_at", type: "varchar", length: "30", isNullable: true },
        ],
        indices: [
          { name: "idx_contact_person_institution", columnNames: ["institution_id"] },
          { name: "idx_contact_person_partner", columnNames: ["partner_id"] },
        ],
        checks: [{ name: "chk_contact_person_one_owner", expression: "(institution_id IS NULL) <> (partner_id IS NULL)" }],
        foreignKeys: [
          {
            name: "fk_contact_person_institution",
            columnNames: ["institution_id"],
            referencedTableName: "institution",
            referencedColumnNames: ["id"],
          },
          { name: "fk_contact_person_partner", columnNames: ["partner_id"], referencedTableName: "partner", referencedColumnNames: ["id"] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("contact_person");
    await queryRunner.dropTable("action_plan");
    await queryRunner.dropTable("partner");
    await queryRunner.dropTable("institution");
    await queryRunner.dropTable("member");
  }
}
