/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Narrows the `accounts` list; all given conditions must hold. */
export type AccountFilter = {
  /** Only accounts with this role. */
  role?: Role | null | undefined;
  /** Part of the e-mail or the display name, in any case. */
  search?: string | null | undefined;
  /** Only accounts with this status. */
  status?: AccountStatus | null | undefined;
};

/** Whether an account may sign in. */
export type AccountStatus =
  /** The account may sign in. */
  | 'ACTIVE'
  /** Disabled by the support unit: it cannot sign in and its sessions have ended. */
  | 'DISABLED';

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

/** A milestone added to an existing commitment, after its last one. */
export type AddMilestoneInput = {
  /** The commitment. */
  commitmentId: string | number;
  /** Due date, YYYY-MM-DD. */
  dueDate?: string | null | undefined;
  /** The verifiable output it produces. */
  expectedOutput?: string | null | undefined;
  /** PLANNED when left out. */
  status?: MilestoneStatus | null | undefined;
  /** What the step is. */
  title: string;
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
  /** The account that facilitates the case: an active support-unit account (checked with the identity service; BAD_USER_INPUT otherwise). */
  facilitatorId: string;
  /** The coordination case. */
  id: string | number;
  /** The case's version you last read; a stale one is refused with CONFLICT. */
  version: number;
};

/** Whether an award cycle takes nominations. */
export type AwardCycleStatus =
  /** Closed by the support unit: no new nominations; submitted ones can still be decided. */
  | 'CLOSED'
  /** Opened by the support unit: partners may nominate governments. */
  | 'OPEN';

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

/** Which challenge audit entries to list. */
export type ChallengeAuditLogFilter = {
  /** Entries about this record only. */
  entityId?: string | null | undefined;
  /** Commitment, Milestone, ProgressReport, ReviewCycle or IrmRating. */
  entityType?: string | null | undefined;
};

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
  /** An active co-creator's link ended (either side may end it): the partner no longer co-creates it. */
  | 'CO_CREATION_ENDED'
  /** A partner became an active co-creator of it: its request was accepted, or a batch upsert (`upsertCoCreationLinks`) recorded the link. */
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
  /** Only commitments planned to end on or after this day (YYYY-MM-DD). */
  endDateFrom?: string | null | undefined;
  /** Only commitments planned to end on or before this day (YYYY-MM-DD); before `endDateFrom` is refused. */
  endDateTo?: string | null | undefined;
  /** Only commitments planned to end after 31 March 2028 (true), or the others (false). */
  endsAfterChallenge?: boolean | null | undefined;
  /** Only commitments with an active co-creator (true), or without one (false): with pathway STANDALONE, the support unit's list of missing co-creation. */
  hasActiveCoCreator?: boolean | null | undefined;
  /** Commitments this institution leads or supports. */
  institutionId?: string | number | null | undefined;
  /** Commitments of this member. */
  memberId?: string | number | null | undefined;
  /** Only commitments of members of this type (as the directory records it). */
  memberType?: MemberType | null | undefined;
  /** Only this pathway. */
  pathway?: Pathway | null | undefined;
  /** Only published commitments, submitted at least once (true: those `challengeStatistics` counts), or drafts never submitted (false: the support unit's and their officers' only). */
  published?: boolean | null | undefined;
  /** Only commitments of members in this OGP region (as the directory records it). */
  region?: Region | null | undefined;
  /** Only commitments planned to start on or after this day (YYYY-MM-DD). */
  startDateFrom?: string | null | undefined;
  /** Only commitments planned to start on or before this day (YYYY-MM-DD); before `startDateFrom` is refused. */
  startDateTo?: string | null | undefined;
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

/** How far a standalone commitment has come, self-reported by its institution. */
export type CompletionLevel =
  /** Fully implemented. */
  | 'COMPLETE'
  /** A limited part is implemented. */
  | 'LIMITED'
  /** Implementation has not started. */
  | 'NOT_STARTED'
  /** Most of it is implemented. */
  | 'SUBSTANTIAL';

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

