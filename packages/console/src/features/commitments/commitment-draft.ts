import { readPreference, removePreference, writePreference } from "../../app/storage";
import type { ChallengeAreaCode, Locale, OpenGovernmentValue } from "../../gql/graphql";

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
  };
}

/** One draft per account, so two people sharing a browser do not see each other's. */
export const draftKey = (accountId: string) => `ogc.commitment-draft.${accountId}`;

export function loadDraft(accountId: string): CommitmentDraft | null {
  const raw = readPreference(draftKey(accountId));
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<CommitmentDraft>;
    return typeof parsed === "object" && parsed !== null ? { ...emptyDraft("EN"), ...parsed } : null;
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

export type DraftErrors = Partial<Record<keyof CommitmentDraft, "required" | "endBeforeStart">>;

/** The checks the form makes before asking the server (which checks again, and has the last word). */
export function validateDraft(draft: CommitmentDraft): DraftErrors {
  const errors: DraftErrors = {};
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
