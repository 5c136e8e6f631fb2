import { randomUUID } from "node:crypto";
import { GraphQLJSONObject } from "graphql-scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, type EntityManager, Index, type MigrationInterface, PrimaryColumn, type QueryRunner, Table } from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity.js";
import { Role, type Viewer } from "./auth.js";
import { ConnectionType } from "./pagination.js";

/** One field's change, `from` and `to` as they were stored; personal data appears as "[redacted]". */
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/**
 * One entry of a subgraph's append-only audit log, written in the same transaction as the change it records.
 * Every subgraph has its own log of its own writes; the type is shared, hence `@shareable`.
 */
@Entity("audit_log")
@ObjectType({ description: "Who changed what, when: one entry of a subgraph's append-only audit log." })
@Directive("@shareable")
export class AuditEntry {
  @PrimaryColumn("varchar", { length: 36 })
  @Field(() => ID)
  id!: string;

  @Index("idx_audit_log_at")
  @Column({ type: "varchar", length: 30 })
  @Field({ description: "When the change was committed (ISO 8601, UTC)." })
  at!: string;

  @Column("varchar", { name: "actor_id", length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: "Account that made the change; null for the system itself." })
  actorId!: string | null;

  @Column("varchar", { name: "actor_role", length: 32, nullable: true })
  @Field(() => Role, { nullable: true })
  actorRole!: Role | null;

  @Column("varchar", { length: 80 })
  @Field({ description: "The operation, e.g. `signIn`, `createMember`, `import`." })
  operation!: string;

  @Index("idx_audit_log_entity")
  @Column("varchar", { name: "entity_type", length: 60 })
  @Field()
  entityType!: string;

  @Column("varchar", { name: "entity_id", length: 64 })
  @Field()
  entityId!: string;

  @Column("simple-json")
  @Field(() => GraphQLJSONObject, { description: "Changed fields with their old and new values; personal data redacted." })
  changes!: FieldChanges;

  @Column("varchar", { name: "request_id", length: 64, nullable: true })
  @Field(() => String, { nullable: true })
  requestId!: string | null;
}

@ObjectType("AuditEntryConnection", { description: "A page of audit entries, newest first." })
@Directive("@shareable")
export class AuditEntryConnection extends ConnectionType(AuditEntry, "AuditEntry") {}

export const REDACTED = "[redacted]";

/**
 * The fields that differ between `before` and `after` (`before` null for a creation). Fields named in `redact`
 * appear as changed without their values, so personal data never reaches the log.
 */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  options: { fields?: readonly string[]; redact?: readonly string[] } = {},
): FieldChanges {
  const keys = options.fields ?? [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const changes: FieldChanges = {};
  for (const key of keys) {
    const from = normalise(before?.[key]);
    const to = normalise(after?.[key]);
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes[key] = options.redact?.includes(key) ? { from: REDACTED, to: REDACTED } : { from, to };
  }
  return changes;
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value === undefined ? null : value;
}

/** Appends an entry, with the caller's transaction manager so the entry commits or rolls back with the change. */
export async function recordAudit(
  manager: EntityManager,
  entry: {
    viewer: Viewer | null;
    operation: string;
    entityType: string;
    entityId: string;
    changes: FieldChanges;
    requestId?: string | null;
  },
): Promise<void> {
  const row: AuditEntry = {
    id: randomUUID(),
    at: new Date().toISOString(),
    actorId: entry.viewer?.accountId ?? null,
    actorRole: entry.viewer?.role ?? null,
    operation: entry.operation,
    entityType: entry.entityType,
    entityId: entry.entityId,
    changes: entry.changes,
    requestId: entry.requestId ?? null,
  };
  await manager.insert(AuditEntry, row as QueryDeepPartialEntity<AuditEntry>);
}

/** The audit-log table; every subgraph lists this migration among its own. */
export class CreateAuditLog1764115100000 implements MigrationInterface {
  name = "CreateAuditLog1764115100000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "audit_log",
        columns: [
          { name: "id", type: "varchar", length: "36", isPrimary: true },
          { name: "at", type: "varchar", length: "30" },
          { name: "actor_id", type: "varchar", length: "64", isNullable: true },
          { name: "actor_role", type: "varchar", length: "32", isNullable: true },
          { name: "operation", type: "varchar", length: "80" },
          { name: "entity_type", type: "varchar", length: "60" },
          { name: "entity_id", type: "varchar", length: "64" },
          { name: "changes", type: "text" },
          { name: "request_id", type: "varchar", length: "64", isNullable: true },
        ],
        indices: [
          { name: "idx_audit_log_at", columnNames: ["at"] },
          { name: "idx_audit_log_entity", columnNames: ["entity_type"] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("audit_log");
  }
}

/**
 * Makes the audit log append-only in the database itself: UPDATE, DELETE (and TRUNCATE on PostgreSQL) are refused
 * by triggers, whatever the code above tries.
 */
export class AuditLogAppendOnly1764115150000 implements MigrationInterface {
  name = "AuditLogAppendOnly1764115150000";

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === "postgres") {
      await queryRunner.query(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP; END $$`);
      await queryRunner.query(
        "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
      );
      await queryRunner.query(
        "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
      );
      return;
    }
    await queryRunner.query(
      "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused'); END",
    );
    await queryRunner.query(
      "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused'); END",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === "postgres") {
      await queryRunner.query("DROP TRIGGER audit_log_no_truncate ON audit_log");
      await queryRunner.query("DROP TRIGGER audit_log_no_change ON audit_log");
      await queryRunner.query("DROP FUNCTION audit_log_append_only()");
      return;
    }
    await queryRunner.query("DROP TRIGGER audit_log_no_delete");
    await queryRunner.query("DROP TRIGGER audit_log_no_update");
  }
}

/** The kit's own migrations, in order; every subgraph with an audit log lists them before its own. */
export const AUDIT_MIGRATIONS = [CreateAuditLog1764115100000, AuditLogAppendOnly1764115150000];
