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

/** What kind of government an OGP member is (DOMAIN.md, Actors): the directory owns members, the challenge subgraph filters by it. */
export enum MemberType {
  NATIONAL = "NATIONAL",
  LOCAL = "LOCAL",
  OTHER = "OTHER",
}
registerEnumType(MemberType, {
  name: "MemberType",
  description: "NATIONAL government, LOCAL government (state, province, municipality), or OTHER for members not universally recognised.",
  valuesConfig: {
    NATIONAL: { description: "A national government." },
    LOCAL: {
      description: "A local government: a state, province, region or municipality of a country. The IRM data calls these `Legacy Local`.",
    },
    OTHER: { description: "A member that is not universally recognised as a state, e.g. Kosovo." },
  },
});

/** OGP's four regions. */
export enum Region {
  AFRICA_AND_MIDDLE_EAST = "AFRICA_AND_MIDDLE_EAST",
  AMERICAS = "AMERICAS",
  ASIA_AND_PACIFIC = "ASIA_AND_PACIFIC",
  EUROPE = "EUROPE",
}
registerEnumType(Region, {
  name: "Region",
  description: "One of OGP's four regions.",
  valuesConfig: {
    AFRICA_AND_MIDDLE_EAST: { description: "Africa and the Middle East." },
    AMERICAS: { description: "The Americas." },
    ASIA_AND_PACIFIC: { description: "Asia and the Pacific." },
    EUROPE: { description: "Europe." },
  },
});
