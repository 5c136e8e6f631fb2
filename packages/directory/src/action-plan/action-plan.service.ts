import {
  Actor,
  type AuditSpec,
  alignByKey,
  BadUserInputError,
  ConflictError,
  type Connection,
  chunks,
  editRecord,
  forUpdate,
  freshRecord,
  groupByKey,
  insertAudited,
  type LoaderRegistry,
  msg,
  type PageArgs,
  paginate,
  runUpsert,
  type SortSpec,
  today,
  transact,
  transaction,
  type UpsertResult,
  type UpsertSpec,
} from "@ogc/kit";
import { type DataSource, type EntityManager, In } from "typeorm";
import { Member } from "../member/member.entity.js";
import { ActionPlanOrder, ActionPlanStatus, type MemberType, type Region } from "../shared/enums.js";
import { actionPlanOgpId, enumValue, isoDate, positiveInt } from "../shared/validation.js";
import { ACTION_PLAN_FIELDS, ActionPlan } from "./action-plan.entity.js";

export interface AmendmentWindowDraft {
  opensOn?: string | null;
  closesOn?: string | null;
}

export interface ActionPlanDraft {
  ogpId?: string | null;
  number?: number | null;
  startDate?: string | null;
  endDate?: string | null;
  lengthYears?: number | null;
  midwayRefreshOn?: string | null;
  status?: ActionPlanStatus | string | null;
  /** `undefined` keeps the stored window, `null` removes it. */
  amendmentWindow?: AmendmentWindowDraft | null;
  archived?: boolean | null;
}

export interface ActionPlanUpsertDraft extends ActionPlanDraft {
  memberCode?: string | null;
}

export interface ActionPlanListFilter {
  memberId?: string | null;
  memberType?: MemberType | null;
  region?: Region | null;
  status?: ActionPlanStatus | null;
  amendmentWindowOpen?: boolean | null;
  includeArchived?: boolean | null;
}

export const ACTION_PLAN_AUDIT: AuditSpec<ActionPlan> = { entityType: "ActionPlan", fields: ACTION_PLAN_FIELDS };

const SORTS: Record<ActionPlanOrder, SortSpec> = {
  [ActionPlanOrder.OGP_ID_ASC]: { column: "plan.ogpId", property: "ogpId", direction: "ASC" },
  [ActionPlanOrder.OGP_ID_DESC]: { column: "plan.ogpId", property: "ogpId", direction: "DESC" },
  [ActionPlanOrder.START_DATE_DESC]: { column: "plan.startDate", property: "startDate", direction: "DESC" },
  [ActionPlanOrder.CREATED_AT_DESC]: { column: "plan.createdAt", property: "createdAt", direction: "DESC" },
};

/** OGP's rules allow 2 or 4 years today; the IRM database holds earlier plans of 1 and 3 years, which must import. */
const MIN_YEARS = 1;
const MAX_YEARS = 4;

/** Builds the plan a draft describes on top of `existing` (null: new), for `member`, checking every rule. */
export function buildActionPlan(draft: ActionPlanDraft, existing: ActionPlan | null, member: Member): ActionPlan {
  const optional = <K extends "midwayRefreshOn">(key: K) => (draft[key] === undefined && existing ? existing[key] : draft[key]);
  const plan: ActionPlan = Object.assign(new ActionPlan(), existing ?? freshRecord(), {
    ogpId: actionPlanOgpId(draft.ogpId ?? existing?.ogpId),
    memberId: member.id,
    number: positiveInt(draft.number ?? existing?.number, "number", "The plan's number", 100),
    startDate: isoDate(draft.startDate ?? existing?.startDate, "startDate", "The start date"),
    endDate: isoDate(draft.endDate ?? existing?.endDate, "endDate", "The end date"),
    lengthYears: draft.lengthYears ?? existing?.lengthYears,
    status: enumValue(ActionPlanStatus, draft.status ?? existing?.status ?? ActionPlanStatus.DRAFT, "status", "action-plan status"),
    archived: draft.archived ?? existing?.archived ?? false,
  });
  if (plan.endDate <= plan.startDate) {
    throw new BadUserInputError(
      msg`An action plan cannot end before it starts: ${plan.endDate} is not after ${plan.startDate}.`,
      "endDate",
    );
  }
  if (!Number.isInteger(plan.lengthYears) || plan.lengthYears < MIN_YEARS || plan.lengthYears > MAX_YEARS) {
    throw new BadUserInputError(
      "An action plan runs 2 or 4 years (earlier plans ran 1 or 3): give a whole number from 1 to 4.",
      "lengthYears",
    );
  }

  const refresh = optional("midwayRefreshOn");
  plan.midwayRefreshOn = refresh ? isoDate(refresh, "midwayRefreshOn", "The midway refresh date") : null;
  if (plan.midwayRefreshOn) {
    if (plan.lengthYears !== 4) throw new BadUserInputError("Only 4-year action plans have a midway refresh.", "midwayRefreshOn");
    if (plan.midwayRefreshOn <= plan.startDate || plan.midwayRefreshOn >= plan.endDate) {
      throw new BadUserInputError(
        msg`The midway refresh must fall within the plan (${plan.startDate} to ${plan.endDate}).`,
        "midwayRefreshOn",
      );
    }
  }

  const window =
    draft.amendmentWindow === undefined
      ? existing?.amendmentOpensOn && existing.amendmentClosesOn
        ? { opensOn: existing.amendmentOpensOn, closesOn: existing.amendmentClosesOn }
        : null
      : draft.amendmentWindow;
  plan.amendmentOpensOn = null;
  plan.amendmentClosesOn = null;
  if (window) {
    const opensOn = isoDate(window.opensOn, "amendmentWindow.opensOn", "The amendment window's opening date");
    const closesOn = isoDate(window.closesOn, "amendmentWindow.closesOn", "The amendment window's closing date");
    if (closesOn < opensOn) {
      throw new BadUserInputError(msg`The amendment window closes (${closesOn}) before it opens (${opensOn}).`, "amendmentWindow.closesOn");
    }
    if (opensOn < plan.startDate) {
      throw new BadUserInputError(
        msg`The amendment window cannot open (${opensOn}) before the plan starts (${plan.startDate}): only a submitted plan can be amended.`,
        "amendmentWindow.opensOn",
      );
    }
    if (closesOn > plan.endDate) {
      throw new BadUserInputError(
        msg`The amendment window cannot close (${closesOn}) after the plan ends (${plan.endDate}).`,
        "amendmentWindow.closesOn",
      );
    }
    plan.amendmentOpensOn = opensOn;
    plan.amendmentClosesOn = closesOn;
  }
  return plan;
}

