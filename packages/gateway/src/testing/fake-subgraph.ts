import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeRequest {
  query: string;
  variables?: Record<string, unknown>;
  headers: IncomingHttpHeaders;
}

export interface FakeSubgraph {
  url: string;
  /** Every request it received, in order. */
  requests: FakeRequest[];
  close(): Promise<void>;
}

/**
 * A stand-in subgraph answering with whatever `answer` returns, to make the gateway face answers a real subgraph
 * rarely gives on demand (errors of each kind, slowness, echoes of the headers it received).
 */
export async function startFakeSubgraph(answer: (request: FakeRequest) => unknown | Promise<unknown>): Promise<FakeSubgraph> {
  const requests: FakeRequest[] = [];
  const server = createServer(async (incoming, response) => {
    let text = "";
    for await (const chunk of incoming) text += chunk;
    const body = JSON.parse(text) as { query: string; variables?: Record<string, unknown> };
    const request = { query: body.query, variables: body.variables, headers: incoming.headers };
    requests.push(request);
    const result = await answer(request);
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify(result));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
