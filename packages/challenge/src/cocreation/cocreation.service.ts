import { randomUUID } from "node:crypto";
import {
  Actor,
  type AuditSpec,
  BadUserInputError,
  type ChallengeAreaCode,
  ConflictError,
  type Connection,
  decodeCursor,
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
  now,
  type PageArgs,
  pageSize,
  paginate,
  type Region,
  Role,
  requireViewer,
  runUpsert,
  staleVersion,
  transaction,
  type UpsertResult,
  updateAudited,
  type Viewer,
} from "@ogc/kit";
import { Brackets, type DataSource, type EntityManager, In } from "typeorm";
import { Commitment } from "../commitment/commitment.entity.js";
import { canSee, isOwner, visibleCondition } from "../commitment/commitment-access.js";
import { FINAL_STATUSES } from "../commitment/commitment-status.js";
import type { DirectoryReader } from "../directory/directory-client.js";
import { CommitmentEventKind } from "../history/commitment-event.entity.js";
import { recordEvent } from "../history/history.service.js";
import { type UpsertOptions, upsertSource } from "../shared/validation.js";
import { CoCreationEvent, CoCreationLink, type CoCreationRole, CoCreationStatus, LINK_FIELDS } from "./cocreation.entity.js";
import { type CoCreationLinkUpsertDraft, coCreationLinkUpsert } from "./cocreation.upsert.js";

export const LINK_AUDIT: AuditSpec<CoCreationLink> = { entityType: "CoCreationLink", fields: LINK_FIELDS };

function group<T>(keys: readonly string[], rows: T[], key: (row: T) => string): T[][] {
  const byKey = new Map<string, T[]>();
  for (const row of rows) byKey.set(key(row), [...(byKey.get(key(row)) ?? []), row]);
  return keys.map((id) => byKey.get(id) ?? []);
}

function isPartnerOf(viewer: Viewer | null, link: Pick<CoCreationLink, "partnerId">): boolean {
  return viewer?.role === Role.PARTNER_EDITOR && viewer.partnerId === link.partnerId;
}

/** How many lead institutions a list filter may name. */
const MAX_LEAD_INSTITUTIONS = 50;

/** Which co-creation links to list; fields combine with AND. */
export interface CoCreationLinkListFilter {
  commitmentId?: string | null;
  partnerId?: string | null;
  area?: ChallengeAreaCode | null;
  memberId?: string | null;
  memberType?: MemberType | null;
  region?: Region | null;
  status?: CoCreationStatus | null;
  role?: CoCreationRole | null;
  leadInstitutionIds?: string[] | null;
}

