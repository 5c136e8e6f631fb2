// The stack's processes for the benchmark: scripts/stack.mjs starts the subgraphs and the gateway as `scripts/start`
// does; the extra gateways (ours with a chosen deduplication, and the @apollo/gateway peer) are started here.
import { type ChildProcess, spawn } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** A process whose memory is sampled: a stack service or an extra gateway. */
export interface Service {
  name: string;
  readonly child: ChildProcess;
  output(): string;
  stop(): Promise<unknown>;
}

export interface StartedStack {
  gatewayUrl: string;
  services: Service[];
  stop(): Promise<void>;
}

interface StackModule {
  SERVICE_NODE_FLAGS: string[];
  startStack(options: {
    dataDir: string;
    portOffset: number;
    withConsole: boolean;
    env: Record<string, string>;
    echo?: boolean;
  }): Promise<StartedStack>;
}

const stackModule = async () => (await import(pathToFileURL(join(ROOT, "scripts", "stack.mjs")).href)) as StackModule;

/** Node's heap flags for our services, as scripts/stack.mjs, the start scripts and the images run them. */
export async function serviceNodeFlags(): Promise<string[]> {
  return (await stackModule()).SERVICE_NODE_FLAGS;
}

/** scripts/stack.mjs, the one way the stack is started (plain JavaScript outside any package: loaded by path). */
export async function startStack(options: { dataDir: string; portOffset: number; env: Record<string, string> }): Promise<StartedStack> {
  const module = await stackModule();
  return module.startStack({ ...options, withConsole: false, echo: process.env.BENCH_ECHO === "1" });
}

/** Starts `node <script>` with `env` and waits until `ready()` resolves true (polled), or fails with its output. */
export async function launch(
  name: string,
  script: string,
  env: Record<string, string>,
  ready: () => Promise<boolean>,
  timeoutMs = 60_000,
  nodeArgs: readonly string[] = [],
): Promise<Service> {
  const tail: string[] = [];
  const child = spawn(process.execPath, [...nodeArgs, script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) {
      if (!line) continue;
      tail.push(line);
      if (tail.length > 40) tail.shift();
      if (process.env.BENCH_ECHO === "1") process.stdout.write(`[${name}] ${line}\n`);
    }
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  let exited: number | string | null | undefined;
  const exit = new Promise<void>((done) =>
    child.once("exit", (code, signal) => {
      exited = code ?? signal;
      done();
    }),
  );
  const service: Service = {
    name,
    child,
    output: () => tail.join("\n"),
    async stop() {
      if (exited !== undefined) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exit;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== undefined) throw new Error(`${name} exited (${exited}) before it was ready:\n${service.output()}`);
    if (await ready().catch(() => false)) return service;
    await Promise.race([exit, new Promise((r) => setTimeout(r, 150))]);
  }
  await service.stop();
  throw new Error(`${name} was not ready after ${timeoutMs} ms:\n${service.output()}`);
}

/** True when `url` answers a trivial GraphQL query with data. */
export async function answersGraphQL(url: string): Promise<boolean> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ __typename }" }),
    signal: AbortSignal.timeout(2000),
  });
  if (!response.ok) return false;
  const body = (await response.json()) as { data?: unknown };
  return Boolean(body.data);
}
