/**
 * Who may send each mutation of the graph: the written authorisation matrix. `authorization.test.ts` sends every
 * row through the gateway as each role and anonymously, and fails when the graph has a mutation with no row here.
 *
 * Each operation is chosen so that an allowed caller passes the authorisation check and then stops harmlessly (a
 * record that does not exist, a rule the input breaks, a dry run), so one run can try every role on one stack.
 */

export const ROLES = ["ANONYMOUS", "SUPPORT_UNIT_ADMIN", "SUPPORT_UNIT", "INSTITUTION_OFFICER", "PARTNER_EDITOR", "API_CLIENT"] as const;
export type Caller = (typeof ROLES)[number];

const EVERYONE: readonly Caller[] = ROLES;
const SIGNED_IN: readonly Caller[] = ["SUPPORT_UNIT_ADMIN", "SUPPORT_UNIT", "INSTITUTION_OFFICER", "PARTNER_EDITOR", "API_CLIENT"];
const SUPPORT: readonly Caller[] = ["SUPPORT_UNIT_ADMIN", "SUPPORT_UNIT"];
const ADMIN: readonly Caller[] = ["SUPPORT_UNIT_ADMIN"];

export interface DemoScope {
  memberId: string;
  institutionIds: string[];
  partnerId: string;
}

export interface MatrixRow {
  mutation: string;
  allowed: readonly Caller[];
  /** The operation; `$`-variables come from `variables`. */
  operation: string;
  /** Variables, or a function of the stack's demo scope (the records the demo officer and editor act for). */
  variables?: Record<string, unknown> | ((demo: DemoScope) => Record<string, unknown>);
  /** The row needs a session of its own (it ends or changes the caller's session). */
  ownSession?: boolean;
  /** The row needs a fresh refresh token of the caller (variable `refreshToken`). */
  needsRefreshToken?: boolean;
}

const NOBODY = "00000000-0000-4000-8000-000000000000";
/** An area no other e2e test uses, so a declared intent opens no coordination case elsewhere. */
const MEDIA_FREEDOM_AREA = "MEDIA_FREEDOM";
const SUPPORT_OR_OFFICER: readonly Caller[] = ["SUPPORT_UNIT_ADMIN", "SUPPORT_UNIT", "INSTITUTION_OFFICER"];
const SUPPORT_OR_PARTNER: readonly Caller[] = ["SUPPORT_UNIT_ADMIN", "SUPPORT_UNIT", "PARTNER_EDITOR"];
const SUPPORT_OFFICER_OR_PARTNER: readonly Caller[] = ["SUPPORT_UNIT_ADMIN", "SUPPORT_UNIT", "INSTITUTION_OFFICER", "PARTNER_EDITOR"];
const STORY_TELLERS: readonly Caller[] = ["SUPPORT_UNIT_ADMIN", "SUPPORT_UNIT", "INSTITUTION_OFFICER", "PARTNER_EDITOR"];

