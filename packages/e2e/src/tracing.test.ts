import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, type Stack, startTestStack } from "./stack.js";

// OpenTelemetry across the stack: every service started with OTEL_EXPORTER_OTLP_ENDPOINT pointing at a small OTLP/HTTP
// receiver in this test; one client request through the gateway must come back as one trace.

interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: Record<string, unknown>;
}

type OtlpValue = { stringValue?: string; intValue?: string | number; boolValue?: boolean; arrayValue?: { values: OtlpValue[] } };
type OtlpAttributes = { key: string; value: OtlpValue }[];
const otlpValue = (value: OtlpValue): unknown =>
  value.arrayValue
    ? value.arrayValue.values.map(otlpValue)
    : (value.stringValue ?? value.boolValue ?? (value.intValue === undefined ? undefined : Number(value.intValue)));
const attributesOf = (list: OtlpAttributes = []) => Object.fromEntries(list.map(({ key, value }) => [key, otlpValue(value)]));

/** Accepts OTLP/HTTP JSON on `POST /v1/traces`, as a collector would, and keeps every span. */
async function startOtlpReceiver() {
  const spans: ReceivedSpan[] = [];
  let arrived: () => void = () => {};
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      if (request.method !== "POST" || request.url !== "/v1/traces") {
        response.writeHead(404).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
        resourceSpans: {
          resource: { attributes: OtlpAttributes };
          scopeSpans: { spans: (Omit<ReceivedSpan, "service" | "attributes"> & { attributes?: OtlpAttributes })[] }[];
        }[];
      };
      for (const { resource, scopeSpans } of body.resourceSpans) {
        const service = String(attributesOf(resource.attributes)["service.name"]);
        for (const scope of scopeSpans) {
          for (const span of scope.spans) spans.push({ ...span, service, attributes: attributesOf(span.attributes) });
        }
      }
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
      arrived();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Resolves with the spans once `complete` holds for them, checked at each export; fails after `timeoutMs`. */
    async until(complete: (spans: ReceivedSpan[]) => boolean, timeoutMs = 20_000): Promise<ReceivedSpan[]> {
      const deadline = Date.now() + timeoutMs;
      while (!complete(spans)) {
        const left = deadline - Date.now();
        if (left <= 0) {
          const seen = spans.map((span) => `${span.service}: ${span.name}`).join("\n  ");
          throw new Error(`the expected spans did not arrive within ${timeoutMs} ms; received:\n  ${seen}`);
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          arrived = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      return spans;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
let stack: Stack & { dispose(): Promise<void> };

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  stack = await startTestStack(1400, false, {
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
    // The SDK's batch delay (5 s by default), read by the SDK itself: spans reach the receiver while the test waits.
    OTEL_BSP_SCHEDULE_DELAY: "200",
  });
});

afterAll(async () => {
  await stack?.dispose();
  await receiver?.close();
});

describe("tracing through the gateway", () => {
  it("makes one trace of a client request, from the gateway through two subgraphs down to their SQL statements", async () => {
    const traceId = randomBytes(16).toString("hex");
    const clientSpanId = randomBytes(8).toString("hex");
    const result = await graphql<{ challengeAreas: { code: string }[]; memberByOgpCode: { name: string } | null }>(
      stack.gatewayUrl,
      `query TracedAcrossSubgraphs { challengeAreas { code } memberByOgpCode(code: "ALB") { name } }`,
      {},
      { traceparent: `00-${traceId}-${clientSpanId}-01` },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.challengeAreas).toHaveLength(10);
    expect(result.data?.memberByOgpCode?.name).toBeTruthy();

    const inTrace = (spans: ReceivedSpan[], service?: string) =>
      spans.filter((span) => span.traceId === traceId && (!service || span.service === service));
    const isSql = (span: ReceivedSpan) => span.attributes["db.system.name"] !== undefined;
    const spans = inTrace(
      await receiver.until((received) => {
        const trace = inTrace(received);
        const hasSql = (service: string) => trace.some((span) => span.service === service && isSql(span));
        // The gateway's request span ends last, once the answer is sent.
        const gatewayDone = trace.some((span) => span.service === "gateway" && span.parentSpanId === clientSpanId);
        return gatewayDone && hasSql("catalog") && hasSql("directory");
      }),
    );
    const byId = new Map(spans.map((span) => [span.spanId, span]));

    // The gateway continues the client's trace: its request span is a child of the client's span.
    const gateway = inTrace(spans, "gateway");
    expect(gateway.filter((span) => span.parentSpanId === clientSpanId)).toHaveLength(1);
    expect(gateway.map((span) => span.name)).toEqual(expect.arrayContaining(["graphql.operation TracedAcrossSubgraphs"]));

    for (const service of ["catalog", "directory"]) {
      const own = inTrace(spans, service);
      // Each subgraph's server span continues the traceparent the gateway sent with its subgraph request.
      const server = own.find((span) => span.name === "POST /graphql");
      expect(server, `${service} server span`).toBeDefined();
      expect(byId.get(server?.parentSpanId ?? "")?.service, `parent of ${service}'s server span`).toBe("gateway");
      // An operation span under it, named after the operation the gateway planned for this subgraph.
      const operations = own.filter(
        (span) => span.parentSpanId === server?.spanId && span.attributes["graphql.operation.type"] === "query",
      );
      expect(operations.length, `${service} operation spans`).toBeGreaterThan(0);
      // Its SQL statements are children in the same trace, under the operation that sent them.
      const sql = own.filter(isSql);
      expect(sql.length, `${service} SQL spans`).toBeGreaterThan(0);
      for (const statement of sql) {
        expect(operations.map((operation) => operation.spanId)).toContain(statement.parentSpanId);
        expect(statement.attributes["db.query.text"]).toMatch(/^SELECT/i);
      }
    }
  });
});
