import { VersionedEntity } from "@ogc/kit";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity } from "typeorm";

/** IRM yes/no assessments; "no data" and "not reviewed" are values of their own (DOMAIN.md, rule 6). */
export enum IrmYesNo {
  YES = "YES",
  NO = "NO",
  NOT_APPLICABLE = "NOT_APPLICABLE",
  NO_DATA = "NO_DATA",
  NOT_REVIEWED = "NOT_REVIEWED",
}
registerEnumType(IrmYesNo, {
  name: "IrmYesNo",
  description: "An IRM yes/no assessment, with no data and not reviewed as explicit values.",
  valuesConfig: {
    YES: { description: "Yes." },
    NO: { description: "No." },
    NOT_APPLICABLE: { description: "Not applicable to this commitment (the file's `NA`)." },
    NO_DATA: { description: "The IRM had no data to assess it." },
    NOT_REVIEWED: { description: "The IRM has not reviewed it (yet)." },
  },
});

export enum IrmPotential {
  UNCLEAR = "UNCLEAR",
  MODEST = "MODEST",
  SUBSTANTIAL = "SUBSTANTIAL",
  NO_DATA = "NO_DATA",
  NOT_REVIEWED = "NOT_REVIEWED",
}
registerEnumType(IrmPotential, {
  name: "IrmPotential",
  description: "The IRM's assessment of a commitment's potential for results.",
  valuesConfig: {
    UNCLEAR: { description: "Unclear potential." },
    MODEST: { description: "Modest potential." },
    SUBSTANTIAL: { description: "Substantial potential." },
    NO_DATA: { description: "The IRM had no data to assess it." },
    NOT_REVIEWED: { description: "The IRM has not reviewed it (yet)." },
  },
});

export enum IrmCompletion {
  NO_EVIDENCE = "NO_EVIDENCE",
  NOT_STARTED = "NOT_STARTED",
  LIMITED = "LIMITED",
  SUBSTANTIAL = "SUBSTANTIAL",
  COMPLETE = "COMPLETE",
  WITHDRAWN = "WITHDRAWN",
  UNCLEAR = "UNCLEAR",
  NOT_APPLICABLE = "NOT_APPLICABLE",
  NO_DATA = "NO_DATA",
  NOT_REVIEWED = "NOT_REVIEWED",
}
registerEnumType(IrmCompletion, {
  name: "IrmCompletion",
  description: "The IRM's assessment of how far a commitment was completed.",
  valuesConfig: {
    NO_EVIDENCE: { description: "No evidence available." },
    NOT_STARTED: { description: "Not started." },
    LIMITED: { description: "Limited completion." },
    SUBSTANTIAL: { description: "Substantial completion." },
    COMPLETE: { description: "Complete." },
    WITHDRAWN: { description: "Withdrawn by the government." },
    UNCLEAR: { description: "The IRM could not tell how far it was completed." },
    NOT_APPLICABLE: { description: "Not applicable: the report did not assess completion (the file's `NA`)." },
    NO_DATA: { description: "The IRM had no data to assess it." },
    NOT_REVIEWED: { description: "The IRM has not reviewed it (yet)." },
  },
});

export enum IrmEarlyResults {
  WORSENED = "WORSENED",
  DID_NOT_CHANGE = "DID_NOT_CHANGE",
  MARGINAL = "MARGINAL",
  MAJOR = "MAJOR",
  OUTSTANDING = "OUTSTANDING",
  NO_EARLY_RESULTS_YET = "NO_EARLY_RESULTS_YET",
  NOT_APPLICABLE = "NOT_APPLICABLE",
  NO_DATA = "NO_DATA",
  NOT_REVIEWED = "NOT_REVIEWED",
}
registerEnumType(IrmEarlyResults, {
  name: "IrmEarlyResults",
  description: 'The IRM\'s assessment of early results: "did it open government?".',
  valuesConfig: {
    WORSENED: { description: "Government became less open." },
    DID_NOT_CHANGE: { description: "No change." },
    MARGINAL: { description: "Marginal opening." },
    MAJOR: { description: "Major opening." },
    OUTSTANDING: { description: "Outstanding opening." },
    NO_EARLY_RESULTS_YET: { description: "No early results to report yet." },
    NOT_APPLICABLE: { description: "Not applicable: the commitment does not aim at this value." },
    NO_DATA: { description: "The IRM had no data to assess it." },
    NOT_REVIEWED: { description: "The IRM has not reviewed it (yet)." },
  },
});

