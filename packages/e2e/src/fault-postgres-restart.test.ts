import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { boundedLoad, type FaultStack, pollUntil, post, startFaultStack, statusOf, supportHeaders } from "./faults.js";
import { graphql } from "./stack.js";
import { postgresBin, startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres.js";

let postgres: ThrowawayPostgres;
let stack: FaultStack;
let support: Record<string, string>;

const PORT_OFFSET = 700;
const SUBGRAPHS = [
  { name: "catalog", port: 4001 },
  { name: "directory", port: 4002 },
  { name: "identity", port: 4003 },
];
const readyz = (port: number) => `http://127.0.0.1:${port + PORT_OFFSET}/readyz`;

const CREATE = `mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id name } }`;
interface CreateAnswer {
  data?: { createPartner?: { id: string; name: string } | null } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Every partner whose name contains `search`, archived or not, through the gateway a page at a time. */
async function partnersNamed(search: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  let after: string | null = null;
  for (let page = 0; page < 100; page += 1) {
    const result: Awaited<ReturnType<typeof graphql<PartnerPage>>> = await graphql<PartnerPage>(
      stack.gatewayUrl,
      `query ($after: String, $search: String) { partners(first: 100, after: $after, filter: { search: $search, includeArchived: true }) { pageInfo { hasNextPage endCursor } edges { node { id name } } } }`,
      { after, search },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    for (const edge of result.data.partners.edges) found.set(edge.node.id, edge.node.name);
    if (!result.data.partners.pageInfo.hasNextPage) return found;
    after = result.data.partners.pageInfo.endCursor;
  }
  throw new Error("more than 100 pages of partners");
}
interface PartnerPage {
  partners: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; name: string } }[] };
}

describe.runIf(postgresBin() !== undefined)("PostgreSQL restarted under writes (a PostgreSQL server under /usr/lib/postgresql)", () => {
  beforeAll(async () => {
    postgres = await startThrowawayPostgres();
    stack = await startFaultStack(PORT_OFFSET, { env: { DATABASE_URL: postgres.url } });
    support = await supportHeaders(stack.gatewayUrl);
  });
  afterAll(async () => {
    await stack?.dispose();
    await postgres?.dispose();
  });

  it("pg_ctl stop -m fast + start during 4 writers creating partners as the support unit: every subgraph's /readyz says 503 while it is down and 200 after, in the same processes; no acknowledged write is missing; failures while down are coded GraphQL errors", async () => {
    const pids = stack.services.map((service) => service.child.pid);
    const acknowledged = new Map<string, string>();
    let writing = true;
    let ackedBeforeStop = 0;
    const timeline: string[] = [];
    const waitForAcks = (count: number) =>
      pollUntil(`${count} acknowledged writes`, async () => (acknowledged.size >= count ? true : undefined), {
        timeoutMs: 20_000,
        intervalMs: 20,
      });

    const { results, duringError } = await boundedLoad({
      clients: 4,
      durationMs: 60_000,
      maxRequests: 4000,
      work: async (index) => {
        if (!writing) return { skipped: true as const };
        const name = `Fault PG partner ${index}`;
        const outcome = await post<CreateAnswer>(
          stack.gatewayUrl,
          { query: CREATE, variables: { input: { name, kind: "ACADEMIA" } } },
          support,
        );
        if (outcome.kind === "response" && outcome.body.data?.createPartner?.id) {
          acknowledged.set(outcome.body.data.createPartner.id, name);
        } else {
          // Pace the retries while the database is away; the loop stays bounded by count and time.
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        return outcome;
      },
      during: async () => {
        try {
          await waitForAcks(20);
          ackedBeforeStop = acknowledged.size;
          await postgres.stop();
          timeline.push(`stopped after ${ackedBeforeStop} acknowledged writes`);
          for (const subgraph of SUBGRAPHS) {
            const { afterMs } = await pollUntil(`${subgraph.name} /readyz 503`, async () =>
              (await statusOf(readyz(subgraph.port))) === 503 ? true : undefined,
            );
            timeline.push(`${subgraph.name} not ready after ${afterMs} ms`);
          }
          await postgres.start();
          for (const subgraph of SUBGRAPHS) {
            const { afterMs } = await pollUntil(
              `${subgraph.name} /readyz 200`,
              async () => ((await statusOf(readyz(subgraph.port))) === 200 ? true : undefined),
              { timeoutMs: 20_000 },
            );
            timeline.push(`${subgraph.name} ready again after ${afterMs} ms`);
          }
          const before = acknowledged.size;
          await waitForAcks(before + 20);
          timeline.push(`${acknowledged.size - before} writes acknowledged after the restart`);
        } finally {
          writing = false;
        }
      },
    });
    expect(duringError, timeline.join("\n")).toBeUndefined();
    expect(ackedBeforeStop).toBeGreaterThanOrEqual(20);
    // Same processes: the services recovered on their own.
    expect(stack.services.map((service) => service.child.pid)).toEqual(pids);
    expect(stack.services.every((service) => service.child.exitCode === null)).toBe(true);

    // Every request was answered with GraphQL JSON: acknowledged, or refused with a coded error.
    const answers = results.filter((result) => !("skipped" in result));
    const broken = answers.filter(
      (outcome) =>
        !("kind" in outcome) ||
        outcome.kind !== "response" ||
        (!outcome.body.data?.createPartner && !outcome.body.errors?.every((error) => typeof error.extensions?.code === "string")),
    );
    expect(broken.slice(0, 3)).toEqual([]);
    const refused = answers.filter((outcome) => "kind" in outcome && outcome.kind === "response" && outcome.body.errors);
    expect(refused.length, "some writes were refused while PostgreSQL was down").toBeGreaterThan(0);

    // No acknowledged write is missing, each with the name it was acknowledged with.
    const stored = await partnersNamed("Fault PG partner");
    const missing = [...acknowledged].filter(([id, name]) => stored.get(id) !== name);
    expect(missing, `${acknowledged.size} acknowledged, ${stored.size} stored`).toEqual([]);
    const codes = new Set(
      refused
        .flatMap((outcome) => ("kind" in outcome && outcome.kind === "response" ? (outcome.body.errors ?? []) : []))
        .map((error) => error.extensions?.code),
    );
    console.info(
      `${timeline.join("; ")}; ${answers.length} writes sent, ${acknowledged.size} acknowledged, ${refused.length} refused (${[...codes].join(", ")})`,
    );
  });

  it("after the restart, a new write through the gateway is acknowledged and read back", async () => {
    const created = await graphql<{ createPartner: { id: string; version: number } }>(
      stack.gatewayUrl,
      CREATE,
      { input: { name: "Fault PG after restart", kind: "MEDIA" } },
      support,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data?.createPartner.id;
    const read = await graphql<{ partner: { name: string } }>(stack.gatewayUrl, `query ($id: ID!) { partner(id: $id) { name } }`, { id });
    expect(read.data?.partner.name).toBe("Fault PG after restart");
  });
});
