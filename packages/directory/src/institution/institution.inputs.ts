import { Field, ID, InputType, Int } from "type-graphql";
import { InstitutionBranch, InstitutionLevel, MemberType, Region } from "../shared/enums.js";

@InputType({ description: "Which institutions to list. Fields combine with AND." })
export class InstitutionFilter {
  @Field(() => ID, { nullable: true, description: "Institutions of this member." })
  memberId?: string | null;

  @Field(() => MemberType, { nullable: true, description: "Institutions of members of this type." })
  memberType?: MemberType | null;

  @Field(() => Region, { nullable: true, description: "Institutions of members in this region." })
  region?: Region | null;

  @Field(() => InstitutionBranch, { nullable: true, description: "Only institutions of this branch of government." })
  branch?: InstitutionBranch | null;

  @Field(() => InstitutionLevel, { nullable: true, description: "Only institutions at this level of government." })
  level?: InstitutionLevel | null;

  @Field(() => String, { nullable: true, description: "Text contained in any of the institution's names, case-insensitive." })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Include archived institutions (default false)." })
  includeArchived?: boolean | null;
}

@InputType({
  description: "An institution's names. In an edit or upsert, a language left out keeps its stored name and `null` removes it.",
})
export class InstitutionNamesInput {
  @Field(() => String, { nullable: true, description: "Name in English." })
  en?: string | null;

  @Field(() => String, { nullable: true, description: "Name in Spanish." })
  es?: string | null;

  @Field(() => String, { nullable: true, description: "Name in French." })
  fr?: string | null;
}

@InputType({ description: "A new public institution of a member." })
export class CreateInstitutionInput {
  @Field(() => ID, { description: "The member the institution belongs to." })
  memberId!: string;

  @Field(() => InstitutionNamesInput, { description: "At least one of en, es, fr." })
  name!: InstitutionNamesInput;

  @Field(() => InstitutionBranch, { description: "Branch of government." })
  branch!: InstitutionBranch;

  @Field(() => InstitutionLevel, { description: "Level of government." })
  level!: InstitutionLevel;
}

@InputType({ description: "Changes to an institution: fields left out stay as they are. An institution never moves to another member." })
export class UpdateInstitutionInput {
  @Field(() => ID, { description: "The record to change." })
  id!: string;

  @Field(() => Int, { description: "The version you read; a newer stored version refuses the edit with CONFLICT." })
  version!: number;

  @Field(() => InstitutionNamesInput, {
    nullable: true,
    description: "Names to set; a language left out keeps its name, `null` removes it.",
  })
  name?: InstitutionNamesInput | null;

  @Field(() => InstitutionBranch, { nullable: true, description: "Branch of government." })
  branch?: InstitutionBranch | null;

  @Field(() => InstitutionLevel, { nullable: true, description: "Level of government." })
  level?: InstitutionLevel | null;
}

@InputType({
  description:
    "One institution of a batch upsert. Institutions have no OGP id: a row is keyed by the member's OGP code plus its exact names, and matches the member's institution that has any of them, in any language (so a batch can add a translation).",
})
export class InstitutionUpsertInput {
  @Field({ description: "OGP code of the member, exactly as OGP writes it (e.g. ALB, ARBA)." })
  memberCode!: string;

  @Field(() => InstitutionNamesInput, { description: "The institution's names; at least one." })
  name!: InstitutionNamesInput;

  @Field(() => InstitutionBranch, {
    nullable: true,
    description: "Branch of government; left out keeps the stored branch. Required for a new institution.",
  })
  branch?: InstitutionBranch | null;

  @Field(() => InstitutionLevel, {
    nullable: true,
    description: "Level of government; left out keeps the stored level. Required for a new institution.",
  })
  level?: InstitutionLevel | null;

  @Field(() => Boolean, { nullable: true, description: "True archives the record, false restores it; left out keeps it as it is." })
  archived?: boolean | null;
}
