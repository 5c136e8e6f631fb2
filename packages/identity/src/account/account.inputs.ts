import { PageArgsInput, Role } from "@ogc/kit";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { AccountStatus } from "./account.entity.js";

@InputType({ description: "Narrows the `accounts` list; all given conditions must hold." })
export class AccountFilter {
  @Field(() => Role, { nullable: true, description: "Only accounts with this role." })
  role?: Role | null;

  @Field(() => AccountStatus, { nullable: true, description: "Only accounts with this status." })
  status?: AccountStatus | null;

  @Field(() => String, { nullable: true, description: "Part of the e-mail or the display name, in any case." })
  search?: string | null;
}

@ArgsType()
export class AccountsArgs extends PageArgsInput {
  @Field(() => AccountFilter, { nullable: true })
  filter?: AccountFilter | null;
}

/** `id` and `version` of an edit: the version read, so a stale edit fails with CONFLICT. */
@ArgsType()
export class AccountVersionArgs {
  @Field(() => ID, { description: "The account." })
  id!: string;

  @Field(() => Int, { description: "The `version` of the account you read; a stale one fails with CONFLICT." })
  version!: number;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field({ description: "The password you sign in with today." })
  currentPassword!: string;

  @Field({ description: "The new password: at least 12 characters." })
  newPassword!: string;
}

@InputType({ description: "A new role and scope for an account. The scope must fit the role; fields the role does not use must be empty." })
export class ChangeRoleInput {
  @Field(() => ID, { description: "The account." })
  id!: string;

  @Field(() => Int, { description: "The `version` of the account you read; a stale one fails with CONFLICT." })
  version!: number;

  @Field(() => Role, { description: "Any role but API_CLIENT." })
  role!: Role;

  @Field(() => ID, { nullable: true, description: "INSTITUTION_OFFICER: the member whose institutions the account serves." })
  memberId?: string | null;

  @Field(() => [ID], { nullable: true, description: "INSTITUTION_OFFICER: one or more institutions of that member." })
  institutionIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: "PARTNER_EDITOR: the partner organisation." })
  partnerId?: string | null;
}
