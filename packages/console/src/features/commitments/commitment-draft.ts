import { readPreference, removePreference, writePreference } from "../../app/storage";
import type { ChallengeAreaCode, Locale, OpenGovernmentValue } from "../../gql/graphql";
import { emptyMilestone, MILESTONE_FIELDS, type MilestoneFields, validateMilestone } from "../milestones/milestone-form";

/** One verifiable step of a new commitment, typed as any milestone is; `key` only tells the form's rows apart. */
export interface MilestoneDraft extends MilestoneFields {
  key: string;
}

export const emptyMilestoneDraft = (): MilestoneDraft => ({ key: crypto.randomUUID(), ...emptyMilestone() });

/** What the standalone commitment form holds; kept in localStorage so nothing typed is lost. */
export interface CommitmentDraft {
  leadInstitutionId: string;
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

/** The checks the form makes before asking the server (which checks again, and has the last word). */
export function validateDraft(draft: CommitmentDraft): DraftErrors {
  const errors: DraftErrors = {};
  draft.milestones.forEach((milestone, index) => {
    if (validateMilestone(milestone).title) errors[`milestones.${index}.title`] = "required";
    const outside =
      milestone.dueDate &&
      ((draft.startDate && milestone.dueDate < draft.startDate) || (draft.endDate && milestone.dueDate > draft.endDate));
    if (outside) errors[`milestones.${index}.dueDate`] = "outsidePeriod";
  });
  if (!draft.leadInstitutionId) errors.leadInstitutionId = "required";
  if (!draft.title.trim()) errors.title = "required";
  if (!draft.summary.trim()) errors.summary = "required";
  if (!draft.proposedArea) errors.proposedArea = "required";
  if (draft.values.length === 0) errors.values = "required";
  if (!draft.startDate) errors.startDate = "required";
  if (!draft.endDate) errors.endDate = "required";
  else if (draft.startDate && draft.endDate < draft.startDate) errors.endDate = "endBeforeStart";
  return errors;
}
