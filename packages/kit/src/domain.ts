import { registerEnumType } from "type-graphql";

/**
 * Vocabulary shared by several subgraphs (DOMAIN.md). Enums used by more than one subgraph are defined once here,
 * so every subgraph declares them identically and composition merges them.
 */

/** The ten policy areas of the Open Gov Challenge, in their official order. */
export enum ChallengeAreaCode {
  ACCESS_TO_INFORMATION = "ACCESS_TO_INFORMATION",
  ANTI_CORRUPTION = "ANTI_CORRUPTION",
  CIVIC_SPACE = "CIVIC_SPACE",
  CLIMATE_AND_ENVIRONMENT = "CLIMATE_AND_ENVIRONMENT",
  DIGITAL_GOVERNANCE = "DIGITAL_GOVERNANCE",
  FISCAL_OPENNESS = "FISCAL_OPENNESS",
  GENDER_AND_INCLUSION = "GENDER_AND_INCLUSION",
  JUSTICE = "JUSTICE",
  MEDIA_FREEDOM = "MEDIA_FREEDOM",
  PUBLIC_PARTICIPATION = "PUBLIC_PARTICIPATION",
}

registerEnumType(ChallengeAreaCode, {
  name: "ChallengeAreaCode",
  description: "Code of one of the ten policy areas of the Open Gov Challenge.",
});

/** The three open-government values; every challenge commitment serves at least one. */
export enum OpenGovernmentValue {
  TRANSPARENCY = "TRANSPARENCY",
  CIVIC_PARTICIPATION = "CIVIC_PARTICIPATION",
  PUBLIC_ACCOUNTABILITY = "PUBLIC_ACCOUNTABILITY",
}

registerEnumType(OpenGovernmentValue, {
  name: "OpenGovernmentValue",
  description: "One of the three open-government values a challenge commitment must serve.",
});

/** The four eligibility criteria; all must hold for a commitment to be eligible. */
export enum EligibilityCriterion {
  THEMATIC_RELEVANCE = "THEMATIC_RELEVANCE",
  FORWARD_LOOKING = "FORWARD_LOOKING",
  OPEN_GOVERNMENT_RELEVANCE = "OPEN_GOVERNMENT_RELEVANCE",
  GOVERNMENT_LED = "GOVERNMENT_LED",
}

registerEnumType(EligibilityCriterion, {
  name: "EligibilityCriterion",
  description: "One of the four eligibility criteria of a challenge commitment.",
});
