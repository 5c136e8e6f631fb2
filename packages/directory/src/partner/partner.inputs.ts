import { Field, ID, InputType, Int } from "type-graphql";
import { PartnerKind } from "../shared/enums.js";

@InputType({ description: "Which partners to list. Fields combine with AND." })
export class PartnerFilter {
  @Field(() => PartnerKind, { nullable: true, description: "Only partners of this kind." })
  kind?: PartnerKind | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-3 country code." })
  country?: string | null;

  @Field(() => String, { nullable: true, description: "Text contained in the name, case-insensitive." })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Include archived partners (default false)." })
  includeArchived?: boolean | null;
}

@InputType({ description: "A new partner organisation." })
export class CreatePartnerInput {
  @Field({ description: "The organisation's name, as it writes it." })
  name!: string;

  @Field(() => PartnerKind, { description: "What kind of organisation the partner is." })
  kind!: PartnerKind;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-3; leave out for international partners." })
  country?: string | null;

  @Field(() => String, { nullable: true, description: "Public website, an http:// or https:// address." })
  website?: string | null;
}

@InputType({ description: "Changes to a partner: fields left out stay as they are; `null` clears an optional field." })
export class UpdatePartnerInput {
  @Field(() => ID, { description: "The record to change." })
  id!: string;

  @Field(() => Int, { description: "The version you read; a newer stored version refuses the edit with CONFLICT." })
  version!: number;

  @Field(() => String, { nullable: true, description: "The organisation's name, as it writes it." })
  name?: string | null;

  @Field(() => PartnerKind, { nullable: true, description: "What kind of organisation the partner is." })
  kind?: PartnerKind | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-3 country code in capitals (XKX for Kosovo)." })
  country?: string | null;

  @Field(() => String, { nullable: true, description: "Public website, an http:// or https:// address." })
  website?: string | null;
}

@InputType({ description: "One partner of a batch upsert, keyed by its exact name plus its country (none for international partners)." })
export class PartnerUpsertInput {
  @Field({ description: "The organisation's exact name: with the country, the key of the row." })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: "ISO 3166-1 alpha-3 country code; with the name, the key of the row. Left out for international partners.",
  })
  country?: string | null;

  @Field(() => PartnerKind, {
    nullable: true,
    description: "What kind of organisation the partner is; left out keeps the stored kind. Required for a new partner.",
  })
  kind?: PartnerKind | null;

  @Field(() => String, { nullable: true, description: "Public website, an http:// or https:// address." })
  website?: string | null;

  @Field(() => Boolean, { nullable: true, description: "True archives the record, false restores it; left out keeps it as it is." })
  archived?: boolean | null;
}
