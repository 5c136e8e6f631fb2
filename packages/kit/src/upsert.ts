import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity.js";
import { BadUserInputError, ConflictError, DomainError } from "./errors.js";
import { englishOf, type Message, msg } from "./messages.js";
import {
  type Actor,
  type AuditSpec,
  changesOf,
  chunkSizeFor,
  chunks,
  now,
  recordAuditBatch,
  transact,
  type VersionedRecord,
} from "./records.js";

/**
 * Batch upserts keyed by natural keys (OGP codes and ids), for the support unit and the IRM importer: every row is
 * validated and planned against records loaded in bulk, then, only if every row is valid, written in one transaction
 * with its audit entries. The result types are shared by every subgraph that offers upserts, hence `@shareable`.
 */

export enum UpsertOutcome {
  CREATED = "CREATED",
  UPDATED = "UPDATED",
  UNCHANGED = "UNCHANGED",
  INVALID = "INVALID",
  SKIPPED = "SKIPPED",
}
registerEnumType(UpsertOutcome, {
  name: "UpsertOutcome",
  description: "What a batch upsert did with one row.",
  valuesConfig: {
    CREATED: { description: "A new record was created." },
    UPDATED: { description: "An existing record was changed." },
    UNCHANGED: { description: "The record already held these values; nothing was written." },
    INVALID: { description: "The row breaks a rule (see `error`); the whole batch was refused." },
    SKIPPED: { description: "The row is valid but was not written: another row is invalid, or the batch was a dry run." },
  },
});

/** Largest batch one call takes: enough for the whole IRM database, small enough for one transaction. */
export const MAX_UPSERT_ROWS = 5000;

@ObjectType({ description: "Why one row of a batch upsert was refused." })
@Directive("@shareable")
export class UpsertRowError {
  @Field({ description: "Stable error code: BAD_USER_INPUT, or CONFLICT for a duplicate." })
  code!: string;

  @Field({ description: "What is wrong, for a person, in the language of `Accept-Language`." })
  message!: string;

  /** The message as its template and values, which `message` says in the request's language (schema.ts). */
  said?: Message;

  @Field(() => String, {
    nullable: true,
    description: "The offending field of the row's input, e.g. `country`, `memberCode` or `amendmentWindow.closesOn`.",
  })
  field!: string | null;
}

@ObjectType({ description: "What a batch upsert did with one row of its input." })
@Directive("@shareable")
export class UpsertRowResult {
  @Field(() => Int, { description: "Position of the row in the input list, from 0." })
  index!: number;

  @Field({ description: "The row's natural key as read from the input, e.g. `ALB`, `AP_ALB01`, `AL0002` or `AL0002 #1`." })
  key!: string;

  @Field(() => UpsertOutcome, { description: "What happened to the row." })
  outcome!: UpsertOutcome;

  @Field(() => ID, {
    nullable: true,
    description: "Id of the record the row created, updated or matched; null when nothing was written for it.",
  })
  id!: string | null;

  @Field(() => UpsertRowError, { nullable: true, description: "Set when the outcome is INVALID." })
  error!: UpsertRowError | null;
}

@ObjectType({
  description:
    "Result of a batch upsert. A batch is all-or-nothing: when any row is invalid, nothing is written, `committed` is false and every invalid row says why.",
})
@Directive("@shareable")
export class UpsertResult {
  @Field({ description: "True when the batch was written; false when a row was invalid or it was a dry run." })
  committed!: boolean;

  @Field({ description: "True when the batch was only checked (`dryRun: true`): outcomes say what would have happened." })
  dryRun!: boolean;

  @Field({ description: "A one-line summary for a person, in the language of `Accept-Language`." })
  message!: string;

  /** The summary's sentences as templates and values, which `message` says in the request's language (schema.ts). */
  said?: Message[];

  @Field(() => Int, { description: "Number of rows in the input." })
  total!: number;

  @Field(() => Int, { description: "Rows that created a record (or would have, in a dry run)." })
  created!: number;

  @Field(() => Int, { description: "Rows that changed a record (or would have, in a dry run)." })
  updated!: number;

  @Field(() => Int, { description: "Rows whose record already held their values: nothing was written for them." })
  unchanged!: number;

