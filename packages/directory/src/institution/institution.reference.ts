import type { DirectoryContext } from "../context.js";
import type { Institution } from "./institution.entity.js";

/** Resolves `Institution` references from other subgraphs, batched per request. */
export const institutionReference = {
  __resolveReference(reference: { id: string }, { directory }: DirectoryContext): Promise<Institution | null> {
    return directory.institutions.byId(reference.id);
  },
};
