import { randomUUID } from "node:crypto";
import {
  Actor,
  type AuditSpec,
  alignByKey,
  BadUserInputError,
  ChallengeAreaCode,
  ConflictError,
  editRecord,
  freshRecord,
  groupByKey,
  insertAudited,
  type LoaderRegistry,
  msg,
  NotFoundError,
  now,
  requireViewer,
  transaction,
} from "@ogc/kit";
import { type DataSource, In } from "typeorm";
import { Commitment } from "../commitment/commitment.entity.js";
import { canSee, requireOwnerOrSupport } from "../commitment/commitment-access.js";
import { CommitmentStatus } from "../commitment/commitment-status.js";
import { CommitmentEventKind } from "../history/commitment-event.entity.js";
import { recordChange } from "../history/history.service.js";
import { Milestone } from "../milestone/milestone.entity.js";
import { CompletionLevel, MilestoneStatus, Pathway, ReviewCycleKind } from "../shared/enums.js";
import { IdempotentCall } from "../shared/idempotency.js";
import { enumValue, httpUrl, isoDate, requiredText } from "../shared/validation.js";
import { ProgressReport } from "./progress-report.entity.js";
import { REVIEW_CYCLE_FIELDS, ReviewCycle } from "./review-cycle.entity.js";

export interface ReviewCycleDraft {
  kind?: ReviewCycleKind | string | null;
  opensOn?: string | null;
  closesOn?: string | null;
  scope?: string | null;
  scopePathways?: (Pathway | string)[] | null;
  scopeAreas?: (ChallengeAreaCode | string)[] | null;
}

export interface ProgressReportDraft {
  commitmentId: string;
  reviewCycleId: string;
  completion: CompletionLevel | string;
  narrative: string;
  evidenceLinks?: string[] | null;
  milestones?: { milestoneId: string; status: MilestoneStatus | string }[] | null;
}

export const REVIEW_CYCLE_AUDIT: AuditSpec<ReviewCycle> = { entityType: "ReviewCycle", fields: REVIEW_CYCLE_FIELDS };

/** Statuses in which a commitment is being (or was) implemented, so there is progress to report. */
const REPORTABLE = new Set([CommitmentStatus.ELIGIBLE, CommitmentStatus.IN_PROGRESS, CommitmentStatus.COMPLETED]);

export function buildReviewCycle(draft: ReviewCycleDraft, existing: ReviewCycle | null): ReviewCycle {
  const cycle: ReviewCycle = Object.assign(new ReviewCycle(), existing ?? freshRecord(), {
    kind: enumValue(ReviewCycleKind, draft.kind ?? existing?.kind, "kind", "review cycle kind"),
    opensOn: isoDate(draft.opensOn ?? existing?.opensOn, "opensOn", "The opening day"),
    closesOn: isoDate(draft.closesOn ?? existing?.closesOn, "closesOn", "The closing day"),
    scope: requiredText(draft.scope ?? existing?.scope, "scope", "The scope", 5000),
    scopePathways: [
      ...new Set(
        (draft.scopePathways ?? existing?.scopePathways ?? []).map((value, index) =>
          enumValue(Pathway, value, `scopePathways.${index}`, "pathway"),
        ),
      ),
    ],
    scopeAreas: [
      ...new Set(
        (draft.scopeAreas ?? existing?.scopeAreas ?? []).map((value, index) =>
          enumValue(ChallengeAreaCode, value, `scopeAreas.${index}`, "challenge area"),
        ),
      ),
    ],
  });
  if (cycle.closesOn < cycle.opensOn) {
    throw new BadUserInputError(msg`The review window closes (${cycle.closesOn}) before it opens (${cycle.opensOn}).`, "closesOn");
  }
  return cycle;
}

