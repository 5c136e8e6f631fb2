import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

/** Co-creation links (DOMAIN.md rule 5): one live (REQUESTED or ACTIVE) link per commitment, partner and role. */
export class CoCreation1764115700000 implements MigrationInterface {
  name = "CoCreation1764115700000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "co_creation_link",
        columns: [
          { name: "id", type: "varchar", length: "36", isPrimary: true },
          { name: "version", type: "int" },
          { name: "created_at", type: "varchar", length: "30" },
          { name: "updated_at", type: "varchar", length: "30" },
          { name: "commitment_id", type: "varchar", length: "36" },
          { name: "partner_id", type: "varchar", length: "36" },
          { name: "role", type: "varchar", length: "16" },
          { name: "status", type: "varchar", length: "12" },
          { name: "live_slot", type: "int", isNullable: true },
          { name: "note", type: "text", isNullable: true },
          { name: "reason", type: "text", isNullable: true },
        ],
        foreignKeys: [{ columnNames: ["commitment_id"], referencedTableName: "commitment", referencedColumnNames: ["id"] }],
        indices: [
          { name: "UQ_co_creation_live", columnNames: ["commitment_id", "partner_id", "role", "live_slot"], isUnique: true },
          { name: "IDX_co_creation_partner", columnNames: ["partner_id"] },
          { name: "IDX_co_creation_commitment_status", columnNames: ["commitment_id", "status"] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "co_creation_event",
        columns: [
          { name: "id", type: "varchar", length: "36", isPrimary: true },
          { name: "link_id", type: "varchar", length: "36" },
          { name: "at", type: "varchar", length: "30" },
          { name: "actor_id", type: "varchar", length: "64", isNullable: true },
          { name: "kind", type: "varchar", length: "60" },
          { name: "status", type: "varchar", length: "12" },
        ],
        foreignKeys: [{ columnNames: ["link_id"], referencedTableName: "co_creation_link", referencedColumnNames: ["id"] }],
        indices: [{ name: "IDX_co_creation_event_link", columnNames: ["link_id"] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("co_creation_event");
    await queryRunner.dropTable("co_creation_link");
  }
}
