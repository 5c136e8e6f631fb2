import type {
  ActionPlanStatus,
  InstitutionBranch,
  InstitutionLevel,
  MemberStatus,
  MemberType,
  PartnerKind,
  Region,
} from "../../gql/graphql";

// The API's enums, in the order the filters offer them.
export const MEMBER_TYPES: readonly MemberType[] = ["NATIONAL", "LOCAL", "OTHER"];
export const REGIONS: readonly Region[] = ["AFRICA_AND_MIDDLE_EAST", "AMERICAS", "ASIA_AND_PACIFIC", "EUROPE"];
export const MEMBER_STATUSES: readonly MemberStatus[] = ["ACTIVE", "UNDER_REVIEW", "INACTIVE", "SUSPENDED", "WITHDRAWN"];
export const PARTNER_KINDS: readonly PartnerKind[] = ["CIVIL_SOCIETY", "ACADEMIA", "PRIVATE_SECTOR", "MULTILATERAL", "MEDIA", "OTHER"];
export const ACTION_PLAN_STATUSES: readonly ActionPlanStatus[] = ["DRAFT", "SUBMITTED", "IN_IMPLEMENTATION", "ENDED"];
export const BRANCHES: readonly InstitutionBranch[] = ["EXECUTIVE", "LEGISLATIVE", "JUDICIAL", "INDEPENDENT"];
export const LEVELS: readonly InstitutionLevel[] = ["NATIONAL", "SUBNATIONAL", "LOCAL"];