/** Co-creation links (DOMAIN.md, rule 5). */
export class CoCreationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: LoaderRegistry,
    private readonly actor: Actor,
    private readonly directory: DirectoryReader,
  ) {}

  /** Links an import found, keyed by commitment OGP id, partner and role: all rows or none (see cocreation.upsert.ts). */
  async upsert(rows: readonly CoCreationLinkUpsertDraft[], options: UpsertOptions = {}): Promise<UpsertResult> {
    const note = upsertSource(options.source) ?? "Imported";
    return runUpsert(this.dataSource, this.actor, coCreationLinkUpsert(this.actor, this.directory, note), rows, {
      dryRun: options.dryRun,
    });
  }

  /** Active links of commitments, batched. */
  active(commitmentId: string): Promise<CoCreationLink[]> {
    return this.loaders
      .get<string, CoCreationLink[]>("cocreation.active", async (ids) => {
        const rows = await this.dataSource
          .getRepository(CoCreationLink)
          .find({ where: { commitmentId: In([...ids]), status: CoCreationStatus.ACTIVE }, order: { createdAt: "ASC", id: "ASC" } });
        return group(ids, rows, (row) => row.commitmentId);
      })
      .load(commitmentId);
  }

  /** A partner's links: ACTIVE ones for everyone; all of them for its own editors and the support unit. */
  ofPartner(partnerId: string): Promise<CoCreationLink[]> {
    const all = isSupportUnit(this.actor.viewer) || isPartnerOf(this.actor.viewer, { partnerId });
    return this.loaders
      .get<string, CoCreationLink[]>(`cocreation.partner.${all}`, async (ids) => {
        const where = all ? { partnerId: In([...ids]) } : { partnerId: In([...ids]), status: CoCreationStatus.ACTIVE };
        const rows = await this.dataSource.getRepository(CoCreationLink).find({ where, order: { createdAt: "ASC", id: "ASC" } });
        return group(ids, rows, (row) => row.partnerId);
      })
      .load(partnerId);
  }

  /**
   * Links a page at a time, oldest first. Everyone sees the ACTIVE links of published commitments; a partner's editors
   * all of its links; officers every link of the commitments their institutions lead or support (that they may see):
   * their queue of requests to answer; the support unit all. A status the viewer may not see simply lists nothing.
   */
  async list(page: PageArgs, filter: CoCreationLinkListFilter | null | undefined): Promise<Connection<CoCreationLink>> {
    const viewer = this.actor.viewer;
    // The page arguments are checked before the directory is asked (paginate checks them again).
    pageSize(page.first);
    if (page.after) decodeCursor(page.after, 2);
    if ((filter?.leadInstitutionIds?.length ?? 0) > MAX_LEAD_INSTITUTIONS) {
      throw new BadUserInputError(msg`Name at most ${MAX_LEAD_INSTITUTIONS} lead institutions.`, "filter.leadInstitutionIds");
    }
    const members = await this.directory.memberIdsWhere(filter ?? {});
    const query = this.dataSource
      .getRepository(CoCreationLink)
      .createQueryBuilder("link")
      .innerJoin(Commitment, "commitment", "commitment.id = link.commitmentId");
    if (!isSupportUnit(viewer)) {
      query.andWhere(
        new Brackets((where) => {
          where.where("(link.status = :__active AND commitment.publishedAt IS NOT NULL)", { __active: CoCreationStatus.ACTIVE });
          if (viewer?.role === Role.PARTNER_EDITOR && viewer.partnerId) {
            where.orWhere("link.partnerId = :__viewerPartner", { __viewerPartner: viewer.partnerId });
          }
          const visible = visibleCondition("commitment", viewer);
          if (viewer?.role === Role.INSTITUTION_OFFICER && viewer.institutionIds.length > 0 && visible) {
            where.orWhere(
              `(${visible.where} AND commitment.id IN (SELECT ci.commitment_id FROM commitment_institution ci WHERE ci.institution_id IN (:...__viewerInstitutions)))`,
              { ...visible.parameters, __viewerInstitutions: viewer.institutionIds },
            );
          }
        }),
      );
    }
    if (filter?.commitmentId) query.andWhere("link.commitmentId = :fCommitment", { fCommitment: filter.commitmentId });
    if (filter?.partnerId) query.andWhere("link.partnerId = :fPartner", { fPartner: filter.partnerId });
    if (filter?.status) query.andWhere("link.status = :fStatus", { fStatus: filter.status });
    if (filter?.role) query.andWhere("link.role = :fRole", { fRole: filter.role });
    if (filter?.memberId) query.andWhere("commitment.memberId = :fMember", { fMember: filter.memberId });
    if (filter?.leadInstitutionIds) {
      // None: nothing leads, an empty page (as a member type without members).
      if (filter.leadInstitutionIds.length === 0) query.andWhere("1 = 0");
      else query.andWhere("commitment.leadInstitutionId IN (:...fLeads)", { fLeads: filter.leadInstitutionIds });
    }
    if (filter?.area) {
      query.andWhere("COALESCE(commitment.assignedAreaCode, commitment.proposedAreaCode) = :fArea", { fArea: filter.area });
    }
    if (members?.length === 0) query.andWhere("1 = 0");
    else if (members) query.andWhere("commitment.memberId IN (:...fMembers)", { fMembers: members });
    return paginate(
      query,
      page,
      { column: "link.createdAt", property: "createdAt", direction: "ASC" },
      { column: "link.id", property: "id" },
    );
  }

  history(linkId: string): Promise<CoCreationEvent[]> {
    return this.loaders
      .get<string, CoCreationEvent[]>("cocreation.history", async (ids) => {
        const rows = await this.dataSource
          .getRepository(CoCreationEvent)
          .find({ where: { linkId: In([...ids]) }, order: { at: "ASC", id: "ASC" } });
        return group(ids, rows, (row) => row.linkId);
      })
      .load(linkId);
  }

  private async event(manager: EntityManager, link: CoCreationLink, kind: string): Promise<void> {
    await manager.insert(CoCreationEvent, {
      id: randomUUID(),
      linkId: link.id,
      at: now(),
      actorId: this.actor.viewer?.accountId ?? null,
      kind,
      status: link.status,
    });
  }

  /** A partner editor asks to co-create a published, not final commitment (the support unit may ask for a partner). */
  async request(input: {
    commitmentId: string;
    role: CoCreationRole;
    partnerId?: string | null;
    note?: string | null;
  }): Promise<CoCreationLink> {
    const viewer = requireViewer(this.actor.viewer);
    let partnerId: string;
    if (viewer.role === Role.PARTNER_EDITOR && viewer.partnerId) partnerId = viewer.partnerId;
    else if (isSupportUnit(viewer)) {
      if (!input.partnerId) throw new BadUserInputError("Name the partner.", "partnerId");
      partnerId = input.partnerId;
    } else throw new ForbiddenError("Partner editors ask to co-create commitments (the support unit may for them).");
    if (viewer.role === Role.PARTNER_EDITOR && input.partnerId && input.partnerId !== partnerId) {
      throw new ForbiddenError("Partner editors ask for their own partner only.");
    }
    const note = input.note?.trim() || null;
    try {
      return await transaction(this.dataSource, async (manager) => {
        const commitment = await manager.getRepository(Commitment).findOneBy({ id: input.commitmentId });
        if (!commitment || !canSee(viewer, commitment))
          throw new NotFoundError(msg`There is no commitment with the id ${input.commitmentId}.`);
        if (FINAL_STATUSES.includes(commitment.status)) {
          throw new ConflictError(msg`A ${commitment.status} commitment takes no new co-creators.`, { field: "commitmentId" });
        }
        const link = Object.assign(new CoCreationLink(), freshRecord(), {
          commitmentId: commitment.id,
          partnerId,
          role: input.role,
          status: CoCreationStatus.REQUESTED,
          liveSlot: 1,
          note,
          reason: null,
        });
        await insertAudited(manager, CoCreationLink, link, LINK_AUDIT, this.actor, "requestCoCreation");
        await this.event(manager, link, "requestCoCreation");
        return link;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError("This partner already has a requested or active link in this role.", { field: "role" });
      }
      throw error;
    }
  }

  private change(
    key: { id: string; version: number },
    operation: string,
    allowed: (viewer: Viewer, link: CoCreationLink, commitment: Commitment) => boolean,
    next: (link: CoCreationLink) => Partial<CoCreationLink>,
  ): Promise<CoCreationLink> {
    const viewer = requireViewer(this.actor.viewer);
    return transaction(this.dataSource, async (manager) => {
      const query = manager.getRepository(CoCreationLink).createQueryBuilder("link").where("link.id = :id", { id: key.id });
      const existing = await forUpdate(query, manager).getOne();
      const commitment = existing ? await manager.getRepository(Commitment).findOneBy({ id: existing.commitmentId }) : null;
      if (!existing || !commitment) throw new NotFoundError(msg`There is no co-creation link with the id ${key.id}.`);
      if (!allowed(viewer, existing, commitment)) throw new ForbiddenError("You may not do this to this co-creation link.");
      if (existing.version !== key.version) throw staleVersion("CoCreationLink", existing.version);
      const patch = next(existing);
      const updated = await updateAudited(
        manager,
        CoCreationLink,
        existing,
        Object.assign(new CoCreationLink(), existing, patch),
        LINK_AUDIT,
        this.actor,
        operation,
      );
      if ("liveSlot" in patch) await manager.update(CoCreationLink, { id: existing.id }, { liveSlot: patch.liveSlot ?? null });
      await this.event(manager, updated, operation);
      // The commitment's public history shows its co-creators coming and going (DOMAIN.md, "every change of ... link");
      // requests and declines stay between the partner, the institution and the support unit, as the links do.
      const kind =
        updated.status === CoCreationStatus.ACTIVE
          ? CommitmentEventKind.CO_CREATION_LINKED
          : existing.status === CoCreationStatus.ACTIVE
            ? CommitmentEventKind.CO_CREATION_ENDED
            : null;
      if (kind && existing.status !== updated.status) {
        await recordEvent(manager, this.actor, {
          commitmentId: existing.commitmentId,
          kind,
          // The commitment gains or loses a co-creator: as an import's link event reads, partner and role from or to null.
          changes:
            kind === CommitmentEventKind.CO_CREATION_LINKED
              ? { partnerId: { from: null, to: updated.partnerId }, role: { from: null, to: updated.role } }
              : { partnerId: { from: updated.partnerId, to: null }, role: { from: updated.role, to: null } },
        });
      }
      return updated;
    });
  }

  /** The owning institution's officers or the support unit accept or decline (with a reason) a REQUESTED link. */
  decide(input: { id: string; version: number; accept: boolean; reason?: string | null }): Promise<CoCreationLink> {
    const reason = input.reason?.trim() || null;
    return this.change(
      input,
      input.accept ? "acceptCoCreation" : "declineCoCreation",
      (viewer, _link, commitment) => isSupportUnit(viewer) || isOwner(viewer, commitment),
      (link) => {
        if (link.status !== CoCreationStatus.REQUESTED)
          throw new ConflictError(msg`This link is ${link.status}, not REQUESTED.`, { field: "id" });
        if (!input.accept && !reason) throw new BadUserInputError("Give the reason for declining.", "reason");
        return input.accept ? { status: CoCreationStatus.ACTIVE, reason } : { status: CoCreationStatus.DECLINED, reason, liveSlot: null };
      },
    );
  }

  /** Either side ends a REQUESTED or ACTIVE link: the partner's editors, the owning institution's officers, the support unit. */
  end(input: { id: string; version: number; reason?: string | null }): Promise<CoCreationLink> {
    return this.change(
      input,
      "endCoCreation",
      (viewer, link, commitment) => isSupportUnit(viewer) || isOwner(viewer, commitment) || isPartnerOf(viewer, link),
      (link) => {
        if (link.status !== CoCreationStatus.REQUESTED && link.status !== CoCreationStatus.ACTIVE) {
          throw new ConflictError(msg`This link is already ${link.status}.`, { field: "id" });
        }
        return { status: CoCreationStatus.ENDED, reason: input.reason?.trim() || null, liveSlot: null };
      },
    );
  }
}
