import type { ApolloServerPlugin } from "@apollo/server";
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

/** Prometheus metrics of one service process, served at `GET /metrics`. */
export interface ServiceMetrics {
  registry: Registry;
  /** HTTP requests by route and status. */
  httpRequestDuration: Histogram<"route" | "method" | "status">;
  /** GraphQL operations by type and outcome (ok, or the first error's code). */
  graphqlOperations: Counter<"operation_type" | "outcome">;
  /** SQL statements sent to the database (the N+1 alarm in production). */
  sqlStatements: Counter;
}

export function createMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpRequestDuration: new Histogram({
      name: "http_request_duration_seconds",
      help: "HTTP request duration by route, method and status.",
      labelNames: ["route", "method", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    graphqlOperations: new Counter({
      name: "graphql_operations_total",
      help: "GraphQL operations by type and outcome (ok, or the code of the first error).",
      labelNames: ["operation_type", "outcome"],
      registers: [registry],
    }),
    sqlStatements: new Counter({ name: "sql_statements_total", help: "SQL statements sent to the database.", registers: [registry] }),
  };
}

/** Counts each GraphQL operation with its outcome. */
export function metricsPlugin<TContext extends object>(metrics: ServiceMetrics): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response }) {
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          const outcome = errors?.length ? String(errors[0]?.extensions?.code ?? "ERROR") : "ok";
          metrics.graphqlOperations.inc({ operation_type: operation?.operation ?? "unknown", outcome });
        },
      };
    },
  };
}
