/** A LIKE pattern matching the JSON string `"value"` inside a simple-json array column (compare with ESCAPE '\\'). */
export function jsonElementPattern(value: string): string {
  return `%${JSON.stringify(value).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
