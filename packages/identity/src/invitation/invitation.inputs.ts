import { Role } from "@ogc/kit";
import { Field, ID, InputType } from "type-graphql";

@InputType({
  description:
    "Whom to invite: an institution officer (member and institutions) or a partner editor (partner). Administrators may also invite support-unit staff.",
})
export class InviteAccountInput {
  @Field({ description: "The invitee's e-mail; it becomes the account's sign-in e-mail." })
  email!: string;

  @Field(() => Role, {
    description: "INSTITUTION_OFFICER or PARTNER_EDITOR; administrators may also invite SUPPORT_UNIT and SUPPORT_UNIT_ADMIN.",
  })
  role!: Role;

  @Field(() => ID, { nullable: true, description: "INSTITUTION_OFFICER: the member whose institutions the account will serve." })
  memberId?: string | null;

  @Field(() => [ID], { nullable: true, description: "INSTITUTION_OFFICER: one or more institutions of that member." })
  institutionIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: "PARTNER_EDITOR: the partner organisation." })
  partnerId?: string | null;
}
