import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Account } from "../account/account.entity.js";
import type { IdentityContext } from "../context.js";
import { SignInPayload } from "../session/sign-in.payload.js";
import { ApiKey, ApiKeyPayload } from "./api-key.entity.js";

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => [ApiKey], { description: "Every dashboard API key, newest first. Support unit only." })
  apiKeys(@Ctx() context: IdentityContext): Promise<ApiKey[]> {
    return context.apiKeys.list(context);
  }

  @Mutation(() => ApiKeyPayload, {
    description: "Creates an API_CLIENT account for a dashboard and its API key, shown once. Support unit only.",
  })
  createApiKey(
    @Arg("name", { description: "What the key is for, e.g. the dashboard's name." }) name: string,
    @Ctx() context: IdentityContext,
  ): Promise<ApiKeyPayload> {
    return context.apiKeys.create(context, name);
  }

  @Mutation(() => ApiKey, { description: "Revokes an API key: it signs in no more and its sessions end. Support unit only." })
  revokeApiKey(
    @Arg("id", () => ID, { description: "The key's `id` (not the key itself)." }) id: string,
    @Ctx() context: IdentityContext,
  ): Promise<ApiKey> {
    return context.apiKeys.revoke(context, id);
  }

  @Mutation(() => SignInPayload, {
    description: "Exchanges a dashboard's API key for a 10-minute access token (role API_CLIENT) and a refresh token.",
  })
  signInWithApiKey(
    @Arg("apiKey", { description: "The key `createApiKey` returned." }) apiKey: string,
    @Ctx() context: IdentityContext,
  ): Promise<SignInPayload> {
    return context.apiKeys.signIn(context, apiKey);
  }

  @FieldResolver(() => Account, { nullable: true, description: "The API_CLIENT account the key signs in as." })
  account(@Root() key: ApiKey, @Ctx() context: IdentityContext): Promise<Account | null> {
    return context.accounts.byId(key.accountId);
  }
}
