// bench/results.md: what one run measured, with the issue's targets marked PASS or FAIL.
import type { DatasetSize, LoadTimings } from "./dataset.js";
import type { LoadResult } from "./measure.js";

export interface ScenarioResult {
  key: string;
  label: string;
  url: string;
  connections: number;
  rounds: number;
  result: LoadResult;
  sqlPerRequest: number | undefined;
  /** Peak RSS (MB) of every process during the measured run. */
  peaks: Record<string, number>;
  /** CPU time (ms, user + system) each process spent per request answered during the measured run. */
  cpuPerRequest: Record<string, number>;
}

export interface Report {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; loadBefore: string; loadAfter: string };
  versions: Record<string, string>;
  store: string;
  scale: number;
  size: DatasetSize;
  load: LoadTimings;
  loadedAt: string;
  seconds: number;
  warmup: number;
  connections: number;
  rounds: number;
  scenarios: ScenarioResult[];
  cacheAvailable: boolean;
  statisticsAvailable: boolean;
  sqlGrowth: { rows: number; statements: number }[];
  /** Did our gateway and the peer give the same data for the dashboard query? */
  sameAnswer: boolean | undefined;
  /** Peak RSS (MB) per process over every measured run. */
  overallPeaks: Record<string, number>;
  /** VmHWM (MB) at the end: includes start-up and loading the dataset. */
  lifetimePeaks: Record<string, number>;
  soak:
    | {
        seconds: number;
        result: LoadResult;
        services: { name: string; slopeMbPerMin: number; heapSlopeMbPerMin: number | undefined; peakMb: number; samples: number }[];
      }
    | undefined;
}

/** Our services (the gateway as main.js starts it, and as the benchmark starts it per dedup setting); not the peer. */
const OURS = new Set(["catalog", "directory", "identity", "challenge", "recognition", "gateway", "gateway-dedup-off", "gateway-dedup-on"]);
const SLOPE_LIMIT_MB_PER_MIN = 1;
const MEMORY_LIMIT_MB = 250;

const fixed = (n: number | undefined, digits = 0) => (n === undefined || !Number.isFinite(n) ? "n/a" : n.toFixed(digits));
const verdict = (ok: boolean | undefined) => (ok === undefined ? "not measured" : ok ? "**PASS**" : "**FAIL**");

