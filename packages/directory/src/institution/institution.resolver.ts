import { ConnectionType, SUPPORT_ROLES, UpsertResult } from "@ogc/kit";
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { ContactPerson } from "../contact/contact-person.entity.js";
import type { DirectoryContext } from "../context.js";
import { Member } from "../member/member.entity.js";
import { PageArgsInput, RecordVersionArgs, UpsertArgs } from "../shared/args.js";
import { InstitutionOrder } from "../shared/enums.js";
import { Institution } from "./institution.entity.js";
import { CreateInstitutionInput, InstitutionFilter, InstitutionUpsertInput, UpdateInstitutionInput } from "./institution.inputs.js";

@ObjectType({ description: "A page of institutions (Relay cursor connection)." })
export class InstitutionConnection extends ConnectionType(Institution, "Institution") {}

@ArgsType()
class InstitutionListArgs extends PageArgsInput {
  @Field(() => InstitutionFilter, { nullable: true, description: "Which records to list; everything not archived when left out." })
  filter?: InstitutionFilter | null;

  @Field(() => InstitutionOrder, { nullable: true, description: "Default NAME_ASC." })
  orderBy?: InstitutionOrder | null;
}

@ArgsType()
class InstitutionUpsertArgs extends UpsertArgs(InstitutionUpsertInput) {}

@Resolver(() => Institution)
export class InstitutionResolver {
  @Query(() => InstitutionConnection, { description: "Public institutions of members, a page at a time." })
  institutions(
    @Args(() => InstitutionListArgs) { filter, orderBy, ...page }: InstitutionListArgs,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<InstitutionConnection> {
    return directory.institutions.list(page, filter, orderBy);
  }

  @Query(() => Institution, { nullable: true, description: "One institution by id, archived or not." })
  institution(@Arg("id", () => ID) id: string, @Ctx() { directory }: DirectoryContext): Promise<Institution | null> {
    return directory.institutions.byId(id);
  }

  @FieldResolver(() => Member, { description: "The member the institution belongs to." })
  async member(@Root() institution: Institution, @Ctx() { directory }: DirectoryContext): Promise<Member> {
    const member = await directory.members.byId(institution.memberId);
    // A foreign key guarantees the member; its absence is a bug, not a user error.
    if (!member) throw new Error(`institution ${institution.id} has no member ${institution.memberId}`);
    return member;
  }

  @FieldResolver(() => [ContactPerson], {
    nullable: true,
    description:
      "Contact persons, erased ones included. Personal data: UNAUTHENTICATED for anonymous callers, FORBIDDEN unless support unit or an officer of this institution.",
  })
  contacts(@Root() institution: Institution, @Ctx() { directory }: DirectoryContext): Promise<ContactPerson[]> {
    return directory.contacts.ofInstitution(institution.id);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => Institution, { description: "Adds a public institution to a member. Support unit only." })
  createInstitution(
    @Arg("input", () => CreateInstitutionInput) input: CreateInstitutionInput,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<Institution> {
    return directory.institutions.create(input);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => Institution, { description: "Edits an institution; refused with CONFLICT when `version` is stale. Support unit only." })
  updateInstitution(
    @Arg("input", () => UpdateInstitutionInput) input: UpdateInstitutionInput,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<Institution> {
    return directory.institutions.update(input);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => Institution, { description: "Archives an institution (never deleted: commitments reference it). Support unit only." })
  archiveInstitution(
    @Args(() => RecordVersionArgs) { id, version }: RecordVersionArgs,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<Institution> {
    return directory.institutions.setArchived({ id, version }, true);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => Institution, { description: "Brings an archived institution back. Support unit only." })
  restoreInstitution(
    @Args(() => RecordVersionArgs) { id, version }: RecordVersionArgs,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<Institution> {
    return directory.institutions.setArchived({ id, version }, false);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => UpsertResult, {
    description:
      "Creates or updates institutions keyed by member code plus exact name, in one transaction: all rows or none. Support unit and importer.",
  })
  upsertInstitutions(
    @Args(() => InstitutionUpsertArgs) { input, dryRun }: InstitutionUpsertArgs,
    @Ctx() { directory }: DirectoryContext,
  ): Promise<UpsertResult> {
    return directory.institutions.upsert(input, { dryRun });
  }
}
