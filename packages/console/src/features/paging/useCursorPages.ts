import { useCallback, useState } from "react";

/**
 * Forward cursor paging with a way back: remembers the `after` of every page seen, as the API pages forwards only.
 * `reset` goes back to the first page, e.g. when a filter changes.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length - 1;
  const next = useCallback((endCursor: string) => setCursors((known) => [...known, endCursor]), []);
  const previous = useCallback(() => setCursors((known) => (known.length > 1 ? known.slice(0, -1) : known)), []);
  const reset = useCallback(() => setCursors([null]), []);
  return { after: cursors[page] ?? null, page, next, previous, reset };
}
