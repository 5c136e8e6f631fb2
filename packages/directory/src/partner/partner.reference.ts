import type { DirectoryContext } from "../context.js";
import type { Partner } from "./partner.entity.js";

/** Resolves `Partner` references from other subgraphs, batched per request. */
export const partnerReference = {
  __resolveReference(reference: { id: string }, { directory }: DirectoryContext): Promise<Partner | null> {
    return directory.partners.byId(reference.id);
  },
};