  @Field(() => Int, { description: "Rows refused, each with its error; any of them refuses the whole batch." })
  invalid!: number;

  @Field(() => Int, { description: "Valid rows not written because another row is invalid." })
  skipped!: number;

  @Field(() => [UpsertRowResult], { description: "One result per input row, in input order." })
  rows!: UpsertRowResult[];
}

/** How one entity type is upserted in bulk. */
export interface UpsertSpec<TInput, T extends VersionedRecord & ObjectLiteral, TLoaded> {
  operation: string;
  target: EntityTarget<T>;
  audit: AuditSpec<T>;
  /** The input field named when a row repeats an earlier row's key. */
  keyField: string;
  /** The row's natural key, for the result and to find repeats; must not throw on an invalid row. */
  keyOf(row: TInput): string;
  /** Loads, in a bounded number of statements, what `plan` needs for every row (existing records, referenced members). */
  load(manager: EntityManager, rows: readonly TInput[]): Promise<TLoaded>;
  /** The record as the row wants it, and the existing one it replaces (null: a creation). Throws a DomainError when invalid. */
  plan(row: TInput, loaded: TLoaded): { existing: T | null; next: T };
  /** Writes what goes with the records (history events, link rows), in the same transaction, in a bounded number of statements. */
  afterWrite?(manager: EntityManager, written: { created: T[]; updated: { existing: T; next: T }[] }): Promise<void>;
}

interface Planned<T> {
  index: number;
  existing: T | null;
  next: T;
}

/**
 * Runs a batch upsert in one transaction: validates and plans every row against records loaded in bulk, then — only
 * when every row is valid — writes creations and changes in multi-row statements, with their audit entries.
 * Statements grow with the batch size divided by the chunk size, not with the number of rows.
 */
export async function runUpsert<TInput, T extends VersionedRecord & ObjectLiteral, TLoaded>(
  dataSource: DataSource,
  actor: Actor,
  spec: UpsertSpec<TInput, T, TLoaded>,
  rows: readonly TInput[],
  options: { dryRun?: boolean | null } = {},
): Promise<UpsertResult> {
  if (rows.length > MAX_UPSERT_ROWS) {
    throw new BadUserInputError(msg`A batch takes at most ${MAX_UPSERT_ROWS} rows; this one has ${rows.length}. Split it.`, "input");
  }
  const dryRun = options.dryRun === true;
  return transact(
    dataSource,
    async (manager) => {
      const loaded = await spec.load(manager, rows);
      const results: UpsertRowResult[] = [];
      const planned: Planned<T>[] = [];
      const rowOfKey = new Map<string, number>();
      const rowOfRecord = new Map<string, number>();
      rows.forEach((row, index) => {
        const key = spec.keyOf(row);
        try {
          const earlier = rowOfKey.get(key);
          if (earlier !== undefined) {
            throw new ConflictError(msg`Row ${earlier} has the same key (${key}): each record may appear once per batch.`, {
              field: spec.keyField,
            });
          }
          rowOfKey.set(key, index);
          const { existing, next } = spec.plan(row, loaded);
          if (existing) {
            // Two keys can name one record (an institution under its English and its Spanish name).
            const other = rowOfRecord.get(existing.id);
            if (other !== undefined) {
              throw new ConflictError(msg`Row ${other} already updates the same record: each record may appear once per batch.`, {
                field: spec.keyField,
              });
            }
            rowOfRecord.set(existing.id, index);
          }
          const outcome = !existing
            ? UpsertOutcome.CREATED
            : Object.keys(changesOf(spec.audit, existing, next)).length === 0
              ? UpsertOutcome.UNCHANGED
              : UpsertOutcome.UPDATED;
          planned.push({ index, existing, next });
          results.push({ index, key, outcome, id: existing?.id ?? (dryRun ? null : next.id), error: null });
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          const field = typeof error.extensions.field === "string" ? error.extensions.field : null;
          results.push({
            index,
            key,
            outcome: UpsertOutcome.INVALID,
            id: null,
            error: { code: error.code, message: error.message, field, said: error.said },
          });
        }
      });

      const invalid = results.filter((result) => result.outcome === UpsertOutcome.INVALID).length;
      if (invalid > 0) {
        for (const result of results) {
          if (result.outcome !== UpsertOutcome.INVALID) Object.assign(result, { outcome: UpsertOutcome.SKIPPED, id: null });
        }
        return summarise(
          results,
          false,
          dryRun,
          msg`Batch refused: ${invalid} of ${rows.length} rows are invalid (see rows); nothing was written.`,
        );
      }
      if (dryRun) return summarise(results, false, true, msg`Dry run: every row is valid; nothing was written.`);

      await write(manager, actor, spec, planned, results);
      return summarise(results, true, false, msg`Batch applied.`);
    },
    { field: spec.keyField, message: msg`Another change created one of these records at the same time: send the batch again.` },
  );
}

