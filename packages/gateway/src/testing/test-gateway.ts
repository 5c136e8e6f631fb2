import { createLogger, type Logger } from "@ogc/kit";
import { composeSupergraph } from "../compose.js";
import { type RunningGateway, type StartGatewayOptions, startGateway } from "../gateway.js";
import { type FakeRequest, type FakeSubgraph, startFakeSubgraph } from "./fake-subgraph.js";

/**
 * A small graph shaped like the hub's: a Relay connection with `first`, plain lists, an object that nests itself (for
 * depth), a mutation. Every field is nullable, so the fake subgraph's empty answers are valid answers.
 */
export const TEST_SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])
type Query {
  hello: String
  headers: String
  member(id: ID): Member
  members(first: Int, after: String): MemberConnection
  areas: [Area]
}
type Mutation {
  rename(id: ID, name: String): Member
}
type MemberConnection {
  totalCount: Int
  edges: [MemberEdge]
  pageInfo: PageInfo
}
type MemberEdge {
  cursor: String
  node: Member
}
type PageInfo {
  hasNextPage: Boolean
  endCursor: String
}
type Member {
  id: ID
  name: String
  parent: Member
  areas: [Area]
}
type Area {
  code: String
  name: String
}`;

/** Echoes the headers it received for `headers`; answers `hello` with "world"; everything else with nulls. */
export function answerTestQuery(request: FakeRequest): unknown {
  if (request.query.includes("headers")) return { data: { headers: JSON.stringify(request.headers) } };
  if (request.query.includes("hello")) return { data: { hello: "world" } };
  return { data: {} };
}

export interface TestGateway {
  gateway: RunningGateway;
  fake: FakeSubgraph;
  /** The server's base URL, without `/graphql`. */
  base: string;
}

/** Starts gateways over `TEST_SDL` and the fake subgraph, and stops every one of them in `stopAll`. */
export function testGateways() {
  const started: TestGateway[] = [];
  return {
    async start(options: Partial<StartGatewayOptions> = {}, logger: Logger = createLogger("gateway", "silent")): Promise<TestGateway> {
      const fake = await startFakeSubgraph(answerTestQuery);
      const { supergraphSdl } = composeSupergraph([{ name: "fake", url: "http://127.0.0.1:9/graphql", sdl: TEST_SDL }]);
      try {
        const gateway = await startGateway({
          supergraphSdl,
          logger,
          port: 0,
          host: "127.0.0.1",
          subgraphUrls: { fake: fake.url },
          ...options,
        });
        const running = { gateway, fake, base: gateway.url.replace(/\/graphql$/, "") };
        started.push(running);
        return running;
      } catch (error) {
        await fake.close();
        throw error;
      }
    },
    async stopAll(): Promise<void> {
      await Promise.all(
        started.splice(0).map(async ({ gateway, fake }) => {
          await gateway.close();
          await fake.close();
        }),
      );
    },
  };
}
