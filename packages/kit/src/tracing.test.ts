import "reflect-metadata";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { trace } from "@opentelemetry/api";
import { Ctx, Query, Resolver } from "type-graphql";
import type { DataSource } from "typeorm";
import { afterEach, describe, expect, it } from "vitest";
import type { RequestContext } from "./context.js";
import { EnvError, loadSubgraphEnv, tracingSettings } from "./env.js";
import { createLogger } from "./logger.js";
import { buildFederatedSchema } from "./schema.js";
import { type StartedSubgraph, type SubgraphDefinition, startSubgraph } from "./subgraph.js";

interface ProbeContext extends RequestContext {
  dataSource: DataSource;
}

/** Whether a span was active in the last resolver call: tracing on means the resolver runs inside the operation span. */
let activeSpanInResolver: boolean | undefined;

@Resolver()
class ProbeResolver {
  @Query(() => Number)
  async answer(@Ctx() context: ProbeContext): Promise<number> {
    activeSpanInResolver = trace.getActiveSpan() !== undefined;
    const [row] = (await context.dataSource.query("SELECT 41 + 1 AS answer")) as { answer: number }[];
    return row?.answer ?? 0;
  }
}

const probe: SubgraphDefinition<ProbeContext> = {
  name: "probe",
  defaultPort: 0,
  entities: [],
  migrations: [],
  buildSchema: () => buildFederatedSchema({ resolvers: [ProbeResolver], validate: false }),
  createVerifier: () => ({
    verify: async () => {
      throw new Error("no tokens in this test");
    },
  }),
  extendContext: (base, { dataSource }) => ({ ...base, dataSource }),
};

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  service: string;
  attributes: Record<string, unknown>;
}

type OtlpValue = { stringValue?: string; intValue?: string | number; boolValue?: boolean; arrayValue?: { values: OtlpValue[] } };
const otlpValue = (value: OtlpValue): unknown =>
  value.arrayValue
    ? value.arrayValue.values.map(otlpValue)
    : (value.stringValue ?? value.boolValue ?? (value.intValue === undefined ? undefined : Number(value.intValue)));
const attributesOf = (list: { key: string; value: OtlpValue }[] = []) =>
  Object.fromEntries(list.map(({ key, value }) => [key, otlpValue(value)]));

