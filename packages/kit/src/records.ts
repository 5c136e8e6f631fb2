/**
 * Editable records, written once for every subgraph: the id/version/timestamps columns, audited inserts and updates
 * in the caller's transaction, optimistic concurrency (a stale version is a CONFLICT), batch helpers.
 */

import { randomUUID } from "node:crypto";
import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Column,
  type DataSource,
  type EntityManager,
  type EntityTarget,
  type FindOptionsWhere,
  type ObjectLiteral,
  PrimaryColumn,
  QueryFailedError,
  type SelectQueryBuilder,
} from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity.js";
import { AuditEntry, diffFields, type FieldChanges, recordAudit } from "./audit.js";
import type { Viewer } from "./auth.js";
import { transaction } from "./database.js";
import { ConflictError, NotFoundError } from "./errors.js";
import { type Message, msg } from "./messages.js";

/** Columns every editable record has: a stable id, an optimistic-concurrency version, and timestamps. */
export interface VersionedRecord {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export function newId(): string {
  return randomUUID();
}

export function pick<T extends object>(row: T, fields: readonly (keyof T & string)[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const field of fields) picked[field] = row[field];
  return picked;
}

/** What an audited write needs to know about its entity type. */
export interface AuditSpec<T> {
  entityType: string;
  /** The fields compared and logged. */
  fields: readonly (keyof T & string)[];
  /** Personal data: logged as changed, never with its values. */
  redact?: readonly string[];
}

export function changesOf<T extends object>(spec: AuditSpec<T>, before: T | null, after: T): FieldChanges {
  return diffFields(before ? pick(before, spec.fields) : null, pick(after, spec.fields), {
    fields: spec.fields,
    redact: spec.redact ?? [],
  });
}

/** Inserts a new record and its audit entry, in the caller's transaction. */
export async function insertAudited<T extends VersionedRecord & ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  row: T,
  spec: AuditSpec<T>,
  actor: Actor,
  operation: string,
): Promise<T> {
  await manager.insert(target, row as QueryDeepPartialEntity<T>);
  await recordAudit(manager, {
    viewer: actor.viewer,
    operation,
    entityType: spec.entityType,
    entityId: row.id,
    changes: changesOf(spec, null, row),
    requestId: actor.requestId,
  });
  return row;
}

/** An entity type as a word in a sentence: `CoordinationCase` -> "coordination case". */
function recordNoun(entityType: string): string {
  return entityType.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

export function staleVersion(entityType: string, current: number): ConflictError {
  return new ConflictError(
    msg`This ${recordNoun(entityType)} was changed by someone else (it is at version ${current}): reload it and apply your change again.`,
    { field: "version", currentVersion: current },
  );
}

/**
 * Writes the fields of `after` that differ from `before`, only if the row is still at `before.version`, bumps the
 * version and records the change. Nothing differs: nothing is written, no audit entry, `before` is returned.
 */
export async function updateAudited<T extends VersionedRecord & ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  before: T,
  after: T,
  spec: AuditSpec<T>,
  actor: Actor,
  operation: string,
): Promise<T> {
  const changes = changesOf(spec, before, after);
  if (Object.keys(changes).length === 0) return before;
  const updated: T = { ...after, version: before.version + 1, updatedAt: now() };
  const set = { ...pick(updated, Object.keys(changes) as (keyof T & string)[]), version: updated.version, updatedAt: updated.updatedAt };
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set(set as unknown as QueryDeepPartialEntity<T>)
    .where("id = :id AND version = :version", { id: before.id, version: before.version })
    .execute();
  // Someone committed a change between our read and this write.
  if (result.affected !== 1) throw staleVersion(spec.entityType, before.version + 1);
  await recordAudit(manager, {
    viewer: actor.viewer,
    operation,
    entityType: spec.entityType,
    entityId: before.id,
    changes,
    requestId: actor.requestId,
  });
  return updated;
}

/** Rows per INSERT statement for a table of `columns` columns, within both drivers' parameter limits. */
export function chunkSizeFor(columns: number): number {
  return Math.max(1, Math.min(500, Math.floor(30_000 / columns)));
}

