/** The columns of OGP's IRM commitment export the importer reads (see shared/data/ogp-commitments/README.md). */

export const COLUMN = {
  ogpId: "Commitment Unique Identifier",
  memberName: "Country/Locality",
  memberCode: "Code",
  region: "Region",
  memberType: "National Or Local",
  planId: "Action Plan ID",
  planNumber: "Action Plan Number",
  planSubmitted: "Year Of Submission",
  planEndYear: "Action Plan End Year",
  planYears: "Action Plan Duration (Years)",
  title: "Commitment Title",
  shortTitle: "Short Title",
  fullText: "Full Text",
  startDate: "Start Date",
  endDate: "End Date",
  lead: "Lead Institution",
  supporting: "Supporting Institution(s)",
  url: "URL",
} as const;

/** IRM values every rating column may hold besides its own scale. */
const MISSING = { ND: "NO_DATA", NR: "NOT_REVIEWED" } as const;
const NOT_APPLICABLE = { NA: "NOT_APPLICABLE", "NOT APPLICABLE": "NOT_APPLICABLE" } as const;
const YES_NO = { ...MISSING, ...NOT_APPLICABLE, YES: "YES", NO: "NO", "1": "YES", "0": "NO" } as const;
const COMPLETION = {
  ...MISSING,
  ...NOT_APPLICABLE,
  "NOT STARTED": "NOT_STARTED",
  LIMITED: "LIMITED",
  SUBSTANTIAL: "SUBSTANTIAL",
  COMPLETE: "COMPLETE",
  COMPLETED: "COMPLETE",
  WITHDRAWN: "WITHDRAWN",
  UNCLEAR: "UNCLEAR",
  "NO EVIDENCE AVAILABLE": "NO_EVIDENCE",
} as const;
const OPENED_GOVERNMENT = {
  ...MISSING,
  ...NOT_APPLICABLE,
  WORSENS: "WORSENED",
  WORSENED: "WORSENED",
  "DID NOT CHANGE": "DID_NOT_CHANGE",
  MARGINAL: "MARGINAL",
  MAJOR: "MAJOR",
  OUTSTANDING: "OUTSTANDING",
  "NO EARLY RESULTS TO REPORT YET": "NO_EARLY_RESULTS_YET",
} as const;

export interface RatingColumn {
  column: string;
  /** The field of the graph's IrmRatingUpsertInput. */
  field: string;
  /** Cell value (upper case) to the graph's enum value. */
  values: Readonly<Record<string, string>>;
}

/** Every IRM rating column, in the order of the export, with the scale it uses. */
export const RATING_COLUMNS: readonly RatingColumn[] = [
  { column: "Specificity", field: "specificity", values: { ...MISSING, NONE: "NONE", LOW: "LOW", MEDIUM: "MEDIUM", HIGH: "HIGH" } },
  { column: "Verifiable", field: "verifiable", values: YES_NO },
  { column: "OGP Value Access To Information", field: "relevanceAccessToInformation", values: YES_NO },
  { column: "OGP Value Civic Participation", field: "relevanceCivicParticipation", values: YES_NO },
  { column: "OGP Value Public Accountability", field: "relevancePublicAccountability", values: YES_NO },
  { column: "OGP Value Technology", field: "relevanceTechnology", values: YES_NO },
  {
    column: "Potential Impact",
    field: "potentialImpact",
    values: { ...MISSING, NONE: "NONE", MINOR: "MINOR", MODERATE: "MODERATE", TRANSFORMATIVE: "TRANSFORMATIVE" },
  },
  { column: "Completion (Progress Report)", field: "midtermCompletion", values: COMPLETION },
  { column: "Starred (Current Formula) Progress Report", field: "starredMidterm", values: YES_NO },
  {
    column: "Potential for Results",
    field: "potentialForResults",
    values: { ...MISSING, UNCLEAR: "UNCLEAR", MODEST: "MODEST", SUBSTANTIAL: "SUBSTANTIAL" },
  },
  { column: "Cluster (AP Review)", field: "clustered", values: YES_NO },
  { column: "Completion (End Of Term)", field: "completion", values: COMPLETION },
  {
    column: "Early Results",
    field: "resultsLevel",
    values: { ...MISSING, "NO NOTABLE RESULTS": "NO_NOTABLE_RESULTS", MODERATE: "MODERATE", SIGNIFICANT: "SIGNIFICANT" },
  },
  { column: "Did It Open Government (Overall)", field: "earlyResults", values: OPENED_GOVERNMENT },
  { column: "Did It Open Government (Access To Information)", field: "earlyResultsAccessToInformation", values: OPENED_GOVERNMENT },
  { column: "Did It Open Government (Civic Participation)", field: "earlyResultsCivicParticipation", values: OPENED_GOVERNMENT },
  { column: "Did It Open Government: Public Accountability", field: "earlyResultsPublicAccountability", values: OPENED_GOVERNMENT },
  { column: "Starred (Current Formula) End of Term", field: "starredEndOfTerm", values: YES_NO },
  { column: "Carried Forward", field: "carriedForward", values: YES_NO },
];

/** The columns a file must have to be read as this format; policy-tag columns are checked against the catalog's list. */
export const REQUIRED_COLUMNS: readonly string[] = [...Object.values(COLUMN), ...RATING_COLUMNS.map((rating) => rating.column)];

/** The column a graph input field came from, to point a refused row at the cell to fix. */
export const COLUMN_OF_FIELD: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  member: {
    ogpCode: COLUMN.memberCode,
    name: COLUMN.memberName,
    country: COLUMN.memberName,
    type: COLUMN.memberType,
    region: COLUMN.region,
  },
  actionPlan: {
    ogpId: COLUMN.planId,
    memberCode: COLUMN.memberCode,
    number: COLUMN.planNumber,
    startDate: COLUMN.planSubmitted,
    endDate: COLUMN.planEndYear,
    lengthYears: COLUMN.planYears,
  },
  commitment: {
    ogpId: COLUMN.ogpId,
    memberCode: COLUMN.memberCode,
    actionPlanOgpId: COLUMN.planId,
    title: COLUMN.shortTitle,
    summary: COLUMN.title,
    reform: COLUMN.fullText,
    startDate: COLUMN.startDate,
    endDate: COLUMN.endDate,
    leadInstitutionId: COLUMN.lead,
    supportingInstitutionIds: COLUMN.supporting,
    sourceUrl: COLUMN.url,
  },
  rating: Object.fromEntries(RATING_COLUMNS.map((rating) => [rating.field, rating.column])),
};
