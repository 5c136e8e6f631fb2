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
  groupByKey,
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
import { Member } from "../member/member.entity.js";
import { InstitutionBranch, InstitutionLevel, InstitutionOrder, MemberType, type Region } from "../shared/enums.js";
import { enumValue, optionalText } from "../shared/validation.js";
import { INSTITUTION_FIELDS, Institution } from "./institution.entity.js";

export interface InstitutionNamesDraft {
  en?: string | null;
  es?: string | null;
  fr?: string | null;
}

export interface InstitutionDraft {
  name?: InstitutionNamesDraft | null;
  branch?: InstitutionBranch | string | null;
  level?: InstitutionLevel | string | null;
  archived?: boolean | null;
}

export interface InstitutionUpsertDraft extends InstitutionDraft {
  memberCode?: string | null;
}

export interface InstitutionListFilter {
  memberId?: string | null;
  memberType?: MemberType | null;
  region?: Region | null;
  branch?: InstitutionBranch | null;
  level?: InstitutionLevel | null;
  search?: string | null;
  includeArchived?: boolean | null;
}

export const INSTITUTION_AUDIT: AuditSpec<Institution> = { entityType: "Institution", fields: INSTITUTION_FIELDS };

const SORTS: Record<InstitutionOrder, SortSpec> = {
  [InstitutionOrder.NAME_ASC]: { column: "institution.primaryName", property: "primaryName", direction: "ASC" },
  [InstitutionOrder.NAME_DESC]: { column: "institution.primaryName", property: "primaryName", direction: "DESC" },
  [InstitutionOrder.CREATED_AT_DESC]: { column: "institution.createdAt", property: "createdAt", direction: "DESC" },
};

/** Every name an institution has, in en, es, fr order. */
export function namesOf(institution: Pick<Institution, "nameEn" | "nameEs" | "nameFr">): string[] {
  return [institution.nameEn, institution.nameEs, institution.nameFr].filter((name): name is string => Boolean(name));
}

/** The name an input is keyed by: English, else the first name given. */
export function keyName(names: InstitutionNamesDraft | null | undefined): string {
  return (names?.en?.trim() || names?.es?.trim() || names?.fr?.trim()) ?? "";
}

/**
 * Builds the institution a draft describes on top of `existing` (null: new), for `member`, checking every rule
 * against the member's other institutions (`siblings`). A language left out keeps its name; `null` removes it.
 */
export function buildInstitution(
  draft: InstitutionDraft,
  existing: Institution | null,
  member: Member,
  siblings: readonly Institution[],
): Institution {
  const names = draft.name ?? {};
  const name = (language: keyof InstitutionNamesDraft, stored: string | null | undefined) =>
    optionalText(names[language] === undefined ? stored : names[language], `name.${language}`, "A name", 300);
  const institution: Institution = Object.assign(new Institution(), existing ?? freshRecord(), {
    memberId: member.id,
    nameEn: name("en", existing?.nameEn),
    nameEs: name("es", existing?.nameEs),
    nameFr: name("fr", existing?.nameFr),
    branch: enumValue(InstitutionBranch, draft.branch ?? existing?.branch, "branch", "branch of government"),
    level: enumValue(InstitutionLevel, draft.level ?? existing?.level, "level", "level of government"),
    archived: draft.archived ?? existing?.archived ?? false,
  });
  const own = namesOf(institution);
  const primary = own[0];
  if (!primary) throw new BadUserInputError("An institution needs a name in at least one of English, Spanish or French.", "name");
  institution.primaryName = primary;
  if (member.type === MemberType.LOCAL && institution.level === InstitutionLevel.NATIONAL) {
    throw new BadUserInputError(
      msg`${member.name} is a local member: its institutions work at the SUBNATIONAL or LOCAL level, not NATIONAL.`,
      "level",
    );
  }
  const twin = siblings.find((other) => other.id !== institution.id && namesOf(other).some((taken) => own.includes(taken)));
  if (twin) {
    throw new ConflictError(msg`${member.name} already has an institution named "${own.find((n) => namesOf(twin).includes(n))}".`, {
      field: "name",
      existingId: twin.id,
    });
  }
  return institution;
}

