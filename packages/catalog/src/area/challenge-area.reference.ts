import type { ChallengeAreaCode } from "@ogc/kit";
import type { CatalogContext } from "../context.js";
import type { ChallengeArea } from "./challenge-area.entity.js";

/** Resolves `ChallengeArea` references from other subgraphs, batched per request. */
export const challengeAreaReference = {
  __resolveReference(reference: { code: ChallengeAreaCode }, context: CatalogContext): Promise<ChallengeArea | null> {
    return context.catalog.area(reference.code);
  },
};
