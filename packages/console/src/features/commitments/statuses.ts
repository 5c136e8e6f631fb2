import type { CommitmentStatus } from "../../gql/graphql";

/** Every status, in lifecycle order. */
export const COMMITMENT_STATUSES: readonly CommitmentStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "UNDER_REVIEW",
  "ELIGIBLE",
  "NOT_ELIGIBLE",
  "IN_PROGRESS",
  "COMPLETED",
  "WITHDRAWN",
];

export function isCommitmentStatus(value: string | null): value is CommitmentStatus {
  return value !== null && (COMMITMENT_STATUSES as readonly string[]).includes(value);
}
