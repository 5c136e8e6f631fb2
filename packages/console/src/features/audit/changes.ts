const MAX_VALUE_LENGTH = 80;

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

/**
 * An audit entry's `changes` (`{ field: { from, to } }`) as one line per field, `field: old → new`, long values cut
 * short. Anything not in that shape is shown as it is rather than dropped: the log must not hide what it holds.
 */
export function describeChanges(changes: unknown): string[] {
  if (!changes || typeof changes !== "object") return [];
  return Object.entries(changes as Record<string, unknown>).map(([field, change]) => {
    if (change && typeof change === "object" && "from" in change && "to" in change) {
      const { from, to } = change as { from: unknown; to: unknown };
      return `${field}: ${show(from)} → ${show(to)}`;
    }
    return `${field}: ${show(change)}`;
  });
}
