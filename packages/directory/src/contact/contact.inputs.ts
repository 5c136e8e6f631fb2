import { Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "A new contact person of exactly one institution or one partner." })
export class AddContactInput {
  @Field(() => ID, { nullable: true, description: "The institution the person is a contact of; give this or `partnerId`." })
  institutionId?: string | null;

  @Field(() => ID, { nullable: true, description: "The partner the person is a contact of; give this or `institutionId`." })
  partnerId?: string | null;

  @Field({ description: "The person's full name." })
  name!: string;

  @Field({ description: "The person's e-mail address." })
  email!: string;

  @Field(() => String, { nullable: true, description: "The person's phone number, if they gave one." })
  phone?: string | null;
}

@InputType({ description: "Changes to a contact person: fields left out stay as they are; `null` clears the phone." })
export class UpdateContactInput {
  @Field(() => ID, { description: "The record to change." })
  id!: string;

  @Field(() => Int, { description: "The version you read; a newer stored version refuses the edit with CONFLICT." })
  version!: number;

  @Field(() => String, { nullable: true, description: "The person's full name." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "The person's e-mail address." })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "The person's phone number; `null` removes it." })
  phone?: string | null;
}
