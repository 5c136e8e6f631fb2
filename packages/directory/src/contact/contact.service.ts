import {
  Actor,
  type AuditSpec,
  alignByKey,
  BadUserInputError,
  ConflictError,
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
  Role,
  transaction,
  UnauthenticatedError,
  updateAudited,
  type Viewer,
} from "@ogc/kit";
import { type DataSource, In } from "typeorm";
import { Institution } from "../institution/institution.entity.js";
import { Partner } from "../partner/partner.entity.js";
import { email, phone, requiredText } from "../shared/validation.js";
import { CONTACT_FIELDS, CONTACT_PERSONAL_FIELDS, ContactPerson } from "./contact-person.entity.js";

export const CONTACT_AUDIT: AuditSpec<ContactPerson> = {
  entityType: "ContactPerson",
  fields: CONTACT_FIELDS,
  redact: CONTACT_PERSONAL_FIELDS,
};

export interface ContactOwner {
  institutionId: string | null;
  partnerId: string | null;
}

export interface ContactDraft {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

/**
 * Who may read an organisation's contact persons: the support unit, an institution officer for the institutions
 * they act for, a partner editor for their own partner. Anyone else is refused; anonymous callers are told to sign in.
 */
export function assertMayReadContacts(viewer: Viewer | null, owner: ContactOwner): void {
  if (!viewer) throw new UnauthenticatedError("Contact persons are personal data: sign in to see them.");
  if (isSupportUnit(viewer)) return;
  if (viewer.role === Role.INSTITUTION_OFFICER && owner.institutionId && viewer.institutionIds.includes(owner.institutionId)) return;
  if (viewer.role === Role.PARTNER_EDITOR && owner.partnerId && viewer.partnerId === owner.partnerId) return;
  throw new ForbiddenError("Contact persons are personal data: only the support unit and the organisation's own accounts may see them.");
}

function buildContact(draft: ContactDraft, existing: ContactPerson | null, owner: ContactOwner): ContactPerson {
  return Object.assign(new ContactPerson(), existing ?? freshRecord(), {
    institutionId: owner.institutionId,
    partnerId: owner.partnerId,
    name: requiredText(draft.name ?? existing?.name, "name", "The contact's name"),
    email: email(draft.email ?? existing?.email),
    phone: phone(draft.phone === undefined ? existing?.phone : draft.phone),
    erasedAt: existing?.erasedAt ?? null,
  });
}

/** Contact persons: personal data, read only by those allowed, written by the support unit, erasable on request. */
export class ContactService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: LoaderRegistry,
    private readonly actor: Actor,
  ) {}

  /** The institution's contacts, erased ones included (as tombstones); batched; refused to those who may not read them. */
  async ofInstitution(institutionId: string): Promise<ContactPerson[]> {
    assertMayReadContacts(this.actor.viewer, { institutionId, partnerId: null });
    return this.loaders
      .get<string, ContactPerson[]>("contact.ofInstitution", async (ids) => {
        const rows = await this.dataSource
          .getRepository(ContactPerson)
          .find({ where: { institutionId: In([...ids]) }, order: { createdAt: "ASC", id: "ASC" } });
        return groupByKey(ids, rows, (row) => row.institutionId as string);
      })
      .load(institutionId);
  }

  async ofPartner(partnerId: string): Promise<ContactPerson[]> {
    assertMayReadContacts(this.actor.viewer, { institutionId: null, partnerId });
    return this.loaders
      .get<string, ContactPerson[]>("contact.ofPartner", async (ids) => {
        const rows = await this.dataSource
          .getRepository(ContactPerson)
          .find({ where: { partnerId: In([...ids]) }, order: { createdAt: "ASC", id: "ASC" } });
        return groupByKey(ids, rows, (row) => row.partnerId as string);
      })
      .load(partnerId);
  }

  /** One contact, for those who may read it; anonymous callers are refused before anything is looked up. */
  async byId(id: string): Promise<ContactPerson | null> {
    if (!this.actor.viewer) throw new UnauthenticatedError("Contact persons are personal data: sign in to see them.");
    const contact = await this.loaders
      .get<string, ContactPerson | null>("contact.byId", async (ids) => {
        const rows = await this.dataSource.getRepository(ContactPerson).findBy({ id: In([...ids]) });
        return alignByKey(ids, rows, (row) => row.id);
      })
      .load(id);
    if (contact) assertMayReadContacts(this.actor.viewer, contact);
    return contact;
  }

  add(input: ContactDraft & { institutionId?: string | null; partnerId?: string | null }): Promise<ContactPerson> {
    return transaction(this.dataSource, async (manager) => {
      const owner: ContactOwner = { institutionId: input.institutionId ?? null, partnerId: input.partnerId ?? null };
      if ((owner.institutionId === null) === (owner.partnerId === null)) {
        throw new BadUserInputError(
          "A contact person belongs to exactly one organisation: give `institutionId` or `partnerId`.",
          "institutionId",
        );
      }
      if (owner.institutionId && !(await manager.getRepository(Institution).existsBy({ id: owner.institutionId }))) {
        throw new BadUserInputError(msg`There is no institution with the id ${owner.institutionId}.`, "institutionId");
      }
      if (owner.partnerId && !(await manager.getRepository(Partner).existsBy({ id: owner.partnerId }))) {
        throw new BadUserInputError(msg`There is no partner with the id ${owner.partnerId}.`, "partnerId");
      }
      return insertAudited(manager, ContactPerson, buildContact(input, null, owner), CONTACT_AUDIT, this.actor, "addContact");
    });
  }

  update(input: ContactDraft & { id: string; version: number }): Promise<ContactPerson> {
    return transaction(this.dataSource, (manager) =>
      editRecord(manager, ContactPerson, input, CONTACT_AUDIT, this.actor, "updateContact", (existing) => {
        if (existing.erasedAt)
          throw new ConflictError("This contact person was erased on request and cannot be edited; add a new contact instead.");
        return buildContact(input, existing, existing);
      }),
    );
  }

  /**
   * Erases a contact person's data on request: name, e-mail and phone are blanked and `erasedAt` is set; the row
   * stays as a tombstone. Erasing an erased contact changes nothing. Needs no version: a request to erase always wins.
   */
  erase(id: string): Promise<ContactPerson> {
    return transaction(this.dataSource, async (manager) => {
      const existing = await manager.getRepository(ContactPerson).findOneBy({ id });
      if (!existing) throw new NotFoundError(msg`There is no contact person with the id ${id}.`);
      if (existing.erasedAt) return existing;
      const erased = Object.assign(new ContactPerson(), existing, { name: null, email: null, phone: null, erasedAt: now() });
      return updateAudited(manager, ContactPerson, existing, erased, CONTACT_AUDIT, this.actor, "eraseContact");
    });
  }
}
