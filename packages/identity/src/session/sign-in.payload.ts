import { Field, ID, ObjectType } from "type-graphql";
import { Account } from "../account/account.entity.js";

@ObjectType({ description: "What a successful sign-in returns: a short-lived access token, a one-time refresh token and the account." })
export class SignInPayload {
  @Field({ description: "JWT access token, valid 10 minutes. Send it as `Authorization: Bearer <accessToken>`." })
  accessToken!: string;

  @Field({ description: "When the access token expires (ISO 8601, UTC)." })
  accessTokenExpiresAt!: string;

  @Field({
    description:
      "One-time refresh token, valid 30 days: `refreshSession` exchanges it for a new pair. Keep it secret; using it twice ends the session.",
  })
  refreshToken!: string;

  @Field({ description: "When the refresh token expires (ISO 8601, UTC)." })
  refreshTokenExpiresAt!: string;

  @Field(() => ID, { description: "The session both tokens belong to; `signOut` ends it." })
  sessionId!: string;

  @Field(() => Account, { description: "The signed-in account." })
  account!: Account;
}
