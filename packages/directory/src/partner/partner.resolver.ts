import { ConnectionType, SUPPORT_ROLES, UpsertResult } from "@ogc/kit";
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { ContactPerson } from "../contact/contact-person.entity.js";
import type { DirectoryContext } from "../context.js";
import { PageArgsInput, RecordVersionArgs, UpsertArgs } from "../shared/args.js";
import { PartnerOrder } from "../shared/enums.js";
import { Partner } from "./partner.entity.js";
import { CreatePartnerInput, PartnerFilter, PartnerUpsertInput, UpdatePartnerInput } from "./partner.inputs.js";

@ObjectType({ description: "A page of partners (Relay cursor connection)." })
export class PartnerConnection extends ConnectionType(Partner, "Partner") {}

@ArgsType()
class PartnerListArgs extends PageArgsInput {
  @Field(() => PartnerFilter, { nullable: true, description: "Which records to list; everything not archived when left out." })
  filter?: PartnerFilter | null;

  @Field(() => PartnerOrder, { nullable: true, description: "Default NAME_ASC." })
  orderBy?: PartnerOrder | null;
}

@ArgsType()
class PartnerUpsertArgs extends UpsertArgs(PartnerUpsertInput) {}

@Resolver(() => Partner)
export class PartnerResolver {
  @Query(() => PartnerConnection, { description: "Civil-society organisations and other partners, a page at a time." })
  partners(
    @Args(() => PartnerListArgs) { filter, orderBy, ...page }: PartnerListArgs,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<PartnerConnection> {
    return directory.partners.list(page, filter, orderBy);
  }

  @Query(() => Partner, { nullable: true, description: "One partner by id, archived or not." })
  partner(@Arg("id", () => ID) id: string, @Ctx() { directory }: DirectoryContext): Promise<Partner | null> {
    return directory.partners.byId(id);
  }

  @FieldResolver(() => [ContactPerson], {
    nullable: true,
    description:
      "Contact persons, erased ones included. Personal data: UNAUTHENTICATED for anonymous callers, FORBIDDEN unless support unit or this partner's editor.",
  })
  contacts(@Root() partner: Partner, @Ctx() { directory }: DirectoryContext): Promise<ContactPerson[]> {
    return directory.contacts.ofPartner(partner.id);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => Partner, { description: "Adds a partner. Support unit only." })
  createPartner(
    @Arg("input", () => CreatePartnerInput) input: CreatePartnerInput,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<Partner> {
    return directory.partners.create(input);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => Partner, { description: "Edits a partner; refused with CONFLICT when `version` is stale. Support unit only." })
  updatePartner(
    @Arg("input", () => UpdatePartnerInput) input: UpdatePartnerInput,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<Partner> {
    return directory.partners.update(input);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => Partner, {
    description: "Archives a partner (never deleted: co-creation links and stories reference it). Support unit only.",
  })
  archivePartner(
    @Args(() => RecordVersionArgs) { id, version }: RecordVersionArgs,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<Partner> {
    return directory.partners.setArchived({ id, version }, true);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => Partner, { description: "Brings an archived partner back. Support unit only." })
  restorePartner(
    @Args(() => RecordVersionArgs) { id, version }: RecordVersionArgs,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<Partner> {
    return directory.partners.setArchived({ id, version }, false);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => UpsertResult, {
    description:
      "Creates or updates partners keyed by exact name plus country, in one transaction: all rows or none. Support unit and importer.",
  })
  upsertPartners(
    @Args(() => PartnerUpsertArgs) { input, dryRun }: PartnerUpsertArgs,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<UpsertResult> {
    return directory.partners.upsert(input, { dryRun });
  }
}
