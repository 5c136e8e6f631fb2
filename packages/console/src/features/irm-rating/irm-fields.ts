import type {
  IrmCompletion,
  IrmEarlyResults,
  IrmPotential,
  IrmPotentialImpact,
  IrmResultsLevel,
  IrmSpecificity,
  IrmYesNo,
} from "../../gql/graphql";

/** Every value of a schema enum, in the IRM's order; a value the schema adds and this list lacks fails the typecheck. */
function allOf<T extends string>() {
  return <const V extends readonly T[]>(values: V & ([Exclude<T, V[number]>] extends [never] ? unknown : never)) => values;
}

const YES_NO = allOf<IrmYesNo>()(["YES", "NO", "NOT_APPLICABLE", "NO_DATA", "NOT_REVIEWED"]);
const POTENTIAL = allOf<IrmPotential>()(["UNCLEAR", "MODEST", "SUBSTANTIAL", "NO_DATA", "NOT_REVIEWED"]);
const COMPLETION = allOf<IrmCompletion>()([
  "NO_EVIDENCE",
  "NOT_STARTED",
  "LIMITED",
  "SUBSTANTIAL",
  "COMPLETE",
  "WITHDRAWN",
  "UNCLEAR",
  "NOT_APPLICABLE",
  "NO_DATA",
  "NOT_REVIEWED",
]);
const EARLY_RESULTS = allOf<IrmEarlyResults>()([
  "WORSENED",
  "DID_NOT_CHANGE",
  "MARGINAL",
  "MAJOR",
  "OUTSTANDING",
  "NO_EARLY_RESULTS_YET",
  "NOT_APPLICABLE",
  "NO_DATA",
  "NOT_REVIEWED",
]);
const SPECIFICITY = allOf<IrmSpecificity>()(["NONE", "LOW", "MEDIUM", "HIGH", "NO_DATA", "NOT_REVIEWED"]);
const POTENTIAL_IMPACT = allOf<IrmPotentialImpact>()(["NONE", "MINOR", "MODERATE", "TRANSFORMATIVE", "NO_DATA", "NOT_REVIEWED"]);
const RESULTS_LEVEL = allOf<IrmResultsLevel>()(["NO_NOTABLE_RESULTS", "MODERATE", "SIGNIFICANT", "NO_DATA", "NOT_REVIEWED"]);

/** The IRM's assessments of one commitment, grouped as its reports present them: design, OGP values, implementation, results. */
export const IRM_GROUPS = [
  {
    group: "design",
    fields: [
      { key: "verifiable", values: YES_NO },
      { key: "openGovernmentLens", values: YES_NO },
      { key: "potentialForResults", values: POTENTIAL },
      { key: "specificity", values: SPECIFICITY },
      { key: "potentialImpact", values: POTENTIAL_IMPACT },
    ],
  },
  {
    group: "relevance",
    fields: [
      { key: "relevanceAccessToInformation", values: YES_NO },
      { key: "relevanceCivicParticipation", values: YES_NO },
      { key: "relevancePublicAccountability", values: YES_NO },
      { key: "relevanceTechnology", values: YES_NO },
    ],
  },
  {
    group: "implementation",
    fields: [
      { key: "midtermCompletion", values: COMPLETION },
      { key: "completion", values: COMPLETION },
      { key: "starredMidterm", values: YES_NO },
      { key: "starredEndOfTerm", values: YES_NO },
      { key: "clustered", values: YES_NO },
      { key: "carriedForward", values: YES_NO },
    ],
  },
  {
    group: "results",
    fields: [
      { key: "earlyResults", values: EARLY_RESULTS },
      { key: "earlyResultsAccessToInformation", values: EARLY_RESULTS },
      { key: "earlyResultsCivicParticipation", values: EARLY_RESULTS },
      { key: "earlyResultsPublicAccountability", values: EARLY_RESULTS },
      { key: "resultsLevel", values: RESULTS_LEVEL },
    ],
  },
] as const;

export type IrmField = (typeof IRM_GROUPS)[number]["fields"][number]["key"];
export type IrmValue = (typeof IRM_GROUPS)[number]["fields"][number]["values"][number];
export const IRM_FIELDS: readonly IrmField[] = IRM_GROUPS.flatMap((group) => group.fields.map((field) => field.key));
