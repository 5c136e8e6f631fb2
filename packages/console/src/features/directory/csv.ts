/** One CSV field: quoted when it holds a separator, a quote or a line break; a leading formula character is defused. */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? "" : String(value);
  // Spreadsheets run cells starting with = + - @ as formulas (CSV injection): prefix them so they stay text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n");
}

/** Offers the text as a file download. */
export function download(fileName: string, text: string): void {
  // The BOM makes spreadsheet programs read the file as UTF-8 (names in Spanish and French).
  const url = URL.createObjectURL(new Blob(["\uFEFF", text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
