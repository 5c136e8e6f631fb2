// OpenTelemetry tracing, loaded only when an OTLP endpoint is configured (`tracingSettings` in env.ts): without one,
// nothing imports this module and no SDK starts. Spans are explicit (no auto-instrumentation, which needs ESM loader
// hooks): one server span per HTTP request continuing the caller's `traceparent`, one per GraphQL operation, one per
// SQL statement (from the statement counter's hook in database.ts).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApolloServerPlugin } from "@apollo/server";
import {
  type Context,
  context,
  createContextKey,
  DiagLogLevel,
  diag,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  type Tracer,
  trace,
} from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { defaultResource, resourceFromAttributes } from "@opentelemetry/resources";
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  NodeTracerProvider,
  ParentBasedSampler,
  type Sampler,
  type SpanExporter,
  TraceIdRatioBasedSampler,
} from "@opentelemetry/sdk-trace-node";
import {
  ATTR_DB_OPERATION_NAME,
  ATTR_DB_QUERY_TEXT,
  ATTR_DB_SYSTEM_NAME,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_SERVICE_NAME,
  ATTR_URL_PATH,
} from "@opentelemetry/semantic-conventions";
import type { SqlStatementObserver } from "./database.js";
import type { TracingSettings } from "./env.js";
import type { Logger } from "./logger.js";

/** The SDK, registered as the process's global tracer provider. */
export interface StartedTracing {
  tracer: Tracer;
  /** Exports the spans still buffered. */
  forceFlush(): Promise<void>;
  /** Exports what is buffered, then stops tracing (the global API is reset). */
  shutdown(): Promise<void>;
}

function sampler(settings: TracingSettings): Sampler {
  const ratio = () => new TraceIdRatioBasedSampler(settings.samplerRatio);
  switch (settings.sampler) {
    case "always_on":
      return new AlwaysOnSampler();
    case "always_off":
      return new AlwaysOffSampler();
    case "traceidratio":
      return ratio();
    case "parentbased_always_on":
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
    case "parentbased_always_off":
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case "parentbased_traceidratio":
      return new ParentBasedSampler({ root: ratio() });
  }
}

/**
 * Starts the SDK: spans are batched and posted as OTLP/HTTP JSON to `settings.tracesUrl`; W3C trace context and
 * baggage are the propagators, AsyncLocalStorage the context manager. `exporter` replaces the OTLP one (tests).
 */
export function startTracing(settings: TracingSettings, options: { logger?: Logger; exporter?: SpanExporter } = {}): StartedTracing {
  const { logger } = options;
  if (logger) {
    // The SDK reports export failures (collector down, refused spans) through `diag`; warnings and errors reach the log.
    const log = logger.child({ component: "opentelemetry" });
    diag.setLogger(
      {
        error: (message, ...args) => log.error({ args }, message),
        warn: (message, ...args) => log.warn({ args }, message),
        info: () => {},
        debug: () => {},
        verbose: () => {},
      },
      DiagLogLevel.WARN,
    );
  }
  const provider = new NodeTracerProvider({
    resource: defaultResource().merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: settings.serviceName })),
    sampler: sampler(settings),
    spanProcessors: [new BatchSpanProcessor(options.exporter ?? new OTLPTraceExporter({ url: settings.tracesUrl }))],
  });
  provider.register();
  logger?.info({ url: settings.tracesUrl, serviceName: settings.serviceName, sampler: settings.sampler }, "tracing to OTLP");
  return {
    tracer: provider.getTracer("@ogc/kit"),
    forceFlush: () => provider.forceFlush(),
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
      diag.disable();
    },
  };
}

/** What the subgraph server needs to trace its requests (server.ts). */
export interface ServerTracing {
  /** Runs `handle` inside a server span that continues the request's `traceparent`; the span ends with the response. */
  traceRequest(request: IncomingMessage, response: ServerResponse, route: string | undefined, handle: () => Promise<void>): Promise<void>;
  /** Runs the execution of one GraphQL request inside an operation span (named by `plugin` once the operation is known). */
  traceOperation<T>(execute: () => Promise<T>): Promise<T>;
  /** Names the operation span after the operation and marks it failed when the answer has errors. */
  plugin: ApolloServerPlugin<object>;
}

