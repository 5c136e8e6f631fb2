// What one load run measures: autocannon's throughput and latency, the subgraphs' SQL statement counters, and the
// resident memory of every process (sampled from /proc).
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

export interface Target {
  url: string;
  /** A JSON GraphQL request body, or several sent in turn (mixed load). */
  bodies: string[];
  /** For a mixed load: which bodies are sent with `Authorization: Bearer <token()>` (read at each request). */
  authenticated?: boolean[];
  token?: () => string;
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  mismatches: number;
  seconds: number;
}

const HEADERS = { "content-type": "application/json", accept: "application/json" };

/** One autocannon run. With a single body and `expectBody`, a response that differs counts as a mismatch. */
export async function hammer(
  target: Target,
  options: { seconds: number; connections: number; expectBody?: string | undefined },
): Promise<LoadResult> {
  const result = await autocannon({
    url: target.url,
    method: "POST",
    headers: HEADERS,
    connections: options.connections,
    duration: options.seconds,
    timeout: 30,
    ...(target.bodies.length === 1
      ? { body: target.bodies[0] }
      : {
          requests: target.bodies.map((body, index) => ({
            method: "POST" as const,
            body,
            ...(target.authenticated?.[index] && target.token
              ? {
                  setupRequest: (request: autocannon.Request) => ({
                    ...request,
                    headers: { ...HEADERS, authorization: `Bearer ${target.token?.()}` },
                  }),
                }
              : {}),
          })),
        }),
    ...(options.expectBody !== undefined ? { expectBody: options.expectBody } : {}),
  });
  return {
    requests: result.requests.total,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches ?? 0,
    seconds: result.duration,
  };
}

/** Posts one request; returns the response text (for `expectBody`) and fails on HTTP or GraphQL errors. */
export async function check(url: string, body: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(url, { method: "POST", headers: { ...HEADERS, ...headers }, body });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 500)}`);
  const parsed = JSON.parse(text) as { errors?: unknown[]; data?: unknown };
  if (parsed.errors?.length || !parsed.data) throw new Error(`${url} answered with errors: ${text.slice(0, 500)}`);
  return text;
}

/** `sql_statements_total` summed over the subgraphs' /metrics; undefined when no subgraph exposes it. */
export async function sqlStatements(metricsUrls: string[]): Promise<number | undefined> {
  let total: number | undefined;
  for (const url of metricsUrls) {
    const text = await fetch(url)
      .then((response) => (response.ok ? response.text() : ""))
      .catch(() => "");
    const match = /^sql_statements_total(?:\{[^}]*\})?\s+([0-9.e+]+)/m.exec(text);
    if (match) total = (total ?? 0) + Number(match[1]);
  }
  return total;
}

/** Resident memory of a process in MB (VmRSS), or its high-water mark (VmHWM); undefined once it has gone. */
export function memoryMb(pid: number, field: "VmRSS" | "VmHWM" = "VmRSS"): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** CPU time (user + system, ms) a process has used so far, from /proc; undefined once it has gone. */
export function cpuMs(pid: number): number | undefined {
  try {
    // The fields after the command name (which may hold spaces): utime and stime are the 12th and 13th, in clock ticks.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * (1000 / CLOCK_TICKS_PER_SECOND) : undefined;
  } catch {
    return undefined;
  }
}

/** Linux's USER_HZ, 100 on every architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU ms each process used while `work` ran. */
export async function cpuDuring<T>(processes: Sampled[], work: () => Promise<T>): Promise<{ result: T; cpu: Record<string, number> }> {
  const before = new Map(processes.map((p) => [p.name, cpuMs(p.pid)]));
  const result = await work();
  const cpu: Record<string, number> = {};
  for (const p of processes) {
    const start = before.get(p.name);
    const end = cpuMs(p.pid);
    if (start !== undefined && end !== undefined) cpu[p.name] = end - start;
  }
  return { result, cpu };
}

export interface Sampled {
  name: string;
  pid: number;
}

/** Samples every process's RSS every `everyMs`; `stop()` returns each one's peak and the samples. */
export function sampleMemory(processes: Sampled[], everyMs = 250) {
  const started = performance.now();
  const samples = new Map<string, { t: number; mb: number }[]>(processes.map((p) => [p.name, []]));
  const tick = () => {
    const t = (performance.now() - started) / 1000;
    for (const p of processes) {
      const mb = memoryMb(p.pid);
      if (mb !== undefined) samples.get(p.name)?.push({ t, mb });
    }
  };
  tick();
  const timer = setInterval(tick, everyMs);
  return {
    stop() {
      clearInterval(timer);
      tick();
      const peaks: Record<string, number> = {};
      for (const [name, list] of samples) if (list.length) peaks[name] = Math.max(...list.map((s) => s.mb));
      return { peaks, samples };
    },
  };
}

/**
 * Heap in use (`nodejs_heap_size_used_bytes`, which every service's /metrics serves) of each service, sampled every
 * `everyMs`. Between collections it climbs and falls; its lows (see `troughs`) are what the service keeps alive.
 */
export function sampleHeap(services: { name: string; metricsUrl: string }[], everyMs = 2000) {
  const started = performance.now();
  const samples = new Map<string, { t: number; mb: number }[]>(services.map((s) => [s.name, []]));
  const tick = async () => {
    const t = (performance.now() - started) / 1000;
    await Promise.all(
      services.map(async (service) => {
        const text = await fetch(service.metricsUrl)
          .then((response) => (response.ok ? response.text() : ""))
          .catch(() => "");
        const match = /^nodejs_heap_size_used_bytes(?:\{[^}]*\})?\s+([0-9.e+]+)/m.exec(text);
        if (match) samples.get(service.name)?.push({ t, mb: Number(match[1]) / 2 ** 20 });
      }),
    );
  };
  const timer = setInterval(() => void tick(), everyMs);
  return {
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}

/** The lowest sample of each `windowSeconds` window (the heap right after a collection), one point per window. */
export function troughs(points: { t: number; mb: number }[], windowSeconds = 30): { t: number; mb: number }[] {
  const lows = new Map<number, number>();
  for (const p of points) {
    const window = Math.floor(p.t / windowSeconds);
    lows.set(window, Math.min(lows.get(window) ?? Number.POSITIVE_INFINITY, p.mb));
  }
  return [...lows].map(([window, mb]) => ({ t: (window + 0.5) * windowSeconds, mb }));
}

/** Least-squares slope of y over t (per second), with the number of points. */
export function slope(points: { t: number; mb: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const meanT = points.reduce((sum, p) => sum + p.t, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.mb, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.t - meanT) * (p.mb - meanY);
    den += (p.t - meanT) ** 2;
  }
  return den === 0 ? 0 : num / den;
}
