import { Actor, chunks, type FieldChanges, groupByKey, type LoaderRegistry, now, recordAudit } from "@ogc/kit";
import { type DataSource, type EntityManager, In } from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity.js";
import { CommitmentEvent, type CommitmentEventKind } from "./commitment-event.entity.js";

export interface ChangeRecord {
  commitmentId: string;
  kind: CommitmentEventKind;
  changes: FieldChanges;
  note?: string | null;
  /** The audit-log entry: the operation, and the record changed (the commitment unless said otherwise). */
  operation: string;
  entityType?: string;
  entityId?: string;
}

/** Records one change in the commitment's public history only (the audit entry is written by the caller). */
export async function recordEvent(
  manager: EntityManager,
  actor: Actor,
  change: Omit<ChangeRecord, "operation" | "entityType" | "entityId">,
): Promise<void> {
  await manager.insert(CommitmentEvent, {
    commitmentId: change.commitmentId,
    at: now(),
    actorId: actor.viewer?.accountId ?? null,
    actorRole: actor.viewer?.role ?? null,
    kind: change.kind,
    changes: change.changes,
    note: change.note ?? null,
  } as QueryDeepPartialEntity<CommitmentEvent>);
}

/**
 * Records one change in the commitment's public history and in the subgraph's audit log, in the caller's transaction,
 * so both commit or roll back with the change.
 */
export async function recordChange(manager: EntityManager, actor: Actor, change: ChangeRecord): Promise<void> {
  await recordEvent(manager, actor, change);
  await recordAudit(manager, {
    viewer: actor.viewer,
    operation: change.operation,
    entityType: change.entityType ?? "Commitment",
    entityId: change.entityId ?? change.commitmentId,
    changes: change.changes,
    requestId: actor.requestId,
  });
}

/** History events of many records in a few multi-row INSERTs (batch upserts); their audit entries are written by the upsert. */
export async function recordEvents(
  manager: EntityManager,
  actor: Actor,
  events: { commitmentId: string; kind: CommitmentEventKind; changes: FieldChanges; note?: string | null }[],
): Promise<void> {
  const at = now();
  const rows = events.map((event) => ({
    commitmentId: event.commitmentId,
    at,
    actorId: actor.viewer?.accountId ?? null,
    actorRole: actor.viewer?.role ?? null,
    kind: event.kind,
    changes: event.changes,
    note: event.note ?? null,
  }));
  for (const chunk of chunks(rows, 500)) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(CommitmentEvent)
      .values(chunk as QueryDeepPartialEntity<CommitmentEvent>[])
      .updateEntity(false)
      .execute();
  }
}

/** Reads commitment histories, newest first, one statement for every commitment of the request. */
export class HistoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: LoaderRegistry,
  ) {}

  ofCommitment(commitmentId: string): Promise<CommitmentEvent[]> {
    return this.loaders
      .get<string, CommitmentEvent[]>("history.ofCommitment", async (ids) => {
        const rows = await this.dataSource.getRepository(CommitmentEvent).find({
          where: { commitmentId: In([...ids]) },
          order: { seq: "DESC" },
        });
        return groupByKey(ids, rows, (row) => row.commitmentId);
      })
      .load(commitmentId);
  }
}
