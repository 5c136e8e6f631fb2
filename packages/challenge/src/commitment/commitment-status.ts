import { ConflictError, msg } from "@ogc/kit";
import { registerEnumType } from "type-graphql";

/** Where a challenge commitment is in its life. */
export enum CommitmentStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
  UNDER_REVIEW = "UNDER_REVIEW",
  ELIGIBLE = "ELIGIBLE",
  NOT_ELIGIBLE = "NOT_ELIGIBLE",
  IN_PROGRESS = "IN_PROGRESS",
  COMPLETED = "COMPLETED",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(CommitmentStatus, {
  name: "CommitmentStatus",
  description:
    "Where a challenge commitment is in its life: DRAFT -> SUBMITTED -> UNDER_REVIEW -> ELIGIBLE | NOT_ELIGIBLE; ELIGIBLE -> IN_PROGRESS -> COMPLETED; WITHDRAWN from any open state.",
  valuesConfig: {
    DRAFT: { description: "Being written by its institution; visible only to that institution and the support unit." },
    SUBMITTED: { description: "Submitted to the support unit; published from here on." },
    UNDER_REVIEW: { description: "The support unit is checking the four eligibility criteria and assigning the area." },
    ELIGIBLE: { description: "All four eligibility criteria were decided MET by the support unit." },
    NOT_ELIGIBLE: { description: "The support unit decided at least one criterion NOT_MET. Final." },
    IN_PROGRESS: { description: "Being implemented." },
    COMPLETED: { description: "Implementation is over. Final." },
    WITHDRAWN: { description: "Withdrawn by its institution or the support unit. Final; a submitted one stays published." },
  },
});

/** Who may make a transition: the owning institution's officers (and the support unit), or the support unit only. */
export type TransitionActor = "OWNER" | "SUPPORT_UNIT";

export interface Transition {
  from: CommitmentStatus;
  to: CommitmentStatus;
  by: TransitionActor;
  /** Why the transition exists, for people reading this table. */
  because: string;
}

const { DRAFT, SUBMITTED, UNDER_REVIEW, ELIGIBLE, NOT_ELIGIBLE, IN_PROGRESS, COMPLETED, WITHDRAWN } = CommitmentStatus;

/**
 * The one table of allowed status changes. Everything not listed is refused with CONFLICT. Guards that depend on data
 * (four MET decisions for ELIGIBLE, a NOT_MET decision for NOT_ELIGIBLE) live in the service, next to that data.
 * WITHDRAWN is reachable from every state that is not final; NOT_ELIGIBLE, COMPLETED and WITHDRAWN are final.
 */
export const TRANSITIONS: readonly Transition[] = [
  { from: DRAFT, to: SUBMITTED, by: "OWNER", because: "the institution submits its commitment" },
  { from: SUBMITTED, to: UNDER_REVIEW, by: "SUPPORT_UNIT", because: "the support unit starts the eligibility review" },
  { from: UNDER_REVIEW, to: ELIGIBLE, by: "SUPPORT_UNIT", because: "all four criteria were decided MET" },
  { from: UNDER_REVIEW, to: NOT_ELIGIBLE, by: "SUPPORT_UNIT", because: "at least one criterion was decided NOT_MET" },
  { from: ELIGIBLE, to: IN_PROGRESS, by: "OWNER", because: "implementation starts" },
  { from: IN_PROGRESS, to: COMPLETED, by: "OWNER", because: "implementation is over" },
  { from: DRAFT, to: WITHDRAWN, by: "OWNER", because: "the institution drops its draft" },
  { from: SUBMITTED, to: WITHDRAWN, by: "OWNER", because: "the institution withdraws before review" },
  { from: UNDER_REVIEW, to: WITHDRAWN, by: "OWNER", because: "the institution withdraws during review" },
  { from: ELIGIBLE, to: WITHDRAWN, by: "OWNER", because: "the institution withdraws before implementation" },
  { from: IN_PROGRESS, to: WITHDRAWN, by: "OWNER", because: "the institution stops implementation" },
];

/** Statuses with no way out. */
export const FINAL_STATUSES: readonly CommitmentStatus[] = [NOT_ELIGIBLE, COMPLETED, WITHDRAWN];

/** The transition from `from` to `to`, or a CONFLICT naming both states and the allowed ones. */
export function transitionFor(from: CommitmentStatus, to: CommitmentStatus): Transition {
  const transition = TRANSITIONS.find((candidate) => candidate.from === from && candidate.to === to);
  if (transition) return transition;
  const allowed = TRANSITIONS.filter((candidate) => candidate.from === from).map((candidate) => candidate.to);
  throw new ConflictError(
    allowed.length > 0
      ? msg`A commitment cannot go from ${from} to ${to}. From ${from} it can go to ${allowed.join(", ")}.`
      : msg`A commitment cannot go from ${from} to ${to}. ${from} is final.`,
    { field: "to", from, to },
  );
}

/** Statuses in which the owning institution may still edit the commitment's content and milestones. */
export const OWNER_EDITABLE: readonly CommitmentStatus[] = [DRAFT, SUBMITTED];
