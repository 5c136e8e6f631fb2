import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import type { ServiceMetrics } from "@ogc/kit";

/** Paths that get their own label; anything else is "other", so label values stay bounded. */
const KNOWN_ROUTES = new Set(["/graphql", "/", "/healthz", "/readyz", "/metrics"]);

/**
 * `GET /metrics` in Prometheus format (the kit's metrics, as every subgraph serves them), and the duration of every
 * HTTP request by route, method and status.
 */
export function useMetrics(metrics: ServiceMetrics): GatewayPlugin {
  const started = new WeakMap<Request, number>();
  return {
    onRequest({ request, url, endResponse }) {
      started.set(request, performance.now());
      if (url.pathname !== "/metrics" || request.method !== "GET") return;
      return metrics.registry
        .metrics()
        .then((text) => endResponse(new Response(text, { headers: { "content-type": metrics.registry.contentType } })));
    },
    onResponse({ request, response }) {
      const start = started.get(request);
      if (start === undefined) return;
      const path = new URL(request.url).pathname;
      metrics.httpRequestDuration.observe(
        {
          route: KNOWN_ROUTES.has(path) ? path : path.startsWith("/export/") ? "/export" : "other",
          method: request.method,
          status: String(response.status),
        },
        (performance.now() - start) / 1000,
      );
    },
  };
}
