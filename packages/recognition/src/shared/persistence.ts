import { randomUUID } from "node:crypto";
import { ConflictError, diffFields, type FieldChanges, NotFoundError, recordAudit } from "@ogc/kit";
import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity.js";
import type { Actor } from "./actor.js";
import { now } from "./time.js";

/** Columns every record of the recognition subgraph has: a stable id, an optimistic-concurrency version, and timestamps. */
export interface VersionedRecord {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
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
}

export function changesOf<T extends object>(spec: AuditSpec<T>, before: T | null, after: T): FieldChanges {
  return diffFields(before ? pick(before, spec.fields) : null, pick(after, spec.fields), { fields: spec.fields });
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

export function staleVersion(entityType: string, current: number): ConflictError {
  return new ConflictError(
    `This ${entityType.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()} was changed by someone else (it is at version ${current}): reload it and apply your change again.`,
    { field: "version", currentVersion: current },
  );
}

/**
 * Writes the fields of `after` that differ from `before`, only if the row is still at `before.version`, bumps the
 * version and records the change in the same transaction.
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

/**
 * The edit pattern of every recognition record: load it (NOT_FOUND), refuse a stale `version` (CONFLICT), build the
 * new state (which checks the rules), write only what changed with its audit entry.
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
  if (!existing)
    throw new NotFoundError(`There is no ${spec.entityType.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()} with the id ${key.id}.`);
  if (existing.version !== key.version) throw staleVersion(spec.entityType, existing.version);
  return updateAudited(manager, target, existing, await change(existing), spec, actor, operation);
}

/** A new record's bookkeeping columns. */
export function freshRecord(): VersionedRecord {
  const at = now();
  return { id: randomUUID(), version: 1, createdAt: at, updatedAt: at };
}

/** A LIKE pattern matching the JSON string `"value"` inside a simple-json array column (compare with ESCAPE '\\'). */
export function jsonElementPattern(value: string): string {
  return `%${JSON.stringify(value).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
