/**
 * The console's side of `POST /import/irm` at the gateway: it sends the chosen file and reads the NDJSON the gateway
 * streams back (progress lines, then the report). The types mirror the gateway's answer (docs/importing.md).
 */

export const IMPORT_PATH = "/import/irm";

export const RECORD_KINDS = ["members", "actionPlans", "institutions", "partners", "commitments", "irmRatings", "coCreationLinks"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface ImportProgress {
  phase: "checking" | "importing";
  rows: number;
  bytes: number;
}

export interface ImportReport {
  accepted: boolean;
  fatal: string | null;
  rows: number;
  imported: number;
  refused: number;
  problems: { row: number; column: string | null; message: string }[];
  problemCount: number;
  changes: Record<RecordKind, { created: number; updated: number; unchanged: number }>;
  totalChanges: number;
  summary: string;
}

type Line = ({ type: "progress" } & ImportProgress) | { type: "report"; report: ImportReport } | { type: "error"; message: string };

export async function uploadIrmExport(
  file: File,
  options: { strict: boolean; token: string | null; onProgress: (progress: ImportProgress) => void },
): Promise<ImportReport> {
  const query = new URLSearchParams({ name: file.name, strict: String(options.strict) });
  const response = await fetch(`${IMPORT_PATH}?${query}`, {
    method: "POST",
    headers: { "content-type": "text/csv", ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: file,
  });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `The gateway answered ${response.status}.`);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (value) buffered += value;
    let newline = buffered.indexOf("\n");
    while (newline >= 0) {
      const line = JSON.parse(buffered.slice(0, newline)) as Line;
      buffered = buffered.slice(newline + 1);
      if (line.type === "progress") options.onProgress(line);
      else if (line.type === "report") return line.report;
      else throw new Error(line.message);
      newline = buffered.indexOf("\n");
    }
    if (done) throw new Error("The gateway closed the import before its report.");
  }
}
