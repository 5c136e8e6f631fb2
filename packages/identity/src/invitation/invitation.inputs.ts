import { Locale, PageArgsInput, Role } from "@ogc/kit";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { InvitationStatus } from "./invitation.entity.js";

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

  @Field(() => Locale, {
    nullable: true,
    description: "The language of the invitation e-mail; when omitted it is written in English, Spanish and French.",
  })
  language?: Locale | null;
}

@InputType({ description: "Narrows the `invitations` list." })
export class InvitationFilter {
  @Field(() => InvitationStatus, { nullable: true, description: "Only invitations in this status." })
  status?: InvitationStatus | null;
}

@ArgsType()
export class InvitationsArgs extends PageArgsInput {
  @Field(() => InvitationFilter, { nullable: true })
  filter?: InvitationFilter | null;
}
