import {
  Actor,
  type AuditSpec,
  alignByKey,
  BadUserInputError,
  ChallengeAreaCode,
  ConflictError,
  type Connection,
  changesOf,
  containsPattern,
  ForbiddenError,
  forUpdate,
  groupByKey,
  isSupportUnit,
  isUniqueViolation,
  type LoaderRegistry,
  type MemberType,
  msg,
  NotFoundError,
  now,
  type PageArgs,
  paginate,
  type Region,
  requireViewer,
  staleVersion,
  transaction,
} from "@ogc/kit";
import { Brackets, type DataSource, type EntityManager, In, type SelectQueryBuilder } from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity.js";
import { noticeParticipation } from "../coordination/coordination.service.js";
import type { DirectoryReader } from "../directory/directory-client.js";
import { EligibilityDecision } from "../eligibility/eligibility-decision.entity.js";
import { CommitmentEventKind } from "../history/commitment-event.entity.js";
import { recordChange } from "../history/history.service.js";
import { Milestone } from "../milestone/milestone.entity.js";
import { buildMilestone, MILESTONE_AUDIT, type MilestoneDraft } from "../milestone/milestone.rules.js";
import { cachedAggregate } from "../shared/aggregate-cache.js";
import type { Pathway } from "../shared/enums.js";
import { IdempotentCall } from "../shared/idempotency.js";
import { dateRange } from "../shared/validation.js";
import { CHALLENGE_ENDS_ON, COMMITMENT_FIELDS, Commitment, CommitmentInstitution, CommitmentSuggestedArea } from "./commitment.entity.js";
import { buildCommitment, type CommitmentDraft, checkReferences } from "./commitment.rules.js";
import { canSee, isOwner, requireOwnerOrSupport, whereVisible } from "./commitment-access.js";
import { type CommitmentStatus, FINAL_STATUSES, OWNER_EDITABLE, transitionFor } from "./commitment-status.js";

export const COMMITMENT_AUDIT: AuditSpec<Commitment> = { entityType: "Commitment", fields: COMMITMENT_FIELDS };

export interface CommitmentListFilter {
  memberId?: string | null;
  institutionId?: string | null;
  area?: ChallengeAreaCode | null;
  pathway?: Pathway | null;
  status?: CommitmentStatus | null;
  published?: boolean | null;
  endsAfterChallenge?: boolean | null;
  hasActiveCoCreator?: boolean | null;
  suggestedArea?: ChallengeAreaCode | null;
  text?: string | null;
  memberType?: MemberType | null;
  region?: Region | null;
  startDateFrom?: string | null;
  startDateTo?: string | null;
  endDateFrom?: string | null;
  endDateTo?: string | null;
}

/** A list filter whose dates are checked and whose member type and region are resolved to member ids. */
export interface CheckedCommitmentFilter extends CommitmentListFilter {
  /** Members of the asked type and region (none: nothing matches); null when the filter names neither. */
  memberIdsIn: string[] | null;
}

/**
 * Checks a list filter (BAD_USER_INPUT naming the field: malformed day, inverted range) before anything is read, then asks
 * the directory, at most once per request, which members have the asked type and region.
 */
export async function checkFilter(
  filter: CommitmentListFilter | null | undefined,
  directory: DirectoryReader,
  path = "filter",
): Promise<CheckedCommitmentFilter | null> {
  if (!filter) return null;
  const start = dateRange(
    filter.startDateFrom,
    filter.startDateTo,
    { from: `${path}.startDateFrom`, to: `${path}.startDateTo` },
    "start date",
  );
  const end = dateRange(filter.endDateFrom, filter.endDateTo, { from: `${path}.endDateFrom`, to: `${path}.endDateTo` }, "end date");
  return {
    ...filter,
    startDateFrom: start.from,
    startDateTo: start.to,
    endDateFrom: end.from,
    endDateTo: end.to,
    memberIdsIn: await directory.memberIdsWhere(filter),
  };
}

