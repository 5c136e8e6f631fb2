import { describe, expect, it, vi } from "vitest";
import { i18n } from "../../app/i18n";
import { type ImportReport, IrmImportError, uploadIrmExport } from "./irm-import-client";

const file = new File(["OGP ID,Title\n1,Open courts\n"], "export.csv", { type: "text/csv" });
const noProgress = () => undefined;

/** Answers the upload as the gateway would, and keeps the request's headers. */
function gatewayAnswering(response: () => Response) {
  const headers: Headers[] = [];
  vi.spyOn(globalThis, "fetch").mockImplementation(async (_input, init) => {
    headers.push(new Headers(init?.headers));
    return response();
  });
  return headers;
}

const ndjson = (...lines: unknown[]) =>
  new Response(lines.map((line) => `${JSON.stringify(line)}\n`).join(""), { headers: { "content-type": "application/x-ndjson" } });

describe("the IRM import client", () => {
  it("sends the language on screen and reads the report after the progress", async () => {
    await i18n.changeLanguage("es");
    const report = { accepted: true, rows: 1, imported: 1 } as ImportReport;
    const headers = gatewayAnswering(() =>
      ndjson({ type: "progress", phase: "importing", rows: 1, bytes: 30 }, { type: "report", report }),
    );
    const progress = vi.fn();
    await expect(uploadIrmExport(file, { strict: false, token: "access", onProgress: progress })).resolves.toEqual(report);
    expect(progress).toHaveBeenCalledWith(expect.objectContaining({ rows: 1 }));
    expect(headers[0]?.get("accept-language")).toBe("es");
    expect(headers[0]?.get("authorization")).toBe("Bearer access");
  });

  it("says the gateway's refusal in the language on screen, not in the gateway's English", async () => {
    await i18n.changeLanguage("fr");
    gatewayAnswering(
      () =>
        new Response(JSON.stringify({ error: { code: "PAYLOAD_TOO_LARGE", message: "The file is larger than 10 bytes, the limit." } }), {
          status: 413,
          headers: { "content-type": "application/json" },
        }),
    );
    const failure = uploadIrmExport(file, { strict: false, token: "access", onProgress: noProgress });
    await expect(failure).rejects.toBeInstanceOf(IrmImportError);
    await expect(failure).rejects.toThrow("Le fichier dépasse la taille acceptée par la passerelle.");
  });

  it("names the HTTP status of a refusal it does not know, and a stream that ends without a report", async () => {
    await i18n.changeLanguage("es");
    gatewayAnswering(() => new Response("Bad gateway", { status: 502 }));
    await expect(uploadIrmExport(file, { strict: false, token: null, onProgress: noProgress })).rejects.toThrow(
      "La pasarela rechazó la importación (HTTP 502).",
    );
    gatewayAnswering(() => ndjson({ type: "progress", phase: "checking", rows: 1, bytes: 30 }));
    await expect(uploadIrmExport(file, { strict: true, token: null, onProgress: noProgress })).rejects.toThrow(
      "La conexión se cerró antes del informe de la importación.",
    );
  });

  it("keeps the importer's reason inside a translated sentence when the import stops", async () => {
    await i18n.changeLanguage("fr");
    gatewayAnswering(() => ndjson({ type: "error", message: "directory unreachable" }));
    await expect(uploadIrmExport(file, { strict: false, token: null, onProgress: noProgress })).rejects.toThrow(
      "L'import s'est arrêté avant son rapport. La passerelle a indiqué : « directory unreachable ».",
    );
  });

  it("says so in the language on screen when the gateway cannot be reached", async () => {
    await i18n.changeLanguage("es");
    vi.spyOn(globalThis, "fetch").mockRejectedValue(new TypeError("Failed to fetch"));
    await expect(uploadIrmExport(file, { strict: false, token: null, onProgress: noProgress })).rejects.toThrow(
      "No se pudo contactar con la pasarela",
    );
  });
});