/** The IRM's old design assessment of how specific a commitment's text is (action plans before 2021). */
export enum IrmSpecificity {
  NONE = "NONE",
  LOW = "LOW",
  MEDIUM = "MEDIUM",
  HIGH = "HIGH",
  NO_DATA = "NO_DATA",
  NOT_REVIEWED = "NOT_REVIEWED",
}
registerEnumType(IrmSpecificity, {
  name: "IrmSpecificity",
  description: "The IRM's assessment of how specific and measurable a commitment is (design, action plans before 2021).",
  valuesConfig: {
    NONE: { description: "No specificity." },
    LOW: { description: "Low specificity." },
    MEDIUM: { description: "Medium specificity." },
    HIGH: { description: "High specificity." },
    NO_DATA: { description: "The IRM had no data to assess it." },
    NOT_REVIEWED: { description: "The IRM has not reviewed it (yet)." },
  },
});

/** The IRM's old design assessment of potential impact (action plans before 2021). */
export enum IrmPotentialImpact {
  NONE = "NONE",
  MINOR = "MINOR",
  MODERATE = "MODERATE",
  TRANSFORMATIVE = "TRANSFORMATIVE",
  NO_DATA = "NO_DATA",
  NOT_REVIEWED = "NOT_REVIEWED",
}
registerEnumType(IrmPotentialImpact, {
  name: "IrmPotentialImpact",
  description: "The IRM's assessment of a commitment's potential impact (design, action plans before 2021).",
  valuesConfig: {
    NONE: { description: "No potential impact." },
    MINOR: { description: "Minor potential impact." },
    MODERATE: { description: "Moderate potential impact." },
    TRANSFORMATIVE: { description: "Transformative potential impact." },
    NO_DATA: { description: "The IRM had no data to assess it." },
    NOT_REVIEWED: { description: "The IRM has not reviewed it (yet)." },
  },
});

/** The IRM's results level of the 2021+ method (`Early Results`). */
export enum IrmResultsLevel {
  NO_NOTABLE_RESULTS = "NO_NOTABLE_RESULTS",
  MODERATE = "MODERATE",
  SIGNIFICANT = "SIGNIFICANT",
  NO_DATA = "NO_DATA",
  NOT_REVIEWED = "NOT_REVIEWED",
}
registerEnumType(IrmResultsLevel, {
  name: "IrmResultsLevel",
  description: "The IRM's assessment of a commitment's early results under its 2021 method.",
  valuesConfig: {
    NO_NOTABLE_RESULTS: { description: "No notable results." },
    MODERATE: { description: "Moderate results." },
    SIGNIFICANT: { description: "Significant results." },
    NO_DATA: { description: "The IRM had no data to assess it." },
    NOT_REVIEWED: { description: "The IRM has not reviewed it (yet)." },
  },
});

@Entity("irm_rating")
@ObjectType({
  description:
    "The IRM's rating of an action-plan commitment. Every assessment has an explicit value: NO_DATA and NOT_REVIEWED are never hidden behind a null.",
})
export class IrmRating extends VersionedEntity {
  @Column("varchar", { name: "commitment_id", length: 36 })
  commitmentId!: string;

  @Column("varchar", { length: 16 })
  @Field(() => IrmYesNo, { description: "Is the commitment verifiable?" })
  verifiable!: IrmYesNo;

  @Column("varchar", { name: "open_government_lens", length: 16 })
  @Field(() => IrmYesNo, { description: "Does it have an open-government lens?" })
  openGovernmentLens!: IrmYesNo;

  @Column("varchar", { name: "potential_for_results", length: 16 })
  @Field(() => IrmPotential, { description: "Its potential for results." })
  potentialForResults!: IrmPotential;

  @Column("varchar", { length: 16 })
  @Field(() => IrmCompletion, { description: "How far it was completed at the end of term (the file's `Completion (End Of Term)`)." })
  completion!: IrmCompletion;

  @Column("varchar", { name: "early_results", length: 24 })
  @Field(() => IrmEarlyResults, {
    description: 'Early results: "did it open government?" overall (the file\'s `Did It Open Government (Overall)`).',
  })
  earlyResults!: IrmEarlyResults;

  @Column("varchar", { length: 24 })
  @Field(() => IrmSpecificity, { description: "How specific and measurable the commitment is (design, before 2021)." })
  specificity!: IrmSpecificity;

