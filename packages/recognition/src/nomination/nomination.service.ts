import {
  Actor,
  type AuditSpec,
  BadUserInputError,
  ConflictError,
  type Connection,
  editRecord,
  ForbiddenError,
  freshRecord,
  groupByKey,
  insertAudited,
  isSupportUnit,
  type LoaderRegistry,
  msg,
  NotFoundError,
  now,
  type PageArgs,
  paginate,
  Role,
  requireViewer,
  transaction,
} from "@ogc/kit";
import { Brackets, type DataSource, In, IsNull } from "typeorm";
import { AwardCycleStatus } from "../award-cycle/award-cycle.entity.js";
import type { AwardCycleService } from "../award-cycle/award-cycle.service.js";
import type { References } from "../references/references.js";
import { jsonElementPattern } from "../shared/json-search.js";
import { type IdListMessages, idList, REASON, requiredText, type TextMessages } from "../shared/validation.js";
import { isSubmitterOrSupport } from "../shared/viewer.js";
import { AwardNomination, NOMINATION_FIELDS, NominationStatus } from "./award-nomination.entity.js";

export const NOMINATION_AUDIT: AuditSpec<AwardNomination> = { entityType: "AwardNomination", fields: NOMINATION_FIELDS };

const RATIONALE: TextMessages = {
  required: msg`The rationale is required.`,
  tooLong: (max) => msg`The rationale is longer than ${max} characters.`,
};
const NOMINATED_MEMBER: TextMessages = {
  required: msg`The nominated member is required.`,
  tooLong: (max) => msg`The nominated member is longer than ${max} characters.`,
};
const COMMITMENT_IDS: IdListMessages = {
  none: msg`Name at least one commitment.`,
  tooMany: (max) => msg`At most ${max} commitments.`,
};

export interface NominationListFilter {
  cycleId?: string | null;
  memberId?: string | null;
  status?: NominationStatus | null;
}

export interface NominationDraft {
  cycleId: string;
  memberId: string;
  commitmentIds: readonly string[];
  rationale: string;
}

/** The parents whose accepted nominations the graph lists. */
export type NominationParent = "member" | "partner" | "commitment";