/** Action plans: reads batched per request, writes audited in the same transaction. */
export class ActionPlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: LoaderRegistry,
    private readonly actor: Actor,
  ) {}

  byId(id: string): Promise<ActionPlan | null> {
    return this.loaders
      .get<string, ActionPlan | null>("actionPlan.byId", async (ids) => {
        const rows = await this.dataSource.getRepository(ActionPlan).findBy({ id: In([...ids]) });
        return alignByKey(ids, rows, (row) => row.id);
      })
      .load(id);
  }

  byOgpId(ogpId: string): Promise<ActionPlan | null> {
    return this.loaders
      .get<string, ActionPlan | null>("actionPlan.byOgpId", async (ogpIds) => {
        const rows = await this.dataSource.getRepository(ActionPlan).findBy({ ogpId: In([...ogpIds]) });
        return alignByKey(ogpIds, rows, (row) => row.ogpId);
      })
      .load(ogpId);
  }

  /** A member's plans in order; one statement for every member of the request. */
  ofMember(memberId: string, includeArchived: boolean): Promise<ActionPlan[]> {
    return this.loaders
      .get<string, ActionPlan[]>(`actionPlan.ofMember.${includeArchived}`, async (memberIds) => {
        const rows = await this.dataSource.getRepository(ActionPlan).find({
          where: { memberId: In([...memberIds]), ...(includeArchived ? {} : { archived: false }) },
          order: { number: "ASC", id: "ASC" },
        });
        return groupByKey(memberIds, rows, (row) => row.memberId);
      })
      .load(memberId);
  }

  list(
    page: PageArgs,
    filter: ActionPlanListFilter | null | undefined,
    order: ActionPlanOrder | null | undefined,
  ): Promise<Connection<ActionPlan>> {
    const query = this.dataSource.getRepository(ActionPlan).createQueryBuilder("plan");
    if (!filter?.includeArchived) query.andWhere("plan.archived = :archived", { archived: false });
    if (filter?.memberId) query.andWhere("plan.memberId = :memberId", { memberId: filter.memberId });
    if (filter?.status) query.andWhere("plan.status = :status", { status: filter.status });
    if (filter?.memberType || filter?.region) {
      const members = query.subQuery().select("m.id").from(Member, "m");
      if (filter.memberType) members.andWhere("m.type = :memberType", { memberType: filter.memberType });
      if (filter.region) members.andWhere("m.region = :region", { region: filter.region });
      query.andWhere(`plan.memberId IN ${members.getQuery()}`).setParameters(members.getParameters());
    }
    if (filter?.amendmentWindowOpen != null) {
      // The same rule as AmendmentWindow.isOpen, with missing dates made impossible rather than NULL.
      const open =
        "(COALESCE(plan.amendmentOpensOn, '9999-12-31') <= :today AND COALESCE(plan.amendmentClosesOn, '0000-01-01') >= :today" +
        " AND plan.status IN (:...amendable) AND plan.archived = :notArchived)";
      query.andWhere(filter.amendmentWindowOpen ? open : `NOT ${open}`, {
        today: today(),
        amendable: [ActionPlanStatus.SUBMITTED, ActionPlanStatus.IN_IMPLEMENTATION],
        notArchived: false,
      });
    }
    return paginate(query, page, SORTS[order ?? ActionPlanOrder.OGP_ID_ASC], { column: "plan.id", property: "id" });
  }

  create(input: ActionPlanDraft & { memberId: string }): Promise<ActionPlan> {
    return transact(
      this.dataSource,
      async (manager) => {
        const member = await manager.getRepository(Member).findOneBy({ id: input.memberId });
        if (!member) throw new BadUserInputError(msg`There is no member with the id ${input.memberId}.`, "memberId");
        const plan = buildActionPlan(input, null, member);
        await assertOgpIdFree(manager, plan.ogpId, null);
        return insertAudited(manager, ActionPlan, plan, ACTION_PLAN_AUDIT, this.actor, "createActionPlan");
      },
      ogpIdTaken,
    );
  }

  update(input: ActionPlanDraft & { id: string; version: number }): Promise<ActionPlan> {
    return transact(
      this.dataSource,
      (manager) =>
        editRecord(manager, ActionPlan, input, ACTION_PLAN_AUDIT, this.actor, "updateActionPlan", async (existing) => {
          const member = await manager.getRepository(Member).findOneByOrFail({ id: existing.memberId });
          const plan = buildActionPlan({ ...input, archived: undefined }, existing, member);
          if (plan.ogpId !== existing.ogpId) await assertOgpIdFree(manager, plan.ogpId, existing.id);
          return plan;
        }),
      ogpIdTaken,
    );
  }

  setArchived(key: { id: string; version: number }, archived: boolean): Promise<ActionPlan> {
    return transaction(this.dataSource, (manager) =>
      editRecord(
        manager,
        ActionPlan,
        key,
        ACTION_PLAN_AUDIT,
        this.actor,
        archived ? "archiveActionPlan" : "restoreActionPlan",
        (existing) => Object.assign(new ActionPlan(), existing, { archived }),
      ),
    );
  }

  upsert(rows: readonly ActionPlanUpsertDraft[], options: { dryRun?: boolean | null } = {}): Promise<UpsertResult> {
    return runUpsert(this.dataSource, this.actor, actionPlanUpsert, rows, options);
  }
}

