import "reflect-metadata";
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { composeSupergraph, type RunningGateway, startGateway } from "@ogc/gateway";
import { createLogger, type RunningServer } from "@ogc/kit";
import { childEnvironment, runnerLogLevel } from "./environment.js";
import { startProductsSubgraph } from "./products/products.subgraph.js";

// Runs Apollo's subgraph compatibility suite without Docker, Rover or Router (see
// /work/shared/notes/subgraph-compatibility-suite.md): the suite's users and inventory subgraphs as child processes,
// the kit-built products subgraph in this process, the project's own composition and gateway in front of them, and
// the suite's compiled jest tests against all of it.

/** Fixed by the suite: its tests call http://localhost:4000/ and its subgraphs listen on 4002 and 4003. */
const PORTS = { gateway: 4000, products: 4001, users: 4002, inventory: 4003 } as const;
const url = (port: number) => `http://localhost:${port}/`;

const logger = createLogger("compat", runnerLogLevel);
const require = createRequire(import.meta.url);
const suiteDir = dirname(require.resolve("@apollo/federation-subgraph-compatibility-tests/package.json"));
// jest comes with the suite's package; resolve it from there so that the version it was built for runs it.
const jestBin = createRequire(join(suiteDir, "package.json")).resolve("jest/bin/jest");

const children: ChildProcess[] = [];
let products: RunningServer | undefined;
let gateway: RunningGateway | undefined;

/** Resolves if nobody listens on `port` (on any interface), else names it in the rejection. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => (error.code === "EADDRINUSE" ? resolve(false) : reject(error)));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

async function assertPortsFree(): Promise<void> {
  const taken: string[] = [];
  for (const [role, port] of Object.entries(PORTS)) if (!(await portIsFree(port))) taken.push(`${port} (${role})`);
  if (taken.length > 0) {
    throw new Error(
      `Port(s) ${taken.join(", ")} already in use. The compatibility suite needs ports 4000-4003, which the project's own ` +
        "stack also uses: stop it (or whatever holds them) and run again.",
    );
  }
}

async function answersGraphQL(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    const body = (await response.json()) as { data?: { __typename?: string } };
    return body.data?.__typename === "Query";
  } catch {
    return false;
  }
}

/** Starts one of the suite's bundled subgraphs and resolves once it answers GraphQL (30 s at most). */
async function startSuiteSubgraph(name: "users" | "inventory", port: number): Promise<void> {
  const child = spawn(process.execPath, [join(suiteDir, "dist/subgraphs", name, "index.js")], {
    env: childEnvironment({ [`${name.toUpperCase()}_PORT`]: String(port) }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The suite's ${name} subgraph exited with ${child.exitCode}:\n${output}`);
    if (await answersGraphQL(url(port))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The suite's ${name} subgraph did not answer on ${url(port)} within 30 s:\n${output}`);
}

async function fetchSdl(name: string, port: number): Promise<{ name: string; url: string; sdl: string }> {
  const response = await fetch(url(port), {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query: "{ _service { sdl } }" }),
  });
  const body = (await response.json()) as { data?: { _service?: { sdl?: string } }; errors?: unknown };
  const sdl = body.data?._service?.sdl;
  if (!sdl) throw new Error(`${name} returned no _service.sdl: ${JSON.stringify(body)}`);
  return { name, url: url(port), sdl };
}

interface JestAssertion {
  fullName: string;
  status: "passed" | "failed" | "pending" | "skipped" | "todo" | "disabled";
  failureMessages: string[];
}

interface JestReport {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numRuntimeErrorTestSuites: number;
  testResults: { name: string; status: string; message: string; assertionResults: JestAssertion[] }[];
}

/** Runs the suite's compiled jest tests as its own runner does, and returns jest's JSON report. */
async function runJest(): Promise<JestReport> {
  const args = [
    jestBin,
    // Jest reads this argument as a regular expression, and pnpm's store path has a `+` in it: escape it.
    join(suiteDir, "dist/tests").replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
    "--ci",
    "--json",
    "--config",
    join(suiteDir, "federation-jest.config.js"),
    "--rootDir",
    suiteDir,
  ];
  const child = spawn(process.execPath, args, {
    cwd: suiteDir,
    env: childEnvironment({ PRODUCTS_URL: url(PORTS.products) }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", (exitCode) => resolve(exitCode)));
  // jest exits 1 when a test fails; anything else (or no JSON) means it could not run the tests at all.
  try {
    if (code !== null && code > 1) throw new Error(`exit code ${code}`);
    return JSON.parse(stdout) as JestReport;
  } catch (error) {
    throw new Error(`jest failed to run (${error instanceof Error ? error.message : error}):\n${stderr}`);
  }
}

function printReport(report: JestReport): number {
  for (const suite of report.testResults) {
    if (suite.assertionResults.length === 0 && suite.message) console.log(`✗ ${suite.name}\n${suite.message}`);
    for (const assertion of suite.assertionResults) {
      console.log(`${assertion.status === "passed" ? "✓" : "✗"} ${assertion.fullName}`);
      for (const failure of assertion.failureMessages) console.log(indent(failure.split("\n").slice(0, 12).join("\n")));
    }
  }
  // A suite that crashed contributes no assertions: count it as a failure so that a broken run never looks green.
  const failed = report.numFailedTests + report.numRuntimeErrorTestSuites;
  console.log(`compatibility: ${report.numPassedTests} passed, ${failed} failed`);
  return failed > 0 || report.numPassedTests === 0 ? 1 : 0;
}

const indent = (text: string) =>
  text
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");

async function stopEverything(): Promise<void> {
  await gateway?.close().catch((error: unknown) => logger.error({ err: error }, "gateway did not stop cleanly"));
  await products?.close().catch((error: unknown) => logger.error({ err: error }, "products did not stop cleanly"));
  await Promise.all(
    children.map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(force);
    }),
  );
}

async function main(): Promise<number> {
  await assertPortsFree();
  await Promise.all([startSuiteSubgraph("users", PORTS.users), startSuiteSubgraph("inventory", PORTS.inventory)]);
  products = await startProductsSubgraph({ port: PORTS.products, logger: logger.child({ subgraph: "products" }) });

  const subgraphs = await Promise.all([
    fetchSdl("users", PORTS.users),
    fetchSdl("inventory", PORTS.inventory),
    fetchSdl("products", PORTS.products),
  ]);
  const { supergraphSdl } = composeSupergraph(subgraphs);
  gateway = await startGateway({
    supergraphSdl,
    logger: logger.child({ component: "gateway" }),
    port: PORTS.gateway,
    graphqlEndpoint: "/",
  });
  if (!(await answersGraphQL(url(PORTS.gateway)))) throw new Error(`The gateway does not answer on ${url(PORTS.gateway)}`);

  return printReport(await runJest());
}

// Ctrl-C stops what was started before exiting.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void stopEverything().finally(() => process.exit(130));
  });
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.log("compatibility: did not run");
} finally {
  await stopEverything();
}
process.exit(exitCode);
