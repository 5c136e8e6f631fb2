import { Field, ID, InputType, Int } from "type-graphql";
import { MemberStatus, MemberType, Region } from "../shared/enums.js";

@InputType({ description: "Which members to list. Fields combine with AND." })
export class MemberFilter {
  @Field(() => MemberType, { nullable: true, description: "Only members of this type." })
  type?: MemberType | null;

  @Field(() => Region, { nullable: true, description: "Only members in this region." })
  region?: Region | null;

  @Field(() => MemberStatus, { nullable: true, description: "Only members with this status." })
  status?: MemberStatus | null;

  @Field(() => String, {
    nullable: true,
    description: "ISO 3166-1 alpha-3 country code: national members of that country and its local members.",
  })
  country?: string | null;

  @Field(() => String, { nullable: true, description: "Text contained in the name or equal to the OGP code, case-insensitive." })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Include archived members (default false)." })
  includeArchived?: boolean | null;
}

@InputType({ description: "A new member." })
export class CreateMemberInput {
  @Field({ description: "OGP code, kept exactly as given (capitals): ALB, ARBA." })
  ogpCode!: string;

  @Field({ description: "Name as OGP lists it, e.g. `Buenos Aires, Argentina`." })
  name!: string;

  @Field(() => MemberType, { description: "National, local or other." })
  type!: MemberType;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-3; required for a LOCAL member." })
  country?: string | null;

  @Field(() => Region, { description: "OGP region." })
  region!: Region;

  @Field(() => Int, { nullable: true, description: "Year the member joined OGP (2011 or later)." })
  yearJoined?: number | null;

  @Field(() => MemberStatus, { nullable: true, description: "Defaults to ACTIVE." })
  status?: MemberStatus | null;
}

@InputType({ description: "Changes to a member: fields left out stay as they are; `null` clears an optional field." })
export class UpdateMemberInput {
  @Field(() => ID, { description: "The record to change." })
  id!: string;

  @Field(() => Int, { description: "The version you read; a newer stored version refuses the edit with CONFLICT." })
  version!: number;

  @Field(() => String, { nullable: true, description: "OGP code, kept exactly as given (capitals and digits): ALB, ARBA." })
  ogpCode?: string | null;

  @Field(() => String, { nullable: true, description: "Name as OGP lists it." })
  name?: string | null;

  @Field(() => MemberType, { nullable: true, description: "National, local or other." })
  type?: MemberType | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-3 country code in capitals (XKX for Kosovo)." })
  country?: string | null;

  @Field(() => Region, { nullable: true, description: "OGP region." })
  region?: Region | null;

  @Field(() => Int, { nullable: true, description: "Year the member joined OGP (2011 or later)." })
  yearJoined?: number | null;

  @Field(() => MemberStatus, { nullable: true, description: "Where the member stands in the partnership." })
  status?: MemberStatus | null;
}

@InputType({
  description:
    "One member of a batch upsert, keyed by its OGP code. Fields left out keep their stored value (or their default for a new member).",
})
export class MemberUpsertInput {
  @Field({ description: "OGP code, kept exactly as given: the key of the row." })
  ogpCode!: string;

  @Field({ description: "Name as OGP lists it." })
  name!: string;

  @Field(() => MemberType, { description: "National, local or other." })
  type!: MemberType;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-3 country code in capitals (XKX for Kosovo)." })
  country?: string | null;

  @Field(() => Region, { description: "OGP region." })
  region!: Region;

  @Field(() => Int, { nullable: true, description: "Year the member joined OGP (2011 or later)." })
  yearJoined?: number | null;

  @Field(() => MemberStatus, {
    nullable: true,
    description: "Where the member stands in the partnership; ACTIVE for a new member when left out.",
  })
  status?: MemberStatus | null;

  @Field(() => Boolean, { nullable: true, description: "True archives the record, false restores it; left out keeps it as it is." })
  archived?: boolean | null;
}
