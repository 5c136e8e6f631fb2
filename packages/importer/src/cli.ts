#!/usr/bin/env node
/**
 * `pnpm import:irm FILE [--strict] [--gateway URL]`: imports an export of OGP's IRM commitment database through the
 * gateway, as a support-unit account (OGC_TOKEN, or OGC_EMAIL and OGC_PASSWORD), with a progress bar and a summary.
 */

import { createReadStream, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { createGraphClient, GraphError, signIn } from "./graph.js";
import { type ImportReport, importIrm, KINDS } from "./importer.js";

const USAGE = `Usage: pnpm import:irm FILE [--strict] [--gateway URL] [--json]

Imports an export of OGP's IRM commitment database (CSV, the columns of shared/data/ogp-commitments) through the
gateway's batch upserts, as a support-unit account. Importing the same file again changes nothing.

  --strict         refuse the whole file when any row is bad (default: import the good rows, report the bad ones)
  --gateway URL    the gateway's GraphQL endpoint (default: $OGC_GATEWAY_URL or http://localhost:4000/graphql)
  --json           print the report as JSON instead of the summary
  --quiet          no progress bar
  --stats          also print the time taken and the peak memory, as JSON on stderr

Credentials: OGC_TOKEN (an access token), or OGC_EMAIL and OGC_PASSWORD of a support-unit account.
Exit status: 0 imported (some rows may be refused and listed), 1 nothing imported, 2 usage or connection error.`;

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  // `pnpm import:irm` runs in the workspace root: a relative path is the caller's, whose folder pnpm passes on.
  // biome-ignore lint/style/noProcessEnv: a command line tool reads its own few variables, here and below
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    console.error(`Cannot read ${path}: no such file.`);
    return 2;
  }
  // biome-ignore lint/style/noProcessEnv: a command line tool reads its own few variables here
  const env = process.env;
  const url = values.gateway ?? env.OGC_GATEWAY_URL ?? "http://localhost:4000/graphql";
  let token = env.OGC_TOKEN ?? null;
  try {
    if (!token && env.OGC_EMAIL && env.OGC_PASSWORD) token = await signIn(url, env.OGC_EMAIL, env.OGC_PASSWORD);
  } catch (error) {
    console.error(`Cannot sign in at ${url}: ${(error as Error).message}`);
    return 2;
  }
  if (!token) {
    console.error("Set OGC_TOKEN, or OGC_EMAIL and OGC_PASSWORD, to a support-unit account.");
    return 2;
  }

  const bar =
    values.quiet || !process.stderr.isTTY
      ? null
      : new SingleBar({ format: "{phase} [{bar}] {percentage}% | {rows} rows", hideCursor: true });
  bar?.start(size, 0, { phase: values.strict ? "checking " : "importing", rows: 0 });
  let report: ImportReport;
  const started = performance.now();
  try {
    report = await importIrm({
      open: () => createReadStream(path),
      graph: createGraphClient({ url, token }),
      source: `IRM import: ${basename(path)}`.slice(0, 200),
      strict: values.strict,
      onProgress: ({ phase, rows, bytes }) => bar?.update(bytes, { phase: phase === "checking" ? "checking " : "importing", rows }),
    });
  } catch (error) {
    bar?.stop();
    const code = error instanceof GraphError && error.code ? ` (${error.code})` : "";
    console.error(`Import stopped${code}: ${(error as Error).message}`);
    return 2;
  }
  bar?.update(size);
  bar?.stop();
  if (values.stats) {
    const seconds = (performance.now() - started) / 1000;
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    console.error(JSON.stringify({ rows: report.rows, seconds, rowsPerSecond: report.rows / seconds, peakRssMb }));
  }
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else printSummary(report);
  return report.accepted ? 0 : 1;
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      strict: { type: "boolean", default: false },
      gateway: { type: "string" },
      json: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      stats: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}

function printSummary(report: ImportReport) {
  console.log(report.summary);
  if (report.accepted) {
    const width = Math.max(...KINDS.map((kind) => kind.length));
    console.log(`\n  ${"".padEnd(width)}  created  updated  unchanged`);
    for (const kind of KINDS) {
      const { created, updated, unchanged } = report.changes[kind];
      console.log(
        `  ${kind.padEnd(width)}  ${String(created).padStart(7)}  ${String(updated).padStart(7)}  ${String(unchanged).padStart(9)}`,
      );
    }
  }
  if (report.problemCount > 0) {
    console.log(`\n${report.problemCount} problem${report.problemCount === 1 ? "" : "s"}:`);
    for (const problem of report.problems.slice(0, 50)) {
      console.log(`  row ${problem.row}${problem.column ? `, ${problem.column}` : ""}: ${problem.message}`);
    }
    if (report.problemCount > 50) console.log(`  … and ${report.problemCount - 50} more (--json lists up to 1000).`);
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 2;
  },
);
