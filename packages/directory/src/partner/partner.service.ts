import {
  Actor,
  type AuditSpec,
  alignByKey,
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
import { type DataSource, type EntityManager, In } from "typeorm";
import { PartnerKind, PartnerOrder } from "../shared/enums.js";
import { countryCode, enumValue, requiredText, website } from "../shared/validation.js";
import { PARTNER_FIELDS, Partner } from "./partner.entity.js";

export interface PartnerDraft {
  name?: string | null;
  kind?: PartnerKind | string | null;
  country?: string | null;
  website?: string | null;
  archived?: boolean | null;
}

export interface PartnerListFilter {
  kind?: PartnerKind | null;
  country?: string | null;
  search?: string | null;
  includeArchived?: boolean | null;
}

export const PARTNER_AUDIT: AuditSpec<Partner> = { entityType: "Partner", fields: PARTNER_FIELDS };

const SORTS: Record<PartnerOrder, SortSpec> = {
  [PartnerOrder.NAME_ASC]: { column: "partner.name", property: "name", direction: "ASC" },
  [PartnerOrder.NAME_DESC]: { column: "partner.name", property: "name", direction: "DESC" },
  [PartnerOrder.CREATED_AT_DESC]: { column: "partner.createdAt", property: "createdAt", direction: "DESC" },
};

/** A partner's natural key: exact name and country ("" for international partners). */
export function partnerKey(partner: { name?: string | null; country?: string | null }): string {
  return `${partner.name?.trim() ?? ""} / ${partner.country ?? ""}`;
}

/** Builds the partner a draft describes on top of `existing` (null: new), checking every rule. */
export function buildPartner(draft: PartnerDraft, existing: Partner | null): Partner {
  const keep = <K extends keyof PartnerDraft & keyof Partner>(key: K) =>
    draft[key] === undefined && existing ? existing[key] : draft[key];
  return Object.assign(new Partner(), existing ?? freshRecord(), {
    name: requiredText(draft.name ?? existing?.name, "name", "The partner's name", 300),
    kind: enumValue(PartnerKind, draft.kind ?? existing?.kind, "kind", "partner kind"),
    country: countryCode(keep("country") as string | null | undefined),
    website: website(keep("website") as string | null | undefined),
    archived: draft.archived ?? existing?.archived ?? false,
  });
}

/** Partners: reads batched per request, writes audited in the same transaction. */
export class PartnerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: LoaderRegistry,
    private readonly actor: Actor,
  ) {}

  byId(id: string): Promise<Partner | null> {
    return this.loaders
      .get<string, Partner | null>("partner.byId", async (ids) => {
        const rows = await this.dataSource.getRepository(Partner).findBy({ id: In([...ids]) });
        return alignByKey(ids, rows, (row) => row.id);
      })
      .load(id);
  }

  list(page: PageArgs, filter: PartnerListFilter | null | undefined, order: PartnerOrder | null | undefined): Promise<Connection<Partner>> {
    const query = this.dataSource.getRepository(Partner).createQueryBuilder("partner");
    if (!filter?.includeArchived) query.andWhere("partner.archived = :archived", { archived: false });
    if (filter?.kind) query.andWhere("partner.kind = :kind", { kind: filter.kind });
    if (filter?.country) query.andWhere("partner.country = :country", { country: filter.country });
    const search = filter?.search?.trim();
    if (search) query.andWhere("LOWER(partner.name) LIKE :pattern ESCAPE '\\'", { pattern: containsPattern(search) });
    return paginate(query, page, SORTS[order ?? PartnerOrder.NAME_ASC], { column: "partner.id", property: "id" });
  }

  create(input: PartnerDraft): Promise<Partner> {
    const partner = buildPartner(input, null);
    return transact(
      this.dataSource,
      async (manager) => {
        await assertKeyFree(manager, partner);
        return insertAudited(manager, Partner, partner, PARTNER_AUDIT, this.actor, "createPartner");
      },
      keyTaken,
    );
  }

  update(input: PartnerDraft & { id: string; version: number }): Promise<Partner> {
    return transact(
      this.dataSource,
      (manager) =>
        editRecord(manager, Partner, input, PARTNER_AUDIT, this.actor, "updatePartner", async (existing) => {
          const partner = buildPartner({ ...input, archived: undefined }, existing);
          if (partnerKey(partner) !== partnerKey(existing)) await assertKeyFree(manager, partner);
          return partner;
        }),
      keyTaken,
    );
  }

  setArchived(key: { id: string; version: number }, archived: boolean): Promise<Partner> {
    return transaction(this.dataSource, (manager) =>
      editRecord(manager, Partner, key, PARTNER_AUDIT, this.actor, archived ? "archivePartner" : "restorePartner", (existing) =>
        Object.assign(new Partner(), existing, { archived }),
      ),
    );
  }

  upsert(rows: readonly PartnerDraft[], options: { dryRun?: boolean | null } = {}): Promise<UpsertResult> {
    return runUpsert(this.dataSource, this.actor, partnerUpsert, rows, options);
  }
}

/** Name and country identify a partner: two "Transparency International" chapters differ by country. */
async function assertKeyFree(manager: EntityManager, partner: Partner): Promise<void> {
  const sameName = await manager.getRepository(Partner).findBy({ name: partner.name });
  const twin = sameName.find((other) => other.id !== partner.id && (other.country ?? "") === (partner.country ?? ""));
  if (twin) {
    throw new ConflictError(
      partner.country
        ? msg`A partner named "${partner.name}" in ${partner.country} already exists.`
        : msg`A partner named "${partner.name}" without a country already exists.`,
      { field: "name", existingId: twin.id },
    );
  }
}

const keyTaken = { field: "name", message: msg`A partner of that name and country already exists.` };

const partnerUpsert: UpsertSpec<PartnerDraft, Partner, Map<string, Partner>> = {
  operation: "upsertPartners",
  target: Partner,
  audit: PARTNER_AUDIT,
  keyField: "name",
  keyOf: partnerKey,
  async load(manager, rows) {
    const names = [...new Set(rows.map((row) => row.name?.trim()).filter((name): name is string => Boolean(name)))];
    const byKey = new Map<string, Partner>();
    for (const chunk of chunks(names, 500)) {
      const query = manager.createQueryBuilder(Partner, "partner").where("partner.name IN (:...names)", { names: chunk });
      for (const partner of await forUpdate(query, manager).getMany()) byKey.set(partnerKey(partner), partner);
    }
    return byKey;
  },
  plan(row, byKey) {
    const existing = byKey.get(partnerKey(row)) ?? null;
    return { existing, next: buildPartner(row, existing) };
  },
};
