import { readPreference, removePreference, writePreference } from "../../app/storage";
import type { ChallengeAreaCode, Locale, OpenGovernmentValue } from "../../gql/graphql";
import { emptyMilestone, MILESTONE_FIELDS, type MilestoneFields, validateMilestone } from "../milestones/milestone-form";

/** One verifiable step of a new commitment, typed as any milestone is; `key` only tells the form's rows apart. */
export interface MilestoneDraft extends MilestoneFields {
  key: string;
}

export const emptyMilestoneDraft = (): MilestoneDraft => ({ key: crypto.randomUUID(), ...emptyMilestone() });

/** What a commitment says, as its institution writes it: typed in the new-commitment form, corrected later. */
export interface CommitmentContent {
  title: string;
  summary: string;
  problem: string;
  reform: string;
  expectedResults: string;
  proposedArea: ChallengeAreaCode | "";
  values: OpenGovernmentValue[];
  language: Locale;
  startDate: string;
  endDate: string;
}

/** The content fields, named as the API names them in its errors: each shows the server's refusal under it. */
export const CONTENT_FIELDS = [
  "title",
  "summary",
  "problem",
  "reform",
  "expectedResults",
  "proposedArea",
  "values",
  "language",
  "startDate",
  "endDate",
] as const satisfies readonly (keyof CommitmentContent)[];

/** What the standalone commitment form holds; kept in localStorage so nothing typed is lost. */
export interface CommitmentDraft extends CommitmentContent {
  leadInstitutionId: string;
  /** The future steps, in order: at least one, for the commitment to be forward-looking (DOMAIN rule 3). */
  milestones: MilestoneDraft[];
}

export function emptyDraft(language: Locale): CommitmentDraft {
  return {
    leadInstitutionId: "",
    title: "",
    summary: "",
    problem: "",
    reform: "",
    expectedResults: "",
    proposedArea: "",
    values: [],
    language,
    startDate: "",
    endDate: "",
    milestones: [emptyMilestoneDraft()],
  };
}

/** One draft per account, so two people sharing a browser do not see each other's. */
export const draftKey = (accountId: string) => `ogc.commitment-draft.${accountId}`;

export function loadDraft(accountId: string): CommitmentDraft | null {
  const raw = readPreference(draftKey(accountId));
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<CommitmentDraft>;
    if (typeof parsed !== "object" || parsed === null) return null;
    const draft = { ...emptyDraft("EN"), ...parsed };
    // A draft kept before milestones were asked for starts with one empty milestone.
    const milestones = Array.isArray(draft.milestones) ? draft.milestones.map((m) => ({ ...emptyMilestoneDraft(), ...m })) : [];
    return { ...draft, milestones: milestones.length > 0 ? milestones : [emptyMilestoneDraft()] };
  } catch {
    return null;
  }
}

export function saveDraft(accountId: string, draft: CommitmentDraft): void {
  writePreference(draftKey(accountId), JSON.stringify(draft));
}

export function discardDraft(accountId: string): void {
  removePreference(draftKey(accountId));
}

/** A field of the form, named as the API names it in its errors: `title`, or `milestones.0.title` for a milestone's. */
export type DraftField = Exclude<keyof CommitmentDraft, "milestones"> | `milestones.${number}.${(typeof MILESTONE_FIELDS)[number]}`;

export type DraftErrors = Partial<Record<DraftField, "required" | "endBeforeStart" | "outsidePeriod">>;

/** The checks of a commitment's content, made before asking the server (which checks again, and has the last word). */
export function validateContent(content: CommitmentContent): Partial<Record<keyof CommitmentContent, "required" | "endBeforeStart">> {
  const errors: Partial<Record<keyof CommitmentContent, "required" | "endBeforeStart">> = {};
  if (!content.title.trim()) errors.title = "required";
  if (!content.summary.trim()) errors.summary = "required";
  if (!content.proposedArea) errors.proposedArea = "required";
  if (content.values.length === 0) errors.values = "required";
  if (!content.startDate) errors.startDate = "required";
  if (!content.endDate) errors.endDate = "required";
  else if (content.startDate && content.endDate < content.startDate) errors.endDate = "endBeforeStart";
  return errors;
}

/** The checks the new-commitment form makes: the content, the lead institution and each milestone. */
export function validateDraft(draft: CommitmentDraft): DraftErrors {
  const errors: DraftErrors = validateContent(draft);
  draft.milestones.forEach((milestone, index) => {
    if (validateMilestone(milestone).title) errors[`milestones.${index}.title`] = "required";
    const outside =
      milestone.dueDate &&
      ((draft.startDate && milestone.dueDate < draft.startDate) || (draft.endDate && milestone.dueDate > draft.endDate));
    if (outside) errors[`milestones.${index}.dueDate`] = "outsidePeriod";
  });
  if (!draft.leadInstitutionId) errors.leadInstitutionId = "required";
  return errors;
}

/** The API input for a commitment's content: trimmed texts, and empty optional ones cleared (`null`). */
export function contentInput(content: CommitmentContent) {
  return {
    title: content.title.trim(),
    summary: content.summary.trim(),
    problem: content.problem.trim() || null,
    reform: content.reform.trim() || null,
    expectedResults: content.expectedResults.trim() || null,
    proposedArea: content.proposedArea || null,
    values: content.values,
    language: content.language,
    startDate: content.startDate,
    endDate: content.endDate,
  };
}
