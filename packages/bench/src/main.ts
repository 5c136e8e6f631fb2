// scripts/bench: generates (or reuses) a large dataset, starts the stack on it, and runs autocannon against our
// gateway, the @apollo/gateway peer and the challenge subgraph, side by side; writes bench/results.md. Not a test.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { type DatasetSize, type LoadTimings, loadDataset, sizeAt } from "./dataset.js";
import {
  check,
  cpuDuring,
  hammer,
  type LoadResult,
  memoryMb,
  type Sampled,
  sampleHeap,
  sampleMemory,
  slope,
  sqlStatements,
  type Target,
  troughs,
} from "./measure.js";
import { answersGraphQL, launch, ROOT, type Service, type StartedStack, serviceNodeFlags, startStack } from "./processes.js";
import { allAreaStatsQuery, areaStatsQuery, body, dashboardQuery, rootFieldQuery, singleQuery } from "./queries.js";
import { type Report, renderReport, type ScenarioResult } from "./report.js";

interface Options {
  scale: number;
  seconds: number;
  warmup: number;
  connections: number;
  rounds: number;
  postgres: boolean;
  soak: boolean;
  soakSeconds: number;
  reload: boolean;
  out: string;
  /** A folder for V8 CPU profiles of the gateways (`--cpu-prof`), written when each stops; none when unset. */
  profile: string | undefined;
}

function parseOptions(argv: string[]): Options {
  const flag = (name: string) => argv.includes(`--${name}`);
  /** The path after `--<name>`, resolved against the working directory; undefined without one. */
  const path = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 && argv[index + 1] ? resolve(argv[index + 1] as string) : undefined;
  };
  const value = (name: string, env: string, fallback: number) => {
    const index = argv.indexOf(`--${name}`);
    const raw = index >= 0 ? argv[index + 1] : process.env[env];
    const parsed = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} / ${env}: "${raw}" is not a positive number`);
    return parsed;
  };
  if (flag("help")) {
    console.log(`scripts/bench [--scale N] [--duration S] [--warmup S] [--connections N] [--postgres] [--soak [--soak-duration S]] [--reload]
  --scale        dataset size factor (BENCH_SCALE, default 1: 200 members, 5,000 institutions, 100,000 commitments, 500,000 milestones)
  --duration     seconds of each measured autocannon run (BENCH_DURATION, default 20)
  --warmup       seconds of unmeasured load before each run (BENCH_WARMUP, default 3)
  --connections  autocannon connections (BENCH_CONNECTIONS, default 10)
  --rounds       measure each contender N times, alternating (a, b, a, b, ...) (BENCH_ROUNDS, default 1)
  --postgres     PostgreSQL at 127.0.0.1:5432 (BENCH_POSTGRES=1), a throwaway database, dropped after; default SQLite
  --soak         a mixed load of --soak-duration seconds (BENCH_SOAK_SECONDS, default 300), fitting each service's RSS slope
  --reload       regenerate the cached dataset
  --out          where to write the report (default bench/results.md)
  --profile DIR  write V8 CPU profiles of our gateway, Hive's runtime alone and @apollo/gateway into DIR (open in Chrome DevTools)`);
    process.exit(0);
  }
  return {
    scale: value("scale", "BENCH_SCALE", 1),
    seconds: value("duration", "BENCH_DURATION", 20),
    warmup: value("warmup", "BENCH_WARMUP", 3),
    connections: value("connections", "BENCH_CONNECTIONS", 10),
    rounds: Math.round(value("rounds", "BENCH_ROUNDS", 1)),
    postgres: flag("postgres") || process.env.BENCH_POSTGRES === "1",
    soak: flag("soak") || process.env.BENCH_SOAK === "1",
    soakSeconds: value("soak-duration", "BENCH_SOAK_SECONDS", 300),
    reload: flag("reload"),
    out: path("out") ?? join(ROOT, "bench", "results.md"),
    profile: path("profile"),
  };
}

const PORT_OFFSET = 1100;
const GATEWAY_PORT = 4000 + PORT_OFFSET;
const SUBGRAPH_PORTS = { catalog: 5101, directory: 5102, identity: 5103, challenge: 5104, recognition: 5105 };
const BENCH_GATEWAY_PORT = 5110;
const PEER_PORT = 5150;
const ENGINE_PORT = 5170;
const PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";
const ADMIN = { email: "admin@ogc.example", password: "demo-admin-password" };
const CACHE_DIR = join(ROOT, "packages", "bench", ".bench-data");

