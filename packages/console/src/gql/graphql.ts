/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which action plans to list. Fields combine with AND. */
export type ActionPlanFilter = {
  /** Only plans whose amendment window includes today (true), or the others (false). */
  amendmentWindowOpen?: boolean | null | undefined;
  /** Include archived plans (default false). */
  includeArchived?: boolean | null | undefined;
  /** Plans of this member. */
  memberId?: string | number | null | undefined;
  /** Plans of members of this type. */
  memberType?: MemberType | null | undefined;
  /** Plans of members in this region. */
  region?: Region | null | undefined;
  /** Only plans with this status. */
  status?: ActionPlanStatus | null | undefined;
};

/** How to sort action plans; ties are broken by id. */
export type ActionPlanOrder =
  /** Most recently added first. */
  | 'CREATED_AT_DESC'
  /** By OGP id, A to Z (AP_ALB01, AP_ALB02, ...). */
  | 'OGP_ID_ASC'
  /** By OGP id, Z to A. */
  | 'OGP_ID_DESC'
  /** Latest start date first. */
  | 'START_DATE_DESC';

/** Where an action plan is in its cycle. */
export type ActionPlanStatus =
  /** Being co-created; not yet submitted to OGP. */
  | 'DRAFT'
  /** Its implementation period is over. */
  | 'ENDED'
  /** Being implemented. */
  | 'IN_IMPLEMENTATION'
  /** Submitted to OGP; implementation has not started. */
  | 'SUBMITTED';

/** A note for a case. */
export type AddCaseNoteInput = {
  /** The coordination case. */
  id: string | number;
  /** The note (1 to 5000 characters); notes are never edited. */
  text: string;
  /** The case's version you last read; a stale one is refused with CONFLICT. */
  version: number;
};

/** A next step for a case. */
export type AddNextStepInput = {
  /** What is to be done. */
  description: string;
  /** Due date, YYYY-MM-DD. */
  dueOn: string;
  /** The coordination case. */
  id: string | number;
  /** The case's version you last read; a stale one is refused with CONFLICT. */
  version: number;
};

/** The support unit's assignment of a commitment's challenge area. */
export type AssignChallengeAreaInput = {
  /** The area assigned. */
  area: ChallengeAreaCode;
  /** The commitment. */
  id: string | number;
  /** Why, kept in the commitment's history. */
  note?: string | null | undefined;
  /** The version you read; a newer stored version refuses the change with CONFLICT. */
  version: number;
};

/** Who facilitates a case. */
export type AssignFacilitatorInput = {
  /** The support-unit account that facilitates the case. */
  facilitatorId: string;
  /** The coordination case. */
  id: string | number;
  /** The case's version you last read; a stale one is refused with CONFLICT. */
  version: number;
};

/** Code of one of the ten policy areas of the Open Gov Challenge. */
export type ChallengeAreaCode =
  | 'ACCESS_TO_INFORMATION'
  | 'ANTI_CORRUPTION'
  | 'CIVIC_SPACE'
  | 'CLIMATE_AND_ENVIRONMENT'
  | 'DIGITAL_GOVERNANCE'
  | 'FISCAL_OPENNESS'
  | 'GENDER_AND_INCLUSION'
  | 'JUSTICE'
  | 'MEDIA_FREEDOM'
  | 'PUBLIC_PARTICIPATION';

/** A move of a commitment along its lifecycle. */
export type ChangeCommitmentStatusInput = {
  /** The commitment. */
  id: string | number;
  /** Why, kept in the commitment's history. */
  note?: string | null | undefined;
  /** The status to move to; a move the lifecycle does not allow is refused with CONFLICT. */
  to: CommitmentStatus;
  /** The version you read; a newer stored version refuses the change with CONFLICT. */
  version: number;
};

/** A co-creation link at the version you last read, and a reason. */
export type CoCreationDecisionInput = {
  /** The link. */
  id: string | number;
  /** Why (required to decline). */
  reason?: string | null | undefined;
  /** The version you last read; a stale one is refused with CONFLICT. */
  version: number;
};

/** What a partner co-creates of a commitment (DOMAIN.md, rule 5). */
export type CoCreationRole =
  /** Its design. */
  | 'DESIGN'
  /** Its evaluation. */
  | 'EVALUATION'
  /** Its implementation. */
  | 'IMPLEMENTATION';

/** Where a co-creation link stands. */
export type CoCreationStatus =
  /** Accepted: the partner co-creates the commitment. */
  | 'ACTIVE'
  /** Declined, with a reason; final. */
  | 'DECLINED'
  /** Ended by either side; final. */
  | 'ENDED'
  /** Asked by the partner; the owning institution or the support unit decides. */
  | 'REQUESTED';

