import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin, HeaderMap } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import { authenticate, type TokenVerifier } from "./auth.js";
import { createRequestContext, type RequestContext } from "./context.js";
import { createErrorFormatter, DomainError } from "./errors.js";
import type { Logger } from "./logger.js";
import { type MessageCatalog, messagesPlugin, sayerFor, withKitMessages } from "./messages.js";
import { metricsPlugin, type ServiceMetrics } from "./metrics.js";
import type { ServerTracing } from "./tracing.js";

/** Largest request body a subgraph accepts. */
export const MAX_BODY_BYTES = 1_000_000;

export interface SubgraphServerOptions<TContext extends RequestContext = RequestContext> {
  name: string;
  schema: GraphQLSchema;
  logger: Logger;
  port: number;
  host?: string;
  /** Verifies access tokens; without it, requests bearing a token are refused. */
  verifier?: TokenVerifier;
  /** Extra HTTP routes: by exact path, or by prefix when the key ends with `/` (e.g. `/sessions/` serves `/sessions/<id>`). */
  routes?: Routes;
  /** Dependencies reachable? Backs `GET /readyz`. */
  isReady: () => Promise<boolean>;
  /** Extends the base request context (auth, data access). */
  extendContext?: (base: RequestContext, request: IncomingMessage) => Promise<TContext> | TContext;
  plugins?: ApolloServerPlugin<TContext>[];
  /** Prometheus metrics, served at `GET /metrics`; the server records HTTP and GraphQL metrics into them. */
  metrics?: ServiceMetrics;
  /** Apollo federated tracing (ftv1) for gateways that ask for it; off by default, the hub's gateway does not use it. */
  federatedTracing?: boolean;
  /** OpenTelemetry spans for each request and operation (tracing.ts); absent: tracing off. */
  tracing?: ServerTracing;
  /** Called after the HTTP server has stopped accepting and drained, e.g. to close the database. */
  onClose?: () => Promise<void>;
  /** The Spanish and French of the subgraph's error messages (kit's own are added). */
  messages?: MessageCatalog;
}

/** Paths that get their own label in the HTTP metrics; anything else is "other", so labels stay bounded. */
const KNOWN_ROUTES = new Set(["/graphql", "/", "/healthz", "/readyz", "/metrics"]);

export type Route = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;
export type Routes = Record<string, Route>;

/** The key of the route for `pathname`: an exact match first, else the longest prefix route (`/sessions/` for `/sessions/<id>`). */
function findRouteKey(routes: Routes | undefined, pathname: string): string | undefined {
  if (!routes) return undefined;
  if (Object.hasOwn(routes, pathname)) return pathname;
  let best: string | undefined;
  for (const key of Object.keys(routes)) {
    if (key.endsWith("/") && pathname.startsWith(key) && pathname.length > key.length && (!best || key.length > best.length)) best = key;
  }
  return best;
}

/** The route for `pathname`: an exact match first, else the longest prefix route (`/sessions/` for `/sessions/<id>`). */
export function findRoute(routes: Routes | undefined, pathname: string): Route | undefined {
  const key = findRouteKey(routes, pathname);
  return key === undefined ? undefined : routes?.[key];
}

/** Probes of load balancers and Prometheus: a span for each would bury the requests worth tracing. */
const UNTRACED_PATHS = new Set(["/healthz", "/readyz", "/metrics"]);

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

class RequestBodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RequestBodyError(413, `Request body larger than ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Answers with a JSON body. */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  response.end(JSON.stringify(body));
}

/**
 * What every subgraph's Apollo Server is, served over HTTP or run by the test harness: domain errors passed on and
 * anything else masked (`createErrorFormatter`), no stack traces, errors said in the request's language
 * (`messagesPlugin`; the context's `say` uses the subgraph's catalog), no inline federated traces unless asked for.
 */
export function subgraphApolloConfig<TContext extends RequestContext>(options: {
  schema: GraphQLSchema;
  logger: Logger;
  federatedTracing?: boolean;
  plugins?: ApolloServerPlugin<TContext>[];
}) {
  return {
    schema: options.schema,
    formatError: createErrorFormatter(options.logger),
    includeStacktraceInErrorResponses: false,
    plugins: [
      ...(options.federatedTracing ? [] : [ApolloServerPluginInlineTraceDisabled()]),
      messagesPlugin<TContext>(),
      ...(options.plugins ?? []),
    ],
  };
}

/**
 * Serves a subgraph over HTTP: `/graphql` through Apollo Server, `GET /healthz` (alive), `GET /readyz`
 * (dependencies reachable). `close()` stops accepting, lets in-flight requests finish, then calls `onClose`.
 */
export async function startSubgraphServer<TContext extends RequestContext = RequestContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningServer> {
  const { logger } = options;
  const messages = withKitMessages(options.messages);
  const apollo = new ApolloServer<TContext>({
    ...subgraphApolloConfig<TContext>({
      schema: options.schema,
      logger,
      federatedTracing: options.federatedTracing,
      plugins: [
        ApolloServerPluginLandingPageDisabled(),
        ...(options.metrics ? [metricsPlugin<TContext>(options.metrics)] : []),
        ...(options.tracing ? [options.tracing.plugin] : []),
        ...(options.plugins ?? []),
      ],
    }),
    introspection: true,
    // The process owner drains and stops the server (closeOnSignals); Apollo's own handlers would re-raise the signal.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  let closing = false;

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const { metrics } = options;
    if (metrics) {
      const stopTimer = metrics.httpRequestDuration.startTimer({ method: request.method ?? "GET" });
      response.once("finish", () =>
        stopTimer({ route: KNOWN_ROUTES.has(url.pathname) ? url.pathname : "other", status: String(response.statusCode) }),
      );
      if (url.pathname === "/metrics") {
        response.writeHead(200, { "content-type": metrics.registry.contentType });
        response.end(await metrics.registry.metrics());
        return;
      }
    }
    if (url.pathname === "/healthz") return sendJson(response, 200, { status: "ok", service: options.name });
    if (url.pathname === "/readyz") {
      const ready = !closing && (await options.isReady());
      return sendJson(response, ready ? 200 : 503, { status: ready ? "ready" : "not ready", service: options.name });
    }
    const route = findRoute(options.routes, url.pathname);
    if (route) return route(request, response);
    if (url.pathname !== "/graphql" && url.pathname !== "/") return sendJson(response, 404, { error: "Not found" });

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    let body: unknown;
    if (request.method === "POST") {
      const text = await readBody(request);
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        return sendJson(response, 400, {
          errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }],
        });
      }
    }
    const execute = () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method ?? "GET", headers, search: url.search, body },
        context: async () => {
          let viewer: Awaited<ReturnType<typeof authenticate>>;
          try {
            viewer = await authenticate(headers.get("authorization"), options.verifier);
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            // A bad token fails the whole request with 401 (503 when it could not be checked), before any resolver runs
            // and before the plugins that would translate its message: it is said in the request's language here.
            throw new DomainError(error.code, sayerFor(headers.get("accept-language"), messages)(error.said), {
              http: { status: error.code === "SERVICE_UNAVAILABLE" ? 503 : 401 },
            });
          }
          const base = createRequestContext(headers, logger, viewer, messages);
          return options.extendContext ? options.extendContext(base, request) : (base as TContext);
        },
      });
    const result = await (options.tracing ? options.tracing.traceOperation(execute) : execute());
    for (const [key, value] of result.headers) response.setHeader(key, value);
    // While draining, tell keep-alive clients to reconnect elsewhere so the connection does not hold shutdown open.
    if (closing) response.setHeader("connection", "close");
    response.statusCode = result.status ?? 200;
    if (result.body.kind === "complete") {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };

  const traced = (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const { tracing } = options;
    if (!tracing) return handle(request, response);
    const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
    if (UNTRACED_PATHS.has(pathname)) return handle(request, response);
    const route = pathname === "/graphql" || pathname === "/" ? pathname : findRouteKey(options.routes, pathname);
    return tracing.traceRequest(request, response, route, () => handle(request, response));
  };

  const server: Server = createServer((request, response) => {
    traced(request, response).catch((error: unknown) => {
      if (error instanceof RequestBodyError) {
        sendJson(response, error.status, { errors: [{ message: error.message, extensions: { code: "BAD_REQUEST" } }] });
        return;
      }
      logger.error({ err: error }, "request failed");
      if (!response.headersSent)
        sendJson(response, 500, { errors: [{ message: "Internal server error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
      else response.end();
    });
  });
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "0.0.0.0", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}/graphql`;
  logger.info({ url }, `${options.name} subgraph ready`);

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= (async () => {
      closing = true;
      const drained = new Promise<void>((resolve) => server.close(() => resolve()));
      // Connections that finish their last request while draining become idle: close those as they appear.
      const sweep = setInterval(() => server.closeIdleConnections(), 100);
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), 10_000);
      await drained;
      clearInterval(sweep);
      clearTimeout(force);
      await apollo.stop();
      await options.onClose?.();
      logger.info(`${options.name} subgraph stopped`);
    })();
    return closed;
  };
  return { url, port, close };
}

/** Stops `server` on SIGINT/SIGTERM, letting in-flight requests finish, then exits. */
export function closeOnSignals(server: { close(): Promise<void> }, logger: Logger): void {
  const stop = (signal: NodeJS.Signals) => {
    logger.info({ signal }, "shutting down");
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
