import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The commitment list is sorted newest first with the id breaking ties (`ORDER BY created_at DESC, id DESC`), and a
 * batch import gives thousands of commitments the same `created_at`: on `(created_at)` alone both databases sorted the
 * whole tie group for every page. `(created_at, id)` gives pages (and `after` cursors) in index order; it replaces the
 * index on `created_at`, whose every use it serves. Plain SQL: the same on both databases.
 */
export class CommitmentListIndex1764116000000 implements MigrationInterface {
  name = "CommitmentListIndex1764116000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX idx_commitment_created_id ON commitment (created_at, id)");
    await queryRunner.query("DROP INDEX idx_commitment_created_at");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX idx_commitment_created_at ON commitment (created_at)");
    await queryRunner.query("DROP INDEX idx_commitment_created_id");
  }
}
