import { ChallengeAreaCode, ConnectionType, MemberType, PageArgsInput, Region, Role, SUPPORT_ROLES, UpsertResult } from "@ogc/kit";
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Commitment } from "../commitment/commitment.entity.js";
import type { ChallengeContext } from "../context.js";
import { UpsertArgs } from "../shared/args.js";
import { CoCreationEvent, CoCreationLink, CoCreationRole, CoCreationStatus } from "./cocreation.entity.js";

@ObjectType("Partner", {
  description: "A partner organisation (owned by the directory); this subgraph adds the commitments it co-creates.",
})
@Directive('@key(fields: "id")')
export class PartnerEntity {
  @Field(() => ID, { description: "The partner's id in the directory." })
  id!: string;
}

export const partnerReference = { __resolveReference: (reference: { id: string }): PartnerEntity => ({ id: reference.id }) };

@InputType({ description: "A partner's request to co-create a commitment." })
export class RequestCoCreationInput {
  @Field(() => ID, { description: "The commitment (published, not final)." })
  commitmentId!: string;

  @Field(() => CoCreationRole, { description: "What the partner would co-create." })
  role!: CoCreationRole;

  @Field(() => ID, {
    nullable: true,
    description: "The partner: partner editors ask for their own (may omit it); the support unit names it.",
  })
  partnerId?: string | null;

  @Field(() => String, { nullable: true, description: "What the partner offers." })
  note?: string | null;
}

@InputType({ description: "A co-creation link at the version you last read, and a reason." })
export class CoCreationDecisionInput {
  @Field(() => ID, { description: "The link." })
  id!: string;

  @Field(() => Int, { description: "The version you last read; a stale one is refused with CONFLICT." })
  version!: number;

  @Field(() => String, { nullable: true, description: "Why (required to decline)." })
  reason?: string | null;
}

@InputType({
  description:
    "One co-creation link of a batch upsert, keyed by commitment OGP id, partner and role: the action plan records the partner as supporting the commitment.",
})
export class CoCreationLinkUpsertInput {
  @Field({ description: "OGP id of the commitment, e.g. AL0002." })
  commitmentOgpId!: string;

  @Field(() => ID, { description: "The partner (directory id), checked against the directory." })
  partnerId!: string;

  @Field(() => CoCreationRole, { nullable: true, description: "What the partner co-creates; IMPLEMENTATION when left out." })
  role?: CoCreationRole | null;
}

@InputType({ description: "Which co-creation links to list. Fields combine with AND." })
export class CoCreationLinkFilter {
  @Field(() => ID, { nullable: true, description: "Links to this commitment." })
  commitmentId?: string | null;

  @Field(() => ID, { nullable: true, description: "Links of this partner (directory id)." })
  partnerId?: string | null;

  @Field(() => ChallengeAreaCode, {
    nullable: true,
    description: "Links to commitments in this area: the assigned one, else the proposed one.",
  })
  area?: ChallengeAreaCode | null;

  @Field(() => ID, { nullable: true, description: "Links to commitments of this member (directory id)." })
  memberId?: string | null;

  @Field(() => MemberType, { nullable: true, description: "Links to commitments of members of this type (as the directory records it)." })
  memberType?: MemberType | null;

  @Field(() => Region, { nullable: true, description: "Links to commitments of members in this OGP region (as the directory records it)." })
  region?: Region | null;

  @Field(() => CoCreationStatus, {
    nullable: true,
    description: "Links in this status. A status you may not see (see `coCreationLinks`) gives an empty list, not an error.",
  })
  status?: CoCreationStatus | null;

  @Field(() => CoCreationRole, { nullable: true, description: "Links in this role." })
  role?: CoCreationRole | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Links to commitments one of these institutions leads (the ones whose officers answer requests), e.g. an officer's own institutions; at most 50.",
  })
  leadInstitutionIds?: string[] | null;
}

@ArgsType()
class CoCreationLinksArgs extends PageArgsInput {
  @Field(() => CoCreationLinkFilter, { nullable: true, description: "Which links; all you may see when left out." })
  filter?: CoCreationLinkFilter | null;
}

@ObjectType({ description: "A page of co-creation links, oldest first (Relay cursor connection)." })
export class CoCreationLinkConnection extends ConnectionType(CoCreationLink, "CoCreationLink") {}

@ArgsType()
class CoCreationLinkUpsertArgs extends UpsertArgs(CoCreationLinkUpsertInput) {}

/** Who may answer a request (the object-level check, the owning institution, follows in the service). */
const ANSWERING_ROLES = [...SUPPORT_ROLES, Role.INSTITUTION_OFFICER];

