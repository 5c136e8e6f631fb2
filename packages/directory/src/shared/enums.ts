import { registerEnumType } from "type-graphql";

// Shared with the challenge subgraph (its filters take them), so defined once in the kit.
export { MemberType, Region } from "@ogc/kit";

/** Where a member stands in the partnership. */
export enum MemberStatus {
  ACTIVE = "ACTIVE",
  UNDER_REVIEW = "UNDER_REVIEW",
  INACTIVE = "INACTIVE",
  SUSPENDED = "SUSPENDED",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(MemberStatus, {
  name: "MemberStatus",
  description: "Where a member stands in the partnership.",
  valuesConfig: {
    ACTIVE: { description: "Participating: co-creating and implementing action plans." },
    UNDER_REVIEW: { description: "Under procedural review by the OGP Steering Committee." },
    INACTIVE: { description: "Designated inactive after a procedural review." },
    SUSPENDED: { description: "Suspended by the Steering Committee." },
    WITHDRAWN: { description: "Has left the partnership." },
  },
});

/** Branch of government a public institution belongs to. */
export enum InstitutionBranch {
  EXECUTIVE = "EXECUTIVE",
  LEGISLATIVE = "LEGISLATIVE",
  JUDICIAL = "JUDICIAL",
  INDEPENDENT = "INDEPENDENT",
}
registerEnumType(InstitutionBranch, {
  name: "InstitutionBranch",
  description: "Branch of government of a public institution.",
  valuesConfig: {
    EXECUTIVE: { description: "Government, ministries and agencies." },
    LEGISLATIVE: { description: "Parliaments, congresses, councils." },
    JUDICIAL: { description: "Courts and the judiciary." },
    INDEPENDENT: { description: "Independent oversight bodies: ombudsman, audit office, information commission, electoral body." },
  },
});

/** Level of government a public institution works at. */
export enum InstitutionLevel {
  NATIONAL = "NATIONAL",
  SUBNATIONAL = "SUBNATIONAL",
  LOCAL = "LOCAL",
}
registerEnumType(InstitutionLevel, {
  name: "InstitutionLevel",
  description: "Level of government of a public institution.",
  valuesConfig: {
    NATIONAL: { description: "National (federal, central) level." },
    SUBNATIONAL: { description: "State, province or region." },
    LOCAL: { description: "City, municipality or county." },
  },
});

/** What kind of organisation a partner is. */
export enum PartnerKind {
  CIVIL_SOCIETY = "CIVIL_SOCIETY",
  ACADEMIA = "ACADEMIA",
  PRIVATE_SECTOR = "PRIVATE_SECTOR",
  MULTILATERAL = "MULTILATERAL",
  MEDIA = "MEDIA",
  OTHER = "OTHER",
}
registerEnumType(PartnerKind, {
  name: "PartnerKind",
  description: "What kind of organisation a partner is. Partners co-create and support commitments; they never own one.",
  valuesConfig: {
    CIVIL_SOCIETY: { description: "A civil-society organisation." },
    ACADEMIA: { description: "A university or research institute." },
    PRIVATE_SECTOR: { description: "A company or business association." },
    MULTILATERAL: { description: "A multilateral or international organisation." },
    MEDIA: { description: "A media organisation." },
    OTHER: { description: "Any other partner." },
  },
});

/** Where an action plan is in its cycle. */
export enum ActionPlanStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
  IN_IMPLEMENTATION = "IN_IMPLEMENTATION",
  ENDED = "ENDED",
}
registerEnumType(ActionPlanStatus, {
  name: "ActionPlanStatus",
  description: "Where an action plan is in its cycle.",
  valuesConfig: {
    DRAFT: { description: "Being co-created; not yet submitted to OGP." },
    SUBMITTED: { description: "Submitted to OGP; implementation has not started." },
    IN_IMPLEMENTATION: { description: "Being implemented." },
    ENDED: { description: "Its implementation period is over." },
  },
});

/** What a batch upsert did, or would have done, with one row. */
export enum MemberOrder {
  NAME_ASC = "NAME_ASC",
  NAME_DESC = "NAME_DESC",
  OGP_CODE_ASC = "OGP_CODE_ASC",
  CREATED_AT_DESC = "CREATED_AT_DESC",
}
registerEnumType(MemberOrder, {
  name: "MemberOrder",
  description: "How to sort members; ties are broken by id.",
  valuesConfig: {
    NAME_ASC: { description: "By name, A to Z." },
    NAME_DESC: { description: "By name, Z to A." },
    OGP_CODE_ASC: { description: "By OGP code, A to Z." },
    CREATED_AT_DESC: { description: "Most recently added first." },
  },
});

export enum InstitutionOrder {
  NAME_ASC = "NAME_ASC",
  NAME_DESC = "NAME_DESC",
  CREATED_AT_DESC = "CREATED_AT_DESC",
}
registerEnumType(InstitutionOrder, {
  name: "InstitutionOrder",
  description: "How to sort institutions (by their English name, else the first name they have); ties are broken by id.",
  valuesConfig: {
    NAME_ASC: { description: "By name, A to Z." },
    NAME_DESC: { description: "By name, Z to A." },
    CREATED_AT_DESC: { description: "Most recently added first." },
  },
});

export enum PartnerOrder {
  NAME_ASC = "NAME_ASC",
  NAME_DESC = "NAME_DESC",
  CREATED_AT_DESC = "CREATED_AT_DESC",
}
registerEnumType(PartnerOrder, {
  name: "PartnerOrder",
  description: "How to sort partners; ties are broken by id.",
  valuesConfig: {
    NAME_ASC: { description: "By name, A to Z." },
    NAME_DESC: { description: "By name, Z to A." },
    CREATED_AT_DESC: { description: "Most recently added first." },
  },
});

export enum ActionPlanOrder {
  OGP_ID_ASC = "OGP_ID_ASC",
  OGP_ID_DESC = "OGP_ID_DESC",
  START_DATE_DESC = "START_DATE_DESC",
  CREATED_AT_DESC = "CREATED_AT_DESC",
}
registerEnumType(ActionPlanOrder, {
  name: "ActionPlanOrder",
  description: "How to sort action plans; ties are broken by id.",
  valuesConfig: {
    OGP_ID_ASC: { description: "By OGP id, A to Z (AP_ALB01, AP_ALB02, ...)." },
    OGP_ID_DESC: { description: "By OGP id, Z to A." },
    START_DATE_DESC: { description: "Latest start date first." },
    CREATED_AT_DESC: { description: "Most recently added first." },
  },
});