  @Column("varchar", { name: "potential_impact", length: 24 })
  @Field(() => IrmPotentialImpact, { description: "Its potential impact (design, before 2021)." })
  potentialImpact!: IrmPotentialImpact;

  @Column("varchar", { name: "relevance_access_to_information", length: 24 })
  @Field(() => IrmYesNo, { description: "Is it relevant to access to information? (the file's `OGP Value Access To Information`)." })
  relevanceAccessToInformation!: IrmYesNo;

  @Column("varchar", { name: "relevance_civic_participation", length: 24 })
  @Field(() => IrmYesNo, { description: "Is it relevant to civic participation? (the file's `OGP Value Civic Participation`)." })
  relevanceCivicParticipation!: IrmYesNo;

  @Column("varchar", { name: "relevance_public_accountability", length: 24 })
  @Field(() => IrmYesNo, { description: "Is it relevant to public accountability? (the file's `OGP Value Public Accountability`)." })
  relevancePublicAccountability!: IrmYesNo;

  @Column("varchar", { name: "relevance_technology", length: 24 })
  @Field(() => IrmYesNo, {
    description: "Is it relevant to technology and innovation for transparency and accountability? (the file's `OGP Value Technology`).",
  })
  relevanceTechnology!: IrmYesNo;

  @Column("varchar", { name: "midterm_completion", length: 24 })
  @Field(() => IrmCompletion, { description: "How far it was completed at mid-term (the file's `Completion (Progress Report)`)." })
  midtermCompletion!: IrmCompletion;

  @Column("varchar", { name: "starred_midterm", length: 24 })
  @Field(() => IrmYesNo, { description: "Starred in the progress report (the file's `Starred (Current Formula) Progress Report`)." })
  starredMidterm!: IrmYesNo;

  @Column("varchar", { name: "starred_end_of_term", length: 24 })
  @Field(() => IrmYesNo, { description: "Starred at the end of term (the file's `Starred (Current Formula) End of Term`)." })
  starredEndOfTerm!: IrmYesNo;

  @Column("varchar", { name: "early_results_access_to_information", length: 24 })
  @Field(() => IrmEarlyResults, {
    description: "Did it open government in access to information? (the file's `Did It Open Government (Access To Information)`).",
  })
  earlyResultsAccessToInformation!: IrmEarlyResults;

  @Column("varchar", { name: "early_results_civic_participation", length: 24 })
  @Field(() => IrmEarlyResults, {
    description: "Did it open government in civic participation? (the file's `Did It Open Government (Civic Participation)`).",
  })
  earlyResultsCivicParticipation!: IrmEarlyResults;

  @Column("varchar", { name: "early_results_public_accountability", length: 24 })
  @Field(() => IrmEarlyResults, {
    description: "Did it open government in public accountability? (the file's `Did It Open Government: Public Accountability`).",
  })
  earlyResultsPublicAccountability!: IrmEarlyResults;

  @Column("varchar", { name: "results_level", length: 24 })
  @Field(() => IrmResultsLevel, { description: "Early results under the IRM's 2021 method (the file's `Early Results`)." })
  resultsLevel!: IrmResultsLevel;

  @Column("varchar", { length: 24 })
  @Field(() => IrmYesNo, {
    description: "Was it clustered with other commitments for the action-plan review? (the file's `Cluster (AP Review)`).",
  })
  clustered!: IrmYesNo;

  @Column("varchar", { name: "carried_forward", length: 24 })
  @Field(() => IrmYesNo, { description: "Was it carried forward into the member's next action plan? (the file's `Carried Forward`)." })
  carriedForward!: IrmYesNo;
}

export const IRM_RATING_FIELDS = [
  "commitmentId",
  "verifiable",
  "openGovernmentLens",
  "potentialForResults",
  "completion",
  "earlyResults",
  "specificity",
  "potentialImpact",
  "relevanceAccessToInformation",
  "relevanceCivicParticipation",
  "relevancePublicAccountability",
  "relevanceTechnology",
  "midtermCompletion",
  "starredMidterm",
  "starredEndOfTerm",
  "earlyResultsAccessToInformation",
  "earlyResultsCivicParticipation",
  "earlyResultsPublicAccountability",
  "resultsLevel",
  "clustered",
  "carriedForward",
] as const;

/** The assessments of a rating: every one has a value, NOT_REVIEWED until the IRM gives one. */
export const IRM_ASSESSMENTS = IRM_RATING_FIELDS.filter((field) => field !== "commitmentId");