/** A minimal OTLP/HTTP JSON receiver: collects the spans posted to `/v1/traces`. */
async function startReceiver() {
  const spans: OtlpSpan[] = [];
  const waiters: (() => void)[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      if (request.url === "/v1/traces" && request.method === "POST") {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
          resourceSpans: {
            resource: { attributes: { key: string; value: OtlpValue }[] };
            scopeSpans: { spans: (Omit<OtlpSpan, "attributes" | "service"> & { attributes: { key: string; value: OtlpValue }[] })[] }[];
          }[];
        };
        for (const resourceSpans of body.resourceSpans) {
          const service = String(attributesOf(resourceSpans.resource.attributes)["service.name"]);
          for (const scope of resourceSpans.scopeSpans)
            for (const span of scope.spans) spans.push({ ...span, service, attributes: attributesOf(span.attributes) });
        }
        for (const wake of waiters.splice(0)) wake();
      }
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    /** Resolves once the received spans satisfy `done`; fails after `timeoutMs`. */
    async until(done: (spans: OtlpSpan[]) => boolean, timeoutMs = 10_000): Promise<OtlpSpan[]> {
      const deadline = Date.now() + timeoutMs;
      while (!done(spans)) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`spans not received in time; got: ${spans.map((span) => span.name).join(", ")}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return spans;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const started: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const service of started.splice(0).reverse()) await service.close();
});

async function startProbe(variables: NodeJS.ProcessEnv): Promise<StartedSubgraph> {
  const env = loadSubgraphEnv(0, { HOST: "127.0.0.1", DATA_DIR: ":memory:", ...variables });
  const subgraph = await startSubgraph(probe, env, createLogger("probe", "silent"));
  started.push(subgraph);
  return subgraph;
}

const ask = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query: "query Probe { answer }" }),
  }).then((response) => response.json() as Promise<{ data: { answer: number } }>);

describe("tracingSettings", () => {
  const read = (variables: NodeJS.ProcessEnv) => tracingSettings(loadSubgraphEnv(4001, variables), "catalog");

  it("is off without an OTLP endpoint, or when the SDK is disabled", () => {
    expect(read({})).toBeUndefined();
    expect(read({ OTEL_EXPORTER_OTLP_ENDPOINT: "" })).toBeUndefined();
    expect(read({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_SDK_DISABLED: "true" })).toBeUndefined();
  });

  it("posts to <endpoint>/v1/traces, or the traces endpoint as given, named after the service unless OTEL_SERVICE_NAME says", () => {
    expect(read({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318/" })).toEqual({
      tracesUrl: "http://collector:4318/v1/traces",
      serviceName: "catalog",
      sampler: "parentbased_always_on",
      samplerRatio: 1,
    });
    expect(
      read({
        OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318",
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://traces:9999/in",
        OTEL_SERVICE_NAME: "ogc-catalog",
        OTEL_TRACES_SAMPLER: "parentbased_traceidratio",
        OTEL_TRACES_SAMPLER_ARG: "0.25",
      }),
    ).toEqual({ tracesUrl: "http://traces:9999/in", serviceName: "ogc-catalog", sampler: "parentbased_traceidratio", samplerRatio: 0.25 });
  });

  it("refuses a malformed endpoint, sampler or ratio, naming the variable", () => {
    expect(() => read({ OTEL_EXPORTER_OTLP_ENDPOINT: "collector" })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
    expect(() => read({ OTEL_TRACES_SAMPLER: "jaeger_remote" })).toThrow(EnvError);
    expect(() => read({ OTEL_TRACES_SAMPLER_ARG: "2" })).toThrow(/OTEL_TRACES_SAMPLER_ARG/);
  });
});

// One file, run in order: "off" must see the process before any provider was registered.
describe("subgraph tracing", () => {
  it("is off without an endpoint: no tracer provider is registered and resolvers run outside any span", async () => {
    const subgraph = await startProbe({});
    expect((await ask(subgraph.url)).data.answer).toBe(42);
    expect(activeSpanInResolver).toBe(false);
    expect(trace.getTracer("probe").startSpan("probe").isRecording()).toBe(false);
  });

  it("exports a server span continuing the caller's traceparent, an operation span and SQL spans as its children", async () => {
    const receiver = await startReceiver();
    started.push(receiver);
    const subgraph = await startProbe({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url });
    const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    const callerSpanId = "00f067aa0ba902b7";
    await fetch(subgraph.url.replace("/graphql", "/healthz"));
    expect((await ask(subgraph.url, { traceparent: `00-${traceId}-${callerSpanId}-01` })).data.answer).toBe(42);
    expect(activeSpanInResolver).toBe(true);
    // Closing the subgraph flushes its spans.
    await subgraph.close();

    const spans = await receiver.until((received) => received.some((span) => span.name === "SELECT"));
    const server = spans.find((span) => span.name === "POST /graphql");
    expect(server).toMatchObject({
      traceId,
      parentSpanId: callerSpanId,
      kind: 2,
      service: "probe",
      attributes: { "http.request.method": "POST", "http.route": "/graphql", "http.response.status_code": 200 },
    });
    const operation = spans.find((span) => span.name === "query Probe");
    expect(operation).toMatchObject({
      traceId,
      parentSpanId: server?.spanId,
      attributes: { "graphql.operation.name": "Probe", "graphql.operation.type": "query" },
    });
    const sql = spans.find((span) => span.name === "SELECT");
    expect(sql).toMatchObject({
      traceId,
      parentSpanId: operation?.spanId,
      kind: 3,
      attributes: { "db.system.name": "sqlite", "db.operation.name": "SELECT", "db.query.text": "SELECT 41 + 1 AS answer" },
    });
    // Probes and start-up (migrations) make no spans.
    expect(spans.every((span) => span.traceId === traceId)).toBe(true);
  });
});
