// Totals what scripts/test ran: vitest JSON reports, the compatibility suite's summary line, and static checks.
// Prints one line per suite, then `N passed, N failed, N skipped`; exits 1 if anything failed.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];

for (const file of readdirSync(dir).sort()) {
  const path = join(dir, file);
  if (file.startsWith("vitest-")) {
    const report = JSON.parse(readFileSync(path, "utf8"));
    const suiteFailed =
      report.numFailedTests +
      (report.numRuntimeErrorTestSuites ?? 0) +
      (report.numFailedTestSuites && !report.numFailedTests ? report.numFailedTestSuites : 0);
    passed += report.numPassedTests;
    failed += suiteFailed;
    skipped += report.numPendingTests + report.numTodoTests;
    if (report.numTotalTests === 0) failed += 1; // a suite that ran nothing is a failure, not a pass
    lines.push(`${file.slice(7, -5).padEnd(14)} ${report.numPassedTests} passed, ${suiteFailed} failed`);
  } else if (file === "compat.log") {
    const match = readFileSync(path, "utf8").match(/compatibility: (\d+) passed, (\d+) failed/);
    const p = match ? Number(match[1]) : 0;
    const f = match ? Number(match[2]) : 1;
    passed += p;
    failed += f;
    lines.push(`${"compatibility".padEnd(14)} ${p} passed, ${f} failed${match ? "" : " (no summary: the suite did not run)"}`);
  } else if (file.startsWith("check-")) {
    const ok = readFileSync(path, "utf8").trim() === "pass";
    if (ok) passed += 1;
    else failed += 1;
    lines.push(`${file.slice(6, -4).padEnd(14)} ${ok ? "ok" : "FAILED"}`);
  }
}

console.log(`\n${lines.join("\n")}\n`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
