import { Actor, type AuditSpec, BadUserInputError, ChallengeAreaCode, changesOf, chunks, forUpdate, msg, now, UpsertSpec } from "@ogc/kit";
import { type EntityManager, In } from "typeorm";
import { noticeParticipationOf } from "../coordination/coordination.service.js";
import type { DirectoryActionPlan, DirectoryInstitution, DirectoryMember, DirectoryReader } from "../directory/directory-client.js";
import { CommitmentEventKind } from "../history/commitment-event.entity.js";
import { recordEvents } from "../history/history.service.js";
import { Milestone } from "../milestone/milestone.entity.js";
import { buildMilestone, MILESTONE_AUDIT, type MilestoneDraft } from "../milestone/milestone.rules.js";
import { Pathway } from "../shared/enums.js";
import { enumValue, positiveInt } from "../shared/validation.js";
import { Commitment, CommitmentSuggestedArea, IMPORTED_COMMITMENT_FIELDS, IMPORTED_TITLE_MAX } from "./commitment.entity.js";
import { buildCommitment, type CommitmentDraft, commitmentOgpId, IMPORTED_LONG_TEXT, verifyReferences } from "./commitment.rules.js";
import { writeLinks } from "./commitment.service.js";
import { CommitmentStatus } from "./commitment-status.js";

/** One commitment of an import batch, keyed by its OGP id; the member and plan by their OGP codes. */
export interface CommitmentUpsertDraft extends Omit<CommitmentDraft, "memberId" | "actionPlanId"> {
  ogpId?: string | null;
  memberCode?: string | null;
  actionPlanOgpId?: string | null;
  assignedArea?: ChallengeAreaCode | string | null;
  status?: CommitmentStatus | string | null;
  /** Areas the IRM policy tags suggest: a set (order and repeats do not matter); left out keeps, null or [] clears. */
  suggestedAreas?: readonly (ChallengeAreaCode | string)[] | null;
}

/** What an import compares, audits and writes to the history: the commitment's fields and its suggested areas. */
export const IMPORTED_COMMITMENT_AUDIT: AuditSpec<Commitment> = { entityType: "Commitment", fields: IMPORTED_COMMITMENT_FIELDS };

const AREA_ORDER: readonly string[] = Object.values(ChallengeAreaCode);

/** Suggested areas as a set in one canonical order (the enum's), so the same areas in another order are no change. */
export function canonicalAreas(areas: readonly (ChallengeAreaCode | string)[], field: string): ChallengeAreaCode[] {
  const checked = areas.map((area, index) => enumValue(ChallengeAreaCode, area, `${field}.${index}`, "challenge area"));
  return [...new Set(checked)].sort((a, b) => AREA_ORDER.indexOf(a) - AREA_ORDER.indexOf(b));
}

/** Loads the suggested areas of these commitments onto them (sorted; [] when none), a statement per 500 commitments. */
async function loadSuggestedAreas(manager: EntityManager, commitments: Commitment[]): Promise<void> {
  const byId = new Map(commitments.map((commitment) => [commitment.id, commitment]));
  for (const commitment of commitments) commitment.suggestedAreas = [];
  for (const chunk of chunks([...byId.keys()], 500)) {
    for (const row of await manager.getRepository(CommitmentSuggestedArea).findBy({ commitmentId: In(chunk) })) {
      byId.get(row.commitmentId)?.suggestedAreas?.push(row.area);
    }
  }
  for (const commitment of commitments) commitment.suggestedAreas = canonicalAreas(commitment.suggestedAreas ?? [], "suggestedAreas");
}

/** Rewrites the suggested-area rows of the commitments whose areas changed, in multi-row statements. */
async function writeSuggestedAreas(manager: EntityManager, created: Commitment[], updated: { existing: Commitment; next: Commitment }[]) {
  const changed = updated
    .filter(({ existing, next }) => JSON.stringify(existing.suggestedAreas ?? []) !== JSON.stringify(next.suggestedAreas ?? []))
    .map(({ next }) => next);
  for (const chunk of chunks(
    changed.map((commitment) => commitment.id),
    500,
  )) {
    await manager.createQueryBuilder().delete().from(CommitmentSuggestedArea).where("commitment_id IN (:...ids)", { ids: chunk }).execute();
  }
  const rows = [...created, ...changed].flatMap((commitment) =>
    (commitment.suggestedAreas ?? []).map((area) => ({ commitmentId: commitment.id, area })),
  );
  for (const chunk of chunks(rows, 500)) {
    await manager.createQueryBuilder().insert().into(CommitmentSuggestedArea).values(chunk).updateEntity(false).execute();
  }
}

