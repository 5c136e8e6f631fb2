import { isSupportUnit, type Viewer } from "@ogc/kit";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { IdentityContext } from "../context.js";
import { Account, AccountConnection } from "./account.entity.js";
import { AccountsArgs, AccountVersionArgs, ChangePasswordArgs, ChangeRoleInput } from "./account.inputs.js";

/** Private fields of an account are for the account itself and the support unit; everyone else reads null. */
function mayReadPrivateFields(account: Account, viewer: Viewer | null): boolean {
  return account.callerIsOwner === true || viewer?.accountId === account.id || isSupportUnit(viewer);
}

@Resolver(() => Account)
export class AccountResolver {
  @Query(() => Account, { nullable: true, description: "The signed-in account; null when the request carries no access token." })
  viewer(@Ctx() context: IdentityContext): Promise<Account | null> {
    return context.accounts.viewer(context);
  }

  @Query(() => Account, { nullable: true, description: "One account by id. Administrators only." })
  account(@Arg("id", () => ID, { description: "The account." }) id: string, @Ctx() context: IdentityContext): Promise<Account | null> {
    return context.accounts.get(context, id);
  }

  @Query(() => AccountConnection, { description: "Accounts, oldest first, with filters. Administrators only." })
  accounts(@Args(() => AccountsArgs) { first, after, filter }: AccountsArgs, @Ctx() context: IdentityContext): Promise<AccountConnection> {
    return context.accounts.list(context, { first, after }, filter ?? {});
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The account's e-mail. Personal data: null unless you are this account or in the support unit; null for API clients.",
  })
  email(@Root() account: Account, @Ctx() { viewer }: IdentityContext): string | null {
    return mayReadPrivateFields(account, viewer) ? account.emailAddress : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Last sign-in (ISO 8601, UTC). Null unless you are this account or in the support unit, or before the first sign-in.",
  })
  lastSignInAt(@Root() account: Account, @Ctx() { viewer }: IdentityContext): string | null {
    return mayReadPrivateFields(account, viewer) ? account.lastSignInTime : null;
  }

  @Mutation(() => Account, {
    description: "Disables an account: it cannot sign in, and all its sessions end at once. Administrators only; not your own account.",
  })
  disableAccount(@Args(() => AccountVersionArgs) { id, version }: AccountVersionArgs, @Ctx() context: IdentityContext): Promise<Account> {
    return context.accounts.disable(context, id, version);
  }

  @Mutation(() => Account, { description: "Enables a disabled account again. Administrators only." })
  enableAccount(@Args(() => AccountVersionArgs) { id, version }: AccountVersionArgs, @Ctx() context: IdentityContext): Promise<Account> {
    return context.accounts.enable(context, id, version);
  }

  @Mutation(() => Account, {
    description:
      "Changes an account's role and its member, institution or partner scope; its sessions end so the new rights apply at once. Administrators only.",
  })
  changeRole(@Arg("input", () => ChangeRoleInput) input: ChangeRoleInput, @Ctx() context: IdentityContext): Promise<Account> {
    return context.accounts.changeRole(context, input);
  }

  @Mutation(() => Boolean, {
    description: "Changes your own password (at least 12 characters). Your other sessions end; this one stays.",
  })
  changePassword(
    @Args(() => ChangePasswordArgs) { currentPassword, newPassword }: ChangePasswordArgs,
    @Ctx() context: IdentityContext,
  ): Promise<boolean> {
    return context.accounts.changePassword(context, currentPassword, newPassword);
  }
}
