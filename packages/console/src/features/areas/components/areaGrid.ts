/** The responsive grid shared by the list and its loading placeholder, so nothing jumps when data arrives. */
export const areaGridSx = {
  listStyle: "none",
  m: 0,
  p: 0,
  display: "grid",
  gap: 2,
  gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 18rem), 1fr))",
} as const;
