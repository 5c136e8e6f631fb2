// The importer's benchmark (not a test): imports synthetic files in OGP's export format, of growing size, through a
// real stack, and reports rows/s and the importer's peak memory for each size. Streaming shows as a flat peak.
// Usage: node scripts/bench-import.mjs [ROWS...]   (default 10000 50000; BENCH_IMPORT_ROWS="1000 5000" also works)
import { execFile } from "node:child_process";
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { ROOT, startStack } from "./stack.mjs";

// The importer's own CSV parser (scripts/ has no dependencies of its own).
const { parse } = createRequire(join(ROOT, "packages", "importer", "package.json"))("csv-parse");

const SOURCE = join(ROOT, "data", "ogp-commitments", "open_parliament_0703.csv");
const IMPORTER = join(ROOT, "packages", "importer", "dist", "cli.js");
const SUPPORT = { email: "support@ogc.example", password: "demo-support-password" };
const sizes = (process.argv.slice(2).length ? process.argv.slice(2) : (process.env.BENCH_IMPORT_ROWS ?? "10000 50000").split(/\s+/))
  .filter(Boolean)
  .map(Number);

/** The real rows, as templates: a synthetic row is a real one with a new commitment id. */
async function templates() {
  const rows = [];
  for await (const record of createReadStream(SOURCE).pipe(parse({ bom: true }))) rows.push(record);
  return rows;
}

const quote = (cell) => `"${String(cell).replaceAll('"', '""')}"`;

async function writeSynthetic(path, count, header, rows) {
  const idColumn = header.indexOf("Commitment Unique Identifier");
  const out = createWriteStream(path);
  const write = (line) => (out.write(line) ? undefined : new Promise((resolve) => out.once("drain", resolve)));
  await write(`${header.map(quote).join(",")}\r\n`);
  for (let index = 0; index < count; index += 1) {
    const template = rows[index % rows.length];
    const cells = [...template];
    // OGP ids are letters and 4 digits: "SY" and two letters per 10,000 rows never meet a real id (2 or 3 letters).
    const block = Math.floor(index / 10_000);
    const letters = `SY${String.fromCharCode(65 + Math.floor(block / 26))}${String.fromCharCode(65 + (block % 26))}`;
    cells[idColumn] = `${letters}${String(index % 10_000).padStart(4, "0")}`;
    await write(`${cells.map(quote).join(",")}\r\n`);
  }
  await new Promise((resolve) => out.end(resolve));
}

async function main() {
  const [header, ...rows] = await templates();
  const work = mkdtempSync(join(tmpdir(), "ogc-bench-import-"));
  const stack = await startStack({
    dataDir: join(work, "data"),
    portOffset: 1350,
    withConsole: false,
    env: { LOG_LEVEL: "warn", SEED_DEMO_DATA: "true" },
  });
  const results = [];
  try {
    for (const size of sizes) {
      const file = join(work, `synthetic-${size}.csv`);
      await writeSynthetic(file, size, header, rows);
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        [IMPORTER, file, "--quiet", "--json", "--stats", "--gateway", stack.gatewayUrl],
        { env: { ...process.env, OGC_EMAIL: SUPPORT.email, OGC_PASSWORD: SUPPORT.password }, maxBuffer: 1 << 28 },
      ).catch((error) => {
        throw new Error(`import of ${size} rows failed: ${error.stderr || error.message}`);
      });
      const report = JSON.parse(stdout);
      const stats = JSON.parse(stderr.trim().split("\n").at(-1));
      results.push({ size, report, stats });
      console.log(`${size} rows: ${stats.rowsPerSecond.toFixed(0)} rows/s, peak ${stats.peakRssMb.toFixed(0)} MB; ${report.summary}`);
    }
  } finally {
    await stack.stop();
  }
  rmSync(work, { recursive: true, force: true });
  writeResults(results);
}

function writeResults(results) {
  const smallest = results[0];
  const largest = results.at(-1);
  const growth = largest.stats.peakRssMb / smallest.stats.peakRssMb;
  const flat = growth < 1.25;
  const lines = [
    "# Importer benchmark",
    "",
    `Run ${new Date().toISOString()} by \`scripts/bench-import.mjs\` on ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}; SQLite stores.`,
    "Synthetic files in OGP's export format (real rows with new commitment ids), imported through the gateway by `pnpm import:irm` as the support unit.",
    "",
    "| rows | seconds | rows/s | importer peak RSS (MB) | created | refused |",
    "|---:|---:|---:|---:|---:|---:|",
    ...results.map(
      ({ size, report, stats }) =>
        `| ${size} | ${stats.seconds.toFixed(1)} | ${stats.rowsPerSecond.toFixed(0)} | ${stats.peakRssMb.toFixed(0)} | ${report.changes.commitments.created} | ${report.refused} |`,
    ),
    "",
    `Memory: the peak grows ${growth.toFixed(2)}x from ${smallest.size} to ${largest.size} rows (${largest.size / smallest.size}x the rows): ${flat ? "PASS, flat (streaming)" : "FAIL, it grows with the file"}.`,
    "",
  ];
  mkdirSync(join(ROOT, "bench"), { recursive: true });
  writeFileSync(join(ROOT, "bench", "import-results.md"), lines.join("\n"));
  console.log(lines.join("\n"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
