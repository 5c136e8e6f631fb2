import { i18n } from "../../app/i18n";

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

/** Why an import failed, in the language on screen (the gateway's own refusals are in English only). */
export class IrmImportError extends Error {
  override readonly name = "IrmImportError";
}

/** The gateway's refusals before the import starts (`{ error: { code } }`), by code, as texts under `irmImport.errors`. */
const REFUSALS: Record<string, "unauthenticated" | "forbidden" | "tooLarge" | "rateLimited" | "unavailable"> = {
  UNAUTHENTICATED: "unauthenticated",
  FORBIDDEN: "forbidden",
  PAYLOAD_TOO_LARGE: "tooLarge",
  RATE_LIMITED: "rateLimited",
  SERVICE_UNAVAILABLE: "unavailable",
};

function refusal(status: number, code: string | undefined): IrmImportError {
  const known = code ? REFUSALS[code] : undefined;
  return new IrmImportError(known ? i18n.t(`irmImport.errors.${known}`) : i18n.t("irmImport.errors.status", { status }));
}

export async function uploadIrmExport(
  file: File,
  options: { strict: boolean; token: string | null; onProgress: (progress: ImportProgress) => void },
): Promise<ImportReport> {
  const query = new URLSearchParams({ name: file.name, strict: String(options.strict) });
  const response = await fetch(`${IMPORT_PATH}?${query}`, {
    method: "POST",
    headers: {
      "content-type": "text/csv",
      // The report's problems are written by the subgraphs, which answer in this language where they can.
      "accept-language": i18n.language,
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: file,
  }).catch(() => {
    throw new IrmImportError(i18n.t("irmImport.errors.unreachable"));
  });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
    throw refusal(response.status, body?.error?.code);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      throw new IrmImportError(i18n.t("irmImport.errors.closed"));
    });
    if (value) buffered += value;
    let newline = buffered.indexOf("\n");
    while (newline >= 0) {
      const line = JSON.parse(buffered.slice(0, newline)) as Line;
      buffered = buffered.slice(newline + 1);
      if (line.type === "progress") options.onProgress(line);
      else if (line.type === "report") return line.report;
      // The importer's own reason (e.g. a subgraph it could not reach) helps the support unit: kept, inside our text.
      else throw new IrmImportError(i18n.t("irmImport.errors.stopped", { reason: line.message }));
      newline = buffered.indexOf("\n");
    }
    if (done) throw new IrmImportError(i18n.t("irmImport.errors.closed"));
  }
}
