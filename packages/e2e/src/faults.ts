// Helpers of the fault-injection tests: a stack on chosen storage, bounded load, bounded polling.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startStack } from "../../../scripts/stack.mjs";
import { graphql, type Service, type Stack } from "./stack.js";

export type FaultStack = Stack & { dataDir: string; dispose(): Promise<void>; service(name: string): Service };

/**
 * The real stack with demo data on a fresh (or given) data folder and extra environment, e.g. `DATABASE_URL`.
 * Rate limits are off: the load of these tests comes from one address and would otherwise be refused by design.
 */
export async function startFaultStack(
  portOffset: number,
  options: { env?: Record<string, string>; dataDir?: string; keepDataDir?: boolean } = {},
): Promise<FaultStack> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "ogc-fault-"));
  const env = {
    LOG_LEVEL: "warn",
    SEED_DEMO_DATA: "true",
    RATE_LIMIT_ANONYMOUS: "0",
    RATE_LIMIT_ACCOUNT: "0",
    RATE_LIMIT_API_CLIENT: "0",
    // Faults are injected on the way to the subgraphs: an answer from the gateway's cache would never take it.
    RESPONSE_CACHE: "false",
    ...options.env,
  };
  let stack: Stack;
  try {
    stack = await startStack({ dataDir, portOffset, withConsole: false, env });
  } catch (error) {
    if (!options.keepDataDir) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    ...stack,
    dataDir,
    service(name: string) {
      const found = stack.services.find((service) => service.name === name);
      if (!found) throw new Error(`no ${name} service in the stack`);
      return found;
    },
    async dispose() {
      await stack.stop();
      if (!options.keepDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in as the demo support unit and returns the headers that carry its token. */
export async function supportHeaders(gatewayUrl: string): Promise<Record<string, string>> {
  const result = await graphql<{ signIn: { accessToken: string } }>(
    gatewayUrl,
    `mutation { signIn(email: "support@ogc.example", password: "demo-support-password") { accessToken } }`,
  );
  const token = result.data?.signIn.accessToken;
  if (!token) throw new Error(`the support unit could not sign in: ${JSON.stringify(result.errors)}`);
  return { authorization: `Bearer ${token}` };
}

/** What one request of a load run ended with. */
export type Outcome<T> =
  | { kind: "response"; status: number; body: T; text: string; startedAt: number; endedAt: number }
  | { kind: "invalid"; status: number; text: string; startedAt: number; endedAt: number; reason: string }
  | { kind: "truncated"; status: number; code: string; message: string; startedAt: number; endedAt: number }
  | { kind: "network"; code: string; message: string; startedAt: number; endedAt: number };

function errorCode(error: unknown): { code: string; message: string } {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return {
    code: cause?.code ?? (error as { code?: string }).code ?? (error as { name?: string }).name ?? "UNKNOWN",
    message: `${(error as Error).message}${cause?.message ? `: ${cause.message}` : ""}`,
  };
}

/**
 * Posts `body` to `url` and classifies the result without throwing: a parsed JSON body; a body that is not JSON;
 * a response whose body broke off after its status line ("truncated"); or a failure before any response ("network":
 * ECONNREFUSED when nobody listens, a reset or "other side closed" when the connection was dropped unanswered).
 */
export async function post<T = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }>(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  timeoutMs = 15_000,
): Promise<Outcome<T>> {
  const startedAt = Date.now();
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return { kind: "network", ...errorCode(error), startedAt, endedAt: Date.now() };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return { kind: "truncated", status: response.status, ...errorCode(error), startedAt, endedAt: Date.now() };
  }
  const endedAt = Date.now();
  try {
    return { kind: "response", status: response.status, body: JSON.parse(text) as T, text, startedAt, endedAt };
  } catch (error) {
    return { kind: "invalid", status: response.status, text: text.slice(0, 300), startedAt, endedAt, reason: (error as Error).message };
  }
}

/**
 * Runs `work` from `clients` concurrent loops until `durationMs` has passed or `maxRequests` were sent, whichever
 * comes first: every load of these tests is bounded in count and in time. `during` runs alongside (the fault) and
 * sees the results so far; with `stopWhenDuringEnds` the load ends as soon as it has finished.
 */
export async function boundedLoad<T>(options: {
  clients: number;
  durationMs: number;
  maxRequests: number;
  work: (index: number) => Promise<T>;
  during?: (results: readonly T[]) => Promise<void>;
  stopWhenDuringEnds?: boolean;
}): Promise<{ results: T[]; duringError?: unknown }> {
  const results: T[] = [];
  const deadline = Date.now() + options.durationMs;
  let sent = 0;
  let done = false;
  const client = async () => {
    while (!done && Date.now() < deadline && sent < options.maxRequests) {
      const index = sent;
      sent += 1;
      results.push(await options.work(index));
    }
  };
  let duringError: unknown;
  const fault = options.during?.(results).then(
    () => {
      if (options.stopWhenDuringEnds) done = true;
    },
    (error: unknown) => {
      duringError = error;
      done = true;
    },
  );
  await Promise.all([...Array.from({ length: options.clients }, client), fault]);
  return { results, duringError };
}

/** Resolves once `results` holds at least `count` entries (checked every 10 ms, at most `timeoutMs`). */
export function atLeast(results: readonly unknown[], count: number, timeoutMs = 20_000): Promise<unknown> {
  return pollUntil(`${count} results`, async () => (results.length >= count ? true : undefined), { timeoutMs, intervalMs: 10 });
}

/** Calls `probe` every `intervalMs` until it returns a value other than undefined; throws after `timeoutMs`. */
export async function pollUntil<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  { timeoutMs = 10_000, intervalMs = 100 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<{ value: T; afterMs: number }> {
  const started = Date.now();
  let last: unknown;
  while (Date.now() - started < timeoutMs) {
    try {
      const value = await probe();
      if (value !== undefined) return { value, afterMs: Date.now() - started };
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`${what}: not within ${timeoutMs} ms${last ? ` (last error: ${(last as Error).message})` : ""}`);
}

/** The HTTP status of `GET url` (0 when nothing answers). */
export async function statusOf(url: string): Promise<number> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}
