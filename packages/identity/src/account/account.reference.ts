import type { IdentityContext } from "../context.js";
import type { Account } from "./account.entity.js";

/** Resolves `Account` references from other subgraphs, batched per request: one statement however many. */
export const accountReference = {
  __resolveReference(reference: { id: string }, context: IdentityContext): Promise<Account | null> {
    return context.accounts.byId(reference.id);
  },
};
