import { randomUUID } from "node:crypto";
import {
  Actor,
  type AuditSpec,
  BadUserInputError,
  ChallengeAreaCode,
  ConflictError,
  type Connection,
  changesOf,
  chunks,
  decodeCursor,
  type FieldChanges,
  ForbiddenError,
  forUpdate,
  freshRecord,
  insertAudited,
  isSupportUnit,
  isUniqueViolation,
  type LoaderRegistry,
  type MemberType,
  msg,
  NotFoundError,
  newId,
  now,
  type PageArgs,
  pageSize,
  paginate,
  type Region,
  Role,
  recordAudit,
  requireViewer,
  SUPPORT_ROLES,
  staleVersion,
  transaction,
  updateAudited,
  type Viewer,
} from "@ogc/kit";
import { type DataSource, type EntityManager, In } from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity.js";
import { Commitment } from "../commitment/commitment.entity.js";
import type { DirectoryReader } from "../directory/directory-client.js";
import { dateRange } from "../shared/validation.js";
import type { AccountDirectory } from "./accounts.js";
import {
  CASE_FIELDS,
  CoordinationCase,
  CoordinationCaseEvent,
  CoordinationCaseInstitution,
  CoordinationCaseNote,
  CoordinationCaseStatus,
  CoordinationCaseStep,
  CoordinationResolution,
  INTENT_FIELDS,
  ParticipationIntent,
  ParticipationIntentStatus,
} from "./coordination.entity.js";

export const INTENT_AUDIT: AuditSpec<ParticipationIntent> = { entityType: "ParticipationIntent", fields: INTENT_FIELDS };
export const CASE_AUDIT: AuditSpec<CoordinationCase> = { entityType: "CoordinationCase", fields: CASE_FIELDS };

/** Commitment statuses that count as taking part in their area (assigned, else proposed): submitted, not refused, not withdrawn. */
export const PARTICIPATING_STATUSES = ["SUBMITTED", "UNDER_REVIEW", "ELIGIBLE", "IN_PROGRESS", "COMPLETED"] as const;

function event(caseId: string, actorId: string | null, kind: string, changes: Record<string, unknown>): CoordinationCaseEvent {
  return Object.assign(new CoordinationCaseEvent(), { id: randomUUID(), caseId, at: now(), actorId, kind, changes });
}

/**
 * The institutions of `memberId` taking part in `area` (an ACTIVE intent, or as lead institution of a participating
 * commitment), and the coordination case that follows: opened when two or more take part and no case is open (unless
 * a resolved case already covered all of them), joined by institutions not yet in the open case. Runs in the caller's
 * transaction, so the case is there exactly when the change that causes it is. On PostgreSQL a transaction-scoped
 * advisory lock per member and area serialises this check (two concurrent first declarations would otherwise each miss
 * the other); the unique index on (member, area, open_slot) and INSERT ... ON CONFLICT DO NOTHING keep one open case.
 */