/** What kind of change a commitment history event records. */
export type CommitmentEventKind =
  /** The support unit assigned (or changed) its challenge area. */
  | 'AREA_ASSIGNED'
  /** A partner became an active co-creator of it, recorded by a batch upsert (`upsertCoCreationLinks`). */
  | 'CO_CREATION_LINKED'
  /** The commitment was created. */
  | 'CREATED'
  /** Its content changed. */
  | 'EDITED'
  /** The support unit decided one eligibility criterion. */
  | 'ELIGIBILITY_DECIDED'
  /** The importer created or changed it from OGP's data. */
  | 'IMPORTED'
  /** Its IRM rating was recorded or changed. */
  | 'IRM_RATED'
  /** A milestone was added. */
  | 'MILESTONE_ADDED'
  /** A milestone changed. */
  | 'MILESTONE_CHANGED'
  /** Its institution reported progress in a review cycle. */
  | 'PROGRESS_REPORTED'
  /** Its status changed. */
  | 'STATUS_CHANGED';

/** Which commitments to list. Fields combine with AND. */
export type CommitmentFilter = {
  /** Commitments in this area: the assigned one, else the proposed one. */
  area?: ChallengeAreaCode | null | undefined;
  /** Only commitments planned to end after 31 March 2028 (true), or the others (false). */
  endsAfterChallenge?: boolean | null | undefined;
  /** Only commitments with an active co-creator (true), or without one (false): with pathway STANDALONE, the support unit's list of missing co-creation. */
  hasActiveCoCreator?: boolean | null | undefined;
  /** Commitments this institution leads or supports. */
  institutionId?: string | number | null | undefined;
  /** Commitments of this member. */
  memberId?: string | number | null | undefined;
  /** Only this pathway. */
  pathway?: Pathway | null | undefined;
  /** Only this status. */
  status?: CommitmentStatus | null | undefined;
  /** Only commitments whose IRM policy tags suggest this area (imported commitments; the support unit decides). */
  suggestedArea?: ChallengeAreaCode | null | undefined;
  /** Words in the title, the summary or the OGP id, case-insensitive. */
  text?: string | null | undefined;
};

/** Where a challenge commitment is in its life: DRAFT -> SUBMITTED -> UNDER_REVIEW -> ELIGIBLE | NOT_ELIGIBLE; ELIGIBLE -> IN_PROGRESS -> COMPLETED; WITHDRAWN from any open state. */
export type CommitmentStatus =
  /** Implementation is over. Final. */
  | 'COMPLETED'
  /** Being written by its institution; visible only to that institution and the support unit. */
  | 'DRAFT'
  /** All four eligibility criteria were decided MET by the support unit. */
  | 'ELIGIBLE'
  /** Being implemented. */
  | 'IN_PROGRESS'
  /** The support unit decided at least one criterion NOT_MET. Final. */
  | 'NOT_ELIGIBLE'
  /** Submitted to the support unit; published from here on. */
  | 'SUBMITTED'
  /** The support unit is checking the four eligibility criteria and assigning the area. */
  | 'UNDER_REVIEW'
  /** Withdrawn by its institution or the support unit. Final; a submitted one stays published. */
  | 'WITHDRAWN';

/** A next step to mark done. */
export type CompleteNextStepInput = {
  /** The coordination case. */
  id: string | number;
  /** The next step. */
  stepId: string | number;
  /** The case's version you last read; a stale one is refused with CONFLICT. */
  version: number;
};

/** Where a coordination case stands. */
export type CoordinationCaseStatus =
  /** The support unit is facilitating (a facilitator, a lead, a note or a next step was added). */
  | 'IN_PROGRESS'
  /** Opened by the system; nobody has worked on it yet. */
  | 'OPEN'
  /** Closed with a resolution; final. */
  | 'RESOLVED';

/** How a coordination case was resolved. */
export type CoordinationResolution =
  /** The institutions go on separately, with an agreed division of work (`divisionOfWork`). */
  | 'KEPT_SEPARATE'
  /** One institution leads the area for the member (`leadInstitution`). */
  | 'LEAD_DESIGNATED'
  /** Commitments were merged (`mergedCommitmentIds`). */
  | 'MERGED';

/** A new challenge commitment; it starts as a DRAFT. */
export type CreateCommitmentInput = {
  /** ACTION_PLAN only: the plan (directory id). Its dates must hold the commitment's. */
  actionPlanId?: string | number | null | undefined;
  /** Planned end, YYYY-MM-DD; after 2028-03-31 is allowed but flagged. */
  endDate: string;
  /** The results expected. */
  expectedResults?: string | null | undefined;
  /** The language of the submission. */
  language: Locale;
  /** The public institution of that member that leads it (directory id). */
  leadInstitutionId: string | number;
  /** The member (directory id). */
  memberId: string | number;
  /** Milestones, in order. */
  milestones?: Array<MilestoneInput> | null | undefined;
  /** OGP's commitment id if it has one, e.g. AL0002, kept exactly as given. */
  ogpId?: string | null | undefined;
  /** Inside an action plan, or standalone. */
  pathway: Pathway;
  /** The problem it addresses. */
  problem?: string | null | undefined;
  /** The area the submitter proposes. */
  proposedArea?: ChallengeAreaCode | null | undefined;
  /** What the reform is. */
  reform?: string | null | undefined;
  /** Planned start, YYYY-MM-DD. */
  startDate: string;
  /** One-paragraph summary. */
  summary: string;
  /** Other public institutions of the same member that support it. */
  supportingInstitutionIds?: Array<string | number> | null | undefined;
  /** Short title, at most 300 characters. */
  title: string;
  /** At least one open-government value. */
  values: Array<OpenGovernmentValue>;
};

