import type { MigrationInterface, QueryRunner } from "typeorm";

/** The IRM rating columns of OGP's commitment database that were not kept yet: every one NOT_REVIEWED on existing ratings. */
const NEW_COLUMNS = [
  "specificity",
  "potential_impact",
  "relevance_access_to_information",
  "relevance_civic_participation",
  "relevance_public_accountability",
  "relevance_technology",
  "midterm_completion",
  "starred_midterm",
  "starred_end_of_term",
  "early_results_access_to_information",
  "early_results_civic_participation",
  "early_results_public_accountability",
  "results_level",
  "clustered",
  "carried_forward",
];

/**
 * Every rating column of the IRM file (ND and NR kept as values). Plain `ALTER TABLE ... ADD COLUMN` works on both
 * databases (TypeORM's `addColumn` would rebuild the table on SQLite); only PostgreSQL enforces varchar lengths, so
 * widening `early_results` for NO_EARLY_RESULTS_YET is PostgreSQL's alone.
 */
export class IrmImport1764115800000 implements MigrationInterface {
  name = "IrmImport1764115800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const column of NEW_COLUMNS) {
      await queryRunner.query(`ALTER TABLE irm_rating ADD COLUMN ${column} varchar(24) NOT NULL DEFAULT 'NOT_REVIEWED'`);
    }
    if (queryRunner.connection.options.type === "postgres") {
      await queryRunner.query("ALTER TABLE irm_rating ALTER COLUMN early_results TYPE varchar(24)");
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === "postgres") {
      await queryRunner.query("UPDATE irm_rating SET early_results = 'NOT_REVIEWED' WHERE length(early_results) > 16");
      await queryRunner.query("ALTER TABLE irm_rating ALTER COLUMN early_results TYPE varchar(16)");
      for (const column of NEW_COLUMNS) await queryRunner.query(`ALTER TABLE irm_rating DROP COLUMN ${column}`);
    } else {
      // SQLite drops a column since 3.35 (better-sqlite3 12 bundles a later one).
      for (const column of NEW_COLUMNS) await queryRunner.query(`ALTER TABLE irm_rating DROP COLUMN ${column}`);
    }
  }
}