export async function noticeParticipation(
  manager: EntityManager,
  actor: Actor,
  memberId: string,
  area: ChallengeAreaCode | null,
  operation: string,
): Promise<void> {
  if (!area) return;
  if (manager.connection.options.type === "postgres") {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`coordination:${memberId}:${area}`]);
  }
  const intents = await manager
    .getRepository(ParticipationIntent)
    .createQueryBuilder("intent")
    .select("intent.institutionId", "id")
    .where("intent.memberId = :memberId AND intent.area = :area AND intent.status = :active", {
      memberId,
      area,
      active: ParticipationIntentStatus.ACTIVE,
    })
    .getRawMany<{ id: string }>();
  const commitments = await manager
    .getRepository(Commitment)
    .createQueryBuilder("commitment")
    .select("commitment.leadInstitutionId", "id")
    .where("commitment.memberId = :memberId AND COALESCE(commitment.assignedAreaCode, commitment.proposedAreaCode) = :area", {
      memberId,
      area,
    })
    .andWhere("commitment.leadInstitutionId IS NOT NULL AND commitment.status IN (:...statuses)", { statuses: PARTICIPATING_STATUSES })
    .getRawMany<{ id: string }>();
  const taking = [...new Set([...intents, ...commitments].map((row) => row.id))].sort();
  if (taking.length < 2) return;
  const cases = manager.getRepository(CoordinationCase);
  let open = await cases.findOneBy({ memberId, area, openSlot: 1 });
  let opened = false;
  if (!open) {
    const covered = await manager
      .getRepository(CoordinationCaseInstitution)
      .createQueryBuilder("link")
      .select("link.institutionId", "id")
      .innerJoin(CoordinationCase, "c", "c.id = link.caseId")
      .where("c.memberId = :memberId AND c.area = :area", { memberId, area })
      .getRawMany<{ id: string }>();
    const known = new Set(covered.map((row) => row.id));
    if (taking.every((id) => known.has(id))) return;
    const fresh: CoordinationCase = Object.assign(new CoordinationCase(), freshRecord(), {
      memberId,
      area,
      openSlot: 1,
      status: CoordinationCaseStatus.OPEN,
      facilitatorId: null,
      leadInstitutionId: null,
      resolution: null,
      mergedCommitmentIds: null,
      divisionOfWork: null,
      openedAt: now(),
      resolvedAt: null,
    });
    await manager
      .createQueryBuilder()
      .insert()
      .into(CoordinationCase)
      .values(fresh as QueryDeepPartialEntity<CoordinationCase>)
      .orIgnore()
      .updateEntity(false)
      .execute();
    open = await cases.findOneByOrFail({ memberId, area, openSlot: 1 });
    opened = open.id === fresh.id;
    if (opened) {
      await recordAudit(manager, {
        viewer: actor.viewer,
        operation,
        entityType: CASE_AUDIT.entityType,
        entityId: open.id,
        changes: changesOf(CASE_AUDIT, null, open),
        requestId: actor.requestId,
      });
    }
  }
  const present = await manager.getRepository(CoordinationCaseInstitution).findBy({ caseId: open.id });
  const have = new Set(present.map((row) => row.institutionId));
  const joining = taking.filter((id) => !have.has(id));
  if (joining.length === 0) return;
  const at = now();
  await manager
    .createQueryBuilder()
    .insert()
    .into(CoordinationCaseInstitution)
    .values(joining.map((institutionId) => ({ caseId: open.id, institutionId, joinedAt: at })))
    .orIgnore()
    .updateEntity(false)
    .execute();
  await manager.insert(
    CoordinationCaseEvent,
    event(open.id, null, opened ? "OPENED" : "INSTITUTION_JOINED", {
      institutionIds: joining,
    }) as QueryDeepPartialEntity<CoordinationCaseEvent>,
  );
  // A case's institutions are part of its record: an institution joining an open case is in the audit log too.
  if (opened) return;
  await recordAudit(manager, {
    viewer: actor.viewer,
    operation,
    entityType: CASE_AUDIT.entityType,
    entityId: open.id,
    changes: { institutionIds: { from: [...have], to: [...have, ...joining] } },
    requestId: actor.requestId,
  });
}

/**
 * `noticeParticipation` for every (member, area) a batch import wrote a participating commitment in: the rule applies to
 * imported commitments as to any other (DOMAIN.md rule 4, "the software notices this on its own"). One statement per
 * 500 members finds the pairs where two or more institutions take part; only those are checked one by one, so a batch
 * whose members each have one institution per area costs two statements, however many rows it holds.
 */