/** The support unit's decision on one eligibility criterion of a commitment under review. */
export type DecideEligibilityInput = {
  /** The commitment. */
  commitmentId: string | number;
  /** The criterion decided. */
  criterion: EligibilityCriterion;
  /** MET or NOT_MET. */
  outcome: DecisionOutcome;
  /** Why; required, kept with the decision and in the history. */
  reason: string;
  /** The commitment's version you read; a decision bumps it. */
  version: number;
};

/** The support unit's decision on one eligibility criterion. */
export type DecisionOutcome =
  /** The criterion holds. */
  | 'MET'
  /** The criterion does not hold. */
  | 'NOT_MET';

/** The lead institution of a case. */
export type DesignateLeadInput = {
  /** The coordination case. */
  id: string | number;
  /** One of the case's institutions. */
  institutionId: string | number;
  /** The case's version you last read; a stale one is refused with CONFLICT. */
  version: number;
};

/** One of the four eligibility criteria of a challenge commitment. */
export type EligibilityCriterion =
  | 'FORWARD_LOOKING'
  | 'GOVERNMENT_LED'
  | 'OPEN_GOVERNMENT_RELEVANCE'
  | 'THEMATIC_RELEVANCE';

/** Branch of government of a public institution. */
export type InstitutionBranch =
  /** Government, ministries and agencies. */
  | 'EXECUTIVE'
  /** Independent oversight bodies: ombudsman, audit office, information commission, electoral body. */
  | 'INDEPENDENT'
  /** Courts and the judiciary. */
  | 'JUDICIAL'
  /** Parliaments, congresses, councils. */
  | 'LEGISLATIVE';

/** Which institutions to list. Fields combine with AND. */
export type InstitutionFilter = {
  /** Only institutions of this branch of government. */
  branch?: InstitutionBranch | null | undefined;
  /** Include archived institutions (default false). */
  includeArchived?: boolean | null | undefined;
  /** Only institutions at this level of government. */
  level?: InstitutionLevel | null | undefined;
  /** Institutions of this member. */
  memberId?: string | number | null | undefined;
  /** Institutions of members of this type. */
  memberType?: MemberType | null | undefined;
  /** Institutions of members in this region. */
  region?: Region | null | undefined;
  /** Text contained in any of the institution's names, case-insensitive. */
  search?: string | null | undefined;
};

/** Level of government of a public institution. */
export type InstitutionLevel =
  /** City, municipality or county. */
  | 'LOCAL'
  /** National (federal, central) level. */
  | 'NATIONAL'
  /** State, province or region. */
  | 'SUBNATIONAL';

/** How to sort institutions (by their English name, else the first name they have); ties are broken by id. */
export type InstitutionOrder =
  /** Most recently added first. */
  | 'CREATED_AT_DESC'
  /** By name, A to Z. */
  | 'NAME_ASC'
  /** By name, Z to A. */
  | 'NAME_DESC';

/** The IRM's assessment of how far a commitment was completed. */
export type IrmCompletion =
  /** Complete. */
  | 'COMPLETE'
  /** Limited completion. */
  | 'LIMITED'
  /** Not applicable: the report did not assess completion (the file's `NA`). */
  | 'NOT_APPLICABLE'
  /** The IRM has not reviewed it (yet). */
  | 'NOT_REVIEWED'
  /** Not started. */
  | 'NOT_STARTED'
  /** The IRM had no data to assess it. */
  | 'NO_DATA'
  /** No evidence available. */
  | 'NO_EVIDENCE'
  /** Substantial completion. */
  | 'SUBSTANTIAL'
  /** The IRM could not tell how far it was completed. */
  | 'UNCLEAR'
  /** Withdrawn by the government. */
  | 'WITHDRAWN';

/** The IRM's assessment of early results: "did it open government?". */
export type IrmEarlyResults =
  /** No change. */
  | 'DID_NOT_CHANGE'
  /** Major opening. */
  | 'MAJOR'
  /** Marginal opening. */
  | 'MARGINAL'
  /** Not applicable: the commitment does not aim at this value. */
  | 'NOT_APPLICABLE'
  /** The IRM has not reviewed it (yet). */
  | 'NOT_REVIEWED'
  /** The IRM had no data to assess it. */
  | 'NO_DATA'
  /** No early results to report yet. */
  | 'NO_EARLY_RESULTS_YET'
  /** Outstanding opening. */
  | 'OUTSTANDING'
  /** Government became less open. */
  | 'WORSENED';

/** The IRM's assessment of a commitment's potential for results. */
export type IrmPotential =
  /** Modest potential. */
  | 'MODEST'
  /** The IRM has not reviewed it (yet). */
  | 'NOT_REVIEWED'
  /** The IRM had no data to assess it. */
  | 'NO_DATA'
  /** Substantial potential. */
  | 'SUBSTANTIAL'
  /** Unclear potential. */
  | 'UNCLEAR';