/** Review cycles and the progress reports made in them. Reports are only ever added: a new report is a new row. */
export class ReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: LoaderRegistry,
    private readonly actor: Actor,
  ) {}

  cycles(): Promise<ReviewCycle[]> {
    return this.dataSource.getRepository(ReviewCycle).find({ order: { opensOn: "ASC", id: "ASC" } });
  }

  cycle(id: string): Promise<ReviewCycle | null> {
    return this.loaders
      .get<string, ReviewCycle | null>("review.cycle", async (ids) => {
        const rows = await this.dataSource.getRepository(ReviewCycle).findBy({ id: In([...ids]) });
        return alignByKey(ids, rows, (row) => row.id);
      })
      .load(id);
  }

  reportsOf(commitmentId: string): Promise<ProgressReport[]> {
    return this.loaders
      .get<string, ProgressReport[]>("review.reportsOf", async (ids) => {
        const rows = await this.dataSource
          .getRepository(ProgressReport)
          .find({ where: { commitmentId: In([...ids]) }, order: { reportedAt: "DESC", id: "DESC" } });
        return groupByKey(ids, rows, (row) => row.commitmentId);
      })
      .load(commitmentId);
  }

  async createCycle(draft: ReviewCycleDraft, idempotencyKey?: string | null): Promise<ReviewCycle> {
    const viewer = requireViewer(this.actor.viewer);
    const once = new IdempotentCall(this.dataSource, ReviewCycle, "createReviewCycle", viewer.accountId, idempotencyKey);
    const first = await once.replay();
    if (first) return first;
    const cycle = buildReviewCycle(draft, null);
    return once.guard(() =>
      transaction(this.dataSource, async (manager) => {
        const raced = await once.replay(manager);
        if (raced) return raced;
        await once.remember(manager, cycle.id);
        return insertAudited(manager, ReviewCycle, cycle, REVIEW_CYCLE_AUDIT, this.actor, "createReviewCycle");
      }),
    );
  }

  updateCycle(input: ReviewCycleDraft & { id: string; version: number }): Promise<ReviewCycle> {
    return transaction(this.dataSource, (manager) =>
      editRecord(manager, ReviewCycle, input, REVIEW_CYCLE_AUDIT, this.actor, "updateReviewCycle", (existing) =>
        buildReviewCycle(input, existing),
      ),
    );
  }

  /**
   * An officer of the lead institution (or the support unit) reports progress on a standalone commitment, during an
   * open review window whose scope includes it.
   */
  async report(draft: ProgressReportDraft, idempotencyKey?: string | null): Promise<ProgressReport> {
    const viewer = requireViewer(this.actor.viewer);
    const once = new IdempotentCall(this.dataSource, ProgressReport, "reportProgress", viewer.accountId, idempotencyKey);
    const first = await once.replay();
    if (first) return first;
    return once.guard(() =>
      transaction(this.dataSource, async (manager) => {
        const raced = await once.replay(manager);
        if (raced) return raced;
        const commitment = await manager.getRepository(Commitment).findOneBy({ id: draft.commitmentId });
        if (!commitment || !canSee(viewer, commitment))
          throw new NotFoundError(msg`There is no commitment with the id ${draft.commitmentId}.`);
        requireOwnerOrSupport(viewer, commitment);
        if (commitment.pathway !== Pathway.STANDALONE) {
          throw new BadUserInputError(
            "Progress is self-reported for standalone commitments; action-plan commitments are rated by the IRM.",
            "commitmentId",
          );
        }
        if (!REPORTABLE.has(commitment.status)) {
          throw new ConflictError(
            msg`Progress is reported on ELIGIBLE, IN_PROGRESS or COMPLETED commitments; this one is ${commitment.status}.`,
            {
              field: "commitmentId",
            },
          );
        }
        const cycle = await manager.getRepository(ReviewCycle).findOneBy({ id: draft.reviewCycleId });
        if (!cycle) throw new BadUserInputError(msg`There is no review cycle with the id ${draft.reviewCycleId}.`, "reviewCycleId");
        if (!cycle.isOpen()) {
          throw new ConflictError(
            msg`The ${cycle.kind} review takes reports from ${cycle.opensOn} to ${cycle.closesOn}; it is not open today.`,
            {
              field: "reviewCycleId",
            },
          );
        }
        const area = commitment.assignedAreaCode ?? commitment.proposedAreaCode;
        if (cycle.scopePathways.length > 0 && !cycle.scopePathways.includes(Pathway.STANDALONE)) {
          throw new BadUserInputError(msg`The ${cycle.kind} review does not cover standalone commitments.`, "reviewCycleId");
        }
        if (cycle.scopeAreas.length > 0 && (!area || !cycle.scopeAreas.includes(area))) {
          throw new BadUserInputError(msg`The ${cycle.kind} review covers ${cycle.scopeAreas.join(", ")} only.`, "reviewCycleId");
        }
        const milestoneIds = new Set((await manager.getRepository(Milestone).findBy({ commitmentId: commitment.id })).map((row) => row.id));
        const statuses = (draft.milestones ?? []).map((entry, index) => {
          if (!milestoneIds.has(entry.milestoneId)) {
            throw new BadUserInputError("This milestone is not one of the commitment's.", `milestones.${index}.milestoneId`);
          }
          return {
            milestoneId: entry.milestoneId,
            status: enumValue(MilestoneStatus, entry.status, `milestones.${index}.status`, "milestone status"),
          };
        });
        const links = (draft.evidenceLinks ?? []).map((link, index) => httpUrl(link, `evidenceLinks.${index}`, "An evidence link"));
        const report: ProgressReport = {
          id: randomUUID(),
          commitmentId: commitment.id,
          reviewCycleId: cycle.id,
          reportedAt: now(),
          reportedBy: viewer.accountId,
          reportedByRole: viewer.role,
          completion: enumValue(CompletionLevel, draft.completion, "completion", "completion level"),
          narrative: requiredText(draft.narrative, "narrative", "The narrative", 20_000),
          evidenceLinks: links,
          milestoneStatuses: statuses,
        };
        await manager.insert(ProgressReport, report);
        await once.remember(manager, report.id);
        await recordChange(manager, this.actor, {
          commitmentId: commitment.id,
          kind: CommitmentEventKind.PROGRESS_REPORTED,
          changes: { completion: { from: null, to: report.completion }, reviewCycle: { from: null, to: cycle.kind } },
          operation: "reportProgress",
          entityType: "ProgressReport",
          entityId: report.id,
        });
        return report;
      }),
    );
  }
}
