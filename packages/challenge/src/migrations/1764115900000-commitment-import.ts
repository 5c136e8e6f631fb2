import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

/**
 * What the IRM importer brings to commitments: the official page (`source_url`), the areas the IRM policy tags suggest
 * (their own table, so they can be counted in SQL), and titles up to 1000 characters. SQLite does not enforce varchar
 * lengths, so only PostgreSQL's title column is widened (rebuilding SQLite's `commitment`, which other tables
 * reference, would be the riskier change for nothing).
 */
export class CommitmentImport1764115900000 implements MigrationInterface {
  name = "CommitmentImport1764115900000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE commitment ADD COLUMN source_url varchar(1000) NULL");
    if (queryRunner.connection.options.type === "postgres") {
      await queryRunner.query("ALTER TABLE commitment ALTER COLUMN title TYPE varchar(1000)");
    }
    await queryRunner.createTable(
      new Table({
        name: "commitment_suggested_area",
        columns: [
          { name: "commitment_id", type: "varchar", length: "36", isPrimary: true },
          { name: "area", type: "varchar", length: "40", isPrimary: true },
        ],
        foreignKeys: [
          {
            name: "fk_commitment_suggested_area_commitment",
            columnNames: ["commitment_id"],
            referencedTableName: "commitment",
            referencedColumnNames: ["id"],
          },
        ],
        indices: [{ name: "idx_commitment_suggested_area_area", columnNames: ["area", "commitment_id"] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("commitment_suggested_area");
    if (queryRunner.connection.options.type === "postgres") {
      await queryRunner.query("UPDATE commitment SET title = left(title, 300) WHERE length(title) > 300");
      await queryRunner.query("ALTER TABLE commitment ALTER COLUMN title TYPE varchar(300)");
    }
    await queryRunner.query("ALTER TABLE commitment DROP COLUMN source_url");
  }
}
