import { request as httpRequest } from "node:http";
import { createServer } from "node:net";

export interface GraphQLHttpResponse {
  status: number;
  headers: Headers;
  /** The parsed JSON body; the test fails if the body is not JSON. */
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: (string | number)[]; locations?: unknown; extensions?: Record<string, unknown> }[];
  };
}

/** POSTs a GraphQL operation and parses the answer, as a third-party dashboard would. */
export async function postGraphQL(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Promise<GraphQLHttpResponse> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...options.headers },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  const text = await response.text();
  try {
    return { status: response.status, headers: response.headers, body: JSON.parse(text) as GraphQLHttpResponse["body"] };
  } catch {
    throw new Error(`Expected a JSON body from ${url}, got ${response.status}: ${text.slice(0, 200)}`);
  }
}

/** A TCP port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no TCP address");
  return address.port;
}

/** Polls `check` every 100 ms until it returns true; throws after `timeoutMs` with `what` in the message, or as soon as `check` throws. */
export async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** True when `url` answers 200; false when it answers otherwise or nobody listens. */
export async function answers200(url: string): Promise<boolean> {
  try {
    const response = await fetch(url);
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/**
 * One HTTP request through node:http, for what `fetch` cannot do: a chosen source address on the loopback network
 * (`localAddress: "127.0.0.2"` is another client IP to the server) or a body sent in chunks without `content-length`.
 */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | string[]; localAddress?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...options.headers };
    if (typeof options.body === "string") headers["content-length"] ??= String(Buffer.byteLength(options.body));
    const request = httpRequest(url, { method: options.method ?? "GET", headers, localAddress: options.localAddress }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }));
      response.on("error", reject);
    });
    request.on("error", reject);
    // An array is written chunk by chunk: node then sends `transfer-encoding: chunked` and no length.
    for (const chunk of Array.isArray(options.body) ? options.body : options.body === undefined ? [] : [options.body]) request.write(chunk);
    request.end();
  });
}
