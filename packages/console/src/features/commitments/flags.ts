import type { Pathway } from "../../gql/graphql";

/** What the support unit must notice about a commitment (DOMAIN rules 5 and 8). */
export type CommitmentFlag = "endsAfterChallenge" | "noCoCreator";

interface Flagged {
  pathway: Pathway;
  endsAfterChallenge: boolean;
  hasActiveCoCreator: boolean;
}

/** The flags a commitment raises, in a fixed order; co-creation is expected of standalone commitments only. */
export function commitmentFlags(commitment: Flagged): CommitmentFlag[] {
  const flags: CommitmentFlag[] = [];
  if (commitment.endsAfterChallenge) flags.push("endsAfterChallenge");
  if (commitment.pathway === "STANDALONE" && !commitment.hasActiveCoCreator) flags.push("noCoCreator");
  return flags;
}
