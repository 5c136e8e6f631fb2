import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { atLeast, boundedLoad, type FaultStack, type Outcome, pollUntil, post, startFaultStack, supportHeaders } from "./faults.js";

let stack: FaultStack;
let support: Record<string, string>;

beforeAll(async () => {
  stack = await startFaultStack(750);
  support = await supportHeaders(stack.gatewayUrl);
});
afterAll(() => stack?.dispose());

// Every subgraph in one operation: catalog (areas), directory (members, institutions), identity (viewer).
const EVERY_SUBGRAPH = `{
  challengeAreas { code name(locale: FR) }
  members(first: 20) { totalCount edges { node { ogpCode name institutions { id name } } } }
  viewer { email role }
}`;

interface Answer {
  data?: {
    challengeAreas?: unknown[];
    members?: { edges: unknown[] } | null;
    viewer?: { email: string } | null;
  } | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
}

function isFull(outcome: Outcome<Answer>): boolean {
  return (
    outcome.kind === "response" &&
    outcome.status === 200 &&
    !outcome.body.errors &&
    outcome.body.data?.challengeAreas?.length === 10 &&
    (outcome.body.data.members?.edges.length ?? 0) > 0 &&
    outcome.body.data.viewer?.email === "support@ogc.example"
  );
}

const summary = (outcomes: Outcome<Answer>[]) => {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) {
    const key = isFull(outcome)
      ? "full"
      : outcome.kind === "response"
        ? `errors:${(outcome.body.errors ?? []).map((error) => `${error.path?.join(".")}=${error.extensions?.code}`).join(",")}`
        : outcome.kind === "network"
          ? `network:${outcome.code}`
          : `${outcome.kind}:${outcome.status}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};

describe("graceful shutdown", () => {
  it("SIGTERM to the gateway during 20 concurrent clients: every request in flight at the signal is answered in full, later ones are refused before any response (never a truncated or non-JSON body), and the process exits 0 by itself", async () => {
    const gateway = stack.service("gateway");
    let sigtermAt = Number.POSITIVE_INFINITY;
    let exit: unknown;
    const { results, duringError } = await boundedLoad({
      clients: 20,
      durationMs: 4000,
      maxRequests: 20_000,
      work: () => post<Answer>(stack.gatewayUrl, { query: EVERY_SUBGRAPH }, support),
      stopWhenDuringEnds: true,
      during: async (sofar) => {
        // Steady load first (200 answers), rather than a fixed wait.
        await atLeast(sofar, 200);
        sigtermAt = Date.now();
        exit = await gateway.stop();
      },
    });
    expect(duringError).toBeUndefined();
    // Exited with 0 on its own, well within stop()'s 10 s grace before SIGKILL.
    expect(exit).toEqual({ code: 0, signal: null });

    const counts = JSON.stringify(summary(results));
    const broken = results.filter((outcome) => outcome.kind === "truncated" || outcome.kind === "invalid");
    expect(broken, counts).toEqual([]);
    // Every answer that came back is a full one: draining never cut a subgraph call short.
    expect(
      results.filter((outcome) => outcome.kind === "response" && !isFull(outcome)),
      counts,
    ).toEqual([]);
    // In flight at the signal (sent before, finished after): answered in full.
    const inFlight = results.filter((outcome) => outcome.startedAt < sigtermAt && outcome.endedAt >= sigtermAt);
    const inFlightUnanswered = inFlight.filter((outcome) => !isFull(outcome));
    expect(inFlight.length, counts).toBeGreaterThan(0);
    expect(inFlightUnanswered, counts).toEqual([]);
    // After the signal: nothing answered wrongly; new connections are refused once the port is closed.
    const after = results.filter((outcome) => outcome.startedAt >= sigtermAt);
    expect(after.every((outcome) => isFull(outcome) || outcome.kind === "network")).toBe(true);
    const late = await post<Answer>(stack.gatewayUrl, { query: EVERY_SUBGRAPH }, support);
    expect(late.kind === "network" && late.code).toBe("ECONNREFUSED");
    console.info(`gateway SIGTERM: ${inFlight.length} requests in flight at the signal, all answered in full; outcomes ${counts}`);

    await gateway.restart();
    expect(isFull(await post<Answer>(stack.gatewayUrl, { query: EVERY_SUBGRAPH }, support))).toBe(true);
  });

  // With one process per subgraph, restart() leaves its port closed for 2-4 s: the gateway retries refused
  // connections (packages/gateway/src/upstream-retry.ts), and while identity restarts every service stands on its
  // last session check (kit cachedSessionCheck, stale-if-error), so no caller sees an error or is signed out.
  for (const name of ["catalog", "directory", "identity"]) {
    it(`rolling restart() of the ${name} subgraph (SIGTERM, drain, start, ready) during 5 clients querying every subgraph through the gateway fails no request (the gateway retries refused connections; sessions stand on their last check while identity restarts)`, async () => {
      const service = stack.service(name);
      const { results, duringError } = await boundedLoad({
        clients: 5,
        durationMs: 30_000,
        maxRequests: 20_000,
        work: () => post<Answer>(stack.gatewayUrl, { query: EVERY_SUBGRAPH }, support),
        stopWhenDuringEnds: true,
        during: async (sofar) => {
          await atLeast(sofar, 50);
          await service.restart();
          // Some load against the new process too, then stop.
          await atLeast(sofar, sofar.length + 50);
        },
      });
      // Whatever the restart does, the load ran, no answer was broken and full answers came back.
      if (duringError) throw new Error(`the restart itself failed: ${String(duringError)}`);
      expect(results.filter((outcome) => outcome.kind === "truncated" || outcome.kind === "invalid")).toEqual([]);
      await pollUntil("a full answer after the restart", async () =>
        isFull(await post<Answer>(stack.gatewayUrl, { query: EVERY_SUBGRAPH }, support)) ? true : undefined,
      );
      const counts = summary(results);
      console.info(`${name} rolling restart: ${JSON.stringify(counts)}`);
      expect(results.filter((outcome) => !isFull(outcome)).length, JSON.stringify(counts)).toBe(0);
    });
  }
});