/** Nominations: reads filtered by what the caller may see, writes audited in the same transaction. */
export class NominationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: LoaderRegistry,
    private readonly actor: Actor,
    private readonly references: References,
    private readonly cycles: AwardCycleService,
  ) {}

  /** ACCEPTED nominations are public; others only for their nominator (and their partner's editors) and the support unit. */
  canSee(nomination: AwardNomination): boolean {
    return nomination.status === NominationStatus.ACCEPTED || isSubmitterOrSupport(this.actor.viewer, nomination);
  }

  async byId(id: string): Promise<AwardNomination | null> {
    const nomination = await this.dataSource.getRepository(AwardNomination).findOneBy({ id });
    return nomination && this.canSee(nomination) ? nomination : null;
  }

  list(page: PageArgs, filter: NominationListFilter | null | undefined): Promise<Connection<AwardNomination>> {
    const viewer = this.actor.viewer;
    const query = this.dataSource.getRepository(AwardNomination).createQueryBuilder("nomination");
    if (isSupportUnit(viewer)) {
      if (filter?.status) query.andWhere("nomination.status = :status", { status: filter.status });
    } else if (viewer) {
      query.andWhere(
        new Brackets((own) => {
          own
            .where("nomination.status = :accepted", { accepted: NominationStatus.ACCEPTED })
            .orWhere("nomination.submittedBy = :accountId", { accountId: viewer.accountId });
          if (viewer.partnerId) own.orWhere("nomination.partnerId = :partnerId", { partnerId: viewer.partnerId });
        }),
      );
    } else {
      query.andWhere("nomination.status = :accepted", { accepted: NominationStatus.ACCEPTED });
    }
    if (filter?.cycleId) query.andWhere("nomination.cycleId = :cycleId", { cycleId: filter.cycleId });
    if (filter?.memberId) query.andWhere("nomination.memberId = :memberId", { memberId: filter.memberId });
    return paginate(
      query,
      page,
      { column: "nomination.createdAt", property: "createdAt", direction: "DESC" },
      { column: "nomination.id", property: "id" },
    );
  }

  /** Accepted nominations of many parents of one kind, in one statement (a DataLoader batch), newest first. */
  acceptedOf(parent: NominationParent, key: string): Promise<AwardNomination[]> {
    return this.loaders
      .get<string, AwardNomination[]>(`nomination.accepted.${parent}`, async (keys) => {
        const query = this.dataSource
          .getRepository(AwardNomination)
          .createQueryBuilder("nomination")
          .where("nomination.status = :accepted", { accepted: NominationStatus.ACCEPTED })
          .orderBy("nomination.createdAt", "DESC")
          .addOrderBy("nomination.id", "DESC");
        if (parent === "member") query.andWhere("nomination.memberId IN (:...keys)", { keys });
        if (parent === "partner") query.andWhere("nomination.partnerId IN (:...keys)", { keys });
        if (parent === "commitment") {
          query.andWhere(
            new Brackets((any) => {
              for (const [index, id] of keys.entries()) {
                any.orWhere(`nomination.commitmentIds LIKE :commitment${index} ESCAPE '\\'`, {
                  [`commitment${index}`]: jsonElementPattern(id),
                });
              }
            }),
          );
          const rows = await query.getMany();
          return keys.map((id) => rows.filter((row) => row.commitmentIds.includes(id)));
        }
        const rows = await query.getMany();
        return groupByKey(keys, rows, (row) => (parent === "member" ? row.memberId : row.partnerId) ?? "");
      })
      .load(key);
  }

  async submit(draft: NominationDraft): Promise<AwardNomination> {
    const viewer = requireViewer(this.actor.viewer);
    let partnerId: string | null = null;
    if (viewer.role === Role.PARTNER_EDITOR) {
      if (!viewer.partnerId) throw new ForbiddenError("Your account edits for no partner organisation, so it cannot nominate.");
      partnerId = viewer.partnerId;
    } else if (!isSupportUnit(viewer)) {
      throw new ForbiddenError("Governments are nominated by partner editors and the support unit.");
    }
    const rationale = requiredText(draft.rationale, "rationale", RATIONALE, 5000);
    const commitmentIds = idList(draft.commitmentIds, "commitmentIds", COMMITMENT_IDS, 20);
    const memberId = requiredText(draft.memberId, "memberId", NOMINATED_MEMBER, 36);
    const cycle = await this.cycles.byId(draft.cycleId);
    if (!cycle) throw new BadUserInputError(msg`There is no award cycle with the id ${draft.cycleId}.`, "cycleId");
    if (cycle.status !== AwardCycleStatus.OPEN) {
      throw new BadUserInputError(msg`The award cycle "${cycle.name}" is closed: it takes no more nominations.`, "cycleId");
    }
    await this.references.requireMember(memberId);
    await this.references.requireNominableCommitments(memberId, commitmentIds);
    const nomination = Object.assign(new AwardNomination(), freshRecord(), {
      cycleId: cycle.id,
      memberId,
      commitmentIds,
      partnerId,
      submittedBy: viewer.accountId,
      rationale,
      status: NominationStatus.SUBMITTED,
      rejectionReason: null,
      decidedAt: null,
    });
    return transaction(this.dataSource, async (manager) => {
      // One standing nomination per nominator, member and cycle: a second would only repeat the first.
      const nominator = partnerId ? { partnerId } : { partnerId: IsNull(), submittedBy: viewer.accountId };
      const twin = await manager.getRepository(AwardNomination).findOneBy({
        cycleId: cycle.id,
        memberId,
        status: In([NominationStatus.SUBMITTED, NominationStatus.ACCEPTED]),
        ...nominator,
      });
      if (twin) {
        throw new ConflictError(
          partnerId
            ? msg`Your partner already nominated this member in this award cycle (nomination ${twin.id}, ${twin.status}).`
            : msg`You already nominated this member in this award cycle (nomination ${twin.id}, ${twin.status}).`,
          { field: "memberId", existingId: twin.id },
        );
      }
      return insertAudited(manager, AwardNomination, nomination, NOMINATION_AUDIT, this.actor, "submitNomination");
    });
  }

  /** SUBMITTED -> ACCEPTED, after checking again that every commitment is the member's and IN_PROGRESS or COMPLETED. */
  async accept(key: { id: string; version: number }): Promise<AwardNomination> {
    const current = await this.dataSource.getRepository(AwardNomination).findOneBy({ id: key.id });
    if (!current) throw new NotFoundError(msg`There is no award nomination with the id ${key.id}.`);
    // The commitments may have been withdrawn since the nomination was submitted: the rule holds when it stands.
    if (current.status === NominationStatus.SUBMITTED && current.version === key.version) {
      await this.references.requireNominableCommitments(current.memberId, current.commitmentIds);
    }
    return transaction(this.dataSource, (manager) =>
      editRecord(manager, AwardNomination, key, NOMINATION_AUDIT, this.actor, "acceptNomination", (existing) => {
        requireSubmitted(existing);
        return Object.assign(new AwardNomination(), existing, {
          status: NominationStatus.ACCEPTED,
          rejectionReason: null,
          decidedAt: now(),
        });
      }),
    );
  }

  /** SUBMITTED -> REJECTED, with the reason its nominator is shown. */
  reject(key: { id: string; version: number }, reason: string): Promise<AwardNomination> {
    const why = requiredText(reason, "reason", REASON, 2000);
    return transaction(this.dataSource, (manager) =>
      editRecord(manager, AwardNomination, key, NOMINATION_AUDIT, this.actor, "rejectNomination", (existing) => {
        requireSubmitted(existing);
        return Object.assign(new AwardNomination(), existing, {
          status: NominationStatus.REJECTED,
          rejectionReason: why,
          decidedAt: now(),
        });
      }),
    );
  }

  /** For `AwardNomination.cycle`. */
  cycleOf(nomination: AwardNomination) {
    return this.cycles.byId(nomination.cycleId);
  }
}

function requireSubmitted(nomination: AwardNomination): void {
  if (nomination.status !== NominationStatus.SUBMITTED) {
    throw new ConflictError(
      nomination.status === NominationStatus.ACCEPTED ? "This nomination was already accepted." : "This nomination was already rejected.",
      { field: "id" },
    );
  }
}
