import { ArgsType, Field } from "type-graphql";

@ArgsType()
export class AcceptInvitationArgs {
  @Field({ description: "The token `inviteAccount` returned to the inviter." })
  token!: string;

  @Field({ description: "The name others will see, e.g. in the history of a commitment." })
  displayName!: string;

  @Field({ description: "The password to sign in with: at least 12 characters." })
  password!: string;
}
