import { Arg, Args, Ctx, Mutation, Resolver } from "type-graphql";
import type { IdentityContext } from "../context.js";
import { SignInArgs } from "./session.args.js";
import { SignInPayload } from "./sign-in.payload.js";

@Resolver()
export class SessionResolver {
  @Mutation(() => SignInPayload, {
    description:
      "Signs in with e-mail and password. Wrong credentials fail with UNAUTHENTICATED; after 5 failures in a row, sign-in with that e-mail is locked for 15 minutes (RATE_LIMITED, `extensions.retryAt`).",
  })
  signIn(@Args(() => SignInArgs) { email, password }: SignInArgs, @Ctx() context: IdentityContext): Promise<SignInPayload> {
    return context.sessions.signIn(email, password, context);
  }

  @Mutation(() => SignInPayload, {
    description:
      "Exchanges a refresh token for a new access token and a new refresh token; the old refresh token stops working. Using an already-used refresh token ends the session, unless it was exchanged less than 10 seconds before (two tabs racing): then it is only refused, UNAUTHENTICATED with `reason: REFRESH_TOKEN_ROTATED`.",
  })
  refreshSession(
    @Arg("refreshToken", { description: "The refresh token of the latest sign-in or refresh." }) refreshToken: string,
    @Ctx() context: IdentityContext,
  ): Promise<SignInPayload> {
    return context.sessions.refresh(refreshToken, context);
  }

  @Mutation(() => Boolean, {
    description: "Ends the session of the access token sent: its refresh token and access tokens stop working everywhere.",
  })
  signOut(@Ctx() context: IdentityContext): Promise<boolean> {
    return context.sessions.signOut(context);
  }
}
