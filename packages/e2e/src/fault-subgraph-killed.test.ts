import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { boundedLoad, type FaultStack, type Outcome, pollUntil, post, startFaultStack, statusOf } from "./faults.js";

let stack: FaultStack;

beforeAll(async () => {
  stack = await startFaultStack(600);
});
afterAll(() => stack?.dispose());

// Catalog and directory in one operation; `memberByOgpCode` is nullable, so the catalog's part survives the directory's loss.
const SPANNING = `{ challengeAreas { code } memberByOgpCode(code: "ALB") { name institutions { id } } }`;

interface Answer {
  data?: { challengeAreas?: { code: string }[] | null; memberByOgpCode?: { name: string } | null } | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
}

/** A full answer: both subgraphs' parts and no error. */
function isFull(outcome: Outcome<Answer>): boolean {
  return (
    outcome.kind === "response" &&
    outcome.status === 200 &&
    !outcome.body.errors &&
    outcome.body.data?.challengeAreas?.length === 10 &&
    outcome.body.data.memberByOgpCode?.name === "Albania"
  );
}

/** The catalog's part in full, the directory's part null with a SERVICE_UNAVAILABLE error on its path. */
function isDegraded(outcome: Outcome<Answer>): boolean {
  if (outcome.kind !== "response" || outcome.status !== 200) return false;
  const { data, errors } = outcome.body;
  return (
    data?.challengeAreas?.length === 10 &&
    data.memberByOgpCode === null &&
    (errors?.length ?? 0) > 0 &&
    (errors ?? []).every((error) => typeof error.extensions?.code === "string" && error.extensions.code.length > 0) &&
    (errors ?? []).some((error) => error.path?.[0] === "memberByOgpCode")
  );
}

describe("a subgraph killed under load", () => {
  it("SIGKILL of the directory during 10 clients x 3 s of catalog+directory queries: the gateway stays up (process alive, /healthz 200) and every answer is GraphQL JSON, full or with the catalog's data and a coded error for the directory", async () => {
    const gateway = stack.service("gateway");
    const directory = stack.service("directory");
    const { results, duringError } = await boundedLoad({
      clients: 10,
      durationMs: 3000,
      maxRequests: 20_000,
      work: () => post<Answer>(stack.gatewayUrl, { query: SPANNING }),
      during: async () => {
        // Let the load run for a second before the crash, so requests are in flight when it happens.
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await directory.kill();
      },
    });
    expect(duringError).toBeUndefined();
    expect(directory.child.signalCode).toBe("SIGKILL");

    const unexpected = results.filter((outcome) => !isFull(outcome) && !isDegraded(outcome));
    expect(unexpected.slice(0, 3), `${unexpected.length} of ${results.length} answers were neither full nor degraded`).toEqual([]);
    const degraded = results.filter(isDegraded);
    expect(results.filter(isFull).length).toBeGreaterThan(0);
    expect(degraded.length).toBeGreaterThan(0);
    // The killed part is named, and no internals (addresses, driver errors, stack traces) reach the client.
    for (const outcome of degraded.slice(0, 50)) {
      if (outcome.kind !== "response") continue;
      expect(outcome.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|localhost:|stacktrace|\.js:\d+/);
    }
    expect(gateway.child.exitCode).toBeNull();
    expect(gateway.child.signalCode).toBeNull();
    expect(await statusOf(stack.gatewayUrl.replace("/graphql", "/healthz"))).toBe(200);
  });

  it("restart() of the killed directory: full answers through the same gateway process within a few seconds", async () => {
    const gateway = stack.service("gateway");
    const pid = gateway.child.pid;
    await stack.service("directory").restart();
    const { afterMs } = await pollUntil(
      "a full answer after the directory is back",
      async () => {
        const outcome = await post<Answer>(stack.gatewayUrl, { query: SPANNING });
        return isFull(outcome) ? outcome : undefined;
      },
      { timeoutMs: 5000 },
    );
    expect(afterMs).toBeLessThan(5000);
    // Then it stays full: 20 answers in a row.
    for (let attempt = 0; attempt < 20; attempt += 1) {
      expect(isFull(await post<Answer>(stack.gatewayUrl, { query: SPANNING }))).toBe(true);
    }
    expect(gateway.child.pid).toBe(pid);
    expect(gateway.child.exitCode).toBeNull();
  });
});
