// The peer users would pick instead: @apollo/gateway (v2) on @apollo/server 5, over the same committed supergraph with
// the subgraph URLs rewritten to this benchmark's ports. Forwards `authorization` and `accept-language` as ours does.
//
// @apollo/gateway has no upstream deduplication option (its RemoteGraphQLDataSource sends every fetch; nothing named
// "dedup" exists in the package). BENCH_DEDUP=1 adds one by hand, the way a user would: identical in-flight subgraph
// requests (same URL, body and forwarded headers) share one fetch.
import { readFileSync } from "node:fs";
import type { IncomingHttpHeaders } from "node:http";
import { ApolloGateway, type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";

interface PeerContext {
  headers: IncomingHttpHeaders;
}

const FORWARDED = ["authorization", "accept-language"] as const;
const port = Number(process.env.PORT ?? 5150);
const dedup = process.env.BENCH_DEDUP === "1";
const supergraphPath = process.env.SUPERGRAPH_PATH;
if (!supergraphPath) throw new Error("SUPERGRAPH_PATH is required");

/** `<NAME>_URL` replaces the URL of `@join__graph(name: "<name>", url: ...)`. */
const supergraphSdl = readFileSync(supergraphPath, "utf8").replace(
  /@join__graph\(name: "([a-z]+)", url: "([^"]+)"\)/g,
  (whole, name: string) => {
    const url = process.env[`${name.toUpperCase()}_URL`];
    return url ? `@join__graph(name: "${name}", url: "${url}")` : whole;
  },
);

class ForwardingDataSource extends RemoteGraphQLDataSource<PeerContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<PeerContext>): void {
    const headers = (context as Partial<PeerContext>).headers;
    if (!headers || !request.http) return;
    for (const name of FORWARDED) {
      const value = headers[name];
      if (typeof value === "string") request.http.headers.set(name, value);
    }
  }
}

class DeduplicatingDataSource extends ForwardingDataSource {
  private readonly inFlight = new Map<string, ReturnType<RemoteGraphQLDataSource["process"]>>();
  override process(options: GraphQLDataSourceProcessOptions<PeerContext>): ReturnType<RemoteGraphQLDataSource["process"]> {
    if (options.request.query?.trimStart().startsWith("mutation")) return super.process(options);
    const headers = (options.context as Partial<PeerContext>).headers ?? {};
    const key = JSON.stringify([options.request.query, options.request.variables, ...FORWARDED.map((name) => headers[name])]);
    const shared = this.inFlight.get(key);
    if (shared) return shared;
    const pending = super.process(options).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, pending);
    return pending;
  }
}

const gateway = new ApolloGateway({
  supergraphSdl,
  buildService: ({ url }) => (dedup ? new DeduplicatingDataSource({ url }) : new ForwardingDataSource({ url })),
});
const server = new ApolloServer<PeerContext>({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port, host: "127.0.0.1" },
  context: async ({ req }) => ({ headers: req.headers }),
});
console.log(JSON.stringify({ msg: "peer gateway ready", url, dedup }));
const stop = () => {
  server.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
