import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { msg } from "@ogc/kit";
import { refusal } from "./refusal.js";

/** Default largest request body: queries are bounded by the token limit; this bounds their variables. */
export const DEFAULT_MAX_REQUEST_BODY_BYTES = 1_048_576;

/**
 * Headers that prove a request is not a "simple" cross-site request: a browser sends them only after a CORS preflight.
 * `x-graphql-client` is ours (dashboards may name themselves in it); the other two are what Apollo Client and graphql-yoga send.
 */
export const CSRF_HEADERS = ["x-graphql-client", "apollo-require-preflight", "x-graphql-yoga-csrf"] as const;

/** Content types a browser may send cross-site without a preflight (the Fetch standard's CORS-safelisted ones). */
const SIMPLE_CONTENT_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

function couldBeSimpleCrossSiteRequest(request: Request): boolean {
  const contentType = request.headers.get("content-type");
  if (contentType) {
    const mediaType = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
    if (!SIMPLE_CONTENT_TYPES.includes(mediaType)) return false;
  }
  return !CSRF_HEADERS.some((name) => request.headers.get(name));
}

/**
 * Cross-site request forgery: a page on another site can make a signed-in browser send a GET, or a POST with a form or
 * plain-text body, without any CORS check. Such requests are refused unless they carry one of `CSRF_HEADERS`, which no
 * browser adds cross-site without a preflight. JSON POSTs (the console, GraphiQL, every GraphQL client) are unaffected.
 * graphql-yoga's `useCSRFPrevention` follows the same rule; this one answers with a code and a message saying what to do.
 */
export function useCsrfPrevention(): GatewayPlugin {
  return {
    onRequestParse({ request }) {
      if (!couldBeSimpleCrossSiteRequest(request)) return;
      throw refusal(
        "CSRF_PREVENTED",
        msg`This request could have been sent by another website without your knowledge, so it was refused. Send GraphQL requests as POST with \`content-type: application/json\`, or add the header \`${CSRF_HEADERS[0]}: <your app's name>\`.`,
        { status: 400 },
      );
    },
  };
}

/** Media types a GraphQL POST may carry (GraphQL over HTTP). */
const GRAPHQL_CONTENT_TYPES = ["application/json"];

/**
 * A POST whose body is not JSON is refused with 415 and a JSON error saying what to send, rather than graphql-yoga's
 * empty 415 (no message, no code); a GET whose `variables` or `extensions` parameter is not JSON gets a 400 saying so
 * (graphql-yoga would throw a raw SyntaxError). Runs after the CSRF check, so only requests that passed it get here.
 */
export function useJsonBodies(): GatewayPlugin {
  return {
    onRequestParse({ request }) {
      if (request.method === "GET") {
        const params = new URL(request.url).searchParams;
        for (const name of ["variables", "extensions"]) {
          const value = params.get(name);
          if (value === null) continue;
          try {
            JSON.parse(value);
          } catch {
            throw refusal("BAD_REQUEST", msg`The \`${name}\` parameter of a GET must be JSON.`, { status: 400 });
          }
        }
        return;
      }
      if (request.method !== "POST") return;
      const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
      if (GRAPHQL_CONTENT_TYPES.includes(mediaType)) return;
      throw refusal(
        "UNSUPPORTED_MEDIA_TYPE",
        mediaType
          ? msg`A GraphQL POST must carry a JSON body with \`content-type: application/json\`, not \`${mediaType}\`.`
          : msg`A GraphQL POST must carry a JSON body with \`content-type: application/json\`.`,
        { status: 415 },
      );
    },
  };
}

/** Reads a body stream, giving up as soon as it passes `limit` bytes. */
async function readAtMost(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Refuses request bodies larger than `maxBytes` with 413: at once when `content-length` says so, else (chunked
 * uploads) as soon as the bytes read pass the limit, without buffering the rest.
 */
export function useRequestBodyLimit(maxBytes: number): GatewayPlugin {
  const tooLarge = () =>
    refusal(
      "PAYLOAD_TOO_LARGE",
      msg`The request body is larger than ${maxBytes} bytes, the limit. Send smaller variables or split the request.`,
      {
        status: 413,
        extensions: { limit: maxBytes },
      },
    );
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get("content-length");
      if (declared !== null && Number(declared) > maxBytes) throw tooLarge();
      if (!requestParser || !request.body || declared !== null) return;
      // No length given: buffer up to the limit, then hand graphql-yoga's parser a request with the same body.
      setRequestParser(async (incoming) => {
        const bytes = incoming.body ? await readAtMost(incoming.body, maxBytes) : new Uint8Array();
        if (!bytes) throw tooLarge();
        return requestParser(new fetchAPI.Request(incoming.url, { method: incoming.method, headers: incoming.headers, body: bytes }));
      });
    },
  };
}
