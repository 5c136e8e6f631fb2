/**
 * `POST /import/irm`: the console's upload of OGP's IRM commitment export. The gateway runs the importer
 * (`@ogc/importer`, the same as `pnpm import:irm`) as the caller: every write goes through the gateway's own graph with
 * the caller's token, so the subgraphs' rules, history and audit apply, and only the support unit can write. The body
 * (the CSV) is spooled to a temporary file (strict mode reads it twice), then the answer streams NDJSON: `progress`
 * lines, then one `report` line, or an `error` line.
 */

import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { createGraphClient, type GraphClient, importIrm } from "@ogc/importer";
import type { Logger } from "@ogc/kit";
import { GraphQLError } from "graphql";
import { jsonResponse } from "./open-data-export.js";
import { INTERNAL_REQUEST, type RateLimiter } from "./rate-limit.js";

export const IRM_IMPORT_PATH = "/import/irm";
/** Largest upload taken: OGP's full database is a few tens of MB. */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;
const SUPPORT_ROLES = new Set(["SUPPORT_UNIT", "SUPPORT_UNIT_ADMIN"]);

export interface IrmImportOptions {
  /** The gateway's own request handler: the importer's graph calls go through it, as internal requests. */
  fetch: (url: string, init: RequestInit, serverContext: Record<string | symbol, unknown>) => Promise<Response> | Response;
  graphqlEndpoint: string;
  /** The upload counts once against the caller's rate limit (absent: no limits). */
  rateLimiter?: RateLimiter;
  logger: Logger;
  maxBytes?: number;
}

class UploadTooLarge extends Error {}

export function useIrmImport(options: IrmImportOptions): GatewayPlugin {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  return {
    onRequest({ request, url, serverContext, endResponse }) {
      if (url.pathname !== IRM_IMPORT_PATH) return;
      return (async () => {
        if (request.method !== "POST") {
          endResponse(
            jsonResponse(405, { error: { code: "METHOD_NOT_ALLOWED", message: "Use POST with the CSV as the body." } }, { allow: "POST" }),
          );
          return;
        }
        const authorization = request.headers.get("authorization");
        if (!authorization?.startsWith("Bearer ")) {
          endResponse(jsonResponse(401, { error: { code: "UNAUTHENTICATED", message: "Sign in as the support unit to import." } }));
          return;
        }
        try {
          await options.rateLimiter?.consume(request, serverContext);
        } catch (error) {
          if (!(error instanceof GraphQLError)) throw error;
          const http = error.extensions.http as { status: number; headers?: Record<string, string> };
          endResponse(jsonResponse(http.status, { error: { code: error.extensions.code, message: error.message } }, http.headers));
          return;
        }
        const graph = createGraphClient({
          url: `http://gateway.internal${options.graphqlEndpoint}`,
          token: authorization.slice("Bearer ".length),
          // The console's language: the subgraphs' refusals in the report are said in it.
          acceptLanguage: request.headers.get("accept-language"),
          fetch: ((input: string, init: RequestInit) => options.fetch(input, init, { [INTERNAL_REQUEST]: true })) as typeof fetch,
        });
        const refusal = await whoMayNot(graph);
        if (refusal) {
          endResponse(jsonResponse(refusal.status, { error: { code: refusal.code, message: refusal.message } }));
          return;
        }
        if (!request.body) {
          endResponse(jsonResponse(400, { error: { code: "BAD_REQUEST", message: "Send the CSV file as the request body." } }));
          return;
        }
        const folder = await mkdtemp(join(tmpdir(), "ogc-irm-import-"));
        const file = join(folder, "upload.csv");
        try {
          await spool(request.body, file, maxBytes);
        } catch (error) {
          await rm(folder, { recursive: true, force: true });
          if (error instanceof UploadTooLarge) {
            endResponse(
              jsonResponse(413, { error: { code: "PAYLOAD_TOO_LARGE", message: `The file is larger than ${maxBytes} bytes, the limit.` } }),
            );
            return;
          }
          throw error;
        }
        const name = (url.searchParams.get("name") ?? "upload.csv").slice(0, 150);
        const strict = url.searchParams.get("strict") === "true";
        endResponse(
          new Response(
            progressStream(graph, file, name, strict, options.logger, () => rm(folder, { recursive: true, force: true })),
            {
              headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" },
            },
          ),
        );
      })();
    },
  };
}

/** Why the caller may not import (null: a support-unit account), asked of the graph like everything else. */
async function whoMayNot(graph: GraphClient): Promise<{ status: number; code: string; message: string } | null> {
  try {
    const { viewer } = await graph.request<{ viewer: { role: string } | null }>("{ viewer { role } }");
    if (viewer && SUPPORT_ROLES.has(viewer.role)) return null;
    return { status: 403, code: "FORBIDDEN", message: "Only the support unit imports IRM data." };
  } catch (error) {
    return { status: 401, code: "UNAUTHENTICATED", message: (error as Error).message };
  }
}

async function spool(body: ReadableStream<Uint8Array>, file: string, maxBytes: number): Promise<void> {
  // The request's body stream comes from the server adapter (not necessarily Node's own web stream): read it plainly.
  const reader = body.getReader();
  async function* chunks() {
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      bytes += value.byteLength;
      if (bytes > maxBytes) throw new UploadTooLarge();
      yield value;
    }
  }
  await pipeline(Readable.from(chunks()), createWriteStream(file));
}

function progressStream(
  graph: GraphClient,
  file: string,
  name: string,
  strict: boolean,
  logger: Logger,
  cleanUp: () => Promise<void>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const report = await importIrm({
          open: () => createReadStream(file),
          graph,
          source: `IRM import: ${name}`,
          strict,
          // One line per batch written (per chunk read while checking): a few hundred for the largest file.
          onProgress: (progress) => send({ type: "progress", ...progress }),
        });
        send({ type: "report", report });
      } catch (error) {
        logger.warn({ err: error }, "IRM import stopped");
        send({ type: "error", message: (error as Error).message });
      } finally {
        await cleanUp();
        controller.close();
      }
    },
  });
}