const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);
const local = (port: number, path = "/graphql") => `http://127.0.0.1:${port}${path}`;

interface DatasetMarker {
  size: DatasetSize;
  timings: LoadTimings;
  loadedAt: string;
}

/** A throwaway PostgreSQL database for this run, copied from the cached, loaded template when there is one. */
async function postgresDatabase(scaleKey: string, reload: boolean) {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  await admin.connect();
  const name = `bench_${process.pid}`;
  const template = `bench_tpl_${scaleKey.replace(/[^a-z0-9]/g, "_")}`;
  const exists = async (db: string) => (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [db])).rowCount === 1;
  if (reload && (await exists(template))) await admin.query(`DROP DATABASE "${template}" WITH (FORCE)`);
  const fromTemplate = await exists(template);
  await admin.query(`CREATE DATABASE "${name}"${fromTemplate ? ` TEMPLATE "${template}"` : ""}`);
  const url = PG_ADMIN_URL.replace(/\/postgres$/, `/${name}`);
  return {
    url,
    name,
    fromTemplate,
    /** Keeps the loaded database as the template of later runs (no connection may be open to it). */
    async saveAsTemplate() {
      if (await exists(template)) await admin.query(`DROP DATABASE "${template}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${template}" TEMPLATE "${name}"`);
    },
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function signIn(gatewayUrl: string): Promise<string> {
  const text = await check(
    gatewayUrl,
    body("mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }", { e: ADMIN.email, p: ADMIN.password }),
  );
  return (JSON.parse(text) as { data: { signIn: { accessToken: string } } }).data.signIn.accessToken;
}

function versionOf(packageDir: string, name: string): string {
  try {
    const file = join(ROOT, "packages", packageDir, "node_modules", name, "package.json");
    return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  } catch {
    return "?";
  }
}

/** Does the gateway's built code carry a response cache? (Another change may add one; the benchmark adapts.) */
function gatewayHasResponseCache(): boolean {
  const dist = join(ROOT, "packages", "gateway", "dist");
  if (!existsSync(dist)) return false;
  const files = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js") && !f.includes(".test."));
  return files.some((file) => /useResponseCache|responseCache/.test(readFileSync(join(dist, file), "utf8")));
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const loadBefore = loadavg();
  const size = sizeAt(options.scale);
  const store = options.postgres ? "postgres" : "sqlite";
  const scaleKey = `s${options.scale}`;
  const dataDir = join(CACHE_DIR, `${store}-${scaleKey}`);
  const markerFile = join(dataDir, "dataset.json");
  if (options.reload) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  log(`scale ${options.scale} (${JSON.stringify(size)}), ${store}, ${options.seconds} s runs, ${options.connections} connections`);

  const database = options.postgres ? await postgresDatabase(scaleKey, options.reload) : undefined;
  let marker: DatasetMarker | undefined =
    existsSync(markerFile) && (!database || database.fromTemplate)
      ? (JSON.parse(readFileSync(markerFile, "utf8")) as DatasetMarker)
      : undefined;
  if (database) log(`PostgreSQL database ${database.name}${database.fromTemplate ? " (from the cached template)" : ""}`);

  const env: Record<string, string> = {
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    SEED_DEMO_DATA: "true",
    // A benchmark is one client hammering: rate limits would refuse it after a few hundred requests.
    RATE_LIMIT_ANONYMOUS: "0",
    RATE_LIMIT_ACCOUNT: "0",
    RATE_LIMIT_API_CLIENT: "0",
    // Loading sends ~1 MB batches that a subgraph takes seconds to write.
    MAX_REQUEST_BODY_BYTES: "4000000",
    UPSTREAM_TIMEOUT_MS: "600000",
    ...(database ? { DATABASE_URL: database.url } : {}),
  };
  let stack: StartedStack | undefined;
  const extras: Service[] = [];
  let cleaned: Promise<void> | undefined;
  const cleanup = () => {
    cleaned ??= (async () => {
      for (const service of [...extras]) await service.stop();
      await stack?.stop();
      await database?.drop();
    })();
    return cleaned;
  };
  // Ctrl-C or a kill: stop every process started and drop the throwaway database before leaving.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping`);
      cleanup().finally(() => process.exit(130));
    });
  }
  try {
    const started = performance.now();
    stack = await startStack({ dataDir, portOffset: PORT_OFFSET, env });
    log(`stack up in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const gatewayUrl = local(GATEWAY_PORT);

    if (!marker) {
      log(`loading the dataset through the gateway's batch upserts (as ${ADMIN.email})`);
      const token = await signIn(gatewayUrl);
      const call = async (query: string, variables: Record<string, unknown>) => {
        const text = await check(gatewayUrl, body(query, variables), { authorization: `Bearer ${token}` });
        return (JSON.parse(text) as { data: Record<string, unknown> }).data;
      };
      const timings = await loadDataset(call, size, log);
      marker = { size, timings, loadedAt: new Date().toISOString() };
      writeFileSync(markerFile, `${JSON.stringify(marker, null, 2)}\n`);
      log(`dataset loaded in ${timings.totalSeconds.toFixed(1)} s`);
      if (database) {
        await stack.stop();
        await database.saveAsTemplate();
        stack = await startStack({ dataDir, portOffset: PORT_OFFSET, env });
      }
    } else {
      log(`reusing the dataset loaded ${marker.loadedAt} (${marker.timings.totalSeconds.toFixed(0)} s to load)`);
    }

    const running = stack;
    const tracked = (): Sampled[] =>
      [...running.services, ...extras]
        .filter((s) => s.child.pid !== undefined && s.child.exitCode === null)
        .map((s) => ({ name: s.name, pid: s.child.pid as number }));
    const metricsUrls = Object.values(SUBGRAPH_PORTS).map((port) => local(port, "/metrics"));
    const overallPeaks: Record<string, number> = {};
    const scenarios: ScenarioResult[] = [];

    interface Spec {
      key: string;
      label: string;
      target: Target;
      connections?: number;
    }
    /** One measured autocannon run of `spec` (after checking its answer and, in the first round, a warm-up). */
    const measureOnce = async (spec: Spec, warm: boolean) => {
      const { target } = spec;
      const connections = spec.connections ?? options.connections;
      const first = target.bodies[0] as string;
      const expected = await check(target.url, first);
      const again = await check(target.url, first);
      if (warm) await hammer(target, { seconds: options.warmup, connections });
      const sqlBefore = await sqlStatements(metricsUrls);
      const sampler = sampleMemory(tracked());
      const { result, cpu } = await cpuDuring(tracked(), () =>
        hammer(target, {
          seconds: options.seconds,
          connections,
          expectBody: target.bodies.length === 1 && expected === again ? expected : undefined,
        }),
      );
      const { peaks } = sampler.stop();
      const sqlAfter = await sqlStatements(metricsUrls);
      const sql = sqlBefore !== undefined && sqlAfter !== undefined ? sqlAfter - sqlBefore : undefined;
      log(
        `${spec.key.padEnd(10)} ${result.rps.toFixed(0).padStart(6)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  errors ${result.errors}  non-2xx ${result.non2xx}  mismatches ${result.mismatches}  SQL/req ${sql === undefined ? "n/a" : (sql / result.requests).toFixed(2)}`,
      );
      return { result, sql, peaks, cpu };
    };
    /**
     * Runs the specs in turn, `rounds` times (a, b, a, b, ...), so that a change in the shared machine's load falls on
     * every contender alike. A spec's rounds are merged: requests over seconds, the median round's p50 and p99.
     */
    const alternate = async (specs: Spec[]) => {
      const rounds = new Map<string, Awaited<ReturnType<typeof measureOnce>>[]>(specs.map((spec) => [spec.key, []]));
      for (let round = 0; round < options.rounds; round += 1) {
        for (const spec of specs) rounds.get(spec.key)?.push(await measureOnce(spec, round === 0));
      }
      for (const spec of specs) {
        const list = rounds.get(spec.key) ?? [];
        const median = (values: number[]) => {
          const sorted = [...values].sort((x, y) => x - y);
          const middle = Math.floor(sorted.length / 2);
          return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
        };
        const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
        const requests = sum(list.map((r) => r.result.requests));
        const seconds = sum(list.map((r) => r.result.seconds));
        const result: LoadResult = {
          requests,
          seconds,
          rps: requests / seconds,
          p50: median(list.map((r) => r.result.p50)),
          p99: median(list.map((r) => r.result.p99)),
          errors: sum(list.map((r) => r.result.errors)),
          non2xx: sum(list.map((r) => r.result.non2xx)),
          mismatches: sum(list.map((r) => r.result.mismatches)),
        };
        const sqls = list.map((r) => r.sql);
        const sqlPerRequest = sqls.every((n) => n !== undefined) ? sum(sqls as number[]) / requests : undefined;
        const peaks: Record<string, number> = {};
        for (const r of list) for (const [name, mb] of Object.entries(r.peaks)) peaks[name] = Math.max(peaks[name] ?? 0, mb);
        const cpuPerRequest: Record<string, number> = {};
        for (const r of list) for (const [name, ms] of Object.entries(r.cpu)) cpuPerRequest[name] = (cpuPerRequest[name] ?? 0) + ms;
        for (const name of Object.keys(cpuPerRequest)) cpuPerRequest[name] = (cpuPerRequest[name] ?? 0) / Math.max(requests, 1);
        for (const [name, mb] of Object.entries(peaks)) overallPeaks[name] = Math.max(overallPeaks[name] ?? 0, mb);
        scenarios.push({
          key: spec.key,
          label: spec.label,
          url: spec.target.url,
          connections: spec.connections ?? options.connections,
          rounds: list.length,
          result,
          sqlPerRequest,
          peaks,
          cpuPerRequest,
        });
      }
    };
    /** Starts the services, runs `work`, stops them (also when `work` fails). */
    const withServices = async (services: Promise<Service>[], work: () => Promise<void>) => {
      const started = await Promise.allSettled(services);
      const up = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
      extras.push(...up);
      try {
        const failed = started.find((s) => s.status === "rejected");
        if (failed) throw failed.reason;
        await work();
      } finally {
        for (const service of up) {
          await service.stop();
          extras.splice(extras.indexOf(service), 1);
        }
      }
    };
    const subgraphEnv = Object.fromEntries(
      Object.entries(SUBGRAPH_PORTS).map(([name, port]) => [`${name.toUpperCase()}_URL`, local(port)]),
    );
    const nodeFlags = await serviceNodeFlags();
    const profiling = options.profile ? ["--cpu-prof", `--cpu-prof-dir=${options.profile}`] : [];
    const ourPort = (dedup: boolean) => (dedup ? BENCH_GATEWAY_PORT + 1 : BENCH_GATEWAY_PORT);
    const peerPort = (dedup: boolean) => (dedup ? PEER_PORT + 1 : PEER_PORT);
    const ourGateway = (dedup: boolean) =>
      launch(
        dedup ? "gateway-dedup-on" : "gateway-dedup-off",
        join(ROOT, "packages", "bench", "dist", "our-gateway.js"),
        {
          ...env,
          ...subgraphEnv,
          AUTH_JWKS_URL: local(SUBGRAPH_PORTS.identity, "/.well-known/jwks.json"),
          AUTH_SESSION_URL: local(SUBGRAPH_PORTS.identity, "/sessions/"),
          PORT: String(ourPort(dedup)),
          NODE_ENV: "production",
          BENCH_DEDUP: dedup ? "1" : "0",
          BENCH_CACHE: "0",
        },
        () => answersGraphQL(local(ourPort(dedup))),
        60_000,
        // Our gateway as it ships (start script, image): with the services' heap cap. The peer runs as its users start it.
        [...nodeFlags, ...profiling],
      );
    const peerGateway = (dedup: boolean) =>
      launch(
        dedup ? "apollo-gateway-dedup" : "apollo-gateway",
        join(ROOT, "packages", "bench", "dist", "peer-gateway.js"),
        {
          ...subgraphEnv,
          PORT: String(peerPort(dedup)),
          NODE_ENV: "production",
          BENCH_DEDUP: dedup ? "1" : "0",
          SUPERGRAPH_PATH: join(ROOT, "packages", "gateway", "supergraph.graphql"),
        },
        () => answersGraphQL(local(peerPort(dedup))),
        60_000,
        profiling,
      );

    const hiveEngine = () =>
      launch(
        "hive-engine",
        join(ROOT, "packages", "bench", "dist", "hive-engine.js"),
        {
          ...subgraphEnv,
          PORT: String(ENGINE_PORT),
          NODE_ENV: "production",
          SUPERGRAPH_PATH: join(ROOT, "packages", "gateway", "supergraph.graphql"),
        },
        () => answersGraphQL(local(ENGINE_PORT)),
        60_000,
        [...nodeFlags, ...profiling],
      );

    const dashboard = body(dashboardQuery());
    const single = body(singleQuery);
    const subgraph = local(SUBGRAPH_PORTS.challenge);

    // SQL statements per request must not grow with the rows returned: the dashboard query at 10 and at 100 rows,
    // through our gateway without cache or dedup (one request at a time).
    const sqlGrowth: { rows: number; statements: number }[] = [];
    let sameAnswer: boolean | undefined;
    const measureSqlGrowth = async (url: string) => {
      for (const rows of [10, 100]) {
        const before = await sqlStatements(metricsUrls);
        for (let i = 0; i < 5; i += 1) await check(url, body(dashboardQuery(rows)));
        const after = await sqlStatements(metricsUrls);
        if (before !== undefined && after !== undefined) sqlGrowth.push({ rows, statements: (after - before) / 5 });
      }
    };

    // Dedup off, the comparison: (d) the limit, the challenge subgraph alone; (c) it through our gateway; (a) and (b).
    await withServices([ourGateway(false), peerGateway(false), hiveEngine()], async () => {
      await measureSqlGrowth(local(ourPort(false)));
      // Both gateways must give the same answer, or the comparison compares different work.
      const dataOf = async (url: string) => JSON.stringify((JSON.parse(await check(url, dashboard)) as { data: unknown }).data);
      const ours = await dataOf(local(ourPort(false)));
      sameAnswer = ours === (await dataOf(local(peerPort(false)))) && ours === (await dataOf(local(ENGINE_PORT)));
      if (!sameAnswer) log("warning: our gateway, @apollo/gateway and Hive's runtime alone do not all give the same dashboard answer");
      await alternate([
        { key: "d", label: "single-subgraph query, directly at the challenge subgraph", target: { url: subgraph, bodies: [single] } },
        {
          key: "c",
          label: "single-subgraph query through our gateway, dedup off",
          target: { url: local(ourPort(false)), bodies: [single] },
        },
        {
          key: "a",
          label: "dashboard query (challenge + directory + catalog) through our gateway, dedup off",
          target: { url: local(ourPort(false)), bodies: [dashboard] },
        },
        {
          key: "b",
          label: "dashboard query through @apollo/gateway, no dedup (its only mode)",
          target: { url: local(peerPort(false)), bodies: [dashboard] },
        },
        {
          key: "e",
          label: "dashboard query through Hive Gateway's runtime alone (Rust planner, HTTP transport, none of our plugins), dedup off",
          target: { url: local(ENGINE_PORT), bodies: [dashboard] },
        },
      ]);
    });
    // Dedup on: our gateway's default, and the peer with a hand-written one.
    await withServices([ourGateway(true), peerGateway(true)], () =>
      alternate([
        {
          key: "a-dedup",
          label: "dashboard query through our gateway, dedup on (its default)",
          target: { url: local(ourPort(true)), bodies: [dashboard] },
        },
        {
          key: "b-dedup",
          label: "dashboard query through @apollo/gateway with hand-written in-flight dedup",
          target: { url: local(peerPort(true)), bodies: [dashboard] },
        },
        {
          key: "c-dedup",
          label: "single-subgraph query through our gateway, dedup on",
          target: { url: local(ourPort(true)), bodies: [single] },
        },
      ]),
    );

    const cacheAvailable = gatewayHasResponseCache();
    if (cacheAvailable) {
      await alternate([
        {
          key: "cached",
          label: "dashboard query, anonymous, through our gateway as main.js starts it (response cache and dedup on)",
          target: { url: gatewayUrl, bodies: [dashboard] },
        },
      ]);
    } else {
      log("cached: not available (the gateway has no response cache)");
    }

    // Aggregates at the challenge subgraph, one connection: the latency of the query itself, not of a queue.
    const statistics = await rootFieldQuery(subgraph, "challengeStatistics");
    await alternate([
      {
        key: "agg-area",
        label: "aggregate ChallengeArea.commitmentStats (one area) at the challenge subgraph, 1 connection",
        target: { url: subgraph, bodies: [areaStatsQuery] },
        connections: 1,
      },
      ...(statistics
        ? [
            {
              key: "agg-stats",
              label: "aggregate challengeStatistics at the challenge subgraph, 1 connection",
              target: { url: subgraph, bodies: [body(statistics)] },
              connections: 1,
            },
          ]
        : []),
    ]);
    if (!statistics) log("challengeStatistics: not available (not in the challenge subgraph's schema)");

    let soak: Report["soak"];
    if (options.soak) {
      log(`soak: ${options.soakSeconds} s of mixed load through our gateway (main.js), RSS sampled every 5 s`);
      // Anonymous requests (the response cache answers most) and the same queries signed in (never cached); access
      // tokens live 10 minutes, so a fresh one is fetched every 5.
      let token = await signIn(gatewayUrl);
      const refresh = setInterval(() => {
        signIn(gatewayUrl).then(
          (fresh) => {
            token = fresh;
          },
          (error: unknown) => log(`soak: could not refresh the token: ${String(error)}`),
        );
      }, 300_000);
      const sampler = sampleMemory(tracked(), 5000);
      const heapSampler = sampleHeap([
        ...Object.entries(SUBGRAPH_PORTS).map(([name, port]) => ({ name, metricsUrl: local(port, "/metrics") })),
        { name: "gateway", metricsUrl: local(GATEWAY_PORT, "/metrics") },
      ]);
      const mixed: Target = {
        url: gatewayUrl,
        bodies: [dashboard, dashboard, single, body(allAreaStatsQuery), body(dashboardQuery(20)), single],
        authenticated: [false, true, false, false, true, true],
        token: () => token,
      };
      const result = await hammer(mixed, { seconds: options.soakSeconds, connections: options.connections });
      clearInterval(refresh);
      const { peaks, samples } = sampler.stop();
      const heaps = heapSampler.stop();
      // The first tenth is warm-up (caches and JIT fill); the slopes are fitted over the rest.
      const steady = (points: { t: number; mb: number }[]) => points.filter((p) => p.t >= options.soakSeconds / 10);
      const services = [...samples.entries()].map(([name, points]) => {
        const heap = heaps.get(name);
        return {
          name,
          slopeMbPerMin: slope(steady(points)) * 60,
          heapSlopeMbPerMin: heap?.length ? slope(troughs(steady(heap))) * 60 : undefined,
          peakMb: peaks[name] ?? 0,
          samples: points.length,
        };
      });
      for (const [name, mb] of Object.entries(peaks)) overallPeaks[name] = Math.max(overallPeaks[name] ?? 0, mb);
      soak = { seconds: options.soakSeconds, result, services };
      for (const s of services) {
        const heap = s.heapSlopeMbPerMin === undefined ? "" : `, live heap ${s.heapSlopeMbPerMin.toFixed(2)} MB/min`;
        log(`soak ${s.name.padEnd(12)} RSS ${s.slopeMbPerMin.toFixed(2)} MB/min${heap}, peak ${s.peakMb.toFixed(0)} MB`);
      }
    }

    const lifetimePeaks: Record<string, number> = {};
    for (const s of tracked()) lifetimePeaks[s.name] = memoryMb(s.pid, "VmHWM") ?? 0;

    const report: Report = {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? "?",
        memoryGb: totalmem() / 1024 ** 3,
        loadBefore: loadBefore.map((n) => n.toFixed(2)).join(", "),
        loadAfter: loadavg()
          .map((n) => n.toFixed(2))
          .join(", "),
        node: process.version,
      },
      versions: {
        "@graphql-hive/gateway-runtime": versionOf("gateway", "@graphql-hive/gateway-runtime"),
        "@graphql-hive/router-runtime": versionOf("gateway", "@graphql-hive/router-runtime"),
        "@graphql-mesh/transport-http": versionOf("gateway", "@graphql-mesh/transport-http"),
        "@apollo/gateway": versionOf("bench", "@apollo/gateway"),
        "@apollo/server": versionOf("bench", "@apollo/server"),
        autocannon: versionOf("bench", "autocannon"),
      },
      store: options.postgres
        ? "PostgreSQL (127.0.0.1:5432, throwaway database, one schema per subgraph)"
        : "SQLite (one file per subgraph)",
      scale: options.scale,
      size,
      load: marker.timings,
      loadedAt: marker.loadedAt,
      seconds: options.seconds,
      warmup: options.warmup,
      connections: options.connections,
      rounds: options.rounds,
      scenarios,
      cacheAvailable,
      statisticsAvailable: Boolean(statistics),
      sqlGrowth,
      sameAnswer,
      overallPeaks,
      lifetimePeaks,
      soak,
    };
    const markdown = renderReport(report);
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, markdown);
    console.log(`\n${markdown}`);
    log(`written to ${options.out}`);
  } finally {
    await cleanup();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
}