/** Applies a checked list filter to a commitment query (alias `alias`). */
export function applyFilter(
  query: SelectQueryBuilder<Commitment>,
  alias: string,
  filter: CheckedCommitmentFilter | null | undefined,
): void {
  if (!filter) return;
  if (filter.memberId) query.andWhere(`${alias}.memberId = :fMember`, { fMember: filter.memberId });
  if (filter.memberIdsIn) {
    // No member of that type or region: an empty page, not an error.
    if (filter.memberIdsIn.length === 0) query.andWhere("1 = 0");
    else query.andWhere(`${alias}.memberId IN (:...fMemberIds)`, { fMemberIds: filter.memberIdsIn });
  }
  if (filter.startDateFrom) query.andWhere(`${alias}.startDate >= :fStartFrom`, { fStartFrom: filter.startDateFrom });
  if (filter.startDateTo) query.andWhere(`${alias}.startDate <= :fStartTo`, { fStartTo: filter.startDateTo });
  if (filter.endDateFrom) query.andWhere(`${alias}.endDate >= :fEndFrom`, { fEndFrom: filter.endDateFrom });
  if (filter.endDateTo) query.andWhere(`${alias}.endDate <= :fEndTo`, { fEndTo: filter.endDateTo });
  if (filter.institutionId) {
    query.andWhere(
      `${alias}.id IN (SELECT link.commitment_id FROM commitment_institution link WHERE link.institution_id = :fInstitution)`,
      { fInstitution: filter.institutionId },
    );
  }
  if (filter.area) {
    query.andWhere(`COALESCE(${alias}.assignedAreaCode, ${alias}.proposedAreaCode) = :fArea`, { fArea: filter.area });
  }
  if (filter.pathway) query.andWhere(`${alias}.pathway = :fPathway`, { fPathway: filter.pathway });
  if (filter.status) query.andWhere(`${alias}.status = :fStatus`, { fStatus: filter.status });
  if (filter.published != null) query.andWhere(`${alias}.publishedAt IS ${filter.published ? "NOT " : ""}NULL`);
  if (filter.endsAfterChallenge != null) {
    query.andWhere(
      filter.endsAfterChallenge ? `${alias}.endDate > :challengeEnd` : `(${alias}.endDate IS NULL OR ${alias}.endDate <= :challengeEnd)`,
      { challengeEnd: CHALLENGE_ENDS_ON },
    );
  }
  if (filter.hasActiveCoCreator != null) {
    query.andWhere(
      `${filter.hasActiveCoCreator ? "" : "NOT "}EXISTS (SELECT 1 FROM co_creation_link cc WHERE cc.commitment_id = ${alias}.id AND cc.status = 'ACTIVE')`,
    );
  }
  if (filter.suggestedArea) {
    query.andWhere(`EXISTS (SELECT 1 FROM commitment_suggested_area sa WHERE sa.commitment_id = ${alias}.id AND sa.area = :fSuggested)`, {
      fSuggested: filter.suggestedArea,
    });
  }
  const text = filter.text?.trim();
  if (text) {
    const pattern = containsPattern(text);
    query.andWhere(
      new Brackets((where) => {
        where
          .where(`LOWER(${alias}.title) LIKE :fText ESCAPE '\\'`, { fText: pattern })
          .orWhere(`LOWER(${alias}.summary) LIKE :fText ESCAPE '\\'`)
          .orWhere(`LOWER(COALESCE(${alias}.ogpId, '')) LIKE :fText ESCAPE '\\'`);
      }),
    );
  }
}

export interface CreateCommitmentInput extends CommitmentDraft {
  memberId: string;
  milestones?: MilestoneDraft[] | null;
}