export const AUTHORIZATION_MATRIX: readonly MatrixRow[] = [
  // directory: the support unit keeps the directory.
  {
    mutation: "createMember",
    allowed: SUPPORT,
    operation: `mutation { createMember(input: { ogpCode: "ZZLOC", name: "Nowhere", type: LOCAL, region: EUROPE }) { id } }`,
  },
  {
    mutation: "updateMember",
    allowed: SUPPORT,
    operation: `mutation { updateMember(input: { id: "${NOBODY}", version: 1, name: "x" }) { id } }`,
  },
  { mutation: "archiveMember", allowed: SUPPORT, operation: `mutation { archiveMember(id: "${NOBODY}", version: 1) { id } }` },
  { mutation: "restoreMember", allowed: SUPPORT, operation: `mutation { restoreMember(id: "${NOBODY}", version: 1) { id } }` },
  {
    mutation: "upsertMembers",
    allowed: SUPPORT,
    operation: `mutation { upsertMembers(dryRun: true, input: [{ ogpCode: "ZZZ", name: "Zed", type: NATIONAL, country: "ZZZ", region: EUROPE }]) { committed } }`,
  },
  {
    mutation: "createInstitution",
    allowed: SUPPORT,
    operation: `mutation { createInstitution(input: { memberId: "${NOBODY}", name: { en: "Ministry of Nothing" }, branch: EXECUTIVE, level: NATIONAL }) { id } }`,
  },
  {
    mutation: "updateInstitution",
    allowed: SUPPORT,
    operation: `mutation { updateInstitution(input: { id: "${NOBODY}", version: 1 }) { id } }`,
  },
  { mutation: "archiveInstitution", allowed: SUPPORT, operation: `mutation { archiveInstitution(id: "${NOBODY}", version: 1) { id } }` },
  { mutation: "restoreInstitution", allowed: SUPPORT, operation: `mutation { restoreInstitution(id: "${NOBODY}", version: 1) { id } }` },
  {
    mutation: "upsertInstitutions",
    allowed: SUPPORT,
    operation: `mutation { upsertInstitutions(dryRun: true, input: [{ memberCode: "ALB", name: { en: "Ministry of Trials" }, branch: EXECUTIVE, level: NATIONAL }]) { committed } }`,
  },
  { mutation: "createPartner", allowed: SUPPORT, operation: `mutation { createPartner(input: { name: "", kind: CIVIL_SOCIETY }) { id } }` },
  { mutation: "updatePartner", allowed: SUPPORT, operation: `mutation { updatePartner(input: { id: "${NOBODY}", version: 1 }) { id } }` },
  { mutation: "archivePartner", allowed: SUPPORT, operation: `mutation { archivePartner(id: "${NOBODY}", version: 1) { id } }` },
  { mutation: "restorePartner", allowed: SUPPORT, operation: `mutation { restorePartner(id: "${NOBODY}", version: 1) { id } }` },
  {
    mutation: "upsertPartners",
    allowed: SUPPORT,
    operation: `mutation { upsertPartners(dryRun: true, input: [{ name: "Trial Watch", kind: MEDIA }]) { committed } }`,
  },
  {
    mutation: "createActionPlan",
    allowed: SUPPORT,
    operation: `mutation { createActionPlan(input: { memberId: "${NOBODY}", ogpId: "AP_ZZZ01", number: 1, startDate: "2026-01-01", endDate: "2025-01-01", lengthYears: 2 }) { id } }`,
  },
  {
    mutation: "updateActionPlan",
    allowed: SUPPORT,
    operation: `mutation { updateActionPlan(input: { id: "${NOBODY}", version: 1 }) { id } }`,
  },
  { mutation: "archiveActionPlan", allowed: SUPPORT, operation: `mutation { archiveActionPlan(id: "${NOBODY}", version: 1) { id } }` },
  { mutation: "restoreActionPlan", allowed: SUPPORT, operation: `mutation { restoreActionPlan(id: "${NOBODY}", version: 1) { id } }` },
  {
    mutation: "upsertActionPlans",
    allowed: SUPPORT,
    operation: `mutation { upsertActionPlans(dryRun: true, input: [{ ogpId: "AP_ALB99", memberCode: "ALB", number: 99, startDate: "2026-01-01", endDate: "2027-12-31", lengthYears: 2 }]) { committed } }`,
  },
  {
    mutation: "addContact",
    allowed: SUPPORT,
    operation: `mutation { addContact(input: { institutionId: "${NOBODY}", name: "A. Person", email: "not-an-email" }) { id } }`,
  },
  { mutation: "updateContact", allowed: SUPPORT, operation: `mutation { updateContact(input: { id: "${NOBODY}", version: 1 }) { id } }` },
  { mutation: "eraseContact", allowed: SUPPORT, operation: `mutation { eraseContact(id: "${NOBODY}") { id } }` },

  // challenge: officers submit and report for their own institutions; the support unit reviews, rates and imports.
  {
    mutation: "createCommitment",
    allowed: SUPPORT_OR_OFFICER,
    // No open-government value: refused as input once the caller is allowed to submit for this institution.
    operation: `mutation ($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }`,
    variables: (demo) => ({
      input: {
        pathway: "STANDALONE",
        memberId: demo.memberId,
        leadInstitutionId: demo.institutionIds[0],
        title: "Trial commitment",
        summary: "A commitment that breaks a rule on purpose.",
        values: [],
        language: "EN",
        startDate: "2026-01-01",
        endDate: "2027-06-30",
      },
    }),
  },
  {
    mutation: "updateCommitment",
    allowed: SUPPORT_OR_OFFICER,
    operation: `mutation { updateCommitment(input: { id: "${NOBODY}", version: 1, title: "x" }) { id } }`,
  },
  {
    mutation: "changeCommitmentStatus",
    allowed: SUPPORT_OR_OFFICER,
    operation: `mutation { changeCommitmentStatus(input: { id: "${NOBODY}", version: 1, to: SUBMITTED }) { id } }`,
  },
  {
    mutation: "assignChallengeArea",
    allowed: SUPPORT,
    operation: `mutation { assignChallengeArea(input: { id: "${NOBODY}", version: 1, area: JUSTICE }) { id } }`,
  },
  {
    mutation: "decideEligibility",
    allowed: SUPPORT,
    operation: `mutation { decideEligibility(input: { commitmentId: "${NOBODY}", version: 1, criterion: GOVERNMENT_LED, outcome: MET, reason: "x" }) { id } }`,
  },
  {
    mutation: "addMilestone",
    allowed: SUPPORT_OR_OFFICER,
    operation: `mutation { addMilestone(input: { commitmentId: "${NOBODY}", title: "x" }) { id } }`,
  },
  {
    mutation: "updateMilestone",
    allowed: SUPPORT_OR_OFFICER,
    operation: `mutation { updateMilestone(input: { id: "${NOBODY}", version: 1, title: "x" }) { id } }`,
  },
  {
    mutation: "createReviewCycle",
    allowed: SUPPORT,
    operation: `mutation { createReviewCycle(input: { kind: MID_TERM, opensOn: "2027-06-30", closesOn: "2027-01-01", scope: "x" }) { id } }`,
  },
  {
    mutation: "updateReviewCycle",
    allowed: SUPPORT,
    operation: `mutation { updateReviewCycle(input: { id: "${NOBODY}", version: 1 }) { id } }`,
  },
  {
    mutation: "reportProgress",
    allowed: SUPPORT_OR_OFFICER,
    operation: `mutation { reportProgress(input: { commitmentId: "${NOBODY}", reviewCycleId: "${NOBODY}", completion: LIMITED, narrative: "x" }) { id } }`,
  },
  {
    mutation: "recordIrmRating",
    allowed: SUPPORT,
    operation: `mutation { recordIrmRating(input: { commitmentId: "${NOBODY}", verifiable: NO_DATA }) { id } }`,
  },
  {
    mutation: "upsertCommitments",
    allowed: SUPPORT,
    operation: `mutation { upsertCommitments(dryRun: true, input: [{ ogpId: "ZZ9999", memberCode: "ALB", title: "Trial" }]) { committed } }`,
  },
  {
    mutation: "upsertMilestones",
    allowed: SUPPORT,
    operation: `mutation { upsertMilestones(dryRun: true, input: [{ commitmentOgpId: "ZZ9999", position: 1, title: "Trial" }]) { committed } }`,
  },
  {
    mutation: "upsertIrmRatings",
    allowed: SUPPORT,
    operation: `mutation { upsertIrmRatings(dryRun: true, input: [{ commitmentOgpId: "ZZ9999", verifiable: NOT_REVIEWED }]) { committed } }`,
  },
  {
    mutation: "upsertCoCreationLinks",
    allowed: SUPPORT,
    operation: "mutation ($input: [CoCreationLinkUpsertInput!]!) { upsertCoCreationLinks(dryRun: true, input: $input) { committed } }",
    variables: (demo) => ({ input: [{ commitmentOgpId: "ZZ9999", partnerId: demo.partnerId }] }),
  },

  // challenge, coordination: institutions declare intents; the support unit runs the cases the system opens.
  {
    mutation: "declareParticipationIntent",
    allowed: SUPPORT_OR_OFFICER,
    operation: "mutation ($input: DeclareParticipationIntentInput!) { declareParticipationIntent(input: $input) { id } }",
    variables: (demo) => ({ input: { institutionId: demo.institutionIds[1], area: MEDIA_FREEDOM_AREA } }),
  },
  {
    mutation: "withdrawParticipationIntent",
    allowed: SUPPORT_OR_OFFICER,
    operation: `mutation { withdrawParticipationIntent(input: { id: "${NOBODY}", version: 1 }) { id } }`,
  },
  {
    mutation: "assignFacilitator",
    allowed: SUPPORT,
    operation: `mutation { assignFacilitator(input: { id: "${NOBODY}", version: 1, facilitatorId: "x" }) { id } }`,
  },
  {
    mutation: "addCaseNote",
    allowed: SUPPORT,
    operation: `mutation { addCaseNote(input: { id: "${NOBODY}", version: 1, text: "x" }) { id } }`,
  },
  {
    mutation: "addNextStep",
    allowed: SUPPORT,
    operation: `mutation { addNextStep(input: { id: "${NOBODY}", version: 1, description: "x", dueOn: "2027-01-01" }) { id } }`,
  },
  {
    mutation: "completeNextStep",
    allowed: SUPPORT,
    operation: `mutation { completeNextStep(input: { id: "${NOBODY}", version: 1, stepId: "x" }) { id } }`,
  },
  {
    mutation: "designateLead",
    allowed: SUPPORT,
    operation: `mutation { designateLead(input: { id: "${NOBODY}", version: 1, institutionId: "x" }) { id } }`,
  },
  {
    mutation: "resolveCoordinationCase",
    allowed: SUPPORT,
    operation: `mutation { resolveCoordinationCase(input: { id: "${NOBODY}", version: 1, resolution: KEPT_SEPARATE, divisionOfWork: "x" }) { id } }`,
  },
  // challenge, co-creation: partners ask, the owning institution (or the support unit) answers, either side ends.
  {
    mutation: "requestCoCreation",
    allowed: SUPPORT_OR_PARTNER,
    operation: "mutation ($input: RequestCoCreationInput!) { requestCoCreation(input: $input) { id } }",
    variables: (demo) => ({ input: { commitmentId: NOBODY, role: "DESIGN", partnerId: demo.partnerId } }),
  },
  {
    mutation: "acceptCoCreation",
    allowed: SUPPORT_OR_OFFICER,
    operation: `mutation { acceptCoCreation(input: { id: "${NOBODY}", version: 1 }) { id } }`,
  },
  {
    mutation: "declineCoCreation",
    allowed: SUPPORT_OR_OFFICER,
    operation: `mutation { declineCoCreation(input: { id: "${NOBODY}", version: 1, reason: "x" }) { id } }`,
  },
  {
    mutation: "endCoCreation",
    allowed: SUPPORT_OFFICER_OR_PARTNER,
    operation: `mutation { endCoCreation(input: { id: "${NOBODY}", version: 1 }) { id } }`,
  },

  // recognition: stories are moderated, nominations decided, by the support unit.
  {
    mutation: "submitStory",
    allowed: STORY_TELLERS,
    // No area: refused as input once the caller may tell stories.
    operation: `mutation { submitStory(input: { title: "Trial story", body: "<p>x</p>", language: EN, areas: [] }) { id } }`,
  },
  { mutation: "publishStory", allowed: SUPPORT, operation: `mutation { publishStory(id: "${NOBODY}", version: 1) { id } }` },
  { mutation: "rejectStory", allowed: SUPPORT, operation: `mutation { rejectStory(id: "${NOBODY}", version: 1, reason: "x") { id } }` },
  {
    mutation: "openAwardCycle",
    allowed: SUPPORT,
    operation: `mutation { openAwardCycle(input: { name: "Trial awards", opensOn: "2027-05-01", closesOn: "2027-04-01" }) { id } }`,
  },
  { mutation: "closeAwardCycle", allowed: SUPPORT, operation: `mutation { closeAwardCycle(id: "${NOBODY}", version: 1) { id } }` },
  {
    mutation: "submitNomination",
    allowed: SUPPORT_OR_PARTNER,
    operation: `mutation { submitNomination(input: { cycleId: "${NOBODY}", memberId: "${NOBODY}", commitmentIds: ["${NOBODY}"], rationale: "x" }) { id } }`,
  },
  { mutation: "acceptNomination", allowed: SUPPORT, operation: `mutation { acceptNomination(id: "${NOBODY}", version: 1) { id } }` },
  {
    mutation: "rejectNomination",
    allowed: SUPPORT,
    operation: `mutation { rejectNomination(id: "${NOBODY}", version: 1, reason: "x") { id } }`,
  },

  // identity: account administration.
  { mutation: "disableAccount", allowed: ADMIN, operation: `mutation { disableAccount(id: "${NOBODY}", version: 1) { id } }` },
  { mutation: "enableAccount", allowed: ADMIN, operation: `mutation { enableAccount(id: "${NOBODY}", version: 1) { id } }` },
  {
    mutation: "changeRole",
    allowed: ADMIN,
    operation: `mutation { changeRole(input: { id: "${NOBODY}", version: 1, role: SUPPORT_UNIT }) { id } }`,
  },
  {
    mutation: "inviteAccount",
    allowed: SUPPORT,
    operation: `mutation { inviteAccount(input: { email: "new.partner@example.org", role: PARTNER_EDITOR, partnerId: "demo-partner" }) { token } }`,
  },
  { mutation: "withdrawInvitation", allowed: SUPPORT, operation: `mutation { withdrawInvitation(id: "${NOBODY}") { id } }` },
  { mutation: "createApiKey", allowed: SUPPORT, operation: `mutation { createApiKey(name: "Trial dashboard") { apiKey } }` },
  { mutation: "revokeApiKey", allowed: SUPPORT, operation: `mutation { revokeApiKey(id: "${NOBODY}") { id } }` },
  // identity: the caller's own session.
  {
    mutation: "changePassword",
    allowed: SIGNED_IN,
    ownSession: true,
    operation: `mutation { changePassword(currentPassword: "wrong-current-password", newPassword: "short") }`,
  },
  { mutation: "signOut", allowed: SIGNED_IN, ownSession: true, operation: "mutation { signOut }" },
  // identity: how anyone gets a session.
  {
    mutation: "signIn",
    allowed: EVERYONE,
    operation: `mutation { signIn(email: "support@ogc.example", password: "demo-support-password") { accessToken } }`,
  },
  {
    mutation: "signInWithApiKey",
    allowed: EVERYONE,
    operation: `mutation { signInWithApiKey(apiKey: "ogc_demo-dashboard-key-for-local-use-only") { accessToken } }`,
  },
  {
    mutation: "refreshSession",
    allowed: EVERYONE,
    needsRefreshToken: true,
    operation: "mutation ($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { accessToken } }",
  },
  {
    mutation: "acceptInvitation",
    allowed: EVERYONE,
    operation: `mutation { acceptInvitation(token: "not-an-invitation", displayName: "New Person", password: "a-long-enough-password") { accessToken } }`,
  },
];
