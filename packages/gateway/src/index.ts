// The gateway as a library: composition and serving, for tools and tests (e.g. packages/compat). `main.ts` is the process.
export { type ComposedSupergraph, CompositionError, composeSupergraph, type SubgraphSource } from "./compose.js";
export { type GatewayEnvironment, loadGatewayEnvironment } from "./environment.js";
export { INTERNAL_ERROR_MESSAGE, maskGatewayError, TIMEOUT_MESSAGE, UNAVAILABLE_MESSAGE } from "./error-masking.js";
export { createGateway, type GatewayOptions, type RunningGateway, type StartGatewayOptions, startGateway } from "./gateway.js";
export { publicSchemaPath, supergraphPath } from "./paths.js";
export { type SubgraphEntry, subgraphs, subgraphUrlVariable } from "./subgraphs.js";
export { COMPOSE_COMMAND, readCommittedSubgraphs, renderSupergraphFiles } from "./supergraph-files.js";
