import { Arg, Args, Ctx, Mutation, Resolver } from "type-graphql";
import type { IdentityContext } from "../context.js";
import { SignInPayload } from "../session/sign-in.payload.js";
import { AcceptInvitationArgs } from "./invitation.args.js";
import { InvitationPayload } from "./invitation.entity.js";
import { InviteAccountInput } from "./invitation.inputs.js";

@Resolver()
export class InvitationResolver {
  @Mutation(() => InvitationPayload, {
    description:
      "Invites someone by e-mail and returns a one-time token to pass on (valid 7 days). Support unit only. A new invitation to the same e-mail replaces a pending one.",
  })
  inviteAccount(
    @Arg("input", () => InviteAccountInput) input: InviteAccountInput,
    @Ctx() context: IdentityContext,
  ): Promise<InvitationPayload> {
    return context.invitations.invite(context, input);
  }

  @Mutation(() => SignInPayload, {
    description:
      "Creates the invited account with a display name and a password (at least 12 characters) and signs it in. A used, replaced or expired token fails with BAD_USER_INPUT.",
  })
  acceptInvitation(
    @Args(() => AcceptInvitationArgs) { token, displayName, password }: AcceptInvitationArgs,
    @Ctx() context: IdentityContext,
  ): Promise<SignInPayload> {
    return context.invitations.accept(context, token, displayName, password);
  }
}
