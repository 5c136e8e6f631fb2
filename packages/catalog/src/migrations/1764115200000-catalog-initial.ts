import { insertRows } from "@ogc/kit";
import { type MigrationInterface, type QueryRunner, Table, TableForeignKey } from "typeorm";
import { areas, criteria, values } from "./reference-data-2026-11.js";

/** The catalog's tables and its reference data, in all three languages. Written with TypeORM's portable schema API. */
export class CatalogInitial1764115200000 implements MigrationInterface {
  name = "CatalogInitial1764115200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const term = (tableName: string) =>
      new Table({
        name: tableName,
        columns: [
          { name: "code", type: "varchar", length: "40", isPrimary: true },
          { name: "position", type: "int" },
          { name: "name", type: "text" },
          { name: "description", type: "text" },
        ],
      });
    await queryRunner.createTable(term("challenge_area"));
    await queryRunner.createTable(term("open_government_value"));
    await queryRunner.createTable(term("eligibility_criterion"));
    await queryRunner.createTable(
      new Table({
        name: "irm_policy_tag",
        columns: [
          { name: "tag", type: "varchar", length: "100", isPrimary: true },
          { name: "area_code", type: "varchar", length: "40" },
        ],
        indices: [{ name: "idx_irm_policy_tag_area", columnNames: ["area_code"] }],
      }),
    );
    await queryRunner.createForeignKey(
      "irm_policy_tag",
      new TableForeignKey({ columnNames: ["area_code"], referencedTableName: "challenge_area", referencedColumnNames: ["code"] }),
    );

    const rows = (list: { code: string; name: object; description: object }[]) =>
      list.map((entry, index) => ({
        code: entry.code,
        position: index + 1,
        name: JSON.stringify(entry.name),
        description: JSON.stringify(entry.description),
      }));
    await insertRows(queryRunner, "challenge_area", rows(areas));
    await insertRows(queryRunner, "open_government_value", rows(values));
    await insertRows(queryRunner, "eligibility_criterion", rows(criteria));
    await insertRows(
      queryRunner,
      "irm_policy_tag",
      areas.flatMap((area) => area.tags.map((tag) => ({ tag, area_code: area.code }))),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("irm_policy_tag");
    await queryRunner.dropTable("eligibility_criterion");
    await queryRunner.dropTable("open_government_value");
    await queryRunner.dropTable("challenge_area");
  }
}
