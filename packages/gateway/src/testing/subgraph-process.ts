import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { repoRoot } from "../paths.js";
import { answers200, freePort, waitUntil } from "./http.js";

export interface SubgraphProcess {
  /** Its GraphQL endpoint. */
  url: string;
  /** Starts it (again, on the same port and data) and resolves once `/readyz` answers 200. */
  start(): Promise<void>;
  /** Kills it without warning (SIGKILL), like a crash, and resolves once it has exited. */
  kill(): Promise<void>;
  /** Kills it if running and removes its data directory. */
  dispose(): Promise<void>;
}

/**
 * A built subgraph (`packages/<name>/dist/main.js`) as a real child process, on a free port, with its SQLite file in a
 * throwaway directory. Its environment is given whole, so the test does not depend on the caller's variables.
 */
export async function createSubgraphProcess(name: string): Promise<SubgraphProcess> {
  const main = resolve(repoRoot, "packages", name, "dist/main.js");
  if (!existsSync(main)) {
    throw new Error(`${main} is missing: build it first (pnpm --filter @ogc/kit build && pnpm --filter @ogc/${name} build)`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), `ogc-${name}-`));
  const base = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let output = "";

  const kill = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((done) => running.once("exit", () => done()));
    running.kill("SIGKILL");
    await exited;
  };

  return {
    url: `${base}/graphql`,
    async start() {
      output = "";
      const started = spawn(process.execPath, [main], {
        env: { PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "warn" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      child = started;
      started.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
      started.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
      try {
        await waitUntil(`${name} /readyz`, async () => {
          if (started.exitCode !== null) throw new Error(`${name} exited with ${started.exitCode}:\n${output}`);
          return answers200(`${base}/readyz`);
        });
      } catch (error) {
        await kill();
        throw new Error(`${name} did not become ready: ${error instanceof Error ? error.message : error}\n${output}`);
      }
    },
    kill,
    async dispose() {
      await kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