export function renderReport(report: Report): string {
  const by = (key: string) => report.scenarios.find((s) => s.key === key)?.result;
  const a = by("a");
  const b = by("b");
  const c = by("c");
  const d = by("d");
  const e = by("e");
  const aDedup = by("a-dedup");
  const bDedup = by("b-dedup");
  const cached = by("cached");
  const aggregates = report.scenarios.filter((s) => s.key.startsWith("agg-"));
  const ratio = (x: number | undefined, y: number | undefined) => (x !== undefined && y ? x / y : undefined);

  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);
  push(
    "# Benchmark results",
    "",
    `Written by \`scripts/bench\` on ${report.date} (overwritten by every run). A benchmark, not a test: numbers on a shared`,
    "2-core machine move by 10-20% between runs.",
    "",
    "## Setup",
    "",
    `- Machine: ${report.machine.cpus} CPUs (${report.machine.cpuModel}), ${report.machine.memoryGb.toFixed(1)} GB memory, Node ${report.machine.node}; load average (1, 5, 15 min) ${report.machine.loadBefore} before the run, ${report.machine.loadAfter} after (the machine is shared)`,
    `- Store: ${report.store}`,
    `- Dataset: scale ${report.scale}: ${report.size.members} members, ${report.size.institutions} institutions, ${report.size.commitments} commitments, ${report.size.milestones} milestones (plus the demo data)`,
    `- Loaded ${report.loadedAt} through the gateway's batch upserts as the demo support-unit admin, in ${report.load.totalSeconds.toFixed(1)} s: ${report.load.phases
      .map((p) => `${p.name} ${p.rows} rows / ${p.calls} calls / ${p.seconds.toFixed(1)} s (${fixed(p.rows / p.seconds)} rows/s)`)
      .join("; ")}`,
    `- Load: autocannon, ${report.seconds} s per run after ${report.warmup} s of warm-up, ${report.connections} connections (aggregates: 1), one run at a time; ${report.rounds} round(s): contenders alternate (d, c, a, b, e, d, c, a, b, e, ...), a row merges its rounds (requests over seconds, the median round's p50 and p99)`,
    `- Versions: ${Object.entries(report.versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(", ")}`,
    "- Our gateway: packages/gateway as its main.ts starts it (Rust planner; rate limits off for the run), with upstream deduplication",
    "  set per run and its anonymous response cache off (`packages/bench/src/our-gateway.ts`); the `cached` row is the gateway exactly",
    "  as main.js starts it (response cache and dedup on). The peer: @apollo/gateway on @apollo/server 5 (standalone), the same",
    "  committed supergraph and subgraphs. @apollo/gateway has no deduplication option; its dedup row adds a hand-written in-flight",
    "  dedup to its data source (`packages/bench/src/peer-gateway.ts`). Row (e) is Hive Gateway's runtime alone, configured as ours",
    "  (Rust planner, HTTP transport) with none of our plugins (`packages/bench/src/hive-engine.ts`): (a) against (e) is what our",
    "  plugins cost, (e) against (b) is the engine's own standing. All gateways run with NODE_ENV=production.",
    "- SQL statements / request: `sql_statements_total` of the five subgraphs' /metrics, before and after the run, over the requests",
    "  answered (0 means the answer came from a cache or a shared upstream request). Body mismatches: answers that differ from the",
    "  checked answer to the same query (autocannon `expectBody`).",
    "",
    "## Runs",
    "",
    "| run | what | req/s | p50 ms | p99 ms | errors | non-2xx | body mismatches | SQL statements / request |",
    "|---|---|---|---|---|---|---|---|---|",
  );
  for (const s of report.scenarios) {
    const r = s.result;
    push(
      `| ${s.key} | ${s.label} | ${fixed(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${r.mismatches} | ${fixed(s.sqlPerRequest, 2)} |`,
    );
  }
  if (!report.cacheAvailable)
    push("| cached | anonymous cached dashboard query | not available: the gateway has no response cache | | | | | | |");
  if (!report.statisticsAvailable)
    push("| agg-stats | `challengeStatistics` at the challenge subgraph | not available: not in the schema | | | | | | |");
  if (report.sameAnswer !== undefined) {
    push(
      "",
      report.sameAnswer
        ? "Our gateway, @apollo/gateway and Hive's runtime alone gave the same data for the dashboard query (compared before the runs)."
        : "**Our gateway, @apollo/gateway and Hive's runtime alone did not all give the same data for the dashboard query**: the comparison is not like for like.",
    );
  }
  push(
    "",
    "## Ratios",
    "",
    "| ratio | value |",
    "|---|---|",
    `| (a)/(b) throughput, dedup off | ${fixed(ratio(a?.rps, b?.rps), 2)} |`,
    `| (a)/(b) p99, dedup off | ${fixed(ratio(a?.p99, b?.p99), 2)} |`,
    `| (a)/(b) throughput, dedup on | ${fixed(ratio(aDedup?.rps, bDedup?.rps), 2)} |`,
    `| (a)/(b) p99, dedup on | ${fixed(ratio(aDedup?.p99, bDedup?.p99), 2)} |`,
    `| (e)/(b) throughput: Hive's runtime alone against @apollo/gateway, dedup off | ${fixed(ratio(e?.rps, b?.rps), 2)} |`,
    `| (a)/(e) throughput: our gateway against the runtime it is built on (what our plugins cost) | ${fixed(ratio(a?.rps, e?.rps), 2)} |`,
    `| (c)/(d) throughput | ${fixed(ratio(c?.rps, d?.rps), 2)} |`,
    `| cached/(b) throughput | ${cached ? fixed(ratio(cached.rps, b?.rps), 2) : "not available"} |`,
    "",
    "## Targets (issue 10)",
    "",
    "| target | measured | verdict |",
    "|---|---|---|",
  );
  const abRps = ratio(a?.rps, b?.rps);
  push(
    `| (a) at least 1.2x (b)'s throughput (dedup off) | ${fixed(abRps, 2)}x | ${verdict(abRps === undefined ? undefined : abRps >= 1.2)} |`,
  );
  push(
    `| (a) p99 no worse than (b)'s (dedup off) | ${a?.p99 ?? "n/a"} vs ${b?.p99 ?? "n/a"} ms | ${verdict(a && b ? a.p99 <= b.p99 : undefined)} |`,
  );
  const cachedRatio = ratio(cached?.rps, b?.rps);
  push(
    `| cached anonymous at least 5x (b) | ${cached ? `${fixed(cachedRatio, 2)}x` : "not available (no response cache in the gateway)"} | ${verdict(cachedRatio === undefined ? undefined : cachedRatio >= 5)} |`,
  );
  const cdRatio = ratio(c?.rps, d?.rps);
  push(`| (c) at least half of (d) | ${fixed(cdRatio, 2)}x | ${verdict(cdRatio === undefined ? undefined : cdRatio >= 0.5)} |`);
  for (const agg of aggregates) {
    push(
      `| aggregate p99 under 100 ms at the subgraph (${agg.key}, ${report.size.commitments} commitments) | ${agg.result.p99} ms | ${verdict(agg.result.p99 < 100)} |`,
    );
  }
  if (!report.statisticsAvailable) push("| aggregate `challengeStatistics` p99 under 100 ms | not available | not measured |");
  const growth = report.sqlGrowth;
  const grows = growth.length === 2 ? (growth[1]?.statements ?? 0) > (growth[0]?.statements ?? 0) : undefined;
  push(
    `| SQL statements per request do not grow with rows returned (dashboard query, all subgraphs) | ${growth.length ? growth.map((g) => `${g.rows} rows: ${fixed(g.statements, 1)}`).join(", ") : "n/a"} | ${verdict(grows === undefined ? undefined : !grows)} |`,
  );
  const ourPeaks = Object.entries(report.overallPeaks).filter(([name]) => OURS.has(name));
  const maxPeak = ourPeaks.reduce((max, [, mb]) => Math.max(max, mb), 0);
  push(
    `| no service over 250 MB resident during the runs | max ${fixed(maxPeak)} MB | ${verdict(ourPeaks.length ? maxPeak <= MEMORY_LIMIT_MB : undefined)} |`,
  );
  if (report.soak) {
    const ours = report.soak.services.filter((s) => OURS.has(s.name));
    const worst = ours.reduce((max, s) => Math.max(max, s.slopeMbPerMin), Number.NEGATIVE_INFINITY);
    push(
      `| no service's memory grows during ${report.soak.seconds / 60}-minute mixed load: resident (RSS slope under ${SLOPE_LIMIT_MB_PER_MIN} MB/min) | worst ${fixed(worst, 2)} MB/min | ${verdict(worst < SLOPE_LIMIT_MB_PER_MIN)} |`,
    );
    const heaps = ours.flatMap((s) => (s.heapSlopeMbPerMin === undefined ? [] : [s.heapSlopeMbPerMin]));
    const worstHeap = heaps.reduce((max, value) => Math.max(max, value), Number.NEGATIVE_INFINITY);
    push(
      `| no service's memory grows during ${report.soak.seconds / 60}-minute mixed load: live heap (slope of the 30-s lows of heap in use under ${SLOPE_LIMIT_MB_PER_MIN} MB/min) | ${heaps.length ? `worst ${fixed(worstHeap, 2)} MB/min` : "not sampled"} | ${verdict(heaps.length ? worstHeap < SLOPE_LIMIT_MB_PER_MIN : undefined)} |`,
    );
  } else {
    push("| no service's memory grows during a 5-minute mixed load | not run (`scripts/bench --soak`) | not measured |");
  }

  push(
    "",
    "## Peak resident memory (MB)",
    "",
    "Peak VmRSS sampled every 250 ms during each measured run; lifetime is VmHWM at the end (includes loading the dataset).",
    "",
  );
  const names = [...new Set([...Object.keys(report.overallPeaks), ...Object.keys(report.lifetimePeaks)])];
  push("| process | peak during runs | lifetime (VmHWM) |", "|---|---|---|");
  for (const name of names) push(`| ${name} | ${fixed(report.overallPeaks[name])} | ${fixed(report.lifetimePeaks[name])} |`);
  push("", "Per run (MB):", "", `| run | ${names.join(" | ")} |`, `|---|${names.map(() => "---").join("|")}|`);
  for (const s of report.scenarios) push(`| ${s.key} | ${names.map((name) => fixed(s.peaks[name])).join(" | ")} |`);

  push(
    "",
    "## CPU per request (ms)",
    "",
    "User + system CPU time each process spent during a measured run (from /proc), over the requests answered: what a request costs each process, whatever else ran on the machine. The gateways' columns compare their own cost; the subgraphs' show what each gateway's subgraph requests cost them.",
    "",
    `| run | ${names.join(" | ")} |`,
    `|---|${names.map(() => "---").join("|")}|`,
  );
  for (const s of report.scenarios) {
    push(`| ${s.key} | ${names.map((name) => (s.cpuPerRequest[name] === undefined ? "" : fixed(s.cpuPerRequest[name], 2))).join(" | ")} |`);
  }

  if (report.soak) {
    const r = report.soak.result;
    push(
      "",
      `## Soak: ${report.soak.seconds} s of mixed load`,
      "",
      `Through our gateway as main.js starts it (response cache on, if it has one): the dashboard query at 50 and 20 rows, the single-subgraph query and every area's commitment stats, in turn, half of them signed in as the support-unit admin (never cached). ${fixed(r.rps)} req/s, p99 ${r.p99} ms, ${r.errors} errors, ${r.non2xx} non-2xx. RSS sampled every 5 s, and heap in use (\`nodejs_heap_size_used_bytes\` of each service's /metrics) every 2 s; slopes are least-squares fits after the first tenth. RSS also moves with how much heap V8 chooses to keep reserved; the live heap is the lowest heap in use of each 30-s window, right after a collection: what the service keeps alive, the figure a leak makes grow.`,
      "",
      "| process | RSS slope MB/min | live heap slope MB/min | peak RSS MB | samples |",
      "|---|---|---|---|---|",
    );
    for (const s of report.soak.services) {
      push(
        `| ${s.name} | ${fixed(s.slopeMbPerMin, 2)} | ${s.heapSlopeMbPerMin === undefined ? "n/a" : fixed(s.heapSlopeMbPerMin, 2)} | ${fixed(s.peakMb)} | ${s.samples} |`,
      );
    }
  }
  push("");
  return lines.join("\n");
}
