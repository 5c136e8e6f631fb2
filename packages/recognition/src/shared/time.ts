/** Timestamps are stored as ISO 8601 UTC strings (like the kit's audit log): portable, sortable, exact. */
export function now(): string {
  return new Date().toISOString();
}
