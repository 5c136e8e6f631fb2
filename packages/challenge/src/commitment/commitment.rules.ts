import { BadUserInputError, ChallengeAreaCode, ConflictError, freshRecord, Locale, msg, OpenGovernmentValue } from "@ogc/kit";
import type { DirectoryActionPlan, DirectoryInstitution, DirectoryMember, DirectoryReader } from "../directory/directory-client.js";
import { Pathway } from "../shared/enums.js";
import { type DateLabel, enumValue, httpUrl, isoDate, optionalText, requiredText } from "../shared/validation.js";
import { Commitment, IMPORTED_TITLE_MAX, TITLE_MAX } from "./commitment.entity.js";
import { CommitmentStatus } from "./commitment-status.js";

/** What a commitment is made from: a create, an edit or an import row. `undefined` keeps the stored value, `null` clears an optional one. */
export interface CommitmentDraft {
  ogpId?: string | null;
  title?: string | null;
  summary?: string | null;
  problem?: string | null;
  reform?: string | null;
  expectedResults?: string | null;
  pathway?: Pathway | string | null;
  actionPlanId?: string | null;
  memberId?: string | null;
  leadInstitutionId?: string | null;
  supportingInstitutionIds?: string[] | null;
  proposedArea?: ChallengeAreaCode | string | null;
  values?: (OpenGovernmentValue | string)[] | null;
  language?: Locale | string | null;
  startDate?: string | null;
  endDate?: string | null;
  /** The commitment's official page, an http(s) address (imports). */
  sourceUrl?: string | null;
}

const OGP_COMMITMENT_ID = /^[A-Z]{2,5}[0-9]{4}$/;

/** An OGP commitment id (AL0002, BUE0009), kept exactly as given: a lower-case or padded id is refused, never rewritten. */
export function commitmentOgpId(value: string | null | undefined, field = "ogpId"): string {
  if (!value || !OGP_COMMITMENT_ID.test(value)) {
    throw new BadUserInputError(
      msg`"${value ?? ""}" is not an OGP commitment id: 2 to 5 capital letters and 4 digits, e.g. AL0002 or BUE0009.`,
      field,
    );
  }
  return value;
}

const LONG_TEXT = 20_000;
/** OGP's published commitment texts run to ~28,000 characters; imports keep them whole. */
export const IMPORTED_LONG_TEXT = 100_000;

export interface BuildOptions {
  /** Form submissions need a lead institution, dates and a value; imported IRM rows may lack them. */
  complete: boolean;
  /** The longest title taken: TITLE_MAX for forms (the default), IMPORTED_TITLE_MAX for imports. */
  titleMax?: number;
  /** The longest summary, problem, reform or expected results taken: LONG_TEXT for forms, IMPORTED_LONG_TEXT for imports. */
  textMax?: number;
}