/** Public institutions of members: reads batched per request, writes audited in the same transaction. */
export class InstitutionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: LoaderRegistry,
    private readonly actor: Actor,
  ) {}

  byId(id: string): Promise<Institution | null> {
    return this.loaders
      .get<string, Institution | null>("institution.byId", async (ids) => {
        const rows = await this.dataSource.getRepository(Institution).findBy({ id: In([...ids]) });
        return alignByKey(ids, rows, (row) => row.id);
      })
      .load(id);
  }

  /** The institutions of a member, sorted by name; one statement for every member of the request. */
  ofMember(memberId: string, includeArchived: boolean): Promise<Institution[]> {
    return this.loaders
      .get<string, Institution[]>(`institution.ofMember.${includeArchived}`, async (memberIds) => {
        const rows = await this.dataSource.getRepository(Institution).find({
          where: { memberId: In([...memberIds]), ...(includeArchived ? {} : { archived: false }) },
          order: { primaryName: "ASC", id: "ASC" },
        });
        return groupByKey(memberIds, rows, (row) => row.memberId);
      })
      .load(memberId);
  }

  list(
    page: PageArgs,
    filter: InstitutionListFilter | null | undefined,
    order: InstitutionOrder | null | undefined,
  ): Promise<Connection<Institution>> {
    const query = this.dataSource.getRepository(Institution).createQueryBuilder("institution");
    if (!filter?.includeArchived) query.andWhere("institution.archived = :archived", { archived: false });
    if (filter?.memberId) query.andWhere("institution.memberId = :memberId", { memberId: filter.memberId });
    if (filter?.branch) query.andWhere("institution.branch = :branch", { branch: filter.branch });
    if (filter?.level) query.andWhere("institution.level = :level", { level: filter.level });
    if (filter?.memberType || filter?.region) {
      // A sub-select rather than a join: the kit's `paginate` takes rows, and joins would make TypeORM page in two steps.
      const members = query.subQuery().select("m.id").from(Member, "m");
      if (filter.memberType) members.andWhere("m.type = :memberType", { memberType: filter.memberType });
      if (filter.region) members.andWhere("m.region = :region", { region: filter.region });
      query.andWhere(`institution.memberId IN ${members.getQuery()}`).setParameters(members.getParameters());
    }
    const search = filter?.search?.trim();
    if (search) {
      const pattern = containsPattern(search);
      query.andWhere(
        new Brackets((where) =>
          where
            .where("LOWER(institution.nameEn) LIKE :pattern ESCAPE '\\'", { pattern })
            .orWhere("LOWER(institution.nameEs) LIKE :pattern ESCAPE '\\'", { pattern })
            .orWhere("LOWER(institution.nameFr) LIKE :pattern ESCAPE '\\'", { pattern }),
        ),
      );
    }
    return paginate(query, page, SORTS[order ?? InstitutionOrder.NAME_ASC], { column: "institution.id", property: "id" });
  }

  async create(input: InstitutionDraft & { memberId: string }): Promise<Institution> {
    return transact(
      this.dataSource,
      async (manager) => {
        const member = await manager.getRepository(Member).findOneBy({ id: input.memberId });
        if (!member) throw new BadUserInputError(msg`There is no member with the id ${input.memberId}.`, "memberId");
        const institution = buildInstitution(input, null, member, await siblingsOf(manager, member.id));
        return insertAudited(manager, Institution, institution, INSTITUTION_AUDIT, this.actor, "createInstitution");
      },
      nameTaken,
    );
  }

  update(input: InstitutionDraft & { id: string; version: number }): Promise<Institution> {
    return transact(
      this.dataSource,
      (manager) =>
        editRecord(manager, Institution, input, INSTITUTION_AUDIT, this.actor, "updateInstitution", async (existing) => {
          const member = await manager.getRepository(Member).findOneByOrFail({ id: existing.memberId });
          return buildInstitution({ ...input, archived: undefined }, existing, member, await siblingsOf(manager, member.id));
        }),
      nameTaken,
    );
  }

  setArchived(key: { id: string; version: number }, archived: boolean): Promise<Institution> {
    return transaction(this.dataSource, (manager) =>
      editRecord(
        manager,
        Institution,
        key,
        INSTITUTION_AUDIT,
        this.actor,
        archived ? "archiveInstitution" : "restoreInstitution",
        (existing) => Object.assign(new Institution(), existing, { archived }),
      ),
    );
  }

  upsert(rows: readonly InstitutionUpsertDraft[], options: { dryRun?: boolean | null } = {}): Promise<UpsertResult> {
    return runUpsert(this.dataSource, this.actor, institutionUpsert, rows, options);
  }
}

