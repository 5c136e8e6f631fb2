/** What the support unit can do to a review window today: open a planned one now, or stop an open one taking reports. */
export type WindowAction = { kind: "open"; opensOn: string } | { kind: "close"; closesOn: string } | null;

const DAY_MS = 86_400_000;

/** `today` is the UTC day (YYYY-MM-DD), as the API decides `isOpen` in UTC. A window that has ended offers nothing. */
export function windowAction(cycle: { opensOn: string; closesOn: string; isOpen: boolean }, today: string): WindowAction {
  if (cycle.isOpen) {
    // The last day is included: closing it means it ended yesterday.
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
    return { kind: "close", closesOn: yesterday };
  }
  if (cycle.opensOn > today && cycle.closesOn >= today) return { kind: "open", opensOn: today };
  return null;
}

export function utcToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