/** Builds the commitment a draft describes on top of `existing` (null: a new draft), checking every rule that needs no other service. */
export function buildCommitment(draft: CommitmentDraft, existing: Commitment | null, options: BuildOptions): Commitment {
  const keep = <K extends keyof CommitmentDraft>(key: K, stored: unknown) => (draft[key] === undefined && existing ? stored : draft[key]);
  const pathway = enumValue(Pathway, (draft.pathway ?? existing?.pathway) as string | undefined, "pathway", "pathway");
  const ogpId = keep("ogpId", existing?.ogpId) as string | null | undefined;
  const proposed = keep("proposedArea", existing?.proposedAreaCode) as string | null | undefined;
  const values = (keep("values", existing?.values) as string[] | null | undefined) ?? [];
  // A new title is held to the caller's limit; a kept one (an imported long title edited elsewhere) stays as stored.
  const newTitle = draft.title != null && draft.title.trim() !== existing?.title;
  const titleMax = newTitle ? (options.titleMax ?? TITLE_MAX) : IMPORTED_TITLE_MAX;
  const sourceUrl = keep("sourceUrl", existing?.sourceUrl) as string | null | undefined;
  // Likewise for the long texts: a new text is held to the caller's limit, a kept (imported) one stays whole.
  const textMax = (key: "summary" | "problem" | "reform" | "expectedResults") =>
    draft[key] != null && draft[key] !== existing?.[key] ? (options.textMax ?? LONG_TEXT) : IMPORTED_LONG_TEXT;
  const commitment: Commitment = Object.assign(
    new Commitment(),
    existing ?? { ...freshRecord(), status: CommitmentStatus.DRAFT, publishedAt: null, assignedAreaCode: null },
    {
      ogpId: ogpId ? commitmentOgpId(ogpId) : null,
      title: requiredText((draft.title ?? existing?.title) as string | undefined, "title", "The title", titleMax),
      summary: options.complete
        ? requiredText((draft.summary ?? existing?.summary) as string | undefined, "summary", "The summary", textMax("summary"))
        : (optionalText((draft.summary ?? existing?.summary) as string | undefined, "summary", "The summary", textMax("summary")) ?? ""),
      problem: optionalText(keep("problem", existing?.problem) as string | null | undefined, "problem", "The problem", textMax("problem")),
      reform: optionalText(
        keep("reform", existing?.reform) as string | null | undefined,
        "reform",
        "The description of the reform",
        textMax("reform"),
      ),
      expectedResults: optionalText(
        keep("expectedResults", existing?.expectedResults) as string | null | undefined,
        "expectedResults",
        "The expected results",
        textMax("expectedResults"),
      ),
      pathway,
      actionPlanId:
        pathway === Pathway.STANDALONE ? null : ((keep("actionPlanId", existing?.actionPlanId) as string | null | undefined) ?? null),
      memberId: requiredText((draft.memberId ?? existing?.memberId) as string | undefined, "memberId", "The member", 36),
      leadInstitutionId: (keep("leadInstitutionId", existing?.leadInstitutionId) as string | null | undefined) ?? null,
      supportingInstitutionIds: [
        ...((keep("supportingInstitutionIds", existing?.supportingInstitutionIds) as string[] | null | undefined) ?? []),
      ],
      proposedAreaCode: proposed ? enumValue(ChallengeAreaCode, proposed, "proposedArea", "challenge area") : null,
      values: [...new Set(values.map((value, index) => enumValue(OpenGovernmentValue, value, `values.${index}`, "open-government value")))],
      language: enumValue(Locale, (draft.language ?? existing?.language ?? Locale.EN) as string, "language", "language"),
      startDate: dateOrNull(keep("startDate", existing?.startDate) as string | null | undefined, "startDate", "The planned start date"),
      endDate: dateOrNull(keep("endDate", existing?.endDate) as string | null | undefined, "endDate", "The planned end date"),
      sourceUrl: sourceUrl?.trim() ? httpUrl(sourceUrl, "sourceUrl", "The commitment's official page (sourceUrl)") : null,
    },
  );
  const supporting = commitment.supportingInstitutionIds;
  supporting.forEach((id, index) => {
    if (id === commitment.leadInstitutionId) {
      throw new BadUserInputError("The lead institution cannot also be a supporting institution.", `supportingInstitutionIds.${index}`);
    }
    if (supporting.indexOf(id) !== index)
      throw new BadUserInputError("This institution is listed twice.", `supportingInstitutionIds.${index}`);
  });
  if (pathway === Pathway.ACTION_PLAN && !commitment.actionPlanId && options.complete) {
    throw new BadUserInputError("An action-plan commitment names its action plan.", "actionPlanId");
  }
  if (options.complete) {
    if (!commitment.leadInstitutionId)
      throw new BadUserInputError("A challenge commitment is led by a public institution.", "leadInstitutionId");
    if (commitment.values.length === 0) {
      throw new BadUserInputError("A challenge commitment serves at least one open-government value.", "values");
    }
    if (!commitment.startDate) throw new BadUserInputError("The planned start date is required.", "startDate");
    if (!commitment.endDate) throw new BadUserInputError("The planned end date is required.", "endDate");
  }
  if (commitment.startDate && commitment.endDate && commitment.endDate < commitment.startDate) {
    throw new BadUserInputError(
      msg`The commitment cannot end (${commitment.endDate}) before it starts (${commitment.startDate}).`,
      "endDate",
    );
  }
  return commitment;
}

function dateOrNull(value: string | null | undefined, field: string, label: DateLabel): string | null {
  return value ? isoDate(value, field, label) : null;
}

export interface ReferenceCheckOptions {
  /** Applies the amendment-window rule: true when the commitment joins a plan (created in it, or moved to it), except imports. */
  joiningPlan: boolean;
  /**
   * Imports record OGP's data as it is: its commitments sometimes run past their plan's dates (a plan's dates are only
   * known to the year there), so the timeline rule applies to commitments made here, not to imported ones.
   */
  imported?: boolean;
  /** A new commitment (`createCommitment`): refused for a member that has left the partnership; edits of existing ones are not. */
  creating?: boolean;
}

/**
 * Checks a commitment's references against their owner, the directory, in one request: the member exists, the lead and
 * supporting institutions are public institutions of that member, the action plan is the member's and its dates hold
 * the commitment's; joining a plan already submitted needs its amendment window open.
 */
