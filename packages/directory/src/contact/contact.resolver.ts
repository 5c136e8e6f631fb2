import { SUPPORT_ROLES } from "@ogc/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { DirectoryContext } from "../context.js";
import { Institution } from "../institution/institution.entity.js";
import { Partner } from "../partner/partner.entity.js";
import { AddContactInput, UpdateContactInput } from "./contact.inputs.js";
import { ContactPerson } from "./contact-person.entity.js";

@Resolver(() => ContactPerson)
export class ContactResolver {
  @Query(() => ContactPerson, {
    nullable: true,
    description: "One contact person. Personal data: the support unit, or the organisation's own accounts, only.",
  })
  contactPerson(@Arg("id", () => ID) id: string, @Ctx() { directory }: DirectoryContext): Promise<ContactPerson | null> {
    return directory.contacts.byId(id);
  }

  @FieldResolver(() => Institution, { nullable: true, description: "The institution the person is a contact of, if any." })
  institution(@Root() contact: ContactPerson, @Ctx() { directory }: DirectoryContext): Promise<Institution | null> {
    return contact.institutionId ? directory.institutions.byId(contact.institutionId) : Promise.resolve(null);
  }

  @FieldResolver(() => Partner, { nullable: true, description: "The partner the person is a contact of, if any." })
  partner(@Root() contact: ContactPerson, @Ctx() { directory }: DirectoryContext): Promise<Partner | null> {
    return contact.partnerId ? directory.partners.byId(contact.partnerId) : Promise.resolve(null);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => ContactPerson, { description: "Adds a contact person to an institution or a partner. Support unit only." })
  addContact(@Arg("input", () => AddContactInput) input: AddContactInput, @Ctx() { directory }: DirectoryContext): Promise<ContactPerson> {
    return directory.contacts.add(input);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => ContactPerson, {
    description: "Edits a contact person; refused with CONFLICT when `version` is stale or the person was erased. Support unit only.",
  })
  updateContact(
    @Arg("input", () => UpdateContactInput) input: UpdateContactInput,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<ContactPerson> {
    return directory.contacts.update(input);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => ContactPerson, {
    description:
      "Erases a contact person's data on request: name, e-mail and phone are blanked for good and the entry stays as an erased tombstone. Support unit only.",
  })
  eraseContact(@Arg("id", () => ID) id: string, @Ctx() { directory }: DirectoryContext): Promise<ContactPerson> {
    return directory.contacts.erase(id);
  }
}