function siblingsOf(manager: EntityManager, memberId: string): Promise<Institution[]> {
  return manager.getRepository(Institution).findBy({ memberId });
}

const nameTaken = { field: "name", message: msg`The member already has an institution of that name.` };

interface InstitutionUpsertContext {
  membersByCode: Map<string, Member>;
  institutionsByMember: Map<string, Institution[]>;
}

const institutionUpsert: UpsertSpec<InstitutionUpsertDraft, Institution, InstitutionUpsertContext> = {
  operation: "upsertInstitutions",
  target: Institution,
  audit: INSTITUTION_AUDIT,
  keyField: "name",
  keyOf: (row) => `${row.memberCode ?? ""} / ${keyName(row.name)}`,
  async load(manager, rows) {
    const codes = [...new Set(rows.map((row) => row.memberCode).filter((code): code is string => typeof code === "string"))];
    const membersByCode = new Map<string, Member>();
    for (const chunk of chunks(codes, 500)) {
      for (const member of await manager.getRepository(Member).findBy({ ogpCode: In(chunk) })) membersByCode.set(member.ogpCode, member);
    }
    const institutionsByMember = new Map<string, Institution[]>();
    for (const chunk of chunks(
      [...membersByCode.values()].map((member) => member.id),
      500,
    )) {
      const query = manager.createQueryBuilder(Institution, "institution").where("institution.memberId IN (:...ids)", { ids: chunk });
      for (const institution of await forUpdate(query, manager).getMany()) {
        const list = institutionsByMember.get(institution.memberId) ?? [];
        list.push(institution);
        institutionsByMember.set(institution.memberId, list);
      }
    }
    return { membersByCode, institutionsByMember };
  },
  plan(row, { membersByCode, institutionsByMember }) {
    const member = typeof row.memberCode === "string" ? membersByCode.get(row.memberCode) : undefined;
    if (!member) throw new BadUserInputError(msg`There is no member with the OGP code "${row.memberCode ?? ""}".`, "memberCode");
    const names = [row.name?.en, row.name?.es, row.name?.fr].map((name) => name?.trim()).filter((name): name is string => Boolean(name));
    if (names.length === 0)
      throw new BadUserInputError("An institution needs a name in at least one of English, Spanish or French.", "name");
    // A row matches the institution that has any of its names, in any language, so a batch can add translations.
    const siblings = institutionsByMember.get(member.id) ?? [];
    const matches = siblings.filter((institution) => namesOf(institution).some((name) => names.includes(name)));
    if (matches.length > 1) {
      throw new ConflictError(
        msg`These names match ${matches.length} institutions of ${member.name}: give the names of one institution only.`,
        {
          field: "name",
        },
      );
    }
    const existing = matches[0] ?? null;
    return { existing, next: buildInstitution(row, existing, member, siblings) };
  },
};