export async function checkReferences(commitment: Commitment, directory: DirectoryReader, options: ReferenceCheckOptions): Promise<void> {
  const [member, lead, supporting, plan] = await Promise.all([
    directory.member(commitment.memberId),
    commitment.leadInstitutionId ? directory.institution(commitment.leadInstitutionId) : Promise.resolve(null),
    Promise.all(commitment.supportingInstitutionIds.map((id) => directory.institution(id))),
    commitment.actionPlanId ? directory.actionPlan(commitment.actionPlanId) : Promise.resolve(null),
  ]);
  verifyReferences(commitment, { member, lead, supporting, plan }, options);
}

export interface FetchedReferences {
  member: DirectoryMember | null;
  lead: DirectoryInstitution | null;
  supporting: (DirectoryInstitution | null)[];
  plan: DirectoryActionPlan | null;
}

/** The checks of `checkReferences` on what the directory answered, for callers that fetched in bulk (batch upserts). */
export function verifyReferences(
  commitment: Commitment,
  { member, lead, supporting, plan }: FetchedReferences,
  options: ReferenceCheckOptions,
): void {
  if (!member) throw new BadUserInputError(msg`The directory has no member with the id ${commitment.memberId}.`, "memberId");
  if (member.archived) throw new BadUserInputError(msg`The member ${member.ogpCode} is archived: it takes no new commitments.`, "memberId");
  // DOMAIN.md rule 3, government-led: "led by a public institution of an OGP member". Imports keep OGP's history as it
  // is, and existing commitments stay editable (the pre-check says NOT_MET for them).
  if (member.memberStatus === "WITHDRAWN" && options.creating) {
    throw new BadUserInputError(
      msg`The member ${member.ogpCode} has left the partnership (WITHDRAWN): its institutions take no new challenge commitments.`,
      "memberId",
    );
  }
  if (commitment.leadInstitutionId) {
    if (!lead)
      throw new BadUserInputError(msg`The directory has no institution with the id ${commitment.leadInstitutionId}.`, "leadInstitutionId");
    if (lead.member.id !== member.id) {
      throw new BadUserInputError(msg`The lead institution belongs to another member than ${member.ogpCode}.`, "leadInstitutionId");
    }
    if (lead.archived) throw new BadUserInputError("The lead institution is archived.", "leadInstitutionId");
  }
  supporting.forEach((institution, index) => {
    const field = `supportingInstitutionIds.${index}`;
    if (!institution)
      throw new BadUserInputError(msg`The directory has no institution with the id ${commitment.supportingInstitutionIds[index]}.`, field);
    if (institution.member.id !== member.id)
      throw new BadUserInputError(msg`This institution belongs to another member than ${member.ogpCode}.`, field);
    if (institution.archived) throw new BadUserInputError("This institution is archived.", field);
  });
  if (commitment.actionPlanId) {
    if (!plan) throw new BadUserInputError(msg`The directory has no action plan with the id ${commitment.actionPlanId}.`, "actionPlanId");
    checkActionPlan(commitment, plan, member.ogpCode, options);
  }
}

/** Statuses in which a plan has been submitted: joining it is an amendment (DOMAIN.md, rule 2). */
const SUBMITTED_PLAN_STATUSES = new Set(["SUBMITTED", "IN_IMPLEMENTATION"]);

export function checkActionPlan(
  commitment: Commitment,
  plan: DirectoryActionPlan,
  memberCode: string,
  options: ReferenceCheckOptions,
): void {
  if (plan.member.id !== commitment.memberId) {
    throw new BadUserInputError(msg`The action plan ${plan.ogpId} is not a plan of ${memberCode}.`, "actionPlanId");
  }
  if (!options.imported && commitment.startDate && commitment.startDate < plan.startDate) {
    throw new BadUserInputError(
      msg`An action-plan commitment follows its plan's timeline: it cannot start (${commitment.startDate}) before ${plan.ogpId} starts (${plan.startDate}).`,
      "startDate",
    );
  }
  if (!options.imported && commitment.endDate && commitment.endDate > plan.endDate) {
    throw new BadUserInputError(
      msg`An action-plan commitment follows its plan's timeline: it cannot end (${commitment.endDate}) after ${plan.ogpId} ends (${plan.endDate}).`,
      "endDate",
    );
  }
  if (!options.joiningPlan) return;
  if (plan.archived || plan.status === "ENDED") {
    throw new ConflictError(msg`The action plan ${plan.ogpId} has ended: it takes no new commitments.`, { field: "actionPlanId" });
  }
  if (SUBMITTED_PLAN_STATUSES.has(plan.status) && !plan.amendmentWindow?.isOpen) {
    const window = plan.amendmentWindow;
    throw new ConflictError(
      window
        ? msg`The action plan ${plan.ogpId} is already submitted: challenge commitments join it only inside its amendment window (${window.opensOn} to ${window.closesOn}), which is not open today.`
        : msg`The action plan ${plan.ogpId} is already submitted and has no amendment window: challenge commitments cannot join it now.`,
      { field: "actionPlanId" },
    );
  }
}
