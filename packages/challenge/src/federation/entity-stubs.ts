import { ChallengeAreaCode } from "@ogc/kit";
import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * Entities other subgraphs own, as this subgraph sees them: the key field only, returned as `{ id }` (or `{ code }`)
 * for the gateway to complete from their owner. Member, Institution and ChallengeArea are resolvable here because this
 * subgraph adds fields to them (their commitments); ActionPlan and Account are only referenced.
 */
@ObjectType("Member", { description: "An OGP member (owned by the directory); this subgraph adds its challenge commitments." })
@Directive('@key(fields: "id")')
export class MemberEntity {
  @Field(() => ID, { description: "The member's id in the directory." })
  id!: string;
}

@ObjectType("Institution", {
  description: "A public institution of a member (owned by the directory); this subgraph adds the commitments it leads or supports.",
})
@Directive('@key(fields: "id")')
export class InstitutionEntity {
  @Field(() => ID, { description: "The institution's id in the directory." })
  id!: string;
}

@ObjectType("ActionPlan", { description: "A member's action plan (owned by the directory)." })
@Directive('@key(fields: "id", resolvable: false)')
export class ActionPlanEntity {
  @Field(() => ID, { description: "The action plan's id in the directory." })
  id!: string;
}

// Described as its owner describes it, so the composed schema reads the same whichever subgraph it takes the text from.
@ObjectType("Account", {
  description:
    "Someone who signs in to the hub: OGP support-unit staff, an officer of public institutions, a partner's editor, or a dashboard with an API key.",
})
@Directive('@key(fields: "id", resolvable: false)')
export class AccountEntity {
  @Field(() => ID, { description: "Stable identifier; other subgraphs refer to the account by it." })
  id!: string;
}

@ObjectType("ChallengeArea", {
  description: "One of the ten challenge areas (owned by the catalog); this subgraph adds its commitments and their counts.",
})
@Directive('@key(fields: "code")')
export class ChallengeAreaEntity {
  @Field(() => ChallengeAreaCode, { description: "The area's code." })
  code!: ChallengeAreaCode;
}

/** References from the gateway carry the key only; nothing is stored here, so the reference is the entity. */
export const memberReference = { __resolveReference: (reference: { id: string }): MemberEntity => ({ id: reference.id }) };
export const institutionReference = { __resolveReference: (reference: { id: string }): InstitutionEntity => ({ id: reference.id }) };
export const challengeAreaReference = {
  __resolveReference: (reference: { code: ChallengeAreaCode }): ChallengeAreaEntity | null =>
    Object.values(ChallengeAreaCode).includes(reference.code) ? { code: reference.code } : null,
};
