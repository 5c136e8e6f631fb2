import {
  Actor,
  type AuditSpec,
  alignByKey,
  BadUserInputError,
  ConflictError,
  type Connection,
  chunks,
  containsPattern,
  editRecord,
  forUpdate,
  freshRecord,
  insertAudited,
  type LoaderRegistry,
  msg,
  type PageArgs,
  paginate,
  runUpsert,
  type SortSpec,
  transact,
  transaction,
  type UpsertResult,
  type UpsertSpec,
} from "@ogc/kit";
import { Brackets, type DataSource, type EntityManager, In } from "typeorm";
import { MemberOrder, MemberStatus, MemberType, Region } from "../shared/enums.js";
import { countryCode, enumValue, ogpCode, requiredText, yearJoined } from "../shared/validation.js";
import { MEMBER_FIELDS, Member } from "./member.entity.js";

/** What a member is made from: a create, an edit or an upsert row. `undefined` keeps the stored value. */
export interface MemberDraft {
  ogpCode?: string | null;
  name?: string | null;
  type?: MemberType | string | null;
  country?: string | null;
  region?: Region | string | null;
  yearJoined?: number | null;
  status?: MemberStatus | string | null;
  archived?: boolean | null;
}

export const MEMBER_AUDIT: AuditSpec<Member> = { entityType: "Member", fields: MEMBER_FIELDS };

const SORTS: Record<MemberOrder, SortSpec> = {
  [MemberOrder.NAME_ASC]: { column: "member.name", property: "name", direction: "ASC" },
  [MemberOrder.NAME_DESC]: { column: "member.name", property: "name", direction: "DESC" },
  [MemberOrder.OGP_CODE_ASC]: { column: "member.ogpCode", property: "ogpCode", direction: "ASC" },
  [MemberOrder.CREATED_AT_DESC]: { column: "member.createdAt", property: "createdAt", direction: "DESC" },
};

export interface MemberListFilter {
  type?: MemberType | null;
  region?: Region | null;
  status?: MemberStatus | null;
  country?: string | null;
  search?: string | null;
  includeArchived?: boolean | null;
}

/**
 * Builds the member a draft describes on top of `existing` (null: a new member), checking every rule.
 * Optional fields: `undefined` keeps the stored value, `null` clears it. Required fields: `null` keeps it too.
 */
export function buildMember(draft: MemberDraft, existing: Member | null): Member {
  const keep = <K extends keyof MemberDraft & keyof Member>(key: K) => (draft[key] === undefined && existing ? existing[key] : draft[key]);
  const keepRequired = <K extends keyof MemberDraft & keyof Member>(key: K) => draft[key] ?? existing?.[key];
  const member: Member = Object.assign(new Member(), existing ?? freshRecord(), {
    ogpCode: ogpCode(keepRequired("ogpCode") as string | undefined),
    name: requiredText(keepRequired("name") as string | undefined, "name", "The member's name"),
    type: enumValue(MemberType, keepRequired("type") as string | undefined, "type", "member type"),
    country: countryCode(keep("country") as string | null | undefined),
    region: enumValue(Region, keepRequired("region") as string | undefined, "region", "region"),
    yearJoined: yearJoined(keep("yearJoined") as number | null | undefined),
    status: enumValue(MemberStatus, (keepRequired("status") as string | undefined) ?? MemberStatus.ACTIVE, "status", "member status"),
    archived: draft.archived ?? existing?.archived ?? false,
  });
  if (member.type === MemberType.LOCAL && !member.country) {
    throw new BadUserInputError(
      "A local member belongs to a country: give that country's ISO 3166-1 alpha-3 code (e.g. ARG for Buenos Aires).",
      "country",
    );
  }
  return member;
}

