import {
  Actor,
  ConflictError,
  changesOf,
  groupByKey,
  type LoaderRegistry,
  msg,
  NotFoundError,
  requireViewer,
  staleVersion,
  transaction,
  updateAudited,
} from "@ogc/kit";
import { type DataSource, type EntityManager, In } from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity.js";
import { Commitment } from "../commitment/commitment.entity.js";
import { canSee, requireOwnerOrSupport } from "../commitment/commitment-access.js";
import { FINAL_STATUSES } from "../commitment/commitment-status.js";
import { CommitmentEventKind } from "../history/commitment-event.entity.js";
import { recordChange, recordEvent } from "../history/history.service.js";
import { IdempotentCall } from "../shared/idempotency.js";
import { Milestone } from "./milestone.entity.js";
import { buildMilestone, MILESTONE_AUDIT, type MilestoneDraft } from "./milestone.rules.js";

/** Milestones of commitments: read in one statement per request, written by the owning institution or the support unit. */
export class MilestoneService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: LoaderRegistry,
    private readonly actor: Actor,
  ) {}

  ofCommitment(commitmentId: string): Promise<Milestone[]> {
    return this.loaders
      .get<string, Milestone[]>("milestone.ofCommitment", async (ids) => {
        const rows = await this.dataSource.getRepository(Milestone).find({
          where: { commitmentId: In([...ids]) },
          order: { position: "ASC" },
        });
        return groupByKey(ids, rows, (row) => row.commitmentId);
      })
      .load(commitmentId);
  }

  /** The commitment a milestone change is about, checked: visible, owned (or support unit), not final. */
  private async commitmentFor(manager: EntityManager, commitmentId: string): Promise<Commitment> {
    const commitment = await manager.getRepository(Commitment).findOneBy({ id: commitmentId });
    if (!commitment || !canSee(this.actor.viewer, commitment))
      throw new NotFoundError(msg`There is no commitment with the id ${commitmentId}.`);
    requireOwnerOrSupport(this.actor.viewer, commitment);
    if (FINAL_STATUSES.includes(commitment.status)) {
      throw new ConflictError(msg`The commitment is ${commitment.status}: its milestones can no longer change.`, { field: "commitmentId" });
    }
    return commitment;
  }

  async add(input: MilestoneDraft & { commitmentId: string }, idempotencyKey?: string | null): Promise<Milestone> {
    const viewer = requireViewer(this.actor.viewer);
    const once = new IdempotentCall(this.dataSource, Milestone, "addMilestone", viewer.accountId, idempotencyKey);
    const first = await once.replay();
    if (first) return first;
    return once.guard(() =>
      transaction(this.dataSource, async (manager) => {
        const raced = await once.replay(manager);
        if (raced) return raced;
        const commitment = await this.commitmentFor(manager, input.commitmentId);
        const last = await manager
          .getRepository(Milestone)
          .createQueryBuilder("milestone")
          .select("MAX(milestone.position)", "max")
          .where("milestone.commitmentId = :id", { id: commitment.id })
          .getRawOne<{ max: number | string | null }>();
        const milestone = buildMilestone(input, null, { commitmentId: commitment.id, position: Number(last?.max ?? 0) + 1 });
        await manager.insert(Milestone, milestone as QueryDeepPartialEntity<Milestone>);
        await once.remember(manager, milestone.id);
        await recordChange(manager, this.actor, {
          commitmentId: commitment.id,
          kind: CommitmentEventKind.MILESTONE_ADDED,
          changes: changesOf(MILESTONE_AUDIT, null, milestone),
          operation: "addMilestone",
          entityType: "Milestone",
          entityId: milestone.id,
        });
        return milestone;
      }),
    );
  }

  update(input: MilestoneDraft & { id: string; version: number }): Promise<Milestone> {
    return transaction(this.dataSource, async (manager) => {
      const existing = await manager.getRepository(Milestone).findOneBy({ id: input.id });
      if (!existing) throw new NotFoundError(msg`There is no milestone with the id ${input.id}.`);
      const commitment = await this.commitmentFor(manager, existing.commitmentId);
      if (existing.version !== input.version) throw staleVersion("Milestone", existing.version);
      const next = buildMilestone(input, existing, existing);
      const changes = changesOf(MILESTONE_AUDIT, existing, next);
      if (Object.keys(changes).length === 0) return existing;
      // updateAudited writes the kit audit entry; the history event goes next to it.
      const updated = await updateAudited(manager, Milestone, existing, next, MILESTONE_AUDIT, this.actor, "updateMilestone");
      await recordEvent(manager, this.actor, {
        commitmentId: commitment.id,
        kind: CommitmentEventKind.MILESTONE_CHANGED,
        changes,
        note: `Milestone ${existing.position}: ${next.title}`,
      });
      return updated;
    });
  }
}
