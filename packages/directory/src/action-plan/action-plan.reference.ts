import type { DirectoryContext } from "../context.js";
import type { ActionPlan } from "./action-plan.entity.js";

/** Resolves `ActionPlan` references from other subgraphs, by id or by OGP id, batched per request. */
export const actionPlanReference = {
  __resolveReference(reference: { id?: string; ogpId?: string }, { directory }: DirectoryContext): Promise<ActionPlan | null> {
    if (reference.id !== undefined) return directory.actionPlans.byId(reference.id);
    if (reference.ogpId !== undefined) return directory.actionPlans.byOgpId(reference.ogpId);
    return Promise.resolve(null);
  },
};