interface CommitmentUpsertContext {
  existing: Map<string, Commitment>;
  members: Map<string, DirectoryMember | null>;
  plans: Map<string, DirectoryActionPlan | null>;
  plansById: Map<string, DirectoryActionPlan | null>;
  institutions: Map<string, DirectoryInstitution | null>;
}

/**
 * Commitments imported from OGP's data: the state machine does not apply (the row says where the commitment is), nor
 * the amendment window (the plan holds it already); references are still checked against the directory, in one request.
 */
export function commitmentUpsert(
  actor: Actor,
  directory: DirectoryReader,
  note: string | null = null,
): UpsertSpec<CommitmentUpsertDraft, Commitment, CommitmentUpsertContext> {
  return {
    operation: "upsertCommitments",
    target: Commitment,
    audit: IMPORTED_COMMITMENT_AUDIT,
    keyField: "ogpId",
    keyOf: (row) => String(row.ogpId ?? ""),
    async load(manager, rows) {
      const strings = (values: unknown[]) => [
        ...new Set(values.filter((value): value is string => typeof value === "string" && value !== "")),
      ];
      const ogpIds = strings(rows.map((row) => row.ogpId));
      const existing = new Map<string, Commitment>();
      for (const chunk of chunks(ogpIds, 500)) {
        const query = manager.createQueryBuilder(Commitment, "commitment").where("commitment.ogpId IN (:...ogpIds)", { ogpIds: chunk });
        for (const commitment of await forUpdate(query, manager).getMany()) existing.set(commitment.ogpId as string, commitment);
      }
      await loadSuggestedAreas(manager, [...existing.values()]);
      const memberCodes = strings(rows.map((row) => row.memberCode));
      const planIds = strings(rows.map((row) => row.actionPlanOgpId));
      const institutionIds = strings(rows.flatMap((row) => [row.leadInstitutionId, ...(row.supportingInstitutionIds ?? [])]));
      // Asked in the same tick: one `_entities` request for the whole batch.
      const keptPlanIds = strings([...existing.values()].map((commitment) => commitment.actionPlanId));
      const [members, plans, keptPlans, institutions] = await Promise.all([
        Promise.all(memberCodes.map((code) => directory.memberByCode(code))),
        Promise.all(planIds.map((ogpId) => directory.actionPlanByOgpId(ogpId))),
        Promise.all(keptPlanIds.map((id) => directory.actionPlan(id))),
        Promise.all(institutionIds.map((id) => directory.institution(id))),
      ]);
      return {
        existing,
        members: new Map(memberCodes.map((code, index) => [code, members[index] ?? null])),
        plans: new Map(planIds.map((ogpId, index) => [ogpId, plans[index] ?? null])),
        plansById: new Map(keptPlanIds.map((id, index) => [id, keptPlans[index] ?? null])),
        institutions: new Map(institutionIds.map((id, index) => [id, institutions[index] ?? null])),
      };
    },
    plan(row, loaded) {
      const member = typeof row.memberCode === "string" ? loaded.members.get(row.memberCode) : undefined;
      if (!member) throw new BadUserInputError(msg`The directory has no member with the OGP code "${row.memberCode ?? ""}".`, "memberCode");
      let plan: DirectoryActionPlan | null = null;
      if (row.actionPlanOgpId) {
        plan = loaded.plans.get(row.actionPlanOgpId) ?? null;
        if (!plan)
          throw new BadUserInputError(msg`The directory has no action plan with the OGP id "${row.actionPlanOgpId}".`, "actionPlanOgpId");
      }
      const existing = (typeof row.ogpId === "string" && loaded.existing.get(row.ogpId)) || null;
      const { memberCode: _code, actionPlanOgpId: _plan, assignedArea, status, suggestedAreas, ...draft } = row;
      const next = buildCommitment(
        {
          ...draft,
          ogpId: commitmentOgpId(row.ogpId),
          memberId: member.id,
          pathway: row.pathway ?? existing?.pathway ?? (plan ? Pathway.ACTION_PLAN : Pathway.STANDALONE),
          actionPlanId: plan ? plan.id : row.actionPlanOgpId === null ? null : undefined,
        },
        existing,
        { complete: false, titleMax: IMPORTED_TITLE_MAX, textMax: IMPORTED_LONG_TEXT },
      );
      const areas =
        suggestedAreas === undefined ? (existing?.suggestedAreas ?? []) : canonicalAreas(suggestedAreas ?? [], "suggestedAreas");
      // A new commitment without suggestions shows none in its history rather than "from null to []".
      next.suggestedAreas = existing || areas.length > 0 ? areas : undefined;
      if (existing && existing.memberId !== member.id)
        throw new BadUserInputError("An imported commitment cannot change member.", "memberCode");
      if (assignedArea !== undefined) {
        next.assignedAreaCode = assignedArea ? enumValue(ChallengeAreaCode, assignedArea, "assignedArea", "challenge area") : null;
      }
      next.status = enumValue(CommitmentStatus, status ?? existing?.status ?? CommitmentStatus.SUBMITTED, "status", "commitment status");
      if (next.status !== CommitmentStatus.DRAFT) next.publishedAt = existing?.publishedAt ?? now();
      verifyReferences(
        next,
        {
          member,
          lead: next.leadInstitutionId ? (loaded.institutions.get(next.leadInstitutionId) ?? null) : null,
          supporting: next.supportingInstitutionIds.map((id) => loaded.institutions.get(id) ?? null),
          plan: next.actionPlanId ? (plan ?? loaded.plansById.get(next.actionPlanId) ?? null) : null,
        },
        { joiningPlan: false, imported: true },
      );
      return { existing, next };
    },
    async afterWrite(manager, { created, updated }) {
      await writeLinks(
        manager,
        created,
        updated.map((update) => update.next),
      );
      await writeSuggestedAreas(manager, created, updated);
      await noticeParticipationOf(manager, actor, [...created, ...updated.map((update) => update.next)], "upsertCommitments");
      await recordEvents(manager, actor, [
        ...created.map((commitment) => ({
          commitmentId: commitment.id,
          kind: CommitmentEventKind.IMPORTED,
          changes: changesOf(IMPORTED_COMMITMENT_AUDIT, null, commitment),
          note,
        })),
        ...updated.map(({ existing, next }) => ({
          commitmentId: existing.id,
          kind: CommitmentEventKind.IMPORTED,
          changes: changesOf(IMPORTED_COMMITMENT_AUDIT, existing, next),
          note,
        })),
      ]);
    },
  };
}