async function write<TInput, T extends VersionedRecord & ObjectLiteral, TLoaded>(
  manager: EntityManager,
  actor: Actor,
  spec: UpsertSpec<TInput, T, TLoaded>,
  planned: Planned<T>[],
  results: UpsertRowResult[],
): Promise<void> {
  const metadata = manager.connection.getMetadata(spec.target);
  const size = chunkSizeFor(metadata.columns.length);
  const at = now();
  const creates: T[] = [];
  const updates: { existing: T; next: T }[] = [];
  for (const { index, existing, next } of planned) {
    const outcome = results[index]?.outcome;
    if (outcome === UpsertOutcome.CREATED) creates.push({ ...next, version: 1, createdAt: at, updatedAt: at });
    else if (outcome === UpsertOutcome.UPDATED && existing) {
      updates.push({
        existing,
        next: { ...next, id: existing.id, version: existing.version + 1, createdAt: existing.createdAt, updatedAt: at },
      });
    }
  }
  for (const chunk of chunks(creates, size)) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(spec.target)
      .values(chunk as QueryDeepPartialEntity<T>[])
      .updateEntity(false)
      .execute();
  }
  // Changed rows are rewritten whole, many per statement: INSERT ... ON CONFLICT (id) DO UPDATE. On PostgreSQL
  // `load` locked them (SELECT ... FOR UPDATE), so the versions computed above are still the stored ones.
  const overwrite = metadata.columns.map((column) => column.databaseName).filter((name) => name !== "id" && name !== "created_at");
  for (const chunk of chunks(updates, size)) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(spec.target)
      .values(chunk.map((update) => update.next) as QueryDeepPartialEntity<T>[])
      .orUpdate(overwrite, ["id"])
      .updateEntity(false)
      .execute();
  }
  await spec.afterWrite?.(manager, { created: creates, updated: updates });
  await recordAuditBatch(manager, actor, [
    ...creates.map((row) => ({
      operation: spec.operation,
      entityType: spec.audit.entityType,
      entityId: row.id,
      changes: changesOf(spec.audit, null, row),
    })),
    ...updates.map(({ existing, next }) => ({
      operation: spec.operation,
      entityType: spec.audit.entityType,
      entityId: existing.id,
      changes: changesOf(spec.audit, existing, next),
    })),
  ]);
}

function summarise(results: UpsertRowResult[], committed: boolean, dryRun: boolean, message: Message): UpsertResult {
  const count = (outcome: UpsertOutcome) => results.filter((result) => result.outcome === outcome).length;
  const created = count(UpsertOutcome.CREATED);
  const updated = count(UpsertOutcome.UPDATED);
  const unchanged = count(UpsertOutcome.UNCHANGED);
  const tally = committed
    ? [msg`${created} created, ${updated} updated, ${unchanged} unchanged.`]
    : dryRun
      ? [msg`It would create ${created}, update ${updated} and leave ${unchanged} unchanged.`]
      : [];
  const said = [message, ...tally];
  return {
    committed,
    dryRun,
    message: sayAll(said, englishOf),
    said,
    total: results.length,
    created,
    updated,
    unchanged,
    invalid: count(UpsertOutcome.INVALID),
    skipped: count(UpsertOutcome.SKIPPED),
    rows: results,
  };
}

/** A summary's sentences said one after the other. */
export function sayAll(said: readonly Message[], say: (message: Message) => string): string {
  return said.map(say).join(" ");
}
