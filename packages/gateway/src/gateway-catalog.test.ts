import { readFileSync } from "node:fs";
import { createLogger } from "@ogc/kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UNAVAILABLE_MESSAGE } from "./error-masking.js";
import { type RunningGateway, startGateway } from "./gateway.js";
import { supergraphPath } from "./paths.js";
import { answers200, postGraphQL } from "./testing/http.js";
import { createSubgraphProcess, type SubgraphProcess } from "./testing/subgraph-process.js";

// The walking skeleton end to end: the real catalog subgraph as its own process, the gateway serving the committed
// supergraph over real HTTP, and what a dashboard sees when the catalog goes away and comes back.

const AREAS_IN_FRENCH = "{ challengeAreas { code name(locale: FR) } }";
const AREAS_IN_SPANISH = "{ challengeAreas { code name(locale: ES) } }";

let catalog: SubgraphProcess;
let gateway: RunningGateway;
let base: string;

beforeAll(async () => {
  catalog = await createSubgraphProcess("catalog");
  await catalog.start();
  gateway = await startGateway({
    supergraphSdl: readFileSync(supergraphPath, "utf8"),
    logger: createLogger("gateway", "silent"),
    port: 0,
    host: "127.0.0.1",
    subgraphUrls: { catalog: catalog.url },
  });
  base = gateway.url.replace(/\/graphql$/, "");
}, 60_000);

afterAll(async () => {
  await gateway?.close();
  await catalog?.dispose();
});

describe("the gateway in front of the catalog subgraph", () => {
  it("returns the ten challenge areas with their French names", async () => {
    const { status, body } = await postGraphQL(gateway.url, AREAS_IN_FRENCH);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const areas = (body.data?.challengeAreas ?? []) as { code: string; name: string }[];
    expect(areas).toHaveLength(10);
    expect(areas.find((area) => area.code === "ACCESS_TO_INFORMATION")?.name).toBe("Accès à l'information");
    expect(areas.find((area) => area.code === "CLIMATE_AND_ENVIRONMENT")?.name).toBe("Climat et environnement");
  });

  it("answers an unknown field or a syntax error with a clear message and nothing internal", async () => {
    const unknown = await postGraphQL(gateway.url, "{ challengeAreas { code colour } }");
    expect(unknown.body.data).toBeUndefined();
    expect(unknown.body.errors).toEqual([
      expect.objectContaining({
        message: 'Cannot query field "colour" on type "ChallengeArea".',
        extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
      }),
    ]);
    const syntax = await postGraphQL(gateway.url, "{ challengeAreas { code ");
    expect(syntax.body.errors).toEqual([expect.objectContaining({ extensions: { code: "GRAPHQL_PARSE_FAILED" } })]);
    expect(syntax.body.errors?.[0]?.message).toMatch(/^Syntax Error: /);
    expect(JSON.stringify([unknown.body, syntax.body])).not.toMatch(/stack|at \/|node_modules|Did you mean/);
  });

  it("keeps answering when the catalog dies, and serves it again once it is back", async () => {
    await catalog.kill();

    // An answer cached before the outage is still served (the first test asked for it)...
    const cached = await postGraphQL(gateway.url, AREAS_IN_FRENCH);
    expect(cached.headers.get("x-cache")).toBe("HIT");
    expect(cached.body.data?.challengeAreas).toHaveLength(10);
    // ...one that is not becomes an error for the missing part.
    const down = await postGraphQL(gateway.url, AREAS_IN_SPANISH);
    expect(down.headers.get("content-type")).toMatch(/json/);
    expect(down.body.data ?? null).toBeNull();
    expect(down.body.errors).toEqual([
      expect.objectContaining({ message: UNAVAILABLE_MESSAGE, extensions: { code: "SERVICE_UNAVAILABLE" } }),
    ]);
    expect(JSON.stringify(down.body)).not.toContain(catalog.url);
    expect(await answers200(`${base}/healthz`)).toBe(true);

    await catalog.start();
    const back = await postGraphQL(gateway.url, AREAS_IN_SPANISH);
    expect(back.body.errors).toBeUndefined();
    expect(back.body.data?.challengeAreas).toHaveLength(10);
  }, 60_000);
});
