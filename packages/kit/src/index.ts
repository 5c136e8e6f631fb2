import "reflect-metadata";

export * from "./audit.js";
export * from "./auth.js";
export * from "./context.js";
export * from "./database.js";
export * from "./domain.js";
export * from "./entities.js";
export * from "./env.js";
export * from "./errors.js";
export * from "./loaders.js";
export * from "./locale.js";
export * from "./logger.js";
export * from "./member-profiles.js";
export * from "./messages.js";
export * from "./metrics.js";
export * from "./migrations.js";
export * from "./pagination.js";
export * from "./records.js";
export * from "./schema.js";
export * from "./server.js";
export * from "./subgraph.js";
// Types only: the module itself is imported on demand (`@ogc/kit/tracing`), when tracing is configured.
export type { ServerTracing, StartedTracing } from "./tracing.js";
export * from "./upsert.js";
