import { ChallengeAreaCode } from "@ogc/kit";
import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * Entities other subgraphs own, as this subgraph sees them: the key field only, returned as `{ id }` (or `{ code }`)
 * for the gateway to complete from their owner. This subgraph adds their published stories and accepted nominations.
 */
@ObjectType("Member", {
  description: "An OGP member (owned by the directory); this subgraph adds its published stories and accepted award nominations.",
})
@Directive('@key(fields: "id")')
export class MemberEntity {
  @Field(() => ID, { description: "The member's id in the directory." })
  id!: string;
}

@ObjectType("Partner", {
  description:
    "A civil-society organisation or another partner (owned by the directory); this subgraph adds the stories it shared and its accepted nominations.",
})
@Directive('@key(fields: "id")')
export class PartnerEntity {
  @Field(() => ID, { description: "The partner's id in the directory." })
  id!: string;
}

@ObjectType("ChallengeArea", {
  description: "One of the ten challenge areas (owned by the catalog); this subgraph adds its published stories.",
})
@Directive('@key(fields: "code")')
export class ChallengeAreaEntity {
  @Field(() => ChallengeAreaCode, { description: "The area's code." })
  code!: ChallengeAreaCode;
}

@ObjectType("Commitment", {
  description: "A challenge commitment (owned by the challenge subgraph); this subgraph adds the accepted award nominations that cite it.",
})
@Directive('@key(fields: "id")')
export class CommitmentEntity {
  @Field(() => ID, { description: "The commitment's id in the challenge subgraph." })
  id!: string;
}

/** References from the gateway carry the key only; nothing about them is stored here, so the reference is the entity. */
export const memberReference = { __resolveReference: (reference: { id: string }): MemberEntity => ({ id: reference.id }) };
export const partnerReference = { __resolveReference: (reference: { id: string }): PartnerEntity => ({ id: reference.id }) };
export const commitmentReference = { __resolveReference: (reference: { id: string }): CommitmentEntity => ({ id: reference.id }) };
export const challengeAreaReference = {
  __resolveReference: (reference: { code: ChallengeAreaCode }): ChallengeAreaEntity | null =>
    Object.values(ChallengeAreaCode).includes(reference.code) ? { code: reference.code } : null,
};