/** An IRM yes/no assessment, with no data and not reviewed as explicit values. */
export type IrmYesNo =
  /** No. */
  | 'NO'
  /** Not applicable to this commitment (the file's `NA`). */
  | 'NOT_APPLICABLE'
  /** The IRM has not reviewed it (yet). */
  | 'NOT_REVIEWED'
  /** The IRM had no data to assess it. */
  | 'NO_DATA'
  /** Yes. */
  | 'YES';

/** A working language of OGP. Localized texts fall back to English when missing in the requested language. */
export type Locale =
  | 'EN'
  | 'ES'
  | 'FR';

/** Which members to list. Fields combine with AND. */
export type MemberFilter = {
  /** ISO 3166-1 alpha-3 country code: national members of that country and its local members. */
  country?: string | null | undefined;
  /** Include archived members (default false). */
  includeArchived?: boolean | null | undefined;
  /** Only members in this region. */
  region?: Region | null | undefined;
  /** Text contained in the name or equal to the OGP code, case-insensitive. */
  search?: string | null | undefined;
  /** Only members with this status. */
  status?: MemberStatus | null | undefined;
  /** Only members of this type. */
  type?: MemberType | null | undefined;
};

/** How to sort members; ties are broken by id. */
export type MemberOrder =
  /** Most recently added first. */
  | 'CREATED_AT_DESC'
  /** By name, A to Z. */
  | 'NAME_ASC'
  /** By name, Z to A. */
  | 'NAME_DESC'
  /** By OGP code, A to Z. */
  | 'OGP_CODE_ASC';

/** Where a member stands in the partnership. */
export type MemberStatus =
  /** Participating: co-creating and implementing action plans. */
  | 'ACTIVE'
  /** Designated inactive after a procedural review. */
  | 'INACTIVE'
  /** Suspended by the Steering Committee. */
  | 'SUSPENDED'
  /** Under procedural review by the OGP Steering Committee. */
  | 'UNDER_REVIEW'
  /** Has left the partnership. */
  | 'WITHDRAWN';

/** NATIONAL government, LOCAL government (state, province, municipality), or OTHER for members not universally recognised. */
export type MemberType =
  /** A local government: a state, province, region or municipality of a country. The IRM data calls these `Legacy Local`. */
  | 'LOCAL'
  /** A national government. */
  | 'NATIONAL'
  /** A member that is not universally recognised as a state, e.g. Kosovo. */
  | 'OTHER';

/** A milestone of a new commitment. */
export type MilestoneInput = {
  /** Due date, YYYY-MM-DD. */
  dueDate?: string | null | undefined;
  /** The verifiable output it produces. */
  expectedOutput?: string | null | undefined;
  /** PLANNED when left out. */
  status?: MilestoneStatus | null | undefined;
  /** What the step is. */
  title: string;
};

/** Where a milestone of a commitment stands. */
export type MilestoneStatus =
  /** Will not be implemented. */
  | 'CANCELLED'
  /** Behind its due date. */
  | 'DELAYED'
  /** Implemented. */
  | 'DONE'
  /** Being implemented. */
  | 'IN_PROGRESS'
  /** Not started yet. */
  | 'PLANNED';

/** One of the three open-government values a challenge commitment must serve. */
export type OpenGovernmentValue =
  | 'CIVIC_PARTICIPATION'
  | 'PUBLIC_ACCOUNTABILITY'
  | 'TRANSPARENCY';

/** Which partners to list. Fields combine with AND. */
export type PartnerFilter = {
  /** ISO 3166-1 alpha-3 country code. */
  country?: string | null | undefined;
  /** Include archived partners (default false). */
  includeArchived?: boolean | null | undefined;
  /** Only partners of this kind. */
  kind?: PartnerKind | null | undefined;
  /** Text contained in the name, case-insensitive. */
  search?: string | null | undefined;
};

/** What kind of organisation a partner is. Partners co-create and support commitments; they never own one. */
export type PartnerKind =
  /** A university or research institute. */
  | 'ACADEMIA'
  /** A civil-society organisation. */
  | 'CIVIL_SOCIETY'
  /** A media organisation. */
  | 'MEDIA'
  /** A multilateral or international organisation. */
  | 'MULTILATERAL'
  /** Any other partner. */
  | 'OTHER'
  /** A company or business association. */
  | 'PRIVATE_SECTOR';

/** How to sort partners; ties are broken by id. */
export type PartnerOrder =
  /** Most recently added first. */
  | 'CREATED_AT_DESC'
  /** By name, A to Z. */
  | 'NAME_ASC'
  /** By name, Z to A. */
  | 'NAME_DESC';

/** How a challenge commitment was made: inside an OGP action plan, or standalone. */
export type Pathway =
  /** Co-created inside an OGP action plan and flagged there as a challenge commitment; rated by the IRM. */
  | 'ACTION_PLAN'
  /** Submitted at any time, independent of any action plan; progress is self-reported in review cycles. */
  | 'STANDALONE';

/** What the data shows about one eligibility criterion; the support unit decides. */
export type PrecheckOutcome =
  /** The data shows the criterion holds. */
  | 'MET'
  /** The data shows the criterion does not hold. */
  | 'NOT_MET'
  /** The data cannot tell (e.g. the directory could not be asked). */
  | 'UNKNOWN';