const OPERATION_SPAN = createContextKey("ogc.graphql.operation.span");

/** Server and operation spans for a subgraph's HTTP server. */
export function serverTracing(tracer: Tracer): ServerTracing {
  const operationSpan = (): Span | undefined => context.active().getValue(OPERATION_SPAN) as Span | undefined;
  return {
    async traceRequest(request, response, route, handle) {
      const method = request.method ?? "GET";
      const parent = propagation.extract(ROOT_CONTEXT, request.headers);
      const span = tracer.startSpan(
        route ? `${method} ${route}` : method,
        {
          kind: SpanKind.SERVER,
          attributes: {
            [ATTR_HTTP_REQUEST_METHOD]: method,
            [ATTR_URL_PATH]: new URL(request.url ?? "/", "http://localhost").pathname,
            ...(route ? { [ATTR_HTTP_ROUTE]: route } : {}),
          },
        },
        parent,
      );
      response.once("close", () => {
        span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, response.statusCode);
        if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      });
      try {
        await context.with(trace.setSpan(parent, span), handle);
      } catch (error) {
        span.recordException(error as Error);
        throw error;
      }
    },
    traceOperation(execute) {
      const span = tracer.startSpan("GraphQL Operation");
      const active = trace.setSpan(context.active(), span).setValue(OPERATION_SPAN, span);
      return context.with(active, execute).finally(() => span.end());
    },
    plugin: {
      async requestDidStart() {
        return {
          async didResolveOperation({ operation, operationName }) {
            const span = operationSpan();
            if (!span || !operation) return;
            const type = operation.operation;
            span.updateName(operationName ? `${type} ${operationName}` : type);
            span.setAttribute("graphql.operation.type", type);
            if (operationName) span.setAttribute("graphql.operation.name", operationName);
          },
          async willSendResponse({ response }) {
            const span = operationSpan();
            const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
            if (!span || !errors?.length) return;
            const codes = [...new Set(errors.map((error) => String(error.extensions?.code ?? "ERROR")))];
            span.setAttribute("graphql.error.codes", codes);
            span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(", ") });
          },
        };
      },
    },
  };
}

/**
 * A span per SQL statement, child of the span active when it was sent. Statements outside any traced request
 * (migrations, readiness checks) are not traced. The text is TypeORM's parameterised SQL: values are never recorded.
 */
export function sqlTracing(tracer: Tracer, system: "sqlite" | "postgresql"): SqlStatementObserver {
  const open = new WeakMap<object, { query: string; span: Span }[]>();
  const noSource = {};
  return {
    started(query, source = noSource) {
      const parent: Context = context.active();
      if (!trace.getSpan(parent)) return;
      const operation = /^\s*(\w+)/.exec(query)?.[1]?.toUpperCase() ?? "SQL";
      const span = tracer.startSpan(
        operation,
        {
          kind: SpanKind.CLIENT,
          attributes: { [ATTR_DB_SYSTEM_NAME]: system, [ATTR_DB_OPERATION_NAME]: operation, [ATTR_DB_QUERY_TEXT]: query },
        },
        parent,
      );
      const list = open.get(source) ?? [];
      list.push({ query, span });
      open.set(source, list);
    },
    finished(query, source = noSource, error) {
      const list = open.get(source);
      const index = list?.findIndex((entry) => entry.query === query) ?? -1;
      const span = index >= 0 ? list?.splice(index, 1)[0]?.span : undefined;
      if (!span) return;
      if (error) {
        span.recordException(error instanceof Error ? error : String(error));
        span.setStatus({ code: SpanStatusCode.ERROR });
      }
      span.end();
    },
  };
}

/** Everything a subgraph traces, started from its settings (subgraph.ts). */
export function startSubgraphTracing(
  settings: TracingSettings,
  options: { database: "sqlite" | "postgresql"; logger?: Logger; exporter?: SpanExporter },
): StartedTracing & { server: ServerTracing; sql: SqlStatementObserver } {
  const started = startTracing(settings, options);
  return { ...started, server: serverTracing(started.tracer), sql: sqlTracing(started.tracer, options.database) };
}
