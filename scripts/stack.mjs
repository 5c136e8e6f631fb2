// Starts the whole stack as real processes: every subgraph, the gateway and the console.
// One way to start it, shared by scripts/start (CLI below) and the end-to-end tests (`startStack`).
import { spawn } from "node:child_process";
import { createReadStream, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { linkDemoAccounts } from "./demo-scopes.mjs";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The subgraphs, in start order, with their default ports (DESIGN.md). */
/**
 * Node's heap settings for every service, as their start scripts and images set them: live heaps stay well under
 * 100 MB, and without a cap V8 lets garbage fill hundreds of MB on a machine with much memory (bench/results.md).
 */
export const SERVICE_NODE_FLAGS = ["--max-old-space-size=192", "--max-semi-space-size=8"];

export const SUBGRAPHS = [
  { name: "catalog", port: 4001 },
  { name: "directory", port: 4002 },
  { name: "identity", port: 4003 },
  { name: "challenge", port: 4004 },
  { name: "recognition", port: 4005 },
];
const IDENTITY_PORT = 4003;
export const GATEWAY_PORT = 4000;
export const CONSOLE_PORT = 5173;

/**
 * Starts the stack and resolves once every service answers its readiness check.
 * `portOffset` moves every port (tests use it to stay clear of a running dev stack).
 */
export async function startStack({ dataDir = join(ROOT, ".data"), portOffset = 0, withConsole = true, env = {}, echo = false } = {}) {
  mkdirSync(dataDir, { recursive: true });
  // Every service verifies tokens against the identity subgraph of this stack, and finds the other subgraphs
  // (`DIRECTORY_URL`, ...), wherever the ports were moved.
  const identity = `http://127.0.0.1:${IDENTITY_PORT + portOffset}`;
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map((s) => [`${s.name.toUpperCase()}_URL`, `http://127.0.0.1:${s.port + portOffset}/graphql`]),
  );
  env = {
    AUTH_JWKS_URL: `${identity}/.well-known/jwks.json`,
    AUTH_SESSION_URL: `${identity}/sessions/`,
    INVITATION_URL: `http://localhost:${CONSOLE_PORT + portOffset}/accept-invitation?token=`,
    // The console's operations, which it sends by hash (packages/console/codegen.ts writes the manifest).
    PERSISTED_DOCUMENTS_PATH: join(ROOT, "packages", "console", "src", "gql", "persisted-documents.json"),
    ...subgraphUrls,
    ...env,
  };
  const started = [];
  const stop = async () => {
    for (const service of [...started].reverse()) await service.stop();
  };
  try {
    for (const subgraph of SUBGRAPHS) {
      const port = subgraph.port + portOffset;
      const service = launch({
        name: subgraph.name,
        args: [...SERVICE_NODE_FLAGS, join(ROOT, "packages", subgraph.name, "dist", "main.js")],
        env: { ...env, PORT: String(port), DATA_DIR: dataDir },
        echo,
      });
      started.push(service);
      await service.ready(`http://127.0.0.1:${port}/readyz`);
    }
    const gatewayPort = GATEWAY_PORT + portOffset;
    const gateway = launch({
      name: "gateway",
      args: [...SERVICE_NODE_FLAGS, join(ROOT, "packages", "gateway", "dist", "main.js")],
      env: { ...env, PORT: String(gatewayPort) },
      echo,
    });
    started.push(gateway);
    await gateway.ready(`http://127.0.0.1:${gatewayPort}/readyz`);
    const gatewayUrl = `http://localhost:${gatewayPort}/graphql`;
    const demo = (env.SEED_DEMO_DATA ?? process.env.SEED_DEMO_DATA) === "true" ? await linkDemoAccounts(gatewayUrl) : undefined;

    let consoleUrl;
    if (withConsole) {
      const consolePort = CONSOLE_PORT + portOffset;
      const consoleDir = join(ROOT, "packages", "console");
      const web = launch({
        name: "console",
        args: [
          join(consoleDir, "node_modules", "vite", "bin", "vite.js"),
          "preview",
          "--port",
          String(consolePort),
          "--strictPort",
          "--host",
          "127.0.0.1",
        ],
        cwd: consoleDir,
        env: { ...env, GATEWAY_URL: `http://127.0.0.1:${gatewayPort}` },
        echo,
      });
      started.push(web);
      await web.ready(`http://127.0.0.1:${consolePort}/`);
      consoleUrl = `http://localhost:${consolePort}`;
    }
    return { gatewayUrl, consoleUrl, services: started, stop, demo };
  } catch (error) {
    await stop();
    throw error;
  }
}