export async function noticeParticipationOf(
  manager: EntityManager,
  actor: Actor,
  commitments: readonly Pick<Commitment, "memberId" | "assignedAreaCode" | "proposedAreaCode" | "leadInstitutionId" | "status">[],
  operation: string,
): Promise<void> {
  const pairKey = (memberId: string, area: string) => `${memberId} ${area}`;
  const touched = new Map<string, { memberId: string; area: ChallengeAreaCode }>();
  for (const commitment of commitments) {
    const area = commitment.assignedAreaCode ?? commitment.proposedAreaCode;
    if (!area || !commitment.leadInstitutionId || !(PARTICIPATING_STATUSES as readonly string[]).includes(commitment.status)) continue;
    touched.set(pairKey(commitment.memberId, area), { memberId: commitment.memberId, area });
  }
  if (touched.size === 0) return;
  // The same advisory locks as noticeParticipation (re-entrant within the transaction), all taken first and in one
  // order: a declaration or submission racing with the import in one of these member-areas waits for it, and two
  // imports never wait on each other crosswise.
  if (manager.connection.options.type === "postgres") {
    const keys = [...touched.values()].map((pair) => `coordination:${pair.memberId}:${pair.area}`).sort();
    await manager.query("SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest($1::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n", [keys]);
  }
  const taking = new Map<string, Set<string>>();
  const add = (rows: { memberId: string; area: string; id: string }[]) => {
    for (const row of rows) {
      const key = pairKey(row.memberId, row.area);
      if (!touched.has(key)) continue;
      const ids = taking.get(key) ?? new Set<string>();
      ids.add(row.id);
      taking.set(key, ids);
    }
  };
  const members = [...new Set([...touched.values()].map((pair) => pair.memberId))];
  for (const chunk of chunks(members, 500)) {
    add(
      await manager
        .getRepository(Commitment)
        .createQueryBuilder("commitment")
        .select("commitment.memberId", "memberId")
        .addSelect("COALESCE(commitment.assignedAreaCode, commitment.proposedAreaCode)", "area")
        .addSelect("commitment.leadInstitutionId", "id")
        .distinct(true)
        .where("commitment.memberId IN (:...chunk)", { chunk })
        .andWhere("commitment.leadInstitutionId IS NOT NULL AND commitment.status IN (:...statuses)", { statuses: PARTICIPATING_STATUSES })
        .getRawMany<{ memberId: string; area: string; id: string }>(),
    );
    add(
      await manager
        .getRepository(ParticipationIntent)
        .createQueryBuilder("intent")
        .select("intent.memberId", "memberId")
        .addSelect("intent.area", "area")
        .addSelect("intent.institutionId", "id")
        .where("intent.memberId IN (:...chunk) AND intent.status = :active", { chunk, active: ParticipationIntentStatus.ACTIVE })
        .getRawMany<{ memberId: string; area: string; id: string }>(),
    );
  }
  const shared = [...taking].filter(([, ids]) => ids.size >= 2);
  if (shared.length === 0) return;
  // What the cases of these member-areas already cover: an open case holding every institution, or (with none open)
  // cases that together held them all, leave nothing for noticeParticipation to do, so a re-import costs one statement.
  const open = new Map<string, Set<string>>();
  const ever = new Map<string, Set<string>>();
  const sharedMembers = [...new Set(shared.map(([key]) => touched.get(key)?.memberId as string))];
  for (const chunk of chunks(sharedMembers, 500)) {
    const rows = await manager
      .getRepository(CoordinationCaseInstitution)
      .createQueryBuilder("link")
      .innerJoin(CoordinationCase, "c", "c.id = link.caseId")
      .select("c.memberId", "memberId")
      .addSelect("c.area", "area")
      .addSelect("c.openSlot", "openSlot")
      .addSelect("link.institutionId", "id")
      .where("c.memberId IN (:...chunk)", { chunk })
      .getRawMany<{ memberId: string; area: string; openSlot: number | null; id: string }>();
    for (const row of rows) {
      const key = pairKey(row.memberId, row.area);
      for (const map of row.openSlot === null ? [ever] : [ever, open]) map.set(key, (map.get(key) ?? new Set()).add(row.id));
    }
  }
  const covers = (cover: Set<string> | undefined, ids: Set<string>) => cover !== undefined && [...ids].every((id) => cover.has(id));
  for (const [key, ids] of shared.sort(([a], [b]) => a.localeCompare(b))) {
    const pair = touched.get(key);
    if (!pair || (open.has(key) ? covers(open.get(key), ids) : covers(ever.get(key), ids))) continue;
    await noticeParticipation(manager, actor, pair.memberId, pair.area, operation);
  }
}