async function assertOgpIdFree(manager: EntityManager, ogpId: string, selfId: string | null): Promise<void> {
  const holder = await manager.getRepository(ActionPlan).findOneBy({ ogpId });
  if (holder && holder.id !== selfId)
    throw new ConflictError(msg`Another action plan already has the OGP id ${ogpId}.`, { field: "ogpId" });
}

const ogpIdTaken = { field: "ogpId", message: msg`Another action plan already has that OGP id: OGP ids are unique.` };

interface ActionPlanUpsertContext {
  membersByCode: Map<string, Member>;
  plansByOgpId: Map<string, ActionPlan>;
}

const actionPlanUpsert: UpsertSpec<ActionPlanUpsertDraft, ActionPlan, ActionPlanUpsertContext> = {
  operation: "upsertActionPlans",
  target: ActionPlan,
  audit: ACTION_PLAN_AUDIT,
  keyField: "ogpId",
  keyOf: (row) => String(row.ogpId ?? ""),
  async load(manager, rows) {
    const codes = [...new Set(rows.map((row) => row.memberCode).filter((code): code is string => typeof code === "string"))];
    const membersByCode = new Map<string, Member>();
    for (const chunk of chunks(codes, 500)) {
      for (const member of await manager.getRepository(Member).findBy({ ogpCode: In(chunk) })) membersByCode.set(member.ogpCode, member);
    }
    const ogpIds = [...new Set(rows.map((row) => row.ogpId).filter((id): id is string => typeof id === "string"))];
    const plansByOgpId = new Map<string, ActionPlan>();
    for (const chunk of chunks(ogpIds, 500)) {
      const query = manager.createQueryBuilder(ActionPlan, "plan").where("plan.ogpId IN (:...ogpIds)", { ogpIds: chunk });
      for (const plan of await forUpdate(query, manager).getMany()) plansByOgpId.set(plan.ogpId, plan);
    }
    return { membersByCode, plansByOgpId };
  },
  plan(row, { membersByCode, plansByOgpId }) {
    const member = typeof row.memberCode === "string" ? membersByCode.get(row.memberCode) : undefined;
    if (!member) throw new BadUserInputError(msg`There is no member with the OGP code "${row.memberCode ?? ""}".`, "memberCode");
    const existing = (typeof row.ogpId === "string" && plansByOgpId.get(row.ogpId)) || null;
    return { existing, next: buildActionPlan(row, existing, member) };
  },
};