function launch({ name, args, cwd = ROOT, env, echo }) {
  const tail = [];
  const onLine = (chunk) => {
    for (const line of chunk.toString().split("\n")) {
      if (!line) continue;
      tail.push(line);
      if (tail.length > 40) tail.shift();
      if (echo) process.stdout.write(`[${name}] ${line}\n`);
    }
  };
  const spawnChild = () => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "info", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", onLine);
    child.stderr.on("data", onLine);
    const run = { child, exited: null };
    run.exit = new Promise((resolve) => {
      child.once("exit", (code, signal) => {
        run.exited = { code, signal };
        resolve(run.exited);
      });
    });
    return run;
  };
  let run = spawnChild();
  let readyUrl;

  const service = {
    name,
    get child() {
      return run.child;
    },
    output: () => tail.join("\n"),
    /** Polls `url` until it answers 200; fails at once if the process exits, or after `timeoutMs`. */
    async ready(url, timeoutMs = 60_000) {
      readyUrl = url;
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (run.exited)
          throw new Error(`${name} exited (${run.exited.code ?? run.exited.signal}) before it was ready:\n${tail.join("\n")}`);
        try {
          const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
          if (response.ok) return;
        } catch {
          // not listening yet
        }
        await Promise.race([run.exit, new Promise((r) => setTimeout(r, 100))]);
      }
      throw new Error(`${name} was not ready at ${url} after ${timeoutMs} ms:\n${tail.join("\n")}`);
    },
    /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
    async stop(graceMs = 10_000) {
      if (run.exited) return run.exited;
      run.child.kill("SIGTERM");
      const timer = setTimeout(() => run.child.kill("SIGKILL"), graceMs);
      const result = await run.exit;
      clearTimeout(timer);
      return result;
    },
    /** Kills the process at once, as a crash would. */
    async kill() {
      if (run.exited) return run.exited;
      run.child.kill("SIGKILL");
      return run.exit;
    },
    /** Starts the process again with the same command and waits until it is ready. */
    async restart() {
      await service.stop();
      run = spawnChild();
      await service.ready(readyUrl);
    },
  };
  return service;
}

/**
 * A newcomer sees real members and commitments: on the first run (no commitment yet), OGP's IRM commitment export in
 * data/ogp-commitments/ is imported through the gateway, as the demo support-unit account, like `pnpm import:irm`.
 */
async function importRealDataOnFirstRun(gatewayUrl) {
  const { createGraphClient, importIrm, signIn } = await import(join(ROOT, "packages", "importer", "dist", "index.js"));
  const token = await signIn(gatewayUrl, "support@ogc.example", "demo-support-password");
  const graph = createGraphClient({ url: gatewayUrl, token });
  const { commitments } = await graph.request("{ commitments(first: 1) { totalCount } }");
  if (commitments.totalCount > 0) return;
  const file = join(ROOT, "data", "ogp-commitments", "open_parliament_0703.csv");
  console.log("  First run: importing OGP's IRM commitment database (data/ogp-commitments/) …");
  const report = await importIrm({ open: () => createReadStream(file), graph, source: "IRM import: open_parliament_0703.csv" });
  console.log(`  ${report.summary}`);
}

// CLI: `node scripts/stack.mjs` (what scripts/start runs after installing and building).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // Demo data (accounts, members, institutions, partners) is loaded into empty stores only: the first run.
  const stack = await startStack({ echo: process.env.STACK_ECHO === "1", env: { SEED_DEMO_DATA: "true" } }).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
  await importRealDataOnFirstRun(stack.gatewayUrl).catch((error) => console.error(`The OGP data was not imported: ${error.message}`));
  const { DEMO_ACCOUNTS, DEMO_API_KEY } = await import(join(ROOT, "packages", "identity", "dist", "index.js"));
  const accounts = DEMO_ACCOUNTS.map((a) => `    ${a.role.padEnd(20)} ${a.email.padEnd(24)} ${a.password}`).join("\n");
  console.log(`
  Open Gov Challenge hub is running.

    GraphQL gateway  ${stack.gatewayUrl}
    Console          ${stack.consoleUrl}
${SUBGRAPHS.map((s) => `    ${s.name.padEnd(16)} http://localhost:${s.port}/graphql`).join("\n")}

  Try:  curl -s ${stack.gatewayUrl} -H 'content-type: application/json' \\
          -d '{"query":"{ challengeAreas { code name(locale: FR) } }"}'

  Demo accounts (sign in with signIn(email, password), or in the console):
${accounts}
    Dashboard API key: ${DEMO_API_KEY} (signInWithApiKey)

  Data is kept in .data/ (delete it to start afresh). Ctrl-C stops everything.
`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log("\nstopping…");
    await stack.stop();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  for (const service of stack.services) {
    service.child.once("exit", (code) => {
      if (!stopping) {
        console.error(`${service.name} stopped unexpectedly (exit ${code}). Its last output:\n${service.output()}`);
        shutdown();
      }
    });
  }
}