@Resolver(() => CoCreationLink)
export class CoCreationLinkResolver {
  @Query(() => CoCreationLinkConnection, {
    description:
      "Co-creation links, oldest first, a page at a time. Public: anyone sees the ACTIVE links of published commitments. A partner's editors also see all of its links (REQUESTED, DECLINED, ENDED); institution officers every link of the commitments their institutions lead or support, so `status: REQUESTED` lists the pending requests (officers of the lead institution answer them); the support unit sees all. Asking for a status you may not see returns no rows of it.",
  })
  coCreationLinks(@Args(() => CoCreationLinksArgs) args: CoCreationLinksArgs, @Ctx() { challenge }: ChallengeContext) {
    return challenge.coCreation.list(args, args.filter);
  }

  @FieldResolver(() => Commitment, { nullable: true, description: "The commitment co-created (null if you may not see it)." })
  commitment(@Root() link: CoCreationLink, @Ctx() { challenge }: ChallengeContext): Promise<Commitment | null> {
    return challenge.commitments.byId(link.commitmentId);
  }

  @FieldResolver(() => PartnerEntity, { description: "The partner." })
  partner(@Root() link: CoCreationLink): PartnerEntity {
    return { id: link.partnerId };
  }

  @Authorized(SUPPORT_ROLES)
  @FieldResolver(() => [CoCreationEvent], { nullable: true, description: "Every change, oldest first. Support unit only." })
  history(@Root() link: CoCreationLink, @Ctx() { challenge }: ChallengeContext) {
    return challenge.coCreation.history(link.id);
  }

  @Authorized()
  @Mutation(() => CoCreationLink, {
    description: "A partner editor asks to co-create a commitment in a role (the support unit may ask for a partner). Others: FORBIDDEN.",
  })
  requestCoCreation(@Arg("input", () => RequestCoCreationInput) input: RequestCoCreationInput, @Ctx() { challenge }: ChallengeContext) {
    return challenge.coCreation.request(input);
  }

  @Authorized(SUPPORT_ROLES)
  @Mutation(() => UpsertResult, {
    description:
      "Records co-creation links an import found, keyed by commitment OGP id, partner and role, in one transaction: all rows or none. A new link is ACTIVE at once (the action plan records the partner's support), a REQUESTED one becomes ACTIVE, an ACTIVE, DECLINED or ENDED one is left as it is. Partners are checked against the directory. Support unit and importer.",
  })
  upsertCoCreationLinks(
    @Args(() => CoCreationLinkUpsertArgs) { input, dryRun, source }: CoCreationLinkUpsertArgs,
    @Ctx() { challenge }: ChallengeContext,
  ): Promise<UpsertResult> {
    return challenge.coCreation.upsert(input, { dryRun, source });
  }

  @Authorized(ANSWERING_ROLES)
  @Mutation(() => CoCreationLink, { description: "Accepts a requested link: officers of the owning institution, or the support unit." })
  acceptCoCreation(@Arg("input", () => CoCreationDecisionInput) input: CoCreationDecisionInput, @Ctx() { challenge }: ChallengeContext) {
    return challenge.coCreation.decide({ ...input, accept: true });
  }

  @Authorized(ANSWERING_ROLES)
  @Mutation(() => CoCreationLink, {
    description: "Declines a requested link, with a reason: officers of the owning institution, or the support unit.",
  })
  declineCoCreation(@Arg("input", () => CoCreationDecisionInput) input: CoCreationDecisionInput, @Ctx() { challenge }: ChallengeContext) {
    return challenge.coCreation.decide({ ...input, accept: false });
  }

  @Authorized([...ANSWERING_ROLES, Role.PARTNER_EDITOR])
  @Mutation(() => CoCreationLink, {
    description: "Ends a requested or active link: the partner's editors, officers of the owning institution, or the support unit.",
  })
  endCoCreation(@Arg("input", () => CoCreationDecisionInput) input: CoCreationDecisionInput, @Ctx() { challenge }: ChallengeContext) {
    return challenge.coCreation.end(input);
  }
}

@Resolver(() => Commitment)
export class CommitmentCoCreationResolver {
  @FieldResolver(() => [CoCreationLink], { description: "Its active co-creation links (partners and roles); public." })
  coCreators(@Root() commitment: Commitment, @Ctx() { challenge }: ChallengeContext): Promise<CoCreationLink[]> {
    return challenge.coCreation.active(commitment.id);
  }

  @FieldResolver(() => Boolean, {
    description: "True when a partner co-creates it (an ACTIVE link). A standalone commitment without one lacks the expected co-creation.",
  })
  async hasActiveCoCreator(@Root() commitment: Commitment, @Ctx() { challenge }: ChallengeContext): Promise<boolean> {
    return (await challenge.coCreation.active(commitment.id)).length > 0;
  }
}

@Resolver(() => PartnerEntity)
export class PartnerCoCreationResolver {
  @FieldResolver(() => [CoCreationLink], {
    description:
      "Its co-creation links: ACTIVE ones for everyone; all (requested, declined, ended too) for its own editors and the support unit.",
  })
  coCreations(@Root() partner: PartnerEntity, @Ctx() { challenge }: ChallengeContext): Promise<CoCreationLink[]> {
    return challenge.coCreation.ofPartner(partner.id);
  }
}
