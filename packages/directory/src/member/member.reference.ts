import type { DirectoryContext } from "../context.js";
import type { Member } from "./member.entity.js";

/** Resolves `Member` references from other subgraphs, by id or by OGP code, batched per request. */
export const memberReference = {
  __resolveReference(reference: { id?: string; ogpCode?: string }, { directory }: DirectoryContext): Promise<Member | null> {
    if (reference.id !== undefined) return directory.members.byId(reference.id);
    if (reference.ogpCode !== undefined) return directory.members.byOgpCode(reference.ogpCode);
    return Promise.resolve(null);
  },
};
