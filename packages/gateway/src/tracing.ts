// OpenTelemetry tracing of the gateway, when an OTLP endpoint is configured (`tracing` in environment.ts). The SDK is
// the kit's (the same exporter, sampler and resource as every subgraph); the spans are Hive Gateway's own plugin's: one
// per HTTP request (continuing the client's `traceparent`), GraphQL operation, parse, validate, execute, subgraph
// execution and upstream fetch, whose `traceparent` the subgraphs continue, so one request is one trace.
// Both are imported here on demand: with tracing off, no OpenTelemetry code is loaded.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import type { Logger, TracingSettings } from "@ogc/kit";

export interface GatewayTracing {
  /** Hive's OpenTelemetry plugin: first in the plugin list, so its spans wrap every other plugin's work. */
  plugin: GatewayPlugin;
  /** Exports the spans still buffered and stops the SDK; called once the gateway has drained. */
  shutdown(): Promise<void>;
}

/** Probes of load balancers and Prometheus (ours and Hive's): a span for each would bury the requests worth tracing. */
const UNTRACED_PATHS = new Set(["/healthz", "/readyz", "/metrics", "/healthcheck", "/readiness"]);

export async function startGatewayTracing(settings: TracingSettings, logger: Logger): Promise<GatewayTracing> {
  const [{ startTracing }, { useOpenTelemetry }] = await Promise.all([
    import("@ogc/kit/tracing"),
    import("@graphql-hive/plugin-opentelemetry"),
  ]);
  const tracing = startTracing(settings, { logger });
  const plugin = useOpenTelemetry({
    traces: {
      tracer: tracing.tracer,
      spans: { http: ({ request }) => !UNTRACED_PATHS.has(new URL(request.url).pathname) },
    },
    // `shutdown` flushes, after the drain; the plugin's own flush on dispose would come first and export half a trace.
    flushOnDispose: false,
  });
  return { plugin, shutdown: tracing.shutdown };
}