export function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < rows.length; start += size) out.push(rows.slice(start, start + size));
  return out;
}

/** Audit entries for many records in a few multi-row INSERTs (the kit's `recordAudit` writes one per statement). */
export async function recordAuditBatch(
  manager: EntityManager,
  actor: Actor,
  entries: { operation: string; entityType: string; entityId: string; changes: FieldChanges }[],
): Promise<void> {
  const at = now();
  const rows: AuditEntry[] = entries.map((entry) => ({
    id: randomUUID(),
    at,
    actorId: actor.viewer?.accountId ?? null,
    actorRole: actor.viewer?.role ?? null,
    operation: entry.operation,
    entityType: entry.entityType,
    entityId: entry.entityId,
    changes: entry.changes,
    requestId: actor.requestId,
  }));
  for (const chunk of chunks(rows, chunkSizeFor(9))) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(AuditEntry)
      .values(chunk as QueryDeepPartialEntity<AuditEntry>[])
      .updateEntity(false)
      .execute();
  }
}

/** True when a write failed on a unique index: someone else created the same key concurrently. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = (error as QueryFailedError & { driverError?: { code?: string } }).driverError;
  const code = driverError?.code ?? (error as { code?: string }).code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

/** Runs `work` in a transaction, turning a unique-index violation into a CONFLICT on `field`. */
export async function transact<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  conflict: { field: string; message: string | Message },
): Promise<T> {
  try {
    return await transaction(dataSource, work);
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(conflict.message, { field: conflict.field });
    throw error;
  }
}

/** Locks the selected rows until the transaction ends, on PostgreSQL; SQLite serialises writers anyway. */
export function forUpdate<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, manager: EntityManager): SelectQueryBuilder<T> {
  return manager.connection.options.type === "postgres" ? query.setLock("pessimistic_write") : query;
}

/** A LIKE pattern matching `text` anywhere, case-insensitively (compare against LOWER(column), with ESCAPE '\\'). */
export function containsPattern(text: string): string {
  return `%${text
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * The edit pattern of every editable record: load it (NOT_FOUND), refuse a stale `version` (CONFLICT), build the
 * new state (which validates), write only what changed with its audit entry.
 */
export async function editRecord<T extends VersionedRecord & ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  key: { id: string; version: number },
  spec: AuditSpec<T>,
  actor: Actor,
  operation: string,
  change: (existing: T) => T | Promise<T>,
): Promise<T> {
  const existing = await manager.getRepository(target).findOneBy({ id: key.id } as FindOptionsWhere<T>);
  if (!existing) throw new NotFoundError(msg`There is no ${recordNoun(spec.entityType)} with the id ${key.id}.`);
  if (existing.version !== key.version) throw staleVersion(spec.entityType, existing.version);
  return updateAudited(manager, target, existing, await change(existing), spec, actor, operation);
}

/** A new record's bookkeeping columns. */
export function freshRecord(): VersionedRecord {
  const at = now();
  return { id: newId(), version: 1, createdAt: at, updatedAt: at };
}

/** Who is making a change, for the audit log. Services take it so they can be called without GraphQL (the importer). */
export interface Actor {
  viewer: Viewer | null;
  requestId: string | null;
}

/** Timestamps are stored as ISO 8601 UTC strings (like the kit's audit log): portable, sortable, exact. */
export function now(): string {
  return new Date().toISOString();
}

/** Today's date in UTC, YYYY-MM-DD. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Columns and fields every editable record has (an entity extends it). */
@ObjectType()
export abstract class VersionedEntity implements VersionedRecord {
  @PrimaryColumn("varchar", { length: 36 })
  @Field(() => ID, { description: "Stable identifier; other subgraphs reference the record by it." })
  id!: string;

  @Column("int")
  @Field(() => Int, { description: "Increases with every change; send it back with an edit so a concurrent change is not overwritten." })
  version!: number;

  @Column("varchar", { name: "created_at", length: 30 })
  @Field({ description: "When the record was created (ISO 8601, UTC)." })
  createdAt!: string;

  @Column("varchar", { name: "updated_at", length: 30 })
  @Field({ description: "When the record last changed (ISO 8601, UTC)." })
  updatedAt!: string;
}
