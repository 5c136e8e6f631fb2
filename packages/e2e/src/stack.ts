import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startStack } from "../../../scripts/stack.mjs";

export interface Service {
  name: string;
  child: import("node:child_process").ChildProcess;
  ready(url: string, timeoutMs?: number): Promise<void>;
  stop(): Promise<unknown>;
  kill(): Promise<unknown>;
  restart(): Promise<void>;
  output(): string;
}

export interface Stack {
  gatewayUrl: string;
  /** The directory records the demo officer and partner editor are scoped to (set when demo data is seeded). */
  demo?: { memberId: string; institutionIds: string[]; partnerId: string };
  /** Set when the stack was started with the console. */
  consoleUrl: string | undefined;
  services: Service[];
  stop(): Promise<void>;
}

/**
 * The real stack on a fresh data folder, on ports moved by `portOffset` to stay clear of a running dev stack.
 * `env` adds variables for every service (e.g. `OTEL_EXPORTER_OTLP_ENDPOINT`).
 */
export async function startTestStack(
  portOffset: number,
  withConsole = true,
  env: Record<string, string> = {},
): Promise<Stack & { dispose(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), "ogc-e2e-"));
  const stack: Stack = await startStack({ dataDir, portOffset, withConsole, env: { LOG_LEVEL: "warn", SEED_DEMO_DATA: "true", ...env } });
  return {
    ...stack,
    async dispose() {
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface GraphQLResult<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Posts an operation to the gateway as a browser or a dashboard would. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResult<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResult<T>, "status">;
  return { status: response.status, ...body };
}
