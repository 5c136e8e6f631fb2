import type { ChallengeAreaCode, Pathway } from "../../gql/graphql";

/** What the console needs of a review cycle to know whether a commitment can be reported on. */
export interface CycleWindow {
  id: string;
  opensOn: string;
  closesOn: string;
  isOpen: boolean;
  scopePathways: readonly Pathway[];
  scopeAreas: readonly ChallengeAreaCode[];
}

export interface ReviewedCommitment {
  pathway: Pathway;
  assignedAreaCode?: ChallengeAreaCode | null;
  proposedAreaCode?: ChallengeAreaCode | null;
}

/** Where a commitment stands with the review windows: one open now, the next to open, or none planned. */
export type WindowState<C extends CycleWindow> = { kind: "open"; cycle: C } | { kind: "next"; cycle: C } | { kind: "none" };

/** True when the cycle's scope covers the commitment (empty scope lists mean everything), as the API checks it. */
export function covers(cycle: CycleWindow, commitment: ReviewedCommitment): boolean {
  if (cycle.scopePathways.length > 0 && !cycle.scopePathways.includes(commitment.pathway)) return false;
  const area = commitment.assignedAreaCode ?? commitment.proposedAreaCode;
  return cycle.scopeAreas.length === 0 || (area != null && cycle.scopeAreas.includes(area));
}

/**
 * The open window covering the commitment, else the next one to open (`today` is YYYY-MM-DD, UTC, as the API counts
 * days). The API's `isOpen` decides "open", so the console never offers a form the API would refuse for the date.
 */
export function reviewWindow<C extends CycleWindow>(cycles: readonly C[], commitment: ReviewedCommitment, today: string): WindowState<C> {
  const relevant = cycles.filter((cycle) => covers(cycle, commitment));
  const open = relevant.find((cycle) => cycle.isOpen);
  if (open) return { kind: "open", cycle: open };
  const next = relevant.filter((cycle) => cycle.opensOn > today).sort((a, b) => a.opensOn.localeCompare(b.opensOn))[0];
  return next ? { kind: "next", cycle: next } : { kind: "none" };
}

/** Today in UTC, YYYY-MM-DD. */
export function utcToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A YYYY-MM-DD day in words, in the UI language (the day itself, not shifted by the time zone). */
export function formatDay(day: string, language: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(date);
}