/** Members: reads batched per request, writes audited in the same transaction. */
export class MemberService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: LoaderRegistry,
    private readonly actor: Actor,
  ) {}

  /** One member by id, batched with every other lookup of the request. */
  byId(id: string): Promise<Member | null> {
    return this.loaders
      .get<string, Member | null>("member.byId", async (ids) => {
        const rows = await this.dataSource.getRepository(Member).findBy({ id: In([...ids]) });
        return alignByKey(ids, rows, (row) => row.id);
      })
      .load(id);
  }

  /** One member by its OGP code, exactly as written; batched. */
  byOgpCode(code: string): Promise<Member | null> {
    return this.loaders
      .get<string, Member | null>("member.byOgpCode", async (codes) => {
        const rows = await this.dataSource.getRepository(Member).findBy({ ogpCode: In([...codes]) });
        return alignByKey(codes, rows, (row) => row.ogpCode);
      })
      .load(code);
  }

  list(page: PageArgs, filter: MemberListFilter | null | undefined, order: MemberOrder | null | undefined): Promise<Connection<Member>> {
    const query = this.dataSource.getRepository(Member).createQueryBuilder("member");
    if (!filter?.includeArchived) query.andWhere("member.archived = :archived", { archived: false });
    if (filter?.type) query.andWhere("member.type = :type", { type: filter.type });
    if (filter?.region) query.andWhere("member.region = :region", { region: filter.region });
    if (filter?.status) query.andWhere("member.status = :status", { status: filter.status });
    if (filter?.country) query.andWhere("member.country = :country", { country: filter.country });
    const search = filter?.search?.trim();
    if (search) {
      query.andWhere(
        new Brackets((where) =>
          where
            .where("LOWER(member.name) LIKE :pattern ESCAPE '\\'", { pattern: containsPattern(search) })
            .orWhere("member.ogpCode = :code", {
              code: search,
            }),
        ),
      );
    }
    return paginate(query, page, SORTS[order ?? MemberOrder.NAME_ASC], { column: "member.id", property: "id" });
  }

  async create(input: MemberDraft): Promise<Member> {
    const member = buildMember(input, null);
    return transact(
      this.dataSource,
      async (manager) => {
        await assertCodeFree(manager, member.ogpCode, null);
        return insertAudited(manager, Member, member, MEMBER_AUDIT, this.actor, "createMember");
      },
      codeTaken(member.ogpCode),
    );
  }

  update(input: MemberDraft & { id: string; version: number }): Promise<Member> {
    return transact(
      this.dataSource,
      (manager) =>
        editRecord(manager, Member, input, MEMBER_AUDIT, this.actor, "updateMember", async (existing) => {
          const member = buildMember(input, existing);
          if (member.ogpCode !== existing.ogpCode) await assertCodeFree(manager, member.ogpCode, existing.id);
          return member;
        }),
      codeTaken(input.ogpCode ?? ""),
    );
  }

  /** Archives (or restores) a member. Its institutions and plans stay as they are: others reference them. */
  setArchived(key: { id: string; version: number }, archived: boolean): Promise<Member> {
    return transaction(this.dataSource, (manager) =>
      editRecord(manager, Member, key, MEMBER_AUDIT, this.actor, archived ? "archiveMember" : "restoreMember", (existing) =>
        Object.assign(new Member(), existing, { archived }),
      ),
    );
  }

  upsert(rows: readonly MemberDraft[], options: { dryRun?: boolean | null } = {}): Promise<UpsertResult> {
    return runUpsert(this.dataSource, this.actor, memberUpsert, rows, options);
  }
}

const memberUpsert: UpsertSpec<MemberDraft, Member, Map<string, Member>> = {
  operation: "upsertMembers",
  target: Member,
  audit: MEMBER_AUDIT,
  keyField: "ogpCode",
  keyOf: (row) => String(row.ogpCode ?? ""),
  async load(manager, rows) {
    const codes = [...new Set(rows.map((row) => row.ogpCode).filter((code): code is string => typeof code === "string"))];
    const byCode = new Map<string, Member>();
    for (const chunk of chunks(codes, 500)) {
      const query = manager.createQueryBuilder(Member, "member").where("member.ogpCode IN (:...codes)", { codes: chunk });
      for (const member of await forUpdate(query, manager).getMany()) byCode.set(member.ogpCode, member);
    }
    return byCode;
  },
  plan(row, byCode) {
    const existing = (typeof row.ogpCode === "string" && byCode.get(row.ogpCode)) || null;
    return { existing, next: buildMember(row, existing) };
  },
};

async function assertCodeFree(manager: EntityManager, code: string, selfId: string | null): Promise<void> {
  const holder = await manager.getRepository(Member).findOneBy({ ogpCode: code });
  if (holder && holder.id !== selfId) throw new ConflictError(codeTaken(code).message, { field: "ogpCode" });
}

function codeTaken(code: string) {
  return { field: "ogpCode", message: msg`Another member already has the OGP code ${code}: OGP codes are unique.` };
}
