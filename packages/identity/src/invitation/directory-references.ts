import type { AccountScope } from "../account/account-rules.js";

/**
 * The seam where the ids an account is scoped to (member, institutions, partner) will be checked against their owner,
 * the directory subgraph (DESIGN.md: a reference is checked against its owner when written). Implementations throw
 * `BadUserInputError` naming the field of an id that does not exist.
 */
export interface DirectoryReferences {
  checkScope(scope: AccountScope, path?: string): Promise<void>;
}

/**
 * Takes every id as given. Used until the directory subgraph exists; replace it then with a check that asks the
 * directory for the `Member`, `Institution` and `Partner` entities (over the graph, never its tables).
 */
export const uncheckedDirectoryReferences: DirectoryReferences = {
  async checkScope() {},
};
