import { registerEnumType } from "type-graphql";

/** How a challenge commitment came to be (DOMAIN.md, rule 2). */
export enum Pathway {
  ACTION_PLAN = "ACTION_PLAN",
  STANDALONE = "STANDALONE",
}
registerEnumType(Pathway, {
  name: "Pathway",
  description: "How a challenge commitment was made: inside an OGP action plan, or standalone.",
  valuesConfig: {
    ACTION_PLAN: { description: "Co-created inside an OGP action plan and flagged there as a challenge commitment; rated by the IRM." },
    STANDALONE: { description: "Submitted at any time, independent of any action plan; progress is self-reported in review cycles." },
  },
});

/** Where a milestone stands. */
export enum MilestoneStatus {
  PLANNED = "PLANNED",
  IN_PROGRESS = "IN_PROGRESS",
  DONE = "DONE",
  DELAYED = "DELAYED",
  CANCELLED = "CANCELLED",
}
registerEnumType(MilestoneStatus, {
  name: "MilestoneStatus",
  description: "Where a milestone of a commitment stands.",
  valuesConfig: {
    PLANNED: { description: "Not started yet." },
    IN_PROGRESS: { description: "Being implemented." },
    DONE: { description: "Implemented." },
    DELAYED: { description: "Behind its due date." },
    CANCELLED: { description: "Will not be implemented." },
  },
});

/** The software's reading of one eligibility criterion from the data. */
export enum PrecheckOutcome {
  MET = "MET",
  NOT_MET = "NOT_MET",
  UNKNOWN = "UNKNOWN",
}
registerEnumType(PrecheckOutcome, {
  name: "PrecheckOutcome",
  description: "What the data shows about one eligibility criterion; the support unit decides.",
  valuesConfig: {
    MET: { description: "The data shows the criterion holds." },
    NOT_MET: { description: "The data shows the criterion does not hold." },
    UNKNOWN: { description: "The data cannot tell (e.g. the directory could not be asked)." },
  },
});

/** The support unit's decision on one eligibility criterion. */
export enum DecisionOutcome {
  MET = "MET",
  NOT_MET = "NOT_MET",
}
registerEnumType(DecisionOutcome, {
  name: "DecisionOutcome",
  description: "The support unit's decision on one eligibility criterion.",
  valuesConfig: {
    MET: { description: "The criterion holds." },
    NOT_MET: { description: "The criterion does not hold." },
  },
});

/** The two reviews of the Open Gov Challenge (DOMAIN.md, rule 7). */
export enum ReviewCycleKind {
  MID_TERM = "MID_TERM",
  END_OF_CHALLENGE = "END_OF_CHALLENGE",
}
registerEnumType(ReviewCycleKind, {
  name: "ReviewCycleKind",
  description: "Which review of the Open Gov Challenge a cycle is.",
  valuesConfig: {
    MID_TERM: { description: "The mid-term review." },
    END_OF_CHALLENGE: { description: "The end-of-challenge review (2028)." },
  },
});

/** How far a standalone commitment has come, as its institution reports it. */
export enum CompletionLevel {
  NOT_STARTED = "NOT_STARTED",
  LIMITED = "LIMITED",
  SUBSTANTIAL = "SUBSTANTIAL",
  COMPLETE = "COMPLETE",
}
registerEnumType(CompletionLevel, {
  name: "CompletionLevel",
  description: "How far a standalone commitment has come, self-reported by its institution.",
  valuesConfig: {
    NOT_STARTED: { description: "Implementation has not started." },
    LIMITED: { description: "A limited part is implemented." },
    SUBSTANTIAL: { description: "Most of it is implemented." },
    COMPLETE: { description: "Fully implemented." },
  },
});
