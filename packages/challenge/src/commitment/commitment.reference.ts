import type { ChallengeContext } from "../context.js";
import type { Commitment } from "./commitment.entity.js";

/** Resolves `Commitment` references from other subgraphs, batched per request, as visible to the caller. */
export const commitmentReference = {
  __resolveReference(reference: { id: string }, { challenge }: ChallengeContext): Promise<Commitment | null> {
    return challenge.commitments.byId(reference.id);
  },
};
