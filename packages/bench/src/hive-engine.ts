// Hive Gateway's runtime alone, row (e): the engine our gateway is built on, with its Rust planner and HTTP transport as
// packages/gateway configures them, and nothing of ours: no authentication, guards, limits, persisted queries, response
// cache, metrics or logging; upstream deduplication off. Measured beside (a) and (b), it tells how much of (a)'s cost is
// Hive's and how much is our plugins'. Subgraph URLs are rewritten from `<NAME>_URL`, as the peer's are.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import { unifiedGraphHandler } from "@graphql-hive/router-runtime";
import httpTransport from "@graphql-mesh/transport-http";

const port = Number(process.env.PORT ?? 5170);
const supergraphPath = process.env.SUPERGRAPH_PATH;
if (!supergraphPath) throw new Error("SUPERGRAPH_PATH is required");

const transportEntries: Record<string, { location?: string; options?: Record<string, unknown> }> = {
  "*.http": { options: { deduplicateInflightRequests: false } },
};
for (const [, name] of readFileSync(supergraphPath, "utf8").matchAll(/@join__graph\(name: "([a-z]+)"/g)) {
  const url = process.env[`${(name as string).toUpperCase()}_URL`];
  if (url) transportEntries[name as string] = { location: url };
}

const runtime = createGatewayRuntime({
  supergraph: readFileSync(supergraphPath, "utf8"),
  unifiedGraphHandler,
  transports: { http: httpTransport },
  transportEntries,
  graphqlEndpoint: "/graphql",
  logging: false,
  landingPage: false,
  graphiql: false,
});
const server = createServer(runtime);
server.listen(port, "127.0.0.1", () => console.log(JSON.stringify({ msg: "hive engine ready", port })));
const stop = () => {
  server.close();
  Promise.resolve(runtime.dispose()).then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
