import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { IdentityContext } from "../context.js";
import { SignInPayload } from "../session/sign-in.payload.js";
import { AcceptInvitationArgs } from "./invitation.args.js";
import { Invitation, InvitationConnection, InvitationPayload, InvitationStatus } from "./invitation.entity.js";
import { InvitationsArgs, InviteAccountInput } from "./invitation.inputs.js";

@Resolver(() => Invitation)
export class InvitationResolver {
  @Query(() => InvitationConnection, {
    description: "Invitations, newest first, optionally in one status. Support unit only; tokens are never shown again.",
  })
  invitations(
    @Args(() => InvitationsArgs) { first, after, filter }: InvitationsArgs,
    @Ctx() context: IdentityContext,
  ): Promise<InvitationConnection> {
    return context.invitations.list(context, { first, after }, filter ?? {});
  }

  @FieldResolver(() => InvitationStatus, { description: "Where the invitation stands now." })
  status(@Root() invitation: Invitation, @Ctx() context: IdentityContext): InvitationStatus {
    return context.invitations.statusOf(invitation);
  }

  @Mutation(() => InvitationPayload, {
    description:
      "Invites someone by e-mail and returns a one-time token to pass on (valid 7 days); when a mail transport is configured the invitee is also e-mailed the accept link (`mailed`). Support unit only. The member, institutions and partner must exist in the directory. A new invitation to the same e-mail replaces a pending one.",
  })
  inviteAccount(
    @Arg("input", () => InviteAccountInput) input: InviteAccountInput,
    @Ctx() context: IdentityContext,
  ): Promise<InvitationPayload> {
    return context.invitations.invite(context, input);
  }

  @Mutation(() => Invitation, {
    description:
      "Withdraws an invitation not yet accepted: its token stops working. Support unit only; invitations of support-unit staff by administrators only. An accepted one fails with CONFLICT.",
  })
  withdrawInvitation(
    @Arg("id", () => ID, { description: "The invitation (its id, not its token)." }) id: string,
    @Ctx() context: IdentityContext,
  ): Promise<Invitation> {
    return context.invitations.withdraw(context, id);
  }

  @Mutation(() => SignInPayload, {
    description:
      "Creates the invited account with a display name and a password (at least 12 characters) and signs it in. A used, withdrawn, replaced or expired token fails with BAD_USER_INPUT.",
  })
  acceptInvitation(
    @Args(() => AcceptInvitationArgs) { token, displayName, password }: AcceptInvitationArgs,
    @Ctx() context: IdentityContext,
  ): Promise<SignInPayload> {
    return context.invitations.accept(context, token, displayName, password);
  }
}
