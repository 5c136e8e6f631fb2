import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { atLeast, boundedLoad, type FaultStack, type Outcome, post, startFaultStack, supportHeaders } from "./faults.js";
import { LoadBalancer, type Replica, startReplica } from "./replicas.js";

// Two gateways behind one load balancer, and two directory replicas (sharing the SQLite files, one host) behind another
// that both gateways use: the layout of docs/operations.md "Several replicas", on loopback.
const OFFSET = 650;
let stack: FaultStack;
let support: Record<string, string>;
let directoryB: Replica;
const gateways: Replica[] = [];
let directoryBalancer: LoadBalancer;
let gatewayBalancer: LoadBalancer;

beforeAll(async () => {
  stack = await startFaultStack(OFFSET);
  const identity = `http://127.0.0.1:${4003 + OFFSET}`;
  const common = {
    AUTH_JWKS_URL: `${identity}/.well-known/jwks.json`,
    AUTH_SESSION_URL: `${identity}/sessions/`,
    LOG_LEVEL: "warn",
    RATE_LIMIT_ANONYMOUS: "0",
    RATE_LIMIT_ACCOUNT: "0",
    RATE_LIMIT_API_CLIENT: "0",
    // As scripts/stack.mjs tells every service where the others are.
    CATALOG_URL: `http://127.0.0.1:${4001 + OFFSET}/graphql`,
    DIRECTORY_URL: `http://127.0.0.1:${4002 + OFFSET}/graphql`,
    IDENTITY_URL: `${identity}/graphql`,
  };
  // The stack's own gateway is not used here: stop it to leave the two cores to the replicas.
  await stack.service("gateway").stop();
  directoryB = await startReplica("directory", { ...common, DATA_DIR: stack.dataDir });
  directoryBalancer = await new LoadBalancer([4002 + OFFSET, directoryB.port]).listen();
  const gatewayEnv = { ...common, DIRECTORY_URL: `${directoryBalancer.url}/graphql` };
  gateways.push(...(await Promise.all([startReplica("gateway", gatewayEnv), startReplica("gateway", gatewayEnv)])));
  gatewayBalancer = await new LoadBalancer(gateways.map((gateway) => gateway.port)).listen();
  support = await supportHeaders(`${gatewayBalancer.url}/graphql`);
});
afterAll(async () => {
  for (const gateway of gateways) await gateway.stop();
  await directoryB?.stop();
  await gatewayBalancer?.close();
  await directoryBalancer?.close();
  await stack?.dispose();
});

const QUERY = `{ challengeAreas { code } members(first: 20) { totalCount edges { node { ogpCode institutions { id } } } } viewer { email } }`;
interface Answer {
  data?: { challengeAreas?: unknown[]; members?: { edges: unknown[] } | null; viewer?: { email: string } | null } | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
}
const isFull = (outcome: Outcome<Answer>) =>
  outcome.kind === "response" &&
  outcome.status === 200 &&
  !outcome.body.errors &&
  outcome.body.data?.challengeAreas?.length === 10 &&
  (outcome.body.data.members?.edges.length ?? 0) > 0 &&
  outcome.body.data.viewer?.email === "support@ogc.example";

describe("rolling restart with two replicas behind a load balancer", () => {
  it("each directory replica, then each gateway replica, taken out of the load balancer, SIGTERMed (drain), started again and put back, one at a time, during 4 clients querying every subgraph: no request fails", async () => {
    const url = `${gatewayBalancer.url}/graphql`;
    const steps: string[] = [];
    const roll = async (balancer: LoadBalancer, port: number, restart: () => Promise<void>, label: string) => {
      const started = Date.now();
      balancer.remove(port);
      await restart();
      balancer.add(port);
      steps.push(`${label} in ${Date.now() - started} ms`);
    };
    const { results, duringError } = await boundedLoad({
      clients: 4,
      durationMs: 90_000,
      maxRequests: 50_000,
      work: () => post<Answer>(url, { query: QUERY }, support),
      stopWhenDuringEnds: true,
      during: async (sofar) => {
        await atLeast(sofar, 50);
        await roll(directoryBalancer, 4002 + OFFSET, () => stack.service("directory").restart(), "directory A");
        await roll(directoryBalancer, directoryB.port, () => directoryB.restart(), "directory B");
        for (const [index, gateway] of gateways.entries()) {
          await roll(gatewayBalancer, gateway.port, () => gateway.restart(), `gateway ${index + 1}`);
        }
        await atLeast(sofar, sofar.length + 50);
      },
    });
    expect(duringError).toBeUndefined();
    const failed = results.filter((outcome) => !isFull(outcome));
    console.info(`rolled ${steps.join(", ")}: ${results.length} requests, ${failed.length} not full`);
    expect(failed.slice(0, 3), `${failed.length} of ${results.length} requests failed`).toEqual([]);
    expect(results.length).toBeGreaterThan(100);
  });
});