/** One of OGP's four regions. */
export type Region =
  /** Africa and the Middle East. */
  | 'AFRICA_AND_MIDDLE_EAST'
  /** The Americas. */
  | 'AMERICAS'
  /** Asia and the Pacific. */
  | 'ASIA_AND_PACIFIC'
  /** Europe. */
  | 'EUROPE';

/** A partner's request to co-create a commitment. */
export type RequestCoCreationInput = {
  /** The commitment (published, not final). */
  commitmentId: string | number;
  /** What the partner offers. */
  note?: string | null | undefined;
  /** The partner: partner editors ask for their own (may omit it); the support unit names it. */
  partnerId?: string | number | null | undefined;
  /** What the partner would co-create. */
  role: CoCreationRole;
};

/** How a case is resolved: LEAD_DESIGNATED, MERGED or KEPT_SEPARATE, with what each needs. */
export type ResolveCoordinationCaseInput = {
  /** KEPT_SEPARATE: the agreed division of work. */
  divisionOfWork?: string | null | undefined;
  /** The coordination case. */
  id: string | number;
  /** LEAD_DESIGNATED: the lead (defaults to the designated one). */
  leadInstitutionId?: string | number | null | undefined;
  /** MERGED: the commitments merged (at least two, of the case's member and area). */
  mergedCommitmentIds?: Array<string | number> | null | undefined;
  /** The resolution. */
  resolution: CoordinationResolution;
  /** The case's version you last read; a stale one is refused with CONFLICT. */
  version: number;
};

/** What an account may do; officers and partner editors are scoped to their organisations. */
export type Role =
  | 'API_CLIENT'
  | 'INSTITUTION_OFFICER'
  | 'PARTNER_EDITOR'
  | 'SUPPORT_UNIT'
  | 'SUPPORT_UNIT_ADMIN';

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn: { __typename: 'SignInPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { __typename: 'Account', id: string, role: Role } } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { __typename: 'SignInPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { __typename: 'Account', id: string, displayName: string, role: Role, email: string | null, memberId: string | null, institutionIds: Array<string>, partnerId: string | null } | null };

export type ActionPlanGridQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ActionPlanFilter | null | undefined;
  orderBy?: ActionPlanOrder | null | undefined;
}>;


