// The gateway as a library: composition and serving, for tools and tests (e.g. packages/compat). `main.ts` is the process.
export { type AuthenticationSettings, createGatewayVerifier, viewerOf } from "./authentication.js";
export { type ComposedSupergraph, CompositionError, composeSupergraph, type SubgraphSource } from "./compose.js";
export { type GatewayEnvironment, loadGatewayEnvironment } from "./environment.js";
export { INTERNAL_ERROR_MESSAGE, maskGatewayError, TIMEOUT_MESSAGE, UNAVAILABLE_MESSAGE } from "./error-masking.js";
export { createGateway, type GatewayOptions, type RunningGateway, type StartGatewayOptions, startGateway } from "./gateway.js";
export { DEFAULT_OPERATION_LIMITS, measureOperation, type OperationLimits, type OperationMeasure } from "./operation-limits.js";
export { publicSchemaPath, supergraphPath } from "./paths.js";
export { DEFAULT_RATE_LIMITS, type RateLimitOptions, type RateLimits } from "./rate-limit.js";
export { REFUSAL_CODES, type RefusalCode } from "./refusal.js";
export { CSRF_HEADERS, DEFAULT_MAX_REQUEST_BODY_BYTES } from "./request-guards.js";
export { type SubgraphEntry, subgraphs, subgraphUrlVariable } from "./subgraphs.js";
export { COMPOSE_COMMAND, readCommittedSubgraphs, renderSupergraphFiles } from "./supergraph-files.js";