/** A new review cycle: its window and scope. */
export type CreateReviewCycleInput = {
  /** Last day reports are accepted, YYYY-MM-DD, on or after `opensOn`. */
  closesOn: string;
  /** Which review. */
  kind: ReviewCycleKind;
  /** First day reports are accepted, YYYY-MM-DD. */
  opensOn: string;
  /** The scope the partnership agreed on, in words. */
  scope: string;
  /** Areas in scope; all when empty or left out. */
  scopeAreas?: Array<ChallengeAreaCode> | null | undefined;
  /** Pathways in scope; all when empty or left out. */
  scopePathways?: Array<Pathway> | null | undefined;
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

/** Which audit entries to list. */
export type DirectoryAuditLogFilter = {
  /** Entries about this record only. */
  entityId?: string | null | undefined;
  /** Member, Institution, Partner, ActionPlan or ContactPerson. */
  entityType?: string | null | undefined;
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

/** Where an invitation stands. */
export type InvitationStatus =
  /** Used: the account exists. */
  | 'ACCEPTED'
  /** Not used within 7 days; the token is refused. */
  | 'EXPIRED'
  /** Sent, not yet used, not expired: its token creates the account. */
  | 'PENDING'
  /** Withdrawn by the support unit, or replaced by a newer invitation to the same e-mail. */
  | 'WITHDRAWN';

/** Whom to invite: an institution officer (member and institutions) or a partner editor (partner). Administrators may also invite support-unit staff. */
export type InviteAccountInput = {
  /** The invitee's e-mail; it becomes the account's sign-in e-mail. */
  email: string;
  /** INSTITUTION_OFFICER: one or more institutions of that member. */
  institutionIds?: Array<string | number> | null | undefined;
  /** The language of the invitation e-mail; when omitted it is written in English, Spanish and French. */
  language?: Locale | null | undefined;
  /** INSTITUTION_OFFICER: the member whose institutions the account will serve. */
  memberId?: string | number | null | undefined;
  /** PARTNER_EDITOR: the partner organisation. */
  partnerId?: string | number | null | undefined;
  /** INSTITUTION_OFFICER or PARTNER_EDITOR; administrators may also invite SUPPORT_UNIT and SUPPORT_UNIT_ADMIN. */
  role: Role;
};

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

/** The IRM's assessment of a commitment's potential impact (design, action plans before 2021). */
export type IrmPotentialImpact =
  /** Minor potential impact. */
  | 'MINOR'
  /** Moderate potential impact. */
  | 'MODERATE'
  /** No potential impact. */
  | 'NONE'
  /** The IRM has not reviewed it (yet). */
  | 'NOT_REVIEWED'
  /** The IRM had no data to assess it. */
  | 'NO_DATA'
  /** Transformative potential impact. */
  | 'TRANSFORMATIVE';

/** The IRM's assessment of a commitment's early results under its 2021 method. */
export type IrmResultsLevel =
  /** Moderate results. */
  | 'MODERATE'
  /** The IRM has not reviewed it (yet). */
  | 'NOT_REVIEWED'
  /** The IRM had no data to assess it. */
  | 'NO_DATA'
  /** No notable results. */
  | 'NO_NOTABLE_RESULTS'
  /** Significant results. */
  | 'SIGNIFICANT';

/** The IRM's assessment of how specific and measurable a commitment is (design, action plans before 2021). */
export type IrmSpecificity =
  /** High specificity. */
  | 'HIGH'
  /** Low specificity. */
  | 'LOW'
  /** Medium specificity. */
  | 'MEDIUM'
  /** No specificity. */
  | 'NONE'
  /** The IRM has not reviewed it (yet). */
  | 'NOT_REVIEWED'
  /** The IRM had no data to assess it. */
  | 'NO_DATA';

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

/** Which nominations to list. Fields combine with AND. */
export type NominationFilter = {
  /** Only nominations in this award cycle. */
  cycleId?: string | number | null | undefined;
  /** Only nominations of this member. */
  memberId?: string | number | null | undefined;
  /** Only nominations in this status: for the support unit. Everyone else sees ACCEPTED nominations (and, signed in, their own). */
  status?: NominationStatus | null | undefined;
};

/** Where a nomination stands: the support unit checks that the reform was adopted and implemented by the nominated government before it stands. */
export type NominationStatus =
  /** The support unit confirmed it: the nomination stands, and is public. */
  | 'ACCEPTED'
  /** The support unit did not accept it, with a reason; visible to its nominator and the support unit only. */
  | 'REJECTED'
  /** Waiting for the support unit; visible to its nominator and the support unit only. */
  | 'SUBMITTED';

/** A new award cycle, open for nominations as soon as it is created. */
export type OpenAwardCycleInput = {
  /** The last day nominations are announced to be taken (YYYY-MM-DD), after `opensOn`. */
  closesOn: string;
  /** The cycle's name, at most 200 characters. */
  name: string;
  /** The first day nominations are announced to be taken (YYYY-MM-DD). */
  opensOn: string;
};

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

/** Which audit entries to list. */
export type RecognitionAuditLogFilter = {
  /** Entries about this record only. */
  entityId?: string | null | undefined;
  /** Story, AwardCycle or AwardNomination. */
  entityType?: string | null | undefined;
};

/** An IRM rating of an action-plan commitment. Assessments left out keep their value, or are NOT_REVIEWED on a first rating. */
export type RecordIrmRatingInput = {
  /** Carried forward into the next action plan? (`Carried Forward`). */
  carriedForward?: IrmYesNo | null | undefined;
  /** Clustered for the action-plan review? (`Cluster (AP Review)`). */
  clustered?: IrmYesNo | null | undefined;
  /** The commitment (action-plan pathway). */
  commitmentId: string | number;
  /** Completion at the end of term (`Completion (End Of Term)`). */
  completion?: IrmCompletion | null | undefined;
  /** Early results: "did it open government?" overall (`Did It Open Government (Overall)`). */
  earlyResults?: IrmEarlyResults | null | undefined;
  /** Did it open government in access to information? (`Did It Open Government (Access To Information)`). */
  earlyResultsAccessToInformation?: IrmEarlyResults | null | undefined;
  /** Did it open government in civic participation? (`Did It Open Government (Civic Participation)`). */
  earlyResultsCivicParticipation?: IrmEarlyResults | null | undefined;
  /** Did it open government in public accountability? (`Did It Open Government: Public Accountability`). */
  earlyResultsPublicAccountability?: IrmEarlyResults | null | undefined;
  /** Completion at mid-term (`Completion (Progress Report)`). */
  midtermCompletion?: IrmCompletion | null | undefined;
  /** Open-government lens? */
  openGovernmentLens?: IrmYesNo | null | undefined;
  /** Potential for results. */
  potentialForResults?: IrmPotential | null | undefined;
  /** Potential impact (`Potential Impact`). */
  potentialImpact?: IrmPotentialImpact | null | undefined;
  /** Relevant to access to information? (`OGP Value Access To Information`: 1 YES, 0 NO). */
  relevanceAccessToInformation?: IrmYesNo | null | undefined;
  /** Relevant to civic participation? (`OGP Value Civic Participation`: 1 YES, 0 NO). */
  relevanceCivicParticipation?: IrmYesNo | null | undefined;
  /** Relevant to public accountability? (`OGP Value Public Accountability`: 1 YES, 0 NO). */
  relevancePublicAccountability?: IrmYesNo | null | undefined;
  /** Relevant to technology and innovation? (`OGP Value Technology`: 1 YES, 0 NO). */
  relevanceTechnology?: IrmYesNo | null | undefined;
  /** Early results under the 2021 method (`Early Results`). */
  resultsLevel?: IrmResultsLevel | null | undefined;
  /** Specificity (`Specificity`). */
  specificity?: IrmSpecificity | null | undefined;
  /** Starred at the end of term (`Starred (Current Formula) End of Term`). */
  starredEndOfTerm?: IrmYesNo | null | undefined;
  /** Starred at mid-term (`Starred (Current Formula) Progress Report`). */
  starredMidterm?: IrmYesNo | null | undefined;
  /** Verifiable? */
  verifiable?: IrmYesNo | null | undefined;
  /** The rating's version you read; required once the commitment is rated. */
  version?: number | null | undefined;
};

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

/** A progress report on a standalone commitment, during an open review window. */
export type ReportProgressInput = {
  /** The commitment (standalone, ELIGIBLE, IN_PROGRESS or COMPLETED). */
  commitmentId: string | number;
  /** How far the commitment has come. */
  completion: CompletionLevel;
  /** Links to evidence: http:// or https:// addresses. */
  evidenceLinks?: Array<string> | null | undefined;
  /** The status of each milestone. */
  milestones?: Array<ReportedMilestoneInput> | null | undefined;
  /** What was done. */
  narrative: string;
  /** The open review cycle. */
  reviewCycleId: string | number;
};

/** A milestone's status in a progress report. */
export type ReportedMilestoneInput = {
  /** A milestone of the commitment. */
  milestoneId: string | number;
  /** Its status. */
  status: MilestoneStatus;
};

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

/** Which review of the Open Gov Challenge a cycle is. */
export type ReviewCycleKind =
  /** The end-of-challenge review (2028). */
  | 'END_OF_CHALLENGE'
  /** The mid-term review. */
  | 'MID_TERM';

/** What an account may do; officers and partner editors are scoped to their organisations. */
export type Role =
  | 'API_CLIENT'
  | 'INSTITUTION_OFFICER'
  | 'PARTNER_EDITOR'
  | 'SUPPORT_UNIT'
  | 'SUPPORT_UNIT_ADMIN';

/** Who shared a story: members and non-members may share stories of their work; partners may share stories about government action. */
export type StoryAuthorKind =
  /** A public institution of an OGP member, about its own member's work. */
  | 'MEMBER_GOVERNMENT'
  /** A government that is not an OGP member (shared through the support unit, credited by name). */
  | 'NON_MEMBER_GOVERNMENT'
  /** A civil-society organisation or another partner, about government action. */
  | 'PARTNER'
  /** OGP's support unit. */
  | 'SUPPORT_UNIT';

/** Which stories to list. Fields combine with AND. */
export type StoryFilter = {
  /** Only stories about this challenge area. */
  area?: ChallengeAreaCode | null | undefined;
  /** Only stories written in this language. */
  language?: Locale | null | undefined;
  /** Only stories about this member. */
  memberId?: string | number | null | undefined;
  /** Only stories about a member of this type (as the directory records it); stories about no member never match. */
  memberType?: MemberType | null | undefined;
  /** Only PUBLISHED stories published on or after this day (YYYY-MM-DD, UTC; a story published again counts from then). */
  publishedFrom?: string | null | undefined;
  /** Only PUBLISHED stories published on or before this day (YYYY-MM-DD, UTC); before `publishedFrom` is refused. */
  publishedTo?: string | null | undefined;
  /** Only stories about a member in this OGP region (as the directory records it); stories about no member never match. */
  region?: Region | null | undefined;
  /** Only stories in this moderation status: for the support unit. Everyone else always sees PUBLISHED stories (and, signed in, their own) whatever this says. */
  status?: StoryStatus | null | undefined;
};

/** Where a story is in moderation by the support unit. Only PUBLISHED stories are public. */
export type StoryStatus =
  /** Published by the support unit: anyone can read it. */
  | 'PUBLISHED'
  /** Not published, with the support unit's reason; visible to its author and the support unit only. */
  | 'REJECTED'
  /** Waiting for the support unit; visible to its author and the support unit only. */
  | 'SUBMITTED';

/** A nomination of a government for recognition, for reforms it adopted and implemented. */
export type SubmitNominationInput = {
  /** The member's challenge commitments the nomination is for (at most 20): each must belong to that member and be IN_PROGRESS or COMPLETED. */
  commitmentIds: Array<string | number>;
  /** The award cycle; it must be OPEN. */
  cycleId: string | number;
  /** The nominated OGP member, checked against the directory. */
  memberId: string | number;
  /** Why the government deserves recognition, plain text, at most 5000 characters. */
  rationale: string;
};

/** A story to share; it is published once the support unit has read it. */
export type SubmitStoryInput = {
  /** The challenge areas the story is about; at least one. */
  areas: Array<ChallengeAreaCode>;
  /** Who the story is from. Follows from your role (partner editor: PARTNER; institution officer: MEMBER_GOVERNMENT); the support unit may give SUPPORT_UNIT (the default) or NON_MEMBER_GOVERNMENT with a `credit`. */
  authorKind?: StoryAuthorKind | null | undefined;
  /** The story as HTML: p, br, strong, em, ul, ol, li, h2, h3, blockquote and a with an http(s) href are kept; everything else (scripts, styles, event handlers, other links) is removed. */
  body: string;
  /** The name the story is credited to publicly, e.g. a non-member government's (required for NON_MEMBER_GOVERNMENT). */
  credit?: string | null | undefined;
  /** The language the story is written in. */
  language: Locale;
  /** Links to photos, videos or articles: http(s) addresses, at most 10. */
  mediaLinks?: Array<string> | null | undefined;
  /** The OGP member the story is about, checked against the directory; leave out for a non-member's story. Institution officers' stories are always about their own member. */
  memberId?: string | number | null | undefined;
  /** The title, plain text, at most 200 characters. */
  title: string;
};

/** Changes to a commitment's content: fields left out stay as they are; `null` clears an optional field. */
export type UpdateCommitmentInput = {
  /** ACTION_PLAN only: the plan (directory id). */
  actionPlanId?: string | number | null | undefined;
  /** Planned end, YYYY-MM-DD. */
  endDate?: string | null | undefined;
  /** The results expected. */
  expectedResults?: string | null | undefined;
  /** The commitment. */
  id: string | number;
  /** The language of the submission. */
  language?: Locale | null | undefined;
  /** The lead institution (directory id), of the same member. */
  leadInstitutionId?: string | number | null | undefined;
  /** OGP's commitment id, e.g. AL0002. */
  ogpId?: string | null | undefined;
  /** Inside an action plan, or standalone. */
  pathway?: Pathway | null | undefined;
  /** The problem it addresses. */
  problem?: string | null | undefined;
  /** The area the submitter proposes. */
  proposedArea?: ChallengeAreaCode | null | undefined;
  /** What the reform is. */
  reform?: string | null | undefined;
  /** Planned start, YYYY-MM-DD. */
  startDate?: string | null | undefined;
  /** One-paragraph summary. */
  summary?: string | null | undefined;
  /** Supporting institutions of the same member. */
  supportingInstitutionIds?: Array<string | number> | null | undefined;
  /** Short title. */
  title?: string | null | undefined;
  /** At least one open-government value. */
  values?: Array<OpenGovernmentValue> | null | undefined;
  /** The version you read; a newer stored version refuses the edit with CONFLICT. */
  version: number;
};

/** Changes to a milestone: fields left out stay as they are; `null` clears an optional field. */
export type UpdateMilestoneInput = {
  /** Due date, YYYY-MM-DD. */
  dueDate?: string | null | undefined;
  /** The verifiable output it produces. */
  expectedOutput?: string | null | undefined;
  /** The milestone. */
  id: string | number;
  /** Where the step stands. */
  status?: MilestoneStatus | null | undefined;
  /** What the step is. */
  title?: string | null | undefined;
  /** The version you read; a newer stored version refuses the edit with CONFLICT. */
  version: number;
};

/** Changes to a review cycle (e.g. closing its window early): fields left out stay as they are. */
export type UpdateReviewCycleInput = {
  /** Last day reports are accepted, YYYY-MM-DD. */
  closesOn?: string | null | undefined;
  /** The review cycle. */
  id: string | number;
  /** First day reports are accepted, YYYY-MM-DD. */
  opensOn?: string | null | undefined;
  /** The scope, in words. */
  scope?: string | null | undefined;
  /** Areas in scope; all when empty. */
  scopeAreas?: Array<ChallengeAreaCode> | null | undefined;
  /** Pathways in scope; all when empty. */
  scopePathways?: Array<Pathway> | null | undefined;
  /** The version you read; a newer stored version refuses the edit with CONFLICT. */
  version: number;
};

export type InviteMemberOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
  locale: Locale;
}>;


export type InviteMemberOptionsQuery = { members: { __typename: 'MemberConnection', edges: Array<{ __typename: 'MemberEdge', node: { __typename: 'Member', id: string, name: string, institutions: Array<{ __typename: 'Institution', id: string, name: string }> } }> } };

export type InvitePartnerOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type InvitePartnerOptionsQuery = { partners: { __typename: 'PartnerConnection', edges: Array<{ __typename: 'PartnerEdge', node: { __typename: 'Partner', id: string, name: string } }> } };

export type InviteAccountMutationVariables = Exact<{
  input: InviteAccountInput;
}>;


export type InviteAccountMutation = { inviteAccount: { __typename: 'InvitationPayload', token: string, mailed: boolean, invitation: { __typename: 'Invitation', id: string, email: string, role: Role, status: InvitationStatus } } };

export type AcceptCoCreationMutationVariables = Exact<{
  input: CoCreationDecisionInput;
}>;


export type AcceptCoCreationMutation = { acceptCoCreation: { __typename: 'CoCreationLink', id: string, version: number, status: CoCreationStatus, reason: string | null } };

export type DeclineCoCreationMutationVariables = Exact<{
  input: CoCreationDecisionInput;
}>;


export type DeclineCoCreationMutation = { declineCoCreation: { __typename: 'CoCreationLink', id: string, version: number, status: CoCreationStatus, reason: string | null } };

export type CoCreatorLinkFragment = { __typename: 'CoCreationLink', id: string, version: number, role: CoCreationRole, status: CoCreationStatus, partner: { __typename: 'Partner', id: string, name: string } };

export type EndCoCreationMutationVariables = Exact<{
  input: CoCreationDecisionInput;
}>;


export type EndCoCreationMutation = { endCoCreation: { __typename: 'CoCreationLink', id: string, version: number, status: CoCreationStatus, reason: string | null } };

export type ChangeCommitmentStatusMutationVariables = Exact<{
  input: ChangeCommitmentStatusInput;
}>;


export type ChangeCommitmentStatusMutation = { changeCommitmentStatus: { __typename: 'Commitment', id: string, version: number, status: CommitmentStatus } };

export type CommitmentContentChoicesFragment = { __typename: 'Query', challengeAreas: Array<{ __typename: 'ChallengeArea', code: ChallengeAreaCode, position: number, name: string }>, openGovernmentValues: Array<{ __typename: 'OpenGovernmentValueDefinition', code: OpenGovernmentValue, name: string }> };

export type CommitmentContentOptionsQueryVariables = Exact<{
  locale: Locale;
}>;


export type CommitmentContentOptionsQuery = { __typename: 'Query', challengeAreas: Array<{ __typename: 'ChallengeArea', code: ChallengeAreaCode, position: number, name: string }>, openGovernmentValues: Array<{ __typename: 'OpenGovernmentValueDefinition', code: OpenGovernmentValue, name: string }> };

export type UpdateCommitmentContentMutationVariables = Exact<{
  input: UpdateCommitmentInput;
}>;


export type UpdateCommitmentContentMutation = { updateCommitment: { __typename: 'Commitment', id: string, version: number, title: string, summary: string } };

export type RecordIrmRatingMutationVariables = Exact<{
  input: RecordIrmRatingInput;
}>;


export type RecordIrmRatingMutation = { recordIrmRating: { __typename: 'IrmRating', id: string, version: number } };

export type UpdateMilestoneMutationVariables = Exact<{
  input: UpdateMilestoneInput;
}>;


export type UpdateMilestoneMutation = { updateMilestone: { __typename: 'Milestone', id: string, version: number, title: string, expectedOutput: string | null, dueDate: string | null, status: MilestoneStatus } };

export type SupportAwardCyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type SupportAwardCyclesQuery = { awardCycles: Array<{ __typename: 'AwardCycle', id: string, version: number, name: string, opensOn: string, closesOn: string, status: AwardCycleStatus, closedAt: string | null }> };

export type OpenAwardCycleMutationVariables = Exact<{
  input: OpenAwardCycleInput;
}>;


export type OpenAwardCycleMutation = { openAwardCycle: { __typename: 'AwardCycle', id: string, version: number, name: string, status: AwardCycleStatus } };

export type CloseAwardCycleMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type CloseAwardCycleMutation = { closeAwardCycle: { __typename: 'AwardCycle', id: string, version: number, status: AwardCycleStatus, closedAt: string | null } };

export type ReportProgressMutationVariables = Exact<{
  input: ReportProgressInput;
  idempotencyKey?: string | null | undefined;
}>;


export type ReportProgressMutation = { reportProgress: { __typename: 'ProgressReport', id: string, reportedAt: string, completion: CompletionLevel } };

export type NewSessionFragment = { __typename: 'SignInPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { __typename: 'Account', id: string, role: Role } };

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

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  displayName: string;
  password: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { __typename: 'SignInPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { __typename: 'Account', id: string, role: Role } } };

export type SupportInvitationsQueryVariables = Exact<{
  status?: InvitationStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type SupportInvitationsQuery = { invitations: { __typename: 'InvitationConnection', totalCount: number, edges: Array<{ __typename: 'InvitationEdge', node: { __typename: 'Invitation', id: string, email: string, role: Role, status: InvitationStatus, createdAt: string, expiresAt: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type WithdrawInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawInvitationMutation = { withdrawInvitation: { __typename: 'Invitation', id: string, status: InvitationStatus, revokedAt: string | null } };

export type SupportAccountsQueryVariables = Exact<{
  filter?: AccountFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type SupportAccountsQuery = { accounts: { __typename: 'AccountConnection', totalCount: number, edges: Array<{ __typename: 'AccountEdge', node: { __typename: 'Account', id: string, version: number, displayName: string, email: string | null, role: Role, status: AccountStatus, lastSignInAt: string | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type DisableAccountMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DisableAccountMutation = { disableAccount: { __typename: 'Account', id: string, version: number, status: AccountStatus } };

export type EnableAccountMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type EnableAccountMutation = { enableAccount: { __typename: 'Account', id: string, version: number, status: AccountStatus } };

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

export type AuditLogPageFragment = { __typename: 'AuditEntryConnection', totalCount: number, edges: Array<{ __typename: 'AuditEntryEdge', node: { __typename: 'AuditEntry', id: string, at: string, actorId: string | null, actorRole: Role | null, operation: string, entityType: string, entityId: string, changes: unknown } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } };

export type ChallengeAuditLogPageQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: ChallengeAuditLogFilter | null | undefined;
}>;


export type ChallengeAuditLogPageQuery = { log: { __typename: 'AuditEntryConnection', totalCount: number, edges: Array<{ __typename: 'AuditEntryEdge', node: { __typename: 'AuditEntry', id: string, at: string, actorId: string | null, actorRole: Role | null, operation: string, entityType: string, entityId: string, changes: unknown } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type DirectoryAuditLogPageQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: DirectoryAuditLogFilter | null | undefined;
}>;


export type DirectoryAuditLogPageQuery = { log: { __typename: 'AuditEntryConnection', totalCount: number, edges: Array<{ __typename: 'AuditEntryEdge', node: { __typename: 'AuditEntry', id: string, at: string, actorId: string | null, actorRole: Role | null, operation: string, entityType: string, entityId: string, changes: unknown } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type IdentityAuditLogPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type IdentityAuditLogPageQuery = { log: { __typename: 'AuditEntryConnection', totalCount: number, edges: Array<{ __typename: 'AuditEntryEdge', node: { __typename: 'AuditEntry', id: string, at: string, actorId: string | null, actorRole: Role | null, operation: string, entityType: string, entityId: string, changes: unknown } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type RecognitionAuditLogPageQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: RecognitionAuditLogFilter | null | undefined;
}>;


export type RecognitionAuditLogPageQuery = { log: { __typename: 'AuditEntryConnection', totalCount: number, edges: Array<{ __typename: 'AuditEntryEdge', node: { __typename: 'AuditEntry', id: string, at: string, actorId: string | null, actorRole: Role | null, operation: string, entityType: string, entityId: string, changes: unknown } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type CoCreationRequestQueryVariables = Exact<{
  commitmentId: string | number;
  partnerId: string | number;
}>;


export type CoCreationRequestQuery = { commitment: { __typename: 'Commitment', id: string, title: string, summary: string } | null, partner: { __typename: 'Partner', id: string, name: string, kind: PartnerKind, country: string | null } | null, coCreationLinks: { __typename: 'CoCreationLinkConnection', edges: Array<{ __typename: 'CoCreationLinkEdge', node: { __typename: 'CoCreationLink', id: string, version: number, role: CoCreationRole, status: CoCreationStatus, reason: string | null } }> } };

export type CoCreationRequestsQueryVariables = Exact<{
  after?: string | null | undefined;
  leadInstitutionIds?: Array<string | number> | string | number | null | undefined;
}>;


export type CoCreationRequestsQuery = { coCreationLinks: { __typename: 'CoCreationLinkConnection', totalCount: number, edges: Array<{ __typename: 'CoCreationLinkEdge', node: { __typename: 'CoCreationLink', id: string, version: number, role: CoCreationRole, note: string | null, createdAt: string, partner: { __typename: 'Partner', id: string, name: string }, commitment: { __typename: 'Commitment', id: string, title: string, member: { __typename: 'Member', id: string, name: string }, leadInstitution: { __typename: 'Institution', id: string, name: string } | null } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type CommitmentReviewQueryVariables = Exact<{
  id: string | number;
  locale: Locale;
}>;


export type CommitmentReviewQuery = { commitment: { __typename: 'Commitment', id: string, version: number, title: string, summary: string, status: CommitmentStatus, pathway: Pathway, startDate: string | null, endDate: string | null, proposedAreaCode: ChallengeAreaCode | null, assignedAreaCode: ChallengeAreaCode | null, suggestedAreas: Array<ChallengeAreaCode>, endsAfterChallenge: boolean, hasActiveCoCreator: boolean, coCreators: Array<{ __typename: 'CoCreationLink', id: string, version: number, role: CoCreationRole, status: CoCreationStatus, partner: { __typename: 'Partner', id: string, name: string } }>, member: { __typename: 'Member', id: string, name: string }, leadInstitution: { __typename: 'Institution', id: string, name: string } | null, eligibility: { __typename: 'Eligibility', allMet: boolean, precheck: Array<{ __typename: 'EligibilityPrecheck', criterion: EligibilityCriterion, outcome: PrecheckOutcome, reason: string }>, decisions: Array<{ __typename: 'EligibilityDecision', criterion: EligibilityCriterion, outcome: DecisionOutcome, reason: string, decidedAt: string }> }, history: Array<{ __typename: 'CommitmentEvent', id: string, at: string, actorRole: Role | null, kind: CommitmentEventKind, note: string | null, changes: unknown, actor: { __typename: 'Account', id: string, displayName: string } | null }>, irmRating: { __typename: 'IrmRating', id: string, version: number, verifiable: IrmYesNo, openGovernmentLens: IrmYesNo, potentialForResults: IrmPotential, specificity: IrmSpecificity, potentialImpact: IrmPotentialImpact, relevanceAccessToInformation: IrmYesNo, relevanceCivicParticipation: IrmYesNo, relevancePublicAccountability: IrmYesNo, relevanceTechnology: IrmYesNo, midtermCompletion: IrmCompletion, completion: IrmCompletion, starredMidterm: IrmYesNo, starredEndOfTerm: IrmYesNo, clustered: IrmYesNo, carriedForward: IrmYesNo, earlyResults: IrmEarlyResults, earlyResultsAccessToInformation: IrmEarlyResults, earlyResultsCivicParticipation: IrmEarlyResults, earlyResultsPublicAccountability: IrmEarlyResults, resultsLevel: IrmResultsLevel } | null } | null, eligibilityCriteria: Array<{ __typename: 'EligibilityCriterionDefinition', code: EligibilityCriterion, position: number, name: string, description: string }>, challengeAreas: Array<{ __typename: 'ChallengeArea', code: ChallengeAreaCode, position: number, name: string }> };

export type DecideEligibilityMutationVariables = Exact<{
  input: DecideEligibilityInput;
}>;


export type DecideEligibilityMutation = { decideEligibility: { __typename: 'Commitment', id: string, version: number } };

export type AssignChallengeAreaMutationVariables = Exact<{
  input: AssignChallengeAreaInput;
}>;


export type AssignChallengeAreaMutation = { assignChallengeArea: { __typename: 'Commitment', id: string, version: number, assignedAreaCode: ChallengeAreaCode | null } };

export type CommitmentListQueryVariables = Exact<{
  filter?: CommitmentFilter | null | undefined;
  after?: string | null | undefined;
  locale: Locale;
}>;


export type CommitmentListQuery = { commitments: { __typename: 'CommitmentConnection', totalCount: number, edges: Array<{ __typename: 'CommitmentEdge', node: { __typename: 'Commitment', id: string, title: string, status: CommitmentStatus, pathway: Pathway, updatedAt: string, proposedAreaCode: ChallengeAreaCode | null, assignedAreaCode: ChallengeAreaCode | null, endsAfterChallenge: boolean, hasActiveCoCreator: boolean, member: { __typename: 'Member', id: string, name: string } } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, challengeAreas: Array<{ __typename: 'ChallengeArea', code: ChallengeAreaCode, position: number, name: string }> };

export type CoordinationCasePageQueryVariables = Exact<{
  id: string | number;
  locale: Locale;
}>;


export type CoordinationCasePageQuery = { coordinationCase: { __typename: 'CoordinationCase', id: string, version: number, area: ChallengeAreaCode, status: CoordinationCaseStatus, resolution: CoordinationResolution | null, divisionOfWork: string | null, openedAt: string, resolvedAt: string | null, ageInDays: number, facilitatorId: string | null, facilitator: { __typename: 'Account', id: string, displayName: string } | null, member: { __typename: 'Member', id: string, name: string }, institutions: Array<{ __typename: 'Institution', id: string, name: string }>, leadInstitution: { __typename: 'Institution', id: string, name: string } | null, notes: Array<{ __typename: 'CoordinationCaseNote', id: string, at: string, text: string, author: { __typename: 'Account', id: string, displayName: string } }> | null, nextSteps: Array<{ __typename: 'CoordinationCaseStep', id: string, description: string, dueOn: string, doneAt: string | null }> | null } | null, challengeAreas: Array<{ __typename: 'ChallengeArea', code: ChallengeAreaCode, name: string }> };

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
  after?: string | null | undefined;
  locale: Locale;
}>;


export type CoordinationQueueQuery = { coordinationCases: { __typename: 'CoordinationCaseConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'CoordinationCaseEdge', node: { __typename: 'CoordinationCase', id: string, area: ChallengeAreaCode, status: CoordinationCaseStatus, ageInDays: number, openedAt: string, facilitator: { __typename: 'Account', id: string, displayName: string } | null, leadInstitution: { __typename: 'Institution', id: string, name: string } | null, member: { __typename: 'Member', id: string, name: string }, institutions: Array<{ __typename: 'Institution', id: string, name: string }> } }> }, challengeAreas: Array<{ __typename: 'ChallengeArea', code: ChallengeAreaCode, name: string }> };

export type DashboardQueryVariables = Exact<{
  locale: Locale;
}>;


export type DashboardQuery = { challengeAreas: Array<{ __typename: 'ChallengeArea', code: ChallengeAreaCode, position: number, name: string, commitmentStats: { __typename: 'CommitmentStats', total: number, byStatus: Array<{ __typename: 'CommitmentStatusCount', status: CommitmentStatus, count: number }> } }>, openCases: { __typename: 'CoordinationCaseConnection', totalCount: number, edges: Array<{ __typename: 'CoordinationCaseEdge', node: { __typename: 'CoordinationCase', id: string, ageInDays: number } }> }, casesInProgress: { __typename: 'CoordinationCaseConnection', totalCount: number, edges: Array<{ __typename: 'CoordinationCaseEdge', node: { __typename: 'CoordinationCase', id: string, ageInDays: number } }> }, submitted: { __typename: 'CommitmentConnection', totalCount: number }, underReview: { __typename: 'CommitmentConnection', totalCount: number }, challengeStatistics: { __typename: 'ChallengeStatistics', membersTakingPart: number, areas: { __typename: 'AreaStatisticsConnection', edges: Array<{ __typename: 'AreaStatisticsEdge', node: { __typename: 'AreaStatistics', area: ChallengeAreaCode, membersTakingPart: number, commitments: number } }> } } };

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

export type OfficerCommitmentQueryVariables = Exact<{
  id: string | number;
}>;


export type OfficerCommitmentQuery = { commitment: { __typename: 'Commitment', id: string, version: number, title: string, summary: string, problem: string | null, reform: string | null, expectedResults: string | null, values: Array<OpenGovernmentValue>, language: Locale, status: CommitmentStatus, pathway: Pathway, startDate: string | null, endDate: string | null, proposedAreaCode: ChallengeAreaCode | null, assignedAreaCode: ChallengeAreaCode | null, leadInstitution: { __typename: 'Institution', id: string } | null, coCreators: Array<{ __typename: 'CoCreationLink', id: string, version: number, role: CoCreationRole, status: CoCreationStatus, partner: { __typename: 'Partner', id: string, name: string } }>, milestones: Array<{ __typename: 'Milestone', id: string, version: number, position: number, title: string, expectedOutput: string | null, dueDate: string | null, status: MilestoneStatus }>, progressReports: Array<{ __typename: 'ProgressReport', id: string, reportedAt: string, completion: CompletionLevel, narrative: string, evidenceLinks: Array<string>, reviewCycle: { __typename: 'ReviewCycle', id: string, kind: ReviewCycleKind } }> } | null, reviewCycles: Array<{ __typename: 'ReviewCycle', id: string, kind: ReviewCycleKind, opensOn: string, closesOn: string, isOpen: boolean, scopePathways: Array<Pathway>, scopeAreas: Array<ChallengeAreaCode> }> };

export type AddMilestoneMutationVariables = Exact<{
  input: AddMilestoneInput;
  idempotencyKey?: string | null | undefined;
}>;


export type AddMilestoneMutation = { addMilestone: { __typename: 'Milestone', id: string, version: number, position: number, title: string } };

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


export type NewCommitmentOptionsQuery = { __typename: 'Query', member: { __typename: 'Member', id: string, name: string, institutions: Array<{ __typename: 'Institution', id: string, name: string }> } | null, challengeAreas: Array<{ __typename: 'ChallengeArea', code: ChallengeAreaCode, position: number, name: string }>, openGovernmentValues: Array<{ __typename: 'OpenGovernmentValueDefinition', code: OpenGovernmentValue, name: string }> };

export type CreateStandaloneCommitmentMutationVariables = Exact<{
  input: CreateCommitmentInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateStandaloneCommitmentMutation = { createCommitment: { __typename: 'Commitment', id: string, version: number, status: CommitmentStatus } };

export type SupportNominationsQueryVariables = Exact<{
  filter?: NominationFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type SupportNominationsQuery = { nominations: { __typename: 'AwardNominationConnection', totalCount: number, edges: Array<{ __typename: 'AwardNominationEdge', node: { __typename: 'AwardNomination', id: string, version: number, rationale: string, status: NominationStatus, rejectionReason: string | null, decidedAt: string | null, createdAt: string, cycle: { __typename: 'AwardCycle', id: string, name: string }, member: { __typename: 'Member', id: string, name: string }, partner: { __typename: 'Partner', id: string, name: string } | null, commitments: Array<{ __typename: 'Commitment', id: string, title: string }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type AcceptNominationMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type AcceptNominationMutation = { acceptNomination: { __typename: 'AwardNomination', id: string, version: number, status: NominationStatus, decidedAt: string | null } };

export type RejectNominationMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type RejectNominationMutation = { rejectNomination: { __typename: 'AwardNomination', id: string, version: number, status: NominationStatus, rejectionReason: string | null, decidedAt: string | null } };

export type NominationsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type NominationsPageQuery = { awardCycles: Array<{ __typename: 'AwardCycle', id: string, name: string, opensOn: string, closesOn: string, status: AwardCycleStatus }>, nominations: { __typename: 'AwardNominationConnection', edges: Array<{ __typename: 'AwardNominationEdge', node: { __typename: 'AwardNomination', id: string, status: NominationStatus, rejectionReason: string | null, createdAt: string, cycle: { __typename: 'AwardCycle', id: string, name: string }, member: { __typename: 'Member', id: string, name: string }, commitments: Array<{ __typename: 'Commitment', id: string, title: string }>, partner: { __typename: 'Partner', id: string } | null } }> } };

export type NominableMembersQueryVariables = Exact<{
  search: string;
}>;


export type NominableMembersQuery = { members: { __typename: 'MemberConnection', edges: Array<{ __typename: 'MemberEdge', node: { __typename: 'Member', id: string, name: string, ogpCode: string } }> } };

export type NominableCommitmentsQueryVariables = Exact<{
  memberId: string | number;
}>;


export type NominableCommitmentsQuery = { inProgress: { __typename: 'CommitmentConnection', edges: Array<{ __typename: 'CommitmentEdge', node: { __typename: 'Commitment', id: string, title: string } }> }, completed: { __typename: 'CommitmentConnection', edges: Array<{ __typename: 'CommitmentEdge', node: { __typename: 'Commitment', id: string, title: string } }> } };

export type SubmitNominationMutationVariables = Exact<{
  input: SubmitNominationInput;
}>;


export type SubmitNominationMutation = { submitNomination: { __typename: 'AwardNomination', id: string, status: NominationStatus } };

export type PartnerGridQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PartnerFilter | null | undefined;
  orderBy?: PartnerOrder | null | undefined;
}>;


export type PartnerGridQuery = { partners: { __typename: 'PartnerConnection', totalCount: number, edges: Array<{ __typename: 'PartnerEdge', node: { __typename: 'Partner', id: string, name: string, kind: PartnerKind, country: string | null, website: string | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type SupportReviewCyclesQueryVariables = Exact<{
  locale: Locale;
}>;


export type SupportReviewCyclesQuery = { reviewCycles: Array<{ __typename: 'ReviewCycle', id: string, version: number, kind: ReviewCycleKind, opensOn: string, closesOn: string, scope: string, scopePathways: Array<Pathway>, scopeAreas: Array<ChallengeAreaCode>, isOpen: boolean }>, challengeAreas: Array<{ __typename: 'ChallengeArea', code: ChallengeAreaCode, name: string }> };

export type UpdateReviewCycleMutationVariables = Exact<{
  input: UpdateReviewCycleInput;
}>;


export type UpdateReviewCycleMutation = { updateReviewCycle: { __typename: 'ReviewCycle', id: string, version: number, opensOn: string, closesOn: string, isOpen: boolean } };

export type CreateReviewCycleMutationVariables = Exact<{
  input: CreateReviewCycleInput;
}>;


export type CreateReviewCycleMutation = { createReviewCycle: { __typename: 'ReviewCycle', id: string } };

export type StoriesPageQueryVariables = Exact<{
  locale: Locale;
}>;


export type StoriesPageQuery = { stories: { __typename: 'StoryConnection', edges: Array<{ __typename: 'StoryEdge', node: { __typename: 'Story', id: string, title: string, status: StoryStatus, rejectionReason: string | null, createdAt: string, author: { __typename: 'StoryAuthor', partner: { __typename: 'Partner', id: string } | null } } }> }, challengeAreas: Array<{ __typename: 'ChallengeArea', code: ChallengeAreaCode, position: number, name: string }> };

export type SubmitStoryMutationVariables = Exact<{
  input: SubmitStoryInput;
}>;


export type SubmitStoryMutation = { submitStory: { __typename: 'Story', id: string, title: string, status: StoryStatus } };

export type SupportStoriesQueryVariables = Exact<{
  filter?: StoryFilter | null | undefined;
  after?: string | null | undefined;
  locale: Locale;
}>;


export type SupportStoriesQuery = { stories: { __typename: 'StoryConnection', edges: Array<{ __typename: 'StoryEdge', node: { __typename: 'Story', id: string, title: string, status: StoryStatus, language: Locale, areas: Array<ChallengeAreaCode>, createdAt: string, author: { __typename: 'StoryAuthor', kind: StoryAuthorKind, credit: string | null, partner: { __typename: 'Partner', id: string, name: string } | null }, member: { __typename: 'Member', id: string, name: string } | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, challengeAreas: Array<{ __typename: 'ChallengeArea', code: ChallengeAreaCode, name: string }> };

export type SupportStoryQueryVariables = Exact<{
  id: string | number;
  locale: Locale;
}>;


export type SupportStoryQuery = { story: { __typename: 'Story', id: string, version: number, title: string, body: string, language: Locale, areas: Array<ChallengeAreaCode>, mediaLinks: Array<string>, status: StoryStatus, rejectionReason: string | null, moderatedAt: string | null, createdAt: string, author: { __typename: 'StoryAuthor', kind: StoryAuthorKind, credit: string | null, partner: { __typename: 'Partner', id: string, name: string } | null }, member: { __typename: 'Member', id: string, name: string } | null } | null, challengeAreas: Array<{ __typename: 'ChallengeArea', code: ChallengeAreaCode, name: string }> };

export type PublishStoryMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type PublishStoryMutation = { publishStory: { __typename: 'Story', id: string, version: number, status: StoryStatus, rejectionReason: string | null, moderatedAt: string | null } };

export type RejectStoryMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type RejectStoryMutation = { rejectStory: { __typename: 'Story', id: string, version: number, status: StoryStatus, rejectionReason: string | null, moderatedAt: string | null } };

export const CoCreatorLinkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoCreatorLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoCreationLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CoCreatorLinkFragment, unknown>;
export const CommitmentContentChoicesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentContentChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openGovernmentValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CommitmentContentChoicesFragment, unknown>;
export const NewSessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NewSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignInPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<NewSessionFragment, unknown>;
export const AuditLogPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditLogPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AuditLogPageFragment, unknown>;
export const InviteMemberOptionsDocument = {"__meta__":{"hash":"sha256:185624d03c421eeb99efa8ba3f0b09324d13bee77595010b26d6fa2a727198cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InviteMemberOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"NAME_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<InviteMemberOptionsQuery, InviteMemberOptionsQueryVariables>;
export const InvitePartnerOptionsDocument = {"__meta__":{"hash":"sha256:fbfa6ad688a219fd02955eafeeeddfbf2bb7ca0b6dc71c31f133bcb0ae509d44"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitePartnerOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"NAME_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<InvitePartnerOptionsQuery, InvitePartnerOptionsQueryVariables>;
export const InviteAccountDocument = {"__meta__":{"hash":"sha256:54aae767739bbe7c62418ba2cf47d80e9a677337e56e9d8b17bf6e5616c9ca31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"mailed"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<InviteAccountMutation, InviteAccountMutationVariables>;
export const AcceptCoCreationDocument = {"__meta__":{"hash":"sha256:1f3c2ffe2801e58eb7f6127aa577d112607445ed0de5164e2a22e2d8698b8eb2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptCoCreation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoCreationDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCoCreation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AcceptCoCreationMutation, AcceptCoCreationMutationVariables>;
export const DeclineCoCreationDocument = {"__meta__":{"hash":"sha256:ec868cb311aa979a9099de8b022a5d5717254f7a07cf459a90d0ea8d38d37751"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineCoCreation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoCreationDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineCoCreation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DeclineCoCreationMutation, DeclineCoCreationMutationVariables>;
export const EndCoCreationDocument = {"__meta__":{"hash":"sha256:ac1d241221915d6a54dc68295f3afacfddd218bf1d3d55ab651eb81e92654e86"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndCoCreation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoCreationDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCoCreation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<EndCoCreationMutation, EndCoCreationMutationVariables>;
export const ChangeCommitmentStatusDocument = {"__meta__":{"hash":"sha256:ae77adeff61c1f4c40dea1ef43ea316f71e1276b1cf3645add1fa30465e959b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCommitmentStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeCommitmentStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCommitmentStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ChangeCommitmentStatusMutation, ChangeCommitmentStatusMutationVariables>;
export const CommitmentContentOptionsDocument = {"__meta__":{"hash":"sha256:21749e808d1d75f13295d7c7ece61f1e123eba65a3a91a36208876c330241e69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitmentContentOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentContentChoices"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentContentChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openGovernmentValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CommitmentContentOptionsQuery, CommitmentContentOptionsQueryVariables>;
export const UpdateCommitmentContentDocument = {"__meta__":{"hash":"sha256:0d08b9d268ba64a3177536df6a74e8afc0c1b9f00f0274a8897e39015fec2e8b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCommitmentContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<UpdateCommitmentContentMutation, UpdateCommitmentContentMutationVariables>;
export const RecordIrmRatingDocument = {"__meta__":{"hash":"sha256:5bfd65d7db4dea600b56d5b48cd17ff66ab18bebdad6dcadae724e5bc11d5a4b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIrmRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordIrmRatingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIrmRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RecordIrmRatingMutation, RecordIrmRatingMutationVariables>;
export const UpdateMilestoneDocument = {"__meta__":{"hash":"sha256:b8ec1c85869077400f86215f6075beb161c64f46c0d1f0e207e343673c3abdb7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"expectedOutput"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<UpdateMilestoneMutation, UpdateMilestoneMutationVariables>;
export const SupportAwardCyclesDocument = {"__meta__":{"hash":"sha256:275c2c23df504c7fb0370d66e3ac7286958aa83458f0cd9409f0b961ea3600f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportAwardCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SupportAwardCyclesQuery, SupportAwardCyclesQueryVariables>;
export const OpenAwardCycleDocument = {"__meta__":{"hash":"sha256:a8d65a439cdc52a0ebf34cb2ceefc95cd98b3dd0e5833b1d7297a75c6cd64ba5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenAwardCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenAwardCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openAwardCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OpenAwardCycleMutation, OpenAwardCycleMutationVariables>;
export const CloseAwardCycleDocument = {"__meta__":{"hash":"sha256:b5c98d7b16955f7e5d94c7fdad30c122ea923a7a2088c68b041b456bf781e6f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseAwardCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeAwardCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CloseAwardCycleMutation, CloseAwardCycleMutationVariables>;
export const ReportProgressDocument = {"__meta__":{"hash":"sha256:59a977d3cb20668dd4af3462c2beda7ee76f8c51b1635e97640d9c2b5240117d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportProgressInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ReportProgressMutation, ReportProgressMutationVariables>;
export const SignInDocument = {"__meta__":{"hash":"sha256:42b95367f214e46ca89e259782801bd1d01c9772f4b785a999f9b35f5568b826"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NewSession"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NewSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignInPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const RefreshSessionDocument = {"__meta__":{"hash":"sha256:32736199b956a275b35139eb83553b929788669292c709d4aeb2f2d3d4e5724d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const SignOutDocument = {"__meta__":{"hash":"sha256:39300be1f6ff47633a8c264de2a924d5b71367b646d3bf86d82d7c51c6543956"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const ViewerDocument = {"__meta__":{"hash":"sha256:5afad14c544395243baa34d7abdd4db3542ed4c3b0393637370900ab91c4bd14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"institutionIds"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const AcceptInvitationDocument = {"__meta__":{"hash":"sha256:12b1122357bd9340867ccea0183942d243c2b06eeef9fc675bf8cc83e9a57b72"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"displayName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"displayName"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NewSession"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NewSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignInPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const SupportInvitationsDocument = {"__meta__":{"hash":"sha256:18e640b690eda3d95c7ca82957b5a22215343aada2ef8696a0d230f8cfc06ae7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SupportInvitationsQuery, SupportInvitationsQueryVariables>;
export const WithdrawInvitationDocument = {"__meta__":{"hash":"sha256:f24f7e44df2a00789c356f0b02197759d70ba4215408d4c0194470d268c41483"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<WithdrawInvitationMutation, WithdrawInvitationMutationVariables>;
export const SupportAccountsDocument = {"__meta__":{"hash":"sha256:fd9bb05b2fe57b5b25f3f3898eb2d8f09aa3fe28d9c6e7318b607cffd33066de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SupportAccountsQuery, SupportAccountsQueryVariables>;
export const DisableAccountDocument = {"__meta__":{"hash":"sha256:4dd1abf5eda012c2bf1cbeaa5a4bfe609215fbb2def8f0a8c2a499b63d3157d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DisableAccountMutation, DisableAccountMutationVariables>;
export const EnableAccountDocument = {"__meta__":{"hash":"sha256:34bf6f074c0f173e5486a54bcc1d57ab0a2ec20a27bc4c6ad17dcfac9e00ceaf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<EnableAccountMutation, EnableAccountMutationVariables>;
export const ActionPlanGridDocument = {"__meta__":{"hash":"sha256:670785645e45757b2d58c7bdcea643c8ceab7f5e930e47bccdeec036ca2c7409"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionPlanGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlanFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlanOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ogpId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ActionPlanGridQuery, ActionPlanGridQueryVariables>;
export const ChallengeAreasDocument = {"__meta__":{"hash":"sha256:91e3b754d3d33917415900f68ec67418e386c3742e639026235ea58133d5c169"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChallengeAreas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"description"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ChallengeAreasQuery, ChallengeAreasQueryVariables>;
export const ChallengeAuditLogPageDocument = {"__meta__":{"hash":"sha256:8ba5f884dda40cb21cc2f818d978acb0ef6cdee3dcf91ee822f489811b0e7589"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChallengeAuditLogPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChallengeAuditLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"log"},"name":{"kind":"Name","value":"challengeAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditLogPage"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditLogPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ChallengeAuditLogPageQuery, ChallengeAuditLogPageQueryVariables>;
export const DirectoryAuditLogPageDocument = {"__meta__":{"hash":"sha256:10be8c74f796339163bda4347ec70b6e35a9a0d5595c00ccf324656b60b5b473"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryAuditLogPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DirectoryAuditLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"log"},"name":{"kind":"Name","value":"directoryAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditLogPage"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditLogPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<DirectoryAuditLogPageQuery, DirectoryAuditLogPageQueryVariables>;
export const IdentityAuditLogPageDocument = {"__meta__":{"hash":"sha256:4be311b8c47db9c32d28199efbeee36f7156ba1a5123b4ed39c0042ee05b42b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityAuditLogPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"log"},"name":{"kind":"Name","value":"identityAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditLogPage"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditLogPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<IdentityAuditLogPageQuery, IdentityAuditLogPageQueryVariables>;
export const RecognitionAuditLogPageDocument = {"__meta__":{"hash":"sha256:81c6d97f7307044616dc2fafa264d21581525ffc328c924698aef6d99f761a95"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecognitionAuditLogPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionAuditLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"log"},"name":{"kind":"Name","value":"recognitionAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditLogPage"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditLogPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RecognitionAuditLogPageQuery, RecognitionAuditLogPageQueryVariables>;
export const CoCreationRequestDocument = {"__meta__":{"hash":"sha256:45164f56e16ac6d5e85fe7f361555c179696d9d17030edfb5654939e38784fc0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoCreationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commitmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commitmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coCreationLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"commitmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commitmentId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CoCreationRequestQuery, CoCreationRequestQueryVariables>;
export const CoCreationRequestsDocument = {"__meta__":{"hash":"sha256:3fd48ee791841196de7fc47e983ee0d859fdfa4e96c59f564ea794f6f4600ccb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoCreationRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadInstitutionIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coCreationLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REQUESTED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"leadInstitutionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadInstitutionIds"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CoCreationRequestsQuery, CoCreationRequestsQueryVariables>;
export const CommitmentReviewDocument = {"__meta__":{"hash":"sha256:77f4b78905e892297d24404435a972e2c1eb650a0ed4177070d54e7d905f025b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitmentReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAreaCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAreaCode"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAreas"}},{"kind":"Field","name":{"kind":"Name","value":"endsAfterChallenge"}},{"kind":"Field","name":{"kind":"Name","value":"hasActiveCoCreator"}},{"kind":"Field","name":{"kind":"Name","value":"coCreators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoCreatorLink"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allMet"}},{"kind":"Field","name":{"kind":"Name","value":"precheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"irmRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"verifiable"}},{"kind":"Field","name":{"kind":"Name","value":"openGovernmentLens"}},{"kind":"Field","name":{"kind":"Name","value":"potentialForResults"}},{"kind":"Field","name":{"kind":"Name","value":"specificity"}},{"kind":"Field","name":{"kind":"Name","value":"potentialImpact"}},{"kind":"Field","name":{"kind":"Name","value":"relevanceAccessToInformation"}},{"kind":"Field","name":{"kind":"Name","value":"relevanceCivicParticipation"}},{"kind":"Field","name":{"kind":"Name","value":"relevancePublicAccountability"}},{"kind":"Field","name":{"kind":"Name","value":"relevanceTechnology"}},{"kind":"Field","name":{"kind":"Name","value":"midtermCompletion"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"starredMidterm"}},{"kind":"Field","name":{"kind":"Name","value":"starredEndOfTerm"}},{"kind":"Field","name":{"kind":"Name","value":"clustered"}},{"kind":"Field","name":{"kind":"Name","value":"carriedForward"}},{"kind":"Field","name":{"kind":"Name","value":"earlyResults"}},{"kind":"Field","name":{"kind":"Name","value":"earlyResultsAccessToInformation"}},{"kind":"Field","name":{"kind":"Name","value":"earlyResultsCivicParticipation"}},{"kind":"Field","name":{"kind":"Name","value":"earlyResultsPublicAccountability"}},{"kind":"Field","name":{"kind":"Name","value":"resultsLevel"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"description"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challengeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoCreatorLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoCreationLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CommitmentReviewQuery, CommitmentReviewQueryVariables>;
export const DecideEligibilityDocument = {"__meta__":{"hash":"sha256:6453f1532746fa9ed833d5af04c33712ca3d44fb2ac573fff433a33215177616"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideEligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideEligibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideEligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DecideEligibilityMutation, DecideEligibilityMutationVariables>;
export const AssignChallengeAreaDocument = {"__meta__":{"hash":"sha256:c2db8f1e4101351e09f08a3b473b1f3e2aa8fee4df6f7679aa64783257ff7b90"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignChallengeArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignChallengeAreaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignChallengeArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAreaCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AssignChallengeAreaMutation, AssignChallengeAreaMutationVariables>;
export const CommitmentListDocument = {"__meta__":{"hash":"sha256:72431f7f782009667bf11a1df388677efb5d503bb476ee2b91c037d71aaf57dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitmentList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAreaCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAreaCode"}},{"kind":"Field","name":{"kind":"Name","value":"endsAfterChallenge"}},{"kind":"Field","name":{"kind":"Name","value":"hasActiveCoCreator"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challengeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CommitmentListQuery, CommitmentListQueryVariables>;
export const CoordinationCasePageDocument = {"__meta__":{"hash":"sha256:1653da00e2d058f2de9d16b3b784854256d59f7b32a8f6a9a8163433122ef5e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoordinationCasePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"divisionOfWork"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ageInDays"}},{"kind":"Field","name":{"kind":"Name","value":"facilitatorId"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challengeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CoordinationCasePageQuery, CoordinationCasePageQueryVariables>;
export const AssignFacilitatorDocument = {"__meta__":{"hash":"sha256:844e63163a617b6ca6f48293c2c06d2bcb18b430aee3bb8f25a0e1fea55a1994"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignFacilitator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignFacilitatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignFacilitator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AssignFacilitatorMutation, AssignFacilitatorMutationVariables>;
export const DesignateLeadDocument = {"__meta__":{"hash":"sha256:9426b19c70e2790a2ca0da1400d84b8c4832c57d430e0c80e53b5b015f4ddbfd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DesignateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DesignateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"designateLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DesignateLeadMutation, DesignateLeadMutationVariables>;
export const AddCaseNoteDocument = {"__meta__":{"hash":"sha256:b99ed44618d20b499c755a3210c8e3ab1d2003b401cd1e0d583e6e55324e38c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCaseNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCaseNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCaseNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AddCaseNoteMutation, AddCaseNoteMutationVariables>;
export const AddNextStepDocument = {"__meta__":{"hash":"sha256:8f03c239f51c0459760a12f15eb439ba7e129bae1dca028ee49a69374c2bc57c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddNextStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddNextStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNextStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AddNextStepMutation, AddNextStepMutationVariables>;
export const CompleteNextStepDocument = {"__meta__":{"hash":"sha256:e38d9d80d7aaa47d34e91cbb26bbab7f596a46b43eaa1d51f30fc6f6043c127c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteNextStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteNextStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeNextStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CompleteNextStepMutation, CompleteNextStepMutationVariables>;
export const ResolveCoordinationCaseDocument = {"__meta__":{"hash":"sha256:51a58496ace5f01e323d764aa43fdeec3f2a20dff3c1b4dca677cb6bf2d003b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveCoordinationCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveCoordinationCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveCoordinationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ResolveCoordinationCaseMutation, ResolveCoordinationCaseMutationVariables>;
export const CoordinationQueueDocument = {"__meta__":{"hash":"sha256:def79b42613602e924ab627a53405fbb361fbecfbea25dfab7f374c0024eea5c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoordinationQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationCaseStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ageInDays"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challengeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CoordinationQueueQuery, CoordinationQueueQueryVariables>;
export const DashboardDocument = {"__meta__":{"hash":"sha256:9391a918cf6de85e6272f61614dc390a03a5010b04b891cd1256a3eae392aae4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"commitmentStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openCases"},"name":{"kind":"Name","value":"coordinationCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ageInDays"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"casesInProgress"},"name":{"kind":"Name","value":"coordinationCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_PROGRESS"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ageInDays"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"submitted"},"name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUBMITTED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"underReview"},"name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"UNDER_REVIEW"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challengeStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membersTakingPart"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"membersTakingPart"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const FindCommitmentsDocument = {"__meta__":{"hash":"sha256:e0823094e8f23f16d1fe19908295bd2c2d902eeab294a265c613dfa6e26d3ae2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindCommitments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<FindCommitmentsQuery, FindCommitmentsQueryVariables>;
export const RequestCoCreationDocument = {"__meta__":{"hash":"sha256:6d2d22629c4af64e5ea2ad5dcf13b2f4c75990a6dab5c75d4e63b2e81c60a835"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestCoCreation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestCoCreationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCoCreation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RequestCoCreationMutation, RequestCoCreationMutationVariables>;
export const InstitutionGridDocument = {"__meta__":{"hash":"sha256:e58bfc8d8e41ea209973166d67c6d3b0907d7d10d35d98d3f5c2a1280768c1a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ogpCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<InstitutionGridQuery, InstitutionGridQueryVariables>;
export const MemberGridDocument = {"__meta__":{"hash":"sha256:093ccd9b5859be4e88e313165304b2bde4ec20bd9452cbf72c368952283863b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ogpCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"yearJoined"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<MemberGridQuery, MemberGridQueryVariables>;
export const OfficerCommitmentDocument = {"__meta__":{"hash":"sha256:817569f50f5e79bb5086827b3199277d7a7b899a5b8b35be1634c34a0e8845ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"reform"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResults"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAreaCode"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAreaCode"}},{"kind":"Field","name":{"kind":"Name","value":"leadInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coCreators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoCreatorLink"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"expectedOutput"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLinks"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"scopePathways"}},{"kind":"Field","name":{"kind":"Name","value":"scopeAreas"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoCreatorLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoCreationLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<OfficerCommitmentQuery, OfficerCommitmentQueryVariables>;
export const AddMilestoneDocument = {"__meta__":{"hash":"sha256:5a59e292a2f2e2ef042d9764755c2744b946ef7e9e37e644c93409b0640fe9ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMilestoneInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AddMilestoneMutation, AddMilestoneMutationVariables>;
export const MyCommitmentsDocument = {"__meta__":{"hash":"sha256:9a5770a36f6da5324be6fd222e1afd04d501552a431457270f74b2cf9ca18c80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCommitments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasActiveCoCreator"}},{"kind":"Field","name":{"kind":"Name","value":"leadInstitution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coCreators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<MyCommitmentsQuery, MyCommitmentsQueryVariables>;
export const MyLinksDocument = {"__meta__":{"hash":"sha256:4a01afba5c406357b1869fb825cd2d98b57917e00e03d0f7fdc7c0e7e34700ae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"coCreations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<MyLinksQuery, MyLinksQueryVariables>;
export const NewCommitmentOptionsDocument = {"__meta__":{"hash":"sha256:27427b29afca79e1ba7dc6069287b2e2ef47deebb9a777b777f1af71a552a39b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewCommitmentOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentContentChoices"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentContentChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openGovernmentValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<NewCommitmentOptionsQuery, NewCommitmentOptionsQueryVariables>;
export const CreateStandaloneCommitmentDocument = {"__meta__":{"hash":"sha256:4d5c5e4bad2d7fd234e095099d79d6c2a526c1e57ada042c5e6f8d98c69ec39e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStandaloneCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCommitmentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CreateStandaloneCommitmentMutation, CreateStandaloneCommitmentMutationVariables>;
export const SupportNominationsDocument = {"__meta__":{"hash":"sha256:7ac76e77ae15eb33a5f5dc4bedb2cd2e626616bfa38f455e15b2ecb99a03e354"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportNominations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NominationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SupportNominationsQuery, SupportNominationsQueryVariables>;
export const AcceptNominationDocument = {"__meta__":{"hash":"sha256:61631d984d60e17fbf6146268db10a60bbd1569204b7cb5c3db3d08fe68322a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AcceptNominationMutation, AcceptNominationMutationVariables>;
export const RejectNominationDocument = {"__meta__":{"hash":"sha256:df62f04510a5ad40f2385b0ef93b71caa2b016d50ce814f8e41ed531aafc4419"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RejectNominationMutation, RejectNominationMutationVariables>;
export const NominationsPageDocument = {"__meta__":{"hash":"sha256:8fabd15f2300fbb27fc34d44a8e0bc6c5440e571b1e633e983cc4adfc6a653ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NominationsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NominationsPageQuery, NominationsPageQueryVariables>;
export const NominableMembersDocument = {"__meta__":{"hash":"sha256:e2207c859b9556c2f1b1239459047135fd711fa2a36395f91f5762f24fee600f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NominableMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ogpCode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NominableMembersQuery, NominableMembersQueryVariables>;
export const NominableCommitmentsDocument = {"__meta__":{"hash":"sha256:838176137cb0a438aea8dd82b94f5d7d809c762f9e1014ac8e1e8dfb1e0db61d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NominableCommitments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"inProgress"},"name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_PROGRESS"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"completed"},"name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"COMPLETED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NominableCommitmentsQuery, NominableCommitmentsQueryVariables>;
export const SubmitNominationDocument = {"__meta__":{"hash":"sha256:40b0d9279a6763f3cf643cfff16fc0344afb802d6aeb94fe5fe709338244133a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitNominationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SubmitNominationMutation, SubmitNominationMutationVariables>;
export const PartnerGridDocument = {"__meta__":{"hash":"sha256:6c6c35676f2847568168fd5a4661556243d3808d6fd2bb1388624388baa301c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<PartnerGridQuery, PartnerGridQueryVariables>;
export const SupportReviewCyclesDocument = {"__meta__":{"hash":"sha256:007b583d454befeca475f347cc9208e1281ad205fa07e894bc49c7a95cf667d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportReviewCycles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"scopePathways"}},{"kind":"Field","name":{"kind":"Name","value":"scopeAreas"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challengeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SupportReviewCyclesQuery, SupportReviewCyclesQueryVariables>;
export const UpdateReviewCycleDocument = {"__meta__":{"hash":"sha256:baf5696f924d7f2225ad7778d941f21c996060b34ae60b8b8e0b3fab4e633f8e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReviewCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReviewCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReviewCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<UpdateReviewCycleMutation, UpdateReviewCycleMutationVariables>;
export const CreateReviewCycleDocument = {"__meta__":{"hash":"sha256:689580b4f76db3d8be75e8cd10f8346b35775a8c568e6dc90f41254bee872ddb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReviewCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReviewCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReviewCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CreateReviewCycleMutation, CreateReviewCycleMutationVariables>;
export const StoriesPageDocument = {"__meta__":{"hash":"sha256:61d6d60b6bded79a1bbb9d4a0085c2b4c4d2c90df38b769e47e835e25f76065b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoriesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challengeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<StoriesPageQuery, StoriesPageQueryVariables>;
export const SubmitStoryDocument = {"__meta__":{"hash":"sha256:48afa9b3b2c0224bb0d01f81ae300717ea11d1a1f35d6e817fb3d1b32c24db52"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitStory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitStoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitStory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SubmitStoryMutation, SubmitStoryMutationVariables>;
export const SupportStoriesDocument = {"__meta__":{"hash":"sha256:ae16dff3e73304e5a6aa441289899c2d8194c0230416ba026a9c3bcb3b2621b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportStories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StoryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"areas"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challengeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SupportStoriesQuery, SupportStoriesQueryVariables>;
export const SupportStoryDocument = {"__meta__":{"hash":"sha256:e53985e271aa9c7386667420e14f79c5a9aa775b1715501c281b6d51c796944d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportStory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"story"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"areas"}},{"kind":"Field","name":{"kind":"Name","value":"mediaLinks"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"moderatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"challengeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SupportStoryQuery, SupportStoryQueryVariables>;
export const PublishStoryDocument = {"__meta__":{"hash":"sha256:0e82558ed048128bfa387959f7cf5b2e5cf7f0a35144bbc6e3c6af6d687675ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishStory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishStory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"moderatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<PublishStoryMutation, PublishStoryMutationVariables>;
export const RejectStoryDocument = {"__meta__":{"hash":"sha256:68e29b206686853492f47173bcc2be9446b8c9aa57c0535101190c4aff034991"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectStory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectStory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"moderatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RejectStoryMutation, RejectStoryMutationVariables>;