import { readPreference, removePreference, writePreference } from "../../app/storage";
import type { CompletionLevel, MilestoneStatus } from "../../gql/graphql";

/** A progress report being written; kept in localStorage so a long narrative survives a closed tab. */
export interface ReportDraft {
  completion: CompletionLevel | "";
  narrative: string;
  /** One address per line. */
  evidence: string;
  /** Milestone id -> the status the report gives it. */
  milestones: Record<string, MilestoneStatus>;
}

export const emptyReport = (): ReportDraft => ({ completion: "", narrative: "", evidence: "", milestones: {} });

/** One draft per account, commitment and review cycle. */
export const reportDraftKey = (accountId: string, commitmentId: string, cycleId: string) =>
  `ogc.report-draft.${accountId}.${commitmentId}.${cycleId}`;

export function loadReport(key: string): ReportDraft | null {
  const raw = readPreference(key);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<ReportDraft>;
    return typeof parsed === "object" && parsed !== null ? { ...emptyReport(), ...parsed } : null;
  } catch {
    return null;
  }
}

/** Keeps what was typed; an untouched form leaves no draft behind (so nothing "restored" is empty). */
export function saveReport(key: string, draft: ReportDraft): void {
  const blank = !draft.completion && !draft.narrative.trim() && !draft.evidence.trim() && Object.keys(draft.milestones).length === 0;
  if (blank) removePreference(key);
  else writePreference(key, JSON.stringify(draft));
}

export function discardReport(key: string): void {
  removePreference(key);
}

/** The evidence field's lines, trimmed, without blanks. */
export function evidenceLinks(draft: ReportDraft): string[] {
  return draft.evidence
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

export type ReportErrors = Partial<Record<"completion" | "narrative" | "evidence", "required" | "notHttp">>;

/** The checks the form makes before asking the server, which checks again and has the last word. */
export function validateReport(draft: ReportDraft): ReportErrors {
  const errors: ReportErrors = {};
  if (!draft.completion) errors.completion = "required";
  if (!draft.narrative.trim()) errors.narrative = "required";
  if (evidenceLinks(draft).some((link) => !/^https?:\/\/\S+$/i.test(link))) errors.evidence = "notHttp";
  return errors;
}