export type ActionPlanGridQuery = { actionPlans: { __typename: 'ActionPlanConnection', totalCount: number, edges: Array<{ __typename: 'ActionPlanEdge', node: { __typename: 'ActionPlan', id: string, ogpId: string, number: number, startDate: string, endDate: string, status: ActionPlanStatus, member: { __typename: 'Member', id: string, name: string } } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ChallengeAreasQueryVariables = Exact<{
  locale: Locale;
}>;


export type ChallengeAreasQuery = { challengeAreas: Array<{ __typename: 'ChallengeArea', code: ChallengeAreaCode, position: number, name: string, description: string }> };

export type CoCreationRequestQueryVariables = Exact<{
  commitmentId: string | number;
  partnerId: string | number;
}>;


export type CoCreationRequestQuery = { commitment: { __typename: 'Commitment', id: string, title: string, summary: string } | null, partner: { __typename: 'Partner', id: string, name: string, kind: PartnerKind, country: string | null } | null };

export type AcceptCoCreationMutationVariables = Exact<{
  input: CoCreationDecisionInput;
}>;


export type AcceptCoCreationMutation = { acceptCoCreation: { __typename: 'CoCreationLink', id: string, version: number, status: CoCreationStatus } };

export type DeclineCoCreationMutationVariables = Exact<{
  input: CoCreationDecisionInput;
}>;


export type DeclineCoCreationMutation = { declineCoCreation: { __typename: 'CoCreationLink', id: string, version: number, status: CoCreationStatus } };

export type CommitmentReviewQueryVariables = Exact<{
  id: string | number;
  locale: Locale;
}>;


export type CommitmentReviewQuery = { commitment: { __typename: 'Commitment', id: string, version: number, title: string, summary: string, status: CommitmentStatus, pathway: Pathway, startDate: string | null, endDate: string | null, proposedAreaCode: ChallengeAreaCode | null, assignedAreaCode: ChallengeAreaCode | null, member: { __typename: 'Member', id: string, name: string }, leadInstitution: { __typename: 'Institution', id: string, name: string } | null, eligibility: { __typename: 'Eligibility', allMet: boolean, precheck: Array<{ __typename: 'EligibilityPrecheck', criterion: EligibilityCriterion, outcome: PrecheckOutcome, reason: string }>, decisions: Array<{ __typename: 'EligibilityDecision', criterion: EligibilityCriterion, outcome: DecisionOutcome, reason: string, decidedAt: string }> }, history: Array<{ __typename: 'CommitmentEvent', id: string, at: string, actorRole: Role | null, kind: CommitmentEventKind, note: string | null }>, irmRating: { __typename: 'IrmRating', id: string, verifiable: IrmYesNo, openGovernmentLens: IrmYesNo, potentialForResults: IrmPotential, completion: IrmCompletion, earlyResults: IrmEarlyResults } | null } | null, eligibilityCriteria: Array<{ __typename: 'EligibilityCriterionDefinition', code: EligibilityCriterion, position: number, name: string, description: string }>, challengeAreas: Array<{ __typename: 'ChallengeArea', code: ChallengeAreaCode, position: number, name: string }> };

export type DecideEligibilityMutationVariables = Exact<{
  input: DecideEligibilityInput;
}>;


export type DecideEligibilityMutation = { decideEligibility: { __typename: 'Commitment', id: string, version: number } };

export type ChangeCommitmentStatusMutationVariables = Exact<{
  input: ChangeCommitmentStatusInput;
}>;


export type ChangeCommitmentStatusMutation = { changeCommitmentStatus: { __typename: 'Commitment', id: string, version: number, status: CommitmentStatus } };

export type AssignChallengeAreaMutationVariables = Exact<{
  input: AssignChallengeAreaInput;
}>;


export type AssignChallengeAreaMutation = { assignChallengeArea: { __typename: 'Commitment', id: string, version: number, assignedAreaCode: ChallengeAreaCode | null } };

export type CommitmentListQueryVariables = Exact<{
  filter?: CommitmentFilter | null | undefined;
  after?: string | null | undefined;
  locale: Locale;
}>;


export type CommitmentListQuery = { commitments: { __typename: 'CommitmentConnection', totalCount: number, edges: Array<{ __typename: 'CommitmentEdge', node: { __typename: 'Commitment', id: string, title: string, status: CommitmentStatus, pathway: Pathway, updatedAt: string, proposedAreaCode: ChallengeAreaCode | null, assignedAreaCode: ChallengeAreaCode | null, member: { __typename: 'Member', id: string, name: string } } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, challengeAreas: Array<{ __typename: 'ChallengeArea', code: ChallengeAreaCode, position: number, name: string }> };

export type CoordinationCasePageQueryVariables = Exact<{
  id: string | number;
  locale: Locale;
}>;


export type CoordinationCasePageQuery = { coordinationCase: { __typename: 'CoordinationCase', id: string, version: number, area: ChallengeAreaCode, status: CoordinationCaseStatus, resolution: CoordinationResolution | null, divisionOfWork: string | null, openedAt: string, resolvedAt: string | null, ageInDays: number, facilitatorId: string | null, member: { __typename: 'Member', id: string, name: string }, institutions: Array<{ __typename: 'Institution', id: string, name: string }>, leadInstitution: { __typename: 'Institution', id: string, name: string } | null, notes: Array<{ __typename: 'CoordinationCaseNote', id: string, at: string, authorId: string, text: string }> | null, nextSteps: Array<{ __typename: 'CoordinationCaseStep', id: string, description: string, dueOn: string, doneAt: string | null }> | null } | null, challengeAreas: Array<{ __typename: 'ChallengeArea', code: ChallengeAreaCode, name: string }> };

export type AssignFacilitatorMutationVariables = Exact<{
  input: AssignFacilitatorInput;
}>;


export type AssignFacilitatorMutation = { assignFacilitator: { __typename: 'CoordinationCase', id: string, version: number } };

export type DesignateLeadMutationVariables = Exact<{
  input: DesignateLeadInput;
}>;


export type DesignateLeadMutation = { designateLead: { __typename: 'CoordinationCase', id: string, version: number } };

export type AddCaseNoteMutationVariables = Exact<{
  input: AddCaseNoteInput;
}>;


export type AddCaseNoteMutation = { addCaseNote: { __typename: 'CoordinationCase', id: string, version: number } };

export type AddNextStepMutationVariables = Exact<{
  input: AddNextStepInput;
}>;


export type AddNextStepMutation = { addNextStep: { __typename: 'CoordinationCase', id: string, version: number } };

export type CompleteNextStepMutationVariables = Exact<{
  input: CompleteNextStepInput;
}>;


export type CompleteNextStepMutation = { completeNextStep: { __typename: 'CoordinationCase', id: string, version: number } };

export type ResolveCoordinationCaseMutationVariables = Exact<{
  input: ResolveCoordinationCaseInput;
}>;


export type ResolveCoordinationCaseMutation = { resolveCoordinationCase: { __typename: 'CoordinationCase', id: string, version: number, status: CoordinationCaseStatus } };

export type CoordinationQueueQueryVariables = Exact<{
  status?: CoordinationCaseStatus | null | undefined;
  locale: Locale;
}>;


export type CoordinationQueueQuery = { coordinationCases: { __typename: 'CoordinationCaseConnection', totalCount: number, edges: Array<{ __typename: 'CoordinationCaseEdge', node: { __typename: 'CoordinationCase', id: string, area: ChallengeAreaCode, status: CoordinationCaseStatus, ageInDays: number, openedAt: string, facilitatorId: string | null, member: { __typename: 'Member', id: string, name: string }, institutions: Array<{ __typename: 'Institution', id: string, name: string }> } }> }, challengeAreas: Array<{ __typename: 'ChallengeArea', code: ChallengeAreaCode, name: string }> };

export type DashboardQueryVariables = Exact<{
  locale: Locale;
}>;


export type DashboardQuery = { challengeAreas: Array<{ __typename: 'ChallengeArea', code: ChallengeAreaCode, position: number, name: string, commitmentStats: { __typename: 'CommitmentStats', total: number, byStatus: Array<{ __typename: 'CommitmentStatusCount', status: CommitmentStatus, count: number }> } }>, openCases: { __typename: 'CoordinationCaseConnection', totalCount: number, edges: Array<{ __typename: 'CoordinationCaseEdge', node: { __typename: 'CoordinationCase', id: string, ageInDays: number } }> }, casesInProgress: { __typename: 'CoordinationCaseConnection', totalCount: number, edges: Array<{ __typename: 'CoordinationCaseEdge', node: { __typename: 'CoordinationCase', id: string, ageInDays: number } }> }, submitted: { __typename: 'CommitmentConnection', totalCount: number }, underReview: { __typename: 'CommitmentConnection', totalCount: number } };

export type FindCommitmentsQueryVariables = Exact<{
  text?: string | null | undefined;
}>;


export type FindCommitmentsQuery = { commitments: { __typename: 'CommitmentConnection', totalCount: number, edges: Array<{ __typename: 'CommitmentEdge', node: { __typename: 'Commitment', id: string, title: string, summary: string, status: CommitmentStatus, member: { __typename: 'Member', id: string, name: string } } }> } };

export type RequestCoCreationMutationVariables = Exact<{
  input: RequestCoCreationInput;
}>;


export type RequestCoCreationMutation = { requestCoCreation: { __typename: 'CoCreationLink', id: string, version: number, status: CoCreationStatus, role: CoCreationRole } };

export type InstitutionGridQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: InstitutionFilter | null | undefined;
  orderBy?: InstitutionOrder | null | undefined;
  locale?: Locale | null | undefined;
}>;


export type InstitutionGridQuery = { institutions: { __typename: 'InstitutionConnection', totalCount: number, edges: Array<{ __typename: 'InstitutionEdge', node: { __typename: 'Institution', id: string, name: string, branch: InstitutionBranch, level: InstitutionLevel, member: { __typename: 'Member', id: string, name: string, ogpCode: string } } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type MemberGridQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MemberFilter | null | undefined;
  orderBy?: MemberOrder | null | undefined;
}>;


export type MemberGridQuery = { members: { __typename: 'MemberConnection', totalCount: number, edges: Array<{ __typename: 'MemberEdge', node: { __typename: 'Member', id: string, ogpCode: string, name: string, type: MemberType, region: Region, country: string | null, status: MemberStatus, yearJoined: number | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type MyCommitmentsQueryVariables = Exact<{
  memberId: string | number;
}>;


export type MyCommitmentsQuery = { commitments: { __typename: 'CommitmentConnection', totalCount: number, edges: Array<{ __typename: 'CommitmentEdge', node: { __typename: 'Commitment', id: string, title: string, status: CommitmentStatus, pathway: Pathway, updatedAt: string, hasActiveCoCreator: boolean, leadInstitution: { __typename: 'Institution', id: string } | null, coCreators: Array<{ __typename: 'CoCreationLink', id: string, role: CoCreationRole, partner: { __typename: 'Partner', id: string, name: string } }> } }> } };

export type MyLinksQueryVariables = Exact<{
  partnerId: string | number;
}>;


export type MyLinksQuery = { partner: { __typename: 'Partner', id: string, name: string, coCreations: Array<{ __typename: 'CoCreationLink', id: string, version: number, role: CoCreationRole, status: CoCreationStatus, note: string | null, reason: string | null, commitment: { __typename: 'Commitment', id: string, title: string } | null }> } | null };

export type NewCommitmentOptionsQueryVariables = Exact<{
  memberId: string | number;
  locale: Locale;
}>;


export type NewCommitmentOptionsQuery = { member: { __typename: 'Member', id: string, name: string, institutions: Array<{ __typename: 'Institution', id: string, name: string }> } | null, challengeAreas: Array<{ __typename: 'ChallengeArea', code: ChallengeAreaCode, position: number, name: string }>, openGovernmentValues: Array<{ __typename: 'OpenGovernmentValueDefinition', code: OpenGovernmentValue, name: string }> };

export type CreateStandaloneCommitmentMutationVariables = Exact<{
  input: CreateCommitmentInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateStandaloneCommitmentMutation = { createCommitment: { __typename: 'Commitment', id: string, version: number, status: CommitmentStatus } };

export type SubmitCommitmentMutationVariables = Exact<{
  input: ChangeCommitmentStatusInput;
}>;


export type SubmitCommitmentMutation = { changeCommitmentStatus: { __typename: 'Commitment', id: string, version: number, status: CommitmentStatus } };

export type PartnerGridQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PartnerFilter | null | undefined;
  orderBy?: PartnerOrder | null | undefined;
}>;


export type PartnerGridQuery = { partners: { __typename: 'PartnerConnection', totalCount: number, edges: Array<{ __typename: 'PartnerEdge', node: { __typename: 'Partner', id: string, name: string, kind: PartnerKind, country: string | null, website: string | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };


export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionIds"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ActionPlanGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionPlanGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlanFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlanOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ogpId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ActionPlanGridQuery, ActionPlanGridQueryVariables>;
export const ChallengeAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChallengeAreas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"description"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]} as unknown as DocumentNode<ChallengeAreasQuery, ChallengeAreasQueryVariables>;
export const CoCreationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoCreationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commitmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commitmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<CoCreationRequestQuery, CoCreationRequestQueryVariables>;
export const AcceptCoCreationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptCoCreation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoCreationDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCoCreation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptCoCreationMutation, AcceptCoCreationMutationVariables>;
export const DeclineCoCreationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineCoCreation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoCreationDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineCoCreation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeclineCoCreationMutation, DeclineCoCreationMutationVariables>;
export const CommitmentReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitmentReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAreaCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAreaCode"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allMet"}},{"kind":"Field","name":{"kind":"Name","value":"precheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"irmRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verifiable"}},{"kind":"Field","name":{"kind":"Name","value":"openGovernmentLens"}},{"kind":"Field","name":{"kind":"Name","value":"potentialForResults"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"earlyResults"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"description"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"challengeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]} as unknown as DocumentNode<CommitmentReviewQuery, CommitmentReviewQueryVariables>;
export const DecideEligibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideEligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideEligibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideEligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DecideEligibilityMutation, DecideEligibilityMutationVariables>;
export const ChangeCommitmentStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCommitmentStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeCommitmentStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCommitmentStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ChangeCommitmentStatusMutation, ChangeCommitmentStatusMutationVariables>;
export const AssignChallengeAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignChallengeArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignChallengeAreaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignChallengeArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAreaCode"}}]}}]}}]} as unknown as DocumentNode<AssignChallengeAreaMutation, AssignChallengeAreaMutationVariables>;
export const CommitmentListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitmentList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAreaCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAreaCode"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"challengeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]} as unknown as DocumentNode<CommitmentListQuery, CommitmentListQueryVariables>;
export const CoordinationCasePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoordinationCasePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"divisionOfWork"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ageInDays"}},{"kind":"Field","name":{"kind":"Name","value":"facilitatorId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"leadInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"challengeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]} as unknown as DocumentNode<CoordinationCasePageQuery, CoordinationCasePageQueryVariables>;
export const AssignFacilitatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignFacilitator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignFacilitatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignFacilitator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AssignFacilitatorMutation, AssignFacilitatorMutationVariables>;
export const DesignateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DesignateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DesignateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"designateLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DesignateLeadMutation, DesignateLeadMutationVariables>;
export const AddCaseNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCaseNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCaseNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCaseNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddCaseNoteMutation, AddCaseNoteMutationVariables>;
export const AddNextStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddNextStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddNextStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNextStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddNextStepMutation, AddNextStepMutationVariables>;
export const CompleteNextStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteNextStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteNextStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeNextStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CompleteNextStepMutation, CompleteNextStepMutationVariables>;
export const ResolveCoordinationCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveCoordinationCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveCoordinationCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveCoordinationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ResolveCoordinationCaseMutation, ResolveCoordinationCaseMutationVariables>;
export const CoordinationQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoordinationQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationCaseStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ageInDays"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"facilitatorId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"challengeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]} as unknown as DocumentNode<CoordinationQueueQuery, CoordinationQueueQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"commitmentStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openCases"},"name":{"kind":"Name","value":"coordinationCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ageInDays"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"casesInProgress"},"name":{"kind":"Name","value":"coordinationCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_PROGRESS"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ageInDays"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"submitted"},"name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUBMITTED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"underReview"},"name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"UNDER_REVIEW"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const FindCommitmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindCommitments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindCommitmentsQuery, FindCommitmentsQueryVariables>;
export const RequestCoCreationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestCoCreation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestCoCreationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCoCreation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<RequestCoCreationMutation, RequestCoCreationMutationVariables>;
export const InstitutionGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ogpCode"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionGridQuery, InstitutionGridQueryVariables>;
export const MemberGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ogpCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"yearJoined"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MemberGridQuery, MemberGridQueryVariables>;
export const MyCommitmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCommitments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasActiveCoCreator"}},{"kind":"Field","name":{"kind":"Name","value":"leadInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coCreators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyCommitmentsQuery, MyCommitmentsQueryVariables>;
export const MyLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"coCreations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyLinksQuery, MyLinksQueryVariables>;
export const NewCommitmentOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewCommitmentOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"challengeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"openGovernmentValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]} as unknown as DocumentNode<NewCommitmentOptionsQuery, NewCommitmentOptionsQueryVariables>;
export const CreateStandaloneCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStandaloneCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCommitmentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateStandaloneCommitmentMutation, CreateStandaloneCommitmentMutationVariables>;
export const SubmitCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeCommitmentStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCommitmentStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitCommitmentMutation, SubmitCommitmentMutationVariables>;
export const PartnerGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerGridQuery, PartnerGridQueryVariables>;