/** One milestone of an import batch, keyed by its commitment's OGP id and its position. */
export interface MilestoneUpsertDraft extends MilestoneDraft {
  commitmentOgpId?: string | null;
  position?: number | null;
}

interface MilestoneUpsertContext {
  commitments: Map<string, Commitment>;
  milestones: Map<string, Milestone>;
}

export function milestoneUpsert(actor: Actor, note = "Imported"): UpsertSpec<MilestoneUpsertDraft, Milestone, MilestoneUpsertContext> {
  return {
    operation: "upsertMilestones",
    target: Milestone,
    audit: MILESTONE_AUDIT,
    keyField: "position",
    keyOf: (row) => `${row.commitmentOgpId ?? ""} #${row.position ?? ""}`,
    async load(manager, rows) {
      const ogpIds = [...new Set(rows.map((row) => row.commitmentOgpId).filter((id): id is string => typeof id === "string"))];
      const commitments = new Map<string, Commitment>();
      for (const chunk of chunks(ogpIds, 500)) {
        for (const commitment of await manager.getRepository(Commitment).findBy({ ogpId: In(chunk) })) {
          commitments.set(commitment.ogpId as string, commitment);
        }
      }
      const milestones = new Map<string, Milestone>();
      const ids = [...commitments.values()].map((commitment) => commitment.id);
      for (const chunk of chunks(ids, 500)) {
        const query = manager.createQueryBuilder(Milestone, "milestone").where("milestone.commitmentId IN (:...ids)", { ids: chunk });
        for (const milestone of await forUpdate(query, manager).getMany())
          milestones.set(`${milestone.commitmentId}#${milestone.position}`, milestone);
      }
      return { commitments, milestones };
    },
    plan(row, { commitments, milestones }) {
      const commitment = typeof row.commitmentOgpId === "string" ? commitments.get(row.commitmentOgpId) : undefined;
      if (!commitment)
        throw new BadUserInputError(msg`There is no commitment with the OGP id "${row.commitmentOgpId ?? ""}".`, "commitmentOgpId");
      const position = positiveInt(row.position, "position", "The milestone's position", 500);
      const existing = milestones.get(`${commitment.id}#${position}`) ?? null;
      return { existing, next: buildMilestone(row, existing, { commitmentId: commitment.id, position }) };
    },
    async afterWrite(manager, { created, updated }) {
      await recordEvents(manager, actor, [
        ...created.map((milestone) => ({
          commitmentId: milestone.commitmentId,
          kind: CommitmentEventKind.MILESTONE_ADDED,
          changes: changesOf(MILESTONE_AUDIT, null, milestone),
          note,
        })),
        ...updated.map(({ existing, next }) => ({
          commitmentId: existing.commitmentId,
          kind: CommitmentEventKind.MILESTONE_CHANGED,
          changes: changesOf(MILESTONE_AUDIT, existing, next),
          note,
        })),
      ]);
    },
  };
}