export interface CoordinationCaseFilterArgs {
  memberId?: string | null;
  area?: ChallengeAreaCode | null;
  status?: CoordinationCaseStatus | null;
  facilitatorId?: string | null;
  memberType?: MemberType | null;
  region?: Region | null;
  resolvedFrom?: string | null;
  resolvedTo?: string | null;
}

/** The day after a YYYY-MM-DD day, so "resolved on or before `day`" is `resolved_at < next day` on ISO timestamps. */
function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function requireSupport(viewer: Viewer | null): Viewer {
  const signedIn = requireViewer(viewer);
  if (!isSupportUnit(signedIn)) throw new ForbiddenError("Only the support unit works on coordination cases.");
  return signedIn;
}

function group<T>(keys: readonly string[], rows: T[], key: (row: T) => string): T[][] {
  const byKey = new Map<string, T[]>();
  for (const row of rows) {
    const list = byKey.get(key(row)) ?? [];
    list.push(row);
    byKey.set(key(row), list);
  }
  return keys.map((id) => byKey.get(id) ?? []);
}

/** Participation intents and coordination cases (DOMAIN.md, rule 4). */
export class CoordinationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: LoaderRegistry,
    private readonly actor: Actor,
    private readonly directory: DirectoryReader,
    /** Checks a facilitator other than the caller; absent (an import run), only the caller can be named. */
    private readonly accounts?: AccountDirectory,
    private readonly authorization?: string,
  ) {}

  /** Declares (or, when already declared, re-words) an institution's intent to take part in an area. */
  async declareIntent(input: { institutionId: string; area: ChallengeAreaCode; note?: string | null }): Promise<ParticipationIntent> {
    const viewer = requireViewer(this.actor.viewer);
    const officerOfIt =
      viewer.role === Role.INSTITUTION_OFFICER && viewer.memberId !== null && viewer.institutionIds.includes(input.institutionId);
    if (!isSupportUnit(viewer) && !officerOfIt) {
      throw new ForbiddenError("Officers declare intents only for their own institutions; the support unit for any.");
    }
    if (!Object.values(ChallengeAreaCode).includes(input.area)) throw new BadUserInputError("Unknown challenge area.", "area");
    const note = input.note?.trim() || null;
    if (note && note.length > 2000) throw new BadUserInputError("A note has at most 2000 characters.", "note");
    const institution = await this.directory.institution(input.institutionId);
    if (!institution) throw new BadUserInputError(msg`There is no institution with the id ${input.institutionId}.`, "institutionId");
    if (institution.archived) throw new ConflictError("An archived institution takes part in nothing.", { field: "institutionId" });
    const memberId = institution.member.id;
    if (!isSupportUnit(viewer) && memberId !== viewer.memberId) {
      throw new ForbiddenError("Officers declare intents only for institutions of their own member.");
    }
    try {
      return await transaction(this.dataSource, async (manager) => {
        const query = manager
          .getRepository(ParticipationIntent)
          .createQueryBuilder("intent")
          .where("intent.institutionId = :institution AND intent.area = :area AND intent.activeSlot = 1", {
            institution: input.institutionId,
            area: input.area,
          });
        const existing = await forUpdate(query, manager).getOne();
        let intent: ParticipationIntent;
        if (existing) {
          intent = await updateAudited(
            manager,
            ParticipationIntent,
            existing,
            Object.assign(new ParticipationIntent(), existing, { note }),
            INTENT_AUDIT,
            this.actor,
            "declareParticipationIntent",
          );
        } else {
          intent = Object.assign(new ParticipationIntent(), freshRecord(), {
            memberId,
            institutionId: input.institutionId,
            area: input.area,
            note,
            status: ParticipationIntentStatus.ACTIVE,
            activeSlot: 1,
          });
          await insertAudited(manager, ParticipationIntent, intent, INTENT_AUDIT, this.actor, "declareParticipationIntent");
        }
        await noticeParticipation(manager, this.actor, memberId, input.area, "declareParticipationIntent");
        return intent;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError("This institution's intent for this area was declared at the same moment: reload it.", {
          field: "institutionId",
        });
      }
      throw error;
    }
  }

  /** Withdraws an intent; open coordination cases stay as they are (the support unit resolves them). */
  withdrawIntent(input: { id: string; version: number }): Promise<ParticipationIntent> {
    const viewer = requireViewer(this.actor.viewer);
    return transaction(this.dataSource, async (manager) => {
      const query = manager.getRepository(ParticipationIntent).createQueryBuilder("intent").where("intent.id = :id", { id: input.id });
      const existing = await forUpdate(query, manager).getOne();
      if (!existing) throw new NotFoundError(msg`There is no participation intent with the id ${input.id}.`);
      const officerOfIt =
        viewer.role === Role.INSTITUTION_OFFICER &&
        viewer.memberId === existing.memberId &&
        viewer.institutionIds.includes(existing.institutionId);
      if (!isSupportUnit(viewer) && !officerOfIt) {
        throw new ForbiddenError("Only officers of the institution and the support unit withdraw its intent.");
      }
      if (existing.version !== input.version) throw staleVersion("ParticipationIntent", existing.version);
      if (existing.status === ParticipationIntentStatus.WITHDRAWN) {
        throw new ConflictError("This intent is already withdrawn.", { field: "id" });
      }
      return updateAudited(
        manager,
        ParticipationIntent,
        existing,
        Object.assign(new ParticipationIntent(), existing, { status: ParticipationIntentStatus.WITHDRAWN, activeSlot: null }),
        INTENT_AUDIT,
        this.actor,
        "withdrawParticipationIntent",
      ).then(async (updated) => {
        // activeSlot is not an audited field: write it explicitly.
        await manager.update(ParticipationIntent, { id: existing.id }, { activeSlot: null });
        return updated;
      });
    });
  }

  /** Intents of one institution or member, newest first. */
  async intents(filter: { memberId?: string | null; institutionId?: string | null; area?: ChallengeAreaCode | null }) {
    const query = this.dataSource.getRepository(ParticipationIntent).createQueryBuilder("intent");
    if (filter.memberId) query.andWhere("intent.memberId = :memberId", { memberId: filter.memberId });
    if (filter.institutionId) query.andWhere("intent.institutionId = :institutionId", { institutionId: filter.institutionId });
    if (filter.area) query.andWhere("intent.area = :area", { area: filter.area });
    return query.orderBy("intent.createdAt", "DESC").addOrderBy("intent.id", "DESC").take(200).getMany();
  }

  byId(id: string): Promise<CoordinationCase | null> {
    return this.dataSource.getRepository(CoordinationCase).findOneBy({ id });
  }

  /**
   * The case queue, oldest first (by age). Filtering by facilitator is the support unit's. A member type or region is
   * resolved through the directory (once per request); a resolved-on range lists resolved cases only.
   */
  async list(page: PageArgs, filter: CoordinationCaseFilterArgs | null | undefined): Promise<Connection<CoordinationCase>> {
    const resolved = dateRange(
      filter?.resolvedFrom,
      filter?.resolvedTo,
      { from: "filter.resolvedFrom", to: "filter.resolvedTo" },
      "resolution day",
    );
    if (filter?.facilitatorId) requireSupport(this.actor.viewer);
    // The page arguments are checked before the directory is asked (paginate checks them again).
    pageSize(page.first);
    if (page.after) decodeCursor(page.after, 2);
    const members = await this.directory.memberIdsWhere(filter ?? {});
    const query = this.dataSource.getRepository(CoordinationCase).createQueryBuilder("c");
    if (filter?.memberId) query.andWhere("c.memberId = :fMember", { fMember: filter.memberId });
    if (members?.length === 0) query.andWhere("1 = 0");
    else if (members) query.andWhere("c.memberId IN (:...fMembers)", { fMembers: members });
    if (resolved.from) query.andWhere("c.resolvedAt >= :fResolvedFrom", { fResolvedFrom: resolved.from });
    if (resolved.to) query.andWhere("c.resolvedAt < :fResolvedBefore", { fResolvedBefore: dayAfter(resolved.to) });
    if (filter?.area) query.andWhere("c.area = :fArea", { fArea: filter.area });
    if (filter?.status) query.andWhere("c.status = :fStatus", { fStatus: filter.status });
    if (filter?.facilitatorId) query.andWhere("c.facilitatorId = :fFacilitator", { fFacilitator: filter.facilitatorId });
    return paginate(query, page, { column: "c.openedAt", property: "openedAt", direction: "ASC" }, { column: "c.id", property: "id" });
  }

  institutionIds(caseId: string): Promise<string[]> {
    return this.loaders
      .get<string, string[]>("coordination.institutions", async (ids) => {
        const rows = await this.dataSource
          .getRepository(CoordinationCaseInstitution)
          .find({ where: { caseId: In([...ids]) }, order: { joinedAt: "ASC", institutionId: "ASC" } });
        return group(ids, rows, (row) => row.caseId).map((list) => list.map((row) => row.institutionId));
      })
      .load(caseId);
  }

  notes(caseId: string): Promise<CoordinationCaseNote[]> {
    return this.loaders
      .get<string, CoordinationCaseNote[]>("coordination.notes", async (ids) => {
        const rows = await this.dataSource
          .getRepository(CoordinationCaseNote)
          .find({ where: { caseId: In([...ids]) }, order: { at: "ASC", id: "ASC" } });
        return group(ids, rows, (row) => row.caseId);
      })
      .load(caseId);
  }

  steps(caseId: string): Promise<CoordinationCaseStep[]> {
    return this.loaders
      .get<string, CoordinationCaseStep[]>("coordination.steps", async (ids) => {
        const rows = await this.dataSource
          .getRepository(CoordinationCaseStep)
          .find({ where: { caseId: In([...ids]) }, order: { dueOn: "ASC", createdAt: "ASC", id: "ASC" } });
        return group(ids, rows, (row) => row.caseId);
      })
      .load(caseId);
  }

  history(caseId: string): Promise<CoordinationCaseEvent[]> {
    return this.loaders
      .get<string, CoordinationCaseEvent[]>("coordination.history", async (ids) => {
        const rows = await this.dataSource
          .getRepository(CoordinationCaseEvent)
          .find({ where: { caseId: In([...ids]) }, order: { at: "ASC", id: "ASC" } });
        return group(ids, rows, (row) => row.caseId);
      })
      .load(caseId);
  }

  /**
   * The shape of every case mutation: support unit only, NOT_FOUND, stale version → CONFLICT, RESOLVED → CONFLICT; the
   * case's version is bumped (also for notes and steps), the change audited and written to the case's history. Any
   * work moves an OPEN case to IN_PROGRESS.
   */
  private change(
    key: { id: string; version: number },
    operation: string,
    work: (
      existing: CoordinationCase,
      manager: EntityManager,
    ) => Promise<{ patch?: Partial<CoordinationCase>; details?: Record<string, unknown> }>,
  ): Promise<CoordinationCase> {
    const viewer = requireSupport(this.actor.viewer);
    return transaction(this.dataSource, async (manager) => {
      const query = manager.getRepository(CoordinationCase).createQueryBuilder("c").where("c.id = :id", { id: key.id });
      const existing = await forUpdate(query, manager).getOne();
      if (!existing) throw new NotFoundError(msg`There is no coordination case with the id ${key.id}.`);
      if (existing.version !== key.version) throw staleVersion("CoordinationCase", existing.version);
      if (existing.status === CoordinationCaseStatus.RESOLVED) {
        throw new ConflictError("This coordination case is resolved; it no longer changes.", { field: "id" });
      }
      const { patch = {}, details = {} } = await work(existing, manager);
      const next: CoordinationCase = Object.assign(
        new CoordinationCase(),
        existing,
        { status: CoordinationCaseStatus.IN_PROGRESS },
        patch,
        {
          version: existing.version + 1,
          updatedAt: now(),
        },
      );
      const changes: FieldChanges = changesOf(CASE_AUDIT, existing, next);
      const set: Record<string, unknown> = { version: next.version, updatedAt: next.updatedAt, openSlot: next.openSlot };
      for (const field of Object.keys(changes)) set[field] = next[field as keyof CoordinationCase];
      const result = await manager
        .createQueryBuilder()
        .update(CoordinationCase)
        .set(set as QueryDeepPartialEntity<CoordinationCase>)
        .where("id = :id AND version = :version", { id: existing.id, version: existing.version })
        .execute();
      if (result.affected !== 1) throw staleVersion("CoordinationCase", existing.version + 1);
      for (const [field, value] of Object.entries(details)) changes[field] = { from: null, to: value };
      await recordAudit(manager, {
        viewer,
        operation,
        entityType: CASE_AUDIT.entityType,
        entityId: existing.id,
        changes,
        requestId: this.actor.requestId,
      });
      await manager.insert(
        CoordinationCaseEvent,
        event(existing.id, viewer.accountId, operation, changes) as QueryDeepPartialEntity<CoordinationCaseEvent>,
      );
      return next;
    });
  }

  /**
   * Names the case's facilitator: an active support-unit account, checked against its owner, the identity subgraph,
   * before anything is written (the caller naming themself is known to be one).
   */
  async assignFacilitator(input: { id: string; version: number; facilitatorId: string }): Promise<CoordinationCase> {
    const viewer = requireSupport(this.actor.viewer);
    const facilitatorId = input.facilitatorId.trim();
    if (!facilitatorId || facilitatorId.length > 64)
      throw new BadUserInputError("Give the facilitator's support-unit account id.", "facilitatorId");
    if (facilitatorId !== viewer.accountId) {
      if (!this.accounts)
        throw new BadUserInputError("Only you can be named facilitator here: no identity service is configured.", "facilitatorId");
      const [account] = await this.accounts.accounts([facilitatorId], this.authorization);
      if (!account) throw new BadUserInputError(msg`No account has the id ${facilitatorId}.`, "facilitatorId");
      if (!SUPPORT_ROLES.includes(account.role)) {
        throw new BadUserInputError(
          msg`The account ${facilitatorId} has the role ${account.role}: only support-unit accounts facilitate coordination.`,
          "facilitatorId",
        );
      }
      if (account.status !== "ACTIVE") {
        throw new BadUserInputError(msg`The account ${facilitatorId} is ${account.status}: it cannot facilitate.`, "facilitatorId");
      }
    }
    return this.change(input, "assignFacilitator", async () => ({ patch: { facilitatorId } }));
  }

  addNote(input: { id: string; version: number; text: string }): Promise<CoordinationCase> {
    const text = input.text.trim();
    if (!text || text.length > 5000) throw new BadUserInputError("A note has 1 to 5000 characters.", "text");
    return this.change(input, "addCaseNote", async (existing, manager) => {
      const note: CoordinationCaseNote = {
        id: newId(),
        caseId: existing.id,
        at: now(),
        authorId: requireViewer(this.actor.viewer).accountId,
        text,
      };
      await manager.insert(CoordinationCaseNote, note);
      return { details: { noteId: note.id } };
    });
  }

  addNextStep(input: { id: string; version: number; description: string; dueOn: string }): Promise<CoordinationCase> {
    const description = input.description.trim();
    if (!description || description.length > 2000) throw new BadUserInputError("A next step has 1 to 2000 characters.", "description");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dueOn) || Number.isNaN(Date.parse(input.dueOn))) {
      throw new BadUserInputError("The due date is a day, YYYY-MM-DD.", "dueOn");
    }
    return this.change(input, "addNextStep", async (existing, manager) => {
      const step: CoordinationCaseStep = {
        id: newId(),
        caseId: existing.id,
        description,
        dueOn: input.dueOn,
        createdAt: now(),
        doneAt: null,
      };
      await manager.insert(CoordinationCaseStep, step);
      return { details: { stepId: step.id, dueOn: step.dueOn } };
    });
  }

  completeNextStep(input: { id: string; version: number; stepId: string }): Promise<CoordinationCase> {
    return this.change(input, "completeNextStep", async (existing, manager) => {
      const step = await manager.getRepository(CoordinationCaseStep).findOneBy({ id: input.stepId, caseId: existing.id });
      if (!step) throw new NotFoundError(msg`This case has no next step with the id ${input.stepId}.`);
      if (step.doneAt) throw new ConflictError("This next step is already done.", { field: "stepId" });
      await manager.update(CoordinationCaseStep, { id: step.id }, { doneAt: now() });
      return { details: { stepDone: step.id } };
    });
  }

  designateLead(input: { id: string; version: number; institutionId: string }): Promise<CoordinationCase> {
    return this.change(input, "designateLead", async (existing, manager) => {
      await this.requireInvolved(manager, existing, input.institutionId, "institutionId");
      return { patch: { leadInstitutionId: input.institutionId } };
    });
  }

  private async requireInvolved(manager: EntityManager, existing: CoordinationCase, institutionId: string, field: string): Promise<void> {
    const involved = await manager.getRepository(CoordinationCaseInstitution).findOneBy({ caseId: existing.id, institutionId });
    if (!involved) throw new BadUserInputError("The lead must be one of the case's institutions.", field);
  }

  resolve(input: {
    id: string;
    version: number;
    resolution: CoordinationResolution;
    leadInstitutionId?: string | null;
    mergedCommitmentIds?: string[] | null;
    divisionOfWork?: string | null;
  }): Promise<CoordinationCase> {
    return this.change(input, "resolveCoordinationCase", async (existing, manager) => {
      const closed = { status: CoordinationCaseStatus.RESOLVED, resolution: input.resolution, openSlot: null, resolvedAt: now() };
      if (input.resolution === CoordinationResolution.LEAD_DESIGNATED) {
        const lead = input.leadInstitutionId ?? existing.leadInstitutionId;
        if (!lead) throw new BadUserInputError("Name the lead institution (or designate it first).", "leadInstitutionId");
        await this.requireInvolved(manager, existing, lead, "leadInstitutionId");
        return { patch: { ...closed, leadInstitutionId: lead } };
      }
      if (input.resolution === CoordinationResolution.MERGED) {
        const ids = [...new Set(input.mergedCommitmentIds ?? [])];
        if (ids.length < 2) throw new BadUserInputError("A merge names at least two commitments.", "mergedCommitmentIds");
        const found = await manager.getRepository(Commitment).findBy({ id: In(ids) });
        const ours = found.filter(
          (commitment) =>
            commitment.memberId === existing.memberId && (commitment.assignedAreaCode ?? commitment.proposedAreaCode) === existing.area,
        );
        if (ours.length !== ids.length) {
          throw new BadUserInputError(
            "Merged commitments must be commitments of the case's member in the case's area.",
            "mergedCommitmentIds",
          );
        }
        return { patch: { ...closed, mergedCommitmentIds: ids } };
      }
      const divisionOfWork = input.divisionOfWork?.trim();
      if (!divisionOfWork) throw new BadUserInputError("Describe the division of work.", "divisionOfWork");
      return { patch: { ...closed, divisionOfWork } };
    });
  }
}

/** Whole days from `from` (ISO timestamp) to `to` (default now). */
export function ageInDays(from: string, to: string | null): number {
  return Math.max(0, Math.floor(((to ? Date.parse(to) : Date.now()) - Date.parse(from)) / 86_400_000));
}