/** Commitments: reads batched per request and filtered by visibility; writes audited, with history, in one transaction. */
export class CommitmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: LoaderRegistry,
    private readonly actor: Actor,
    private readonly directory: DirectoryReader,
  ) {}

  /** One commitment by id whatever its visibility, batched; for services. */
  load(id: string): Promise<Commitment | null> {
    return this.loaders
      .get<string, Commitment | null>("commitment.byId", async (ids) => {
        const rows = await this.dataSource.getRepository(Commitment).findBy({ id: In([...ids]) });
        return alignByKey(ids, rows, (row) => row.id);
      })
      .load(id);
  }

  /** The areas a commitment's IRM policy tags suggest, in the enum's order; one statement for every commitment of the request. */
  suggestedAreas(commitmentId: string): Promise<ChallengeAreaCode[]> {
    return this.loaders
      .get<string, ChallengeAreaCode[]>("commitment.suggestedAreas", async (ids) => {
        const rows = await this.dataSource.getRepository(CommitmentSuggestedArea).findBy({ commitmentId: In([...ids]) });
        const order: string[] = Object.values(ChallengeAreaCode);
        return groupByKey(ids, rows, (row) => row.commitmentId).map((group) =>
          group.map((row) => row.area).sort((a, b) => order.indexOf(a) - order.indexOf(b)),
        );
      })
      .load(commitmentId);
  }

  /** One commitment by id, if the viewer may see it. */
  async byId(id: string): Promise<Commitment | null> {
    const commitment = await this.load(id);
    return commitment && canSee(this.actor.viewer, commitment) ? commitment : null;
  }

  async byOgpId(ogpId: string): Promise<Commitment | null> {
    const commitment = await this.loaders
      .get<string, Commitment | null>("commitment.byOgpId", async (ogpIds) => {
        const rows = await this.dataSource.getRepository(Commitment).findBy({ ogpId: In([...ogpIds]) });
        return alignByKey(ogpIds, rows, (row) => row.ogpId);
      })
      .load(ogpId);
    return commitment && canSee(this.actor.viewer, commitment) ? commitment : null;
  }

  async list(page: PageArgs, filter: CommitmentListFilter | null | undefined): Promise<Connection<Commitment>> {
    const checked = await checkFilter(filter, this.directory);
    const query = this.dataSource.getRepository(Commitment).createQueryBuilder("commitment");
    whereVisible(query, "commitment", this.actor.viewer);
    applyFilter(query, "commitment", checked);
    return paginate(
      query,
      page,
      { column: "commitment.createdAt", property: "createdAt", direction: "DESC" },
      { column: "commitment.id", property: "id" },
      // A count is kept until the database changes (aggregate-cache.ts).
      { count: (counting) => cachedAggregate(this.dataSource, "count", counting, () => counting.getCount()) },
    );
  }

  /**
   * Creates a DRAFT. With an idempotency key, a retry by the same account returns the first result and never makes a
   * second commitment, even when both calls race.
   */
  async create(input: CreateCommitmentInput, idempotencyKey?: string | null): Promise<Commitment> {
    const viewer = requireViewer(this.actor.viewer);
    const once = new IdempotentCall(this.dataSource, Commitment, "createCommitment", viewer.accountId, idempotencyKey);
    const first = await once.replay();
    if (first) return first;
    const commitment = buildCommitment(input, null, { complete: true });
    if (!isSupportUnit(viewer) && !isOwner(viewer, commitment)) {
      throw new ForbiddenError("Officers create commitments only for their own institutions, as lead institution, for their own member.");
    }
    const milestones = (input.milestones ?? []).map((draft, index) =>
      buildMilestone(draft, null, { commitmentId: commitment.id, position: index + 1 }, `milestones.${index}`),
    );
    await checkReferences(commitment, this.directory, { joiningPlan: true, creating: true });
    try {
      return await once.guard(() =>
        transaction(this.dataSource, async (manager) => {
          const raced = await once.replay(manager);
          if (raced) return raced;
          await this.assertOgpIdFree(manager, commitment.ogpId, null);
          await manager.insert(Commitment, commitment as QueryDeepPartialEntity<Commitment>);
          await writeLinks(manager, [commitment], []);
          if (milestones.length > 0) await manager.insert(Milestone, milestones as QueryDeepPartialEntity<Milestone>[]);
          await once.remember(manager, commitment.id);
          await recordChange(manager, this.actor, {
            commitmentId: commitment.id,
            kind: CommitmentEventKind.CREATED,
            changes: changesOf(COMMITMENT_AUDIT, null, commitment),
            operation: "createCommitment",
          });
          for (const milestone of milestones) {
            await recordChange(manager, this.actor, {
              commitmentId: commitment.id,
              kind: CommitmentEventKind.MILESTONE_ADDED,
              changes: changesOf(MILESTONE_AUDIT, null, milestone),
              operation: "createCommitment",
              entityType: "Milestone",
              entityId: milestone.id,
            });
          }
          return commitment;
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError("Another commitment already has this OGP id: OGP ids are unique.", { field: "ogpId" });
      throw error;
    }
  }

  private async assertOgpIdFree(manager: EntityManager, ogpId: string | null, selfId: string | null): Promise<void> {
    if (!ogpId) return;
    const holder = await manager.getRepository(Commitment).findOneBy({ ogpId });
    if (holder && holder.id !== selfId)
      throw new ConflictError(msg`Another commitment already has the OGP id ${ogpId}.`, { field: "ogpId" });
  }

  /** Loads a commitment for a change: NOT_FOUND when the viewer may not see it, CONFLICT on a stale version. */
  private async lockForChange(manager: EntityManager, key: { id: string; version: number }): Promise<Commitment> {
    const query = manager.getRepository(Commitment).createQueryBuilder("commitment").where("commitment.id = :id", { id: key.id });
    const existing = await forUpdate(query, manager).getOne();
    if (!existing || !canSee(this.actor.viewer, existing)) throw new NotFoundError(msg`There is no commitment with the id ${key.id}.`);
    requireOwnerOrSupport(this.actor.viewer, existing);
    if (existing.version !== key.version) throw staleVersion("Commitment", existing.version);
    return existing;
  }

  /** Writes `next` over `existing` if still at its version; bumps the version. Returns the stored row and the changes. */
  private async write(manager: EntityManager, existing: Commitment, next: Commitment): Promise<Commitment> {
    const changes = changesOf(COMMITMENT_AUDIT, existing, next);
    const updated = Object.assign(new Commitment(), next, { version: existing.version + 1, updatedAt: now() });
    const set: Record<string, unknown> = { version: updated.version, updatedAt: updated.updatedAt };
    for (const field of Object.keys(changes)) set[field] = updated[field as keyof Commitment];
    const result = await manager
      .createQueryBuilder()
      .update(Commitment)
      .set(set as QueryDeepPartialEntity<Commitment>)
      .where("id = :id AND version = :version", { id: existing.id, version: existing.version })
      .execute();
    if (result.affected !== 1) throw staleVersion("Commitment", existing.version + 1);
    return updated;
  }

  /** Edits the content. Owners edit while DRAFT or SUBMITTED; the support unit until the commitment is final. */
  async update(input: CommitmentDraft & { id: string; version: number }): Promise<Commitment> {
    const current = await this.dataSource.getRepository(Commitment).findOneBy({ id: input.id });
    if (!current || !canSee(this.actor.viewer, current)) throw new NotFoundError(msg`There is no commitment with the id ${input.id}.`);
    const viewer = requireOwnerOrSupport(this.actor.viewer, current);
    const { id: _id, version: _version, ...draft } = input;
    const next = rebuild(draft, current);
    if (!isSupportUnit(viewer) && !isOwner(viewer, next)) {
      throw new ForbiddenError("Officers may hand the lead only to another institution they act for.");
    }
    const referencesChanged =
      next.leadInstitutionId !== current.leadInstitutionId ||
      JSON.stringify(next.supportingInstitutionIds) !== JSON.stringify(current.supportingInstitutionIds) ||
      next.actionPlanId !== current.actionPlanId ||
      next.startDate !== current.startDate ||
      next.endDate !== current.endDate;
    if (referencesChanged) await checkReferences(next, this.directory, { joiningPlan: next.actionPlanId !== current.actionPlanId });
    return transaction(this.dataSource, async (manager) => {
      const existing = await this.lockForChange(manager, input);
      if (FINAL_STATUSES.includes(existing.status)) {
        throw new ConflictError(msg`A ${existing.status} commitment can no longer be edited.`, { field: "id" });
      }
      if (!isSupportUnit(viewer) && !OWNER_EDITABLE.includes(existing.status)) {
        throw new ConflictError(
          msg`Once ${existing.status}, only the support unit edits the commitment; its institution still updates milestones.`,
          {
            field: "id",
          },
        );
      }
      const rebuilt = rebuild(draft, existing);
      const changes = changesOf(COMMITMENT_AUDIT, existing, rebuilt);
      if (Object.keys(changes).length === 0) return existing;
      if (rebuilt.ogpId !== existing.ogpId) await this.assertOgpIdFree(manager, rebuilt.ogpId, existing.id);
      const updated = await this.write(manager, existing, rebuilt);
      await writeLinks(manager, [], [updated]);
      await recordChange(manager, this.actor, {
        commitmentId: existing.id,
        kind: CommitmentEventKind.EDITED,
        changes,
        operation: "updateCommitment",
      });
      await noticeParticipation(
        manager,
        this.actor,
        updated.memberId,
        updated.assignedAreaCode ?? updated.proposedAreaCode,
        "updateCommitment",
      );
      return updated;
    });
  }

  /** Moves the commitment along its lifecycle (see commitment-status.ts); refuses what the table does not allow with CONFLICT. */
  changeStatus(input: { id: string; version: number; to: CommitmentStatus; note?: string | null }): Promise<Commitment> {
    return transaction(this.dataSource, async (manager) => {
      const existing = await this.lockForChange(manager, input);
      const transition = transitionFor(existing.status, input.to);
      if (transition.by === "SUPPORT_UNIT" && !isSupportUnit(this.actor.viewer)) {
        throw new ForbiddenError(msg`Only the support unit moves a commitment from ${existing.status} to ${input.to}.`);
      }
      if (input.to === "ELIGIBLE" || input.to === "NOT_ELIGIBLE") await this.checkConclusion(manager, existing, input.to);
      const next = Object.assign(new Commitment(), existing, {
        status: input.to,
        publishedAt: existing.publishedAt ?? (input.to === "SUBMITTED" ? now() : null),
      });
      const updated = await this.write(manager, existing, next);
      await recordChange(manager, this.actor, {
        commitmentId: existing.id,
        kind: CommitmentEventKind.STATUS_CHANGED,
        changes: { status: { from: existing.status, to: input.to } },
        note: input.note?.trim() || null,
        operation: "changeCommitmentStatus",
      });
      await noticeParticipation(
        manager,
        this.actor,
        updated.memberId,
        updated.assignedAreaCode ?? updated.proposedAreaCode,
        "changeCommitmentStatus",
      );
      return updated;
    });
  }

  /** ELIGIBLE needs an assigned area and all four criteria decided MET; NOT_ELIGIBLE needs at least one decided NOT_MET. */
  private async checkConclusion(manager: EntityManager, commitment: Commitment, to: "ELIGIBLE" | "NOT_ELIGIBLE"): Promise<void> {
    const decisions = await manager.getRepository(EligibilityDecision).findBy({ commitmentId: commitment.id });
    const notMet = decisions.filter((decision) => decision.outcome === "NOT_MET").map((decision) => decision.criterion);
    if (to === "NOT_ELIGIBLE") {
      if (notMet.length === 0) {
        throw new ConflictError("A commitment is NOT_ELIGIBLE only when at least one criterion is decided NOT_MET; none is.", {
          field: "to",
        });
      }
      return;
    }
    const met = new Set(decisions.filter((decision) => decision.outcome === "MET").map((decision) => decision.criterion));
    const missing = (["THEMATIC_RELEVANCE", "FORWARD_LOOKING", "OPEN_GOVERNMENT_RELEVANCE", "GOVERNMENT_LED"] as const).filter(
      (criterion) => !met.has(criterion as never),
    );
    if (missing.length > 0) {
      throw new ConflictError(
        msg`A commitment becomes ELIGIBLE only when all four criteria are decided MET; not yet: ${missing.join(", ")}.`,
        {
          field: "to",
        },
      );
    }
    if (!commitment.assignedAreaCode) {
      throw new ConflictError("Assign the commitment's challenge area before declaring it ELIGIBLE.", { field: "to" });
    }
  }

  /** The support unit assigns the area (the submitter only proposes one). */
  assignArea(input: { id: string; version: number; area: ChallengeAreaCode; note?: string | null }): Promise<Commitment> {
    return transaction(this.dataSource, async (manager) => {
      const existing = await this.lockForChange(manager, input);
      if (FINAL_STATUSES.includes(existing.status)) {
        throw new ConflictError(msg`A ${existing.status} commitment's area can no longer change.`, { field: "id" });
      }
      if (!Object.values(ChallengeAreaCode).includes(input.area)) throw new BadUserInputError("Unknown challenge area.", "area");
      if (existing.assignedAreaCode === input.area) return existing;
      const updated = await this.write(manager, existing, Object.assign(new Commitment(), existing, { assignedAreaCode: input.area }));
      await recordChange(manager, this.actor, {
        commitmentId: existing.id,
        kind: CommitmentEventKind.AREA_ASSIGNED,
        changes: { assignedAreaCode: { from: existing.assignedAreaCode, to: input.area } },
        note: input.note?.trim() || null,
        operation: "assignChallengeArea",
      });
      await noticeParticipation(manager, this.actor, updated.memberId, input.area, "assignChallengeArea");
      return updated;
    });
  }

  /** Bumps the commitment's version for a change to something it holds (an eligibility decision), in the caller's transaction. */
  async touch(manager: EntityManager, key: { id: string; version: number }, check: (commitment: Commitment) => void): Promise<Commitment> {
    const existing = await this.lockForChange(manager, key);
    check(existing);
    const updated = Object.assign(new Commitment(), existing, { version: existing.version + 1, updatedAt: now() });
    const result = await manager
      .createQueryBuilder()
      .update(Commitment)
      .set({ version: updated.version, updatedAt: updated.updatedAt })
      .where("id = :id AND version = :version", { id: existing.id, version: existing.version })
      .execute();
    if (result.affected !== 1) throw staleVersion("Commitment", existing.version + 1);
    return updated;
  }
}

/** The commitment an edit describes: the member never changes; the lead and the values, once set, cannot be cleared. */
function rebuild(draft: CommitmentDraft, existing: Commitment): Commitment {
  const next = buildCommitment({ ...draft, memberId: undefined }, existing, { complete: false });
  if (existing.leadInstitutionId && !next.leadInstitutionId) {
    throw new BadUserInputError("A challenge commitment is led by a public institution.", "leadInstitutionId");
  }
  if (draft.values !== undefined && next.values.length === 0) {
    throw new BadUserInputError("A challenge commitment serves at least one open-government value.", "values");
  }
  return next;
}

/** Keeps the lead/supporting index rows in step with `supportingInstitutionIds` and `leadInstitutionId`. */
export async function writeLinks(manager: EntityManager, created: Commitment[], updated: Commitment[]): Promise<void> {
  if (updated.length > 0) {
    await manager
      .createQueryBuilder()
      .delete()
      .from(CommitmentInstitution)
      .where("commitment_id IN (:...ids)", { ids: updated.map((commitment) => commitment.id) })
      .execute();
  }
  const rows: CommitmentInstitution[] = [];
  for (const commitment of [...created, ...updated]) {
    if (commitment.leadInstitutionId) rows.push({ commitmentId: commitment.id, institutionId: commitment.leadInstitutionId, role: "LEAD" });
    for (const id of commitment.supportingInstitutionIds) rows.push({ commitmentId: commitment.id, institutionId: id, role: "SUPPORTING" });
  }
  for (let start = 0; start < rows.length; start += 500) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(CommitmentInstitution)
      .values(rows.slice(start, start + 500))
      .updateEntity(false)
      .execute();
  }
}
