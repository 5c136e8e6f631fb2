import type { QueryRunner } from "typeorm";

/**
 * Inserts plain rows keyed by column name, for data migrations. Unlike the query builder it does not map through
 * today's entity classes, so a migration keeps inserting what it inserted when it was written, on SQLite and PostgreSQL.
 */
export async function insertRows(queryRunner: QueryRunner, table: string, rows: Record<string, unknown>[], chunkSize = 200): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const driver = queryRunner.connection.driver;
  const columns = Object.keys(first);
  const tablePath = driver.escape(table);
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const parameters: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = columns.map((column) => {
        parameters.push(row[column]);
        return driver.createParameter(`p${parameters.length}`, parameters.length - 1);
      });
      return `(${placeholders.join(", ")})`;
    });
    const columnList = columns.map((column) => driver.escape(column)).join(", ");
    await queryRunner.query(`INSERT INTO ${tablePath} (${columnList}) VALUES ${tuples.join(", ")}`, parameters);
  }
}
