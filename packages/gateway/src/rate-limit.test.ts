import { randomUUID } from "node:crypto";
import { createLogger, type Logger, Role } from "@ogc/kit";
import { pino } from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createGatewayVerifier } from "./authentication.js";
import type { StartGatewayOptions } from "./gateway.js";
import { MemoryCounterStore, type RateLimitOptions } from "./rate-limit.js";
import { testRedisUrl } from "./testing/environment.js";
import { freePort, type GraphQLHttpResponse, postGraphQL, rawRequest } from "./testing/http.js";
import { type IdentityStub, startIdentityStub } from "./testing/identity-stub.js";
import { redisAnswers, redisClient } from "./testing/redis.js";
import { testGateways } from "./testing/test-gateway.js";

const LIMITS = { windowMs: 60_000, anonymous: 3, account: 4, apiClient: 6 };

const gateways = testGateways();
let identity: IdentityStub;
const silent = createLogger("gateway", "silent");

beforeAll(async () => {
  identity = await startIdentityStub();
});
afterEach(() => gateways.stopAll());
afterAll(() => identity.close());

function start(rateLimit: Partial<RateLimitOptions>, options: Partial<StartGatewayOptions> = {}, logger: Logger = silent) {
  const verifier = createGatewayVerifier({ jwksUrl: identity.jwksUrl, sessionUrl: identity.sessionUrl, issuer: "ogc-identity" }, silent);
  return gateways.start({ verifier, rateLimit: { ...LIMITS, ...rateLimit }, ...options }, logger);
}

/** `count` requests in a row; the statuses they got. */
async function statuses(count: number, send: () => Promise<{ status: number }>): Promise<number[]> {
  const result: number[] = [];
  for (let i = 0; i < count; i += 1) result.push((await send()).status);
  return result;
}

function expectRateLimited(response: GraphQLHttpResponse, limit: number, who: RegExp) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(response.body).toEqual({
    errors: [
      {
        message: expect.stringMatching(
          new RegExp(`^Too many requests: the limit is ${limit} per 60 s ${who.source}\\. Try again in ${retryAfter} s\\.$`),
        ),
        extensions: { code: "RATE_LIMITED", retryAfter, limit, windowSeconds: 60 },
      },
    ],
  });
}

/** A request from another loopback address: another client IP to the gateway. */
async function fromOtherAddress(url: string, headers: Record<string, string> = {}) {
  return rawRequest(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: JSON.stringify({ query: "{ hello }" }),
    localAddress: "127.0.0.2",
  });
}

describe("rate limits, counters in memory", () => {
  it("lets an anonymous IP make its limit of requests, refuses the next with 429 and Retry-After, and not another IP", async () => {
    const { gateway, fake } = await start({});
    expect(await statuses(3, () => postGraphQL(gateway.url, "{ hello }"))).toEqual([200, 200, 200]);
    const before = fake.requests.length;
    expectRateLimited(await postGraphQL(gateway.url, "{ hello }"), 3, /from the IP address 127\.0\.0\.1/);
    expect(fake.requests.length).toBe(before);
    expect((await fromOtherAddress(gateway.url)).status).toBe(200);
  });

  it("ignores X-Forwarded-For unless told to trust a proxy", async () => {
    const { gateway } = await start({});
    await statuses(3, () => postGraphQL(gateway.url, "{ hello }"));
    const spoofed = await postGraphQL(gateway.url, "{ hello }", { headers: { "x-forwarded-for": "203.0.113.7" } });
    expect(spoofed.status).toBe(429);
  });

  it("behind a trusted proxy, counts the address the proxy saw, whatever the client put before it", async () => {
    const { gateway } = await start({}, { trustedProxies: 1 });
    const via = (forwardedFor: string) => () => postGraphQL(gateway.url, "{ hello }", { headers: { "x-forwarded-for": forwardedFor } });
    expect(await statuses(3, via("198.51.100.1"))).toEqual([200, 200, 200]);
    expectRateLimited(await via("10.9.9.9, 198.51.100.1")(), 3, /from the IP address 198\.51\.100\.1/);
    expect((await via("198.51.100.2")()).status).toBe(200);
  });

  it("counts a signed-in account's requests whatever its IP, apart from anonymous ones", async () => {
    const { gateway } = await start({});
    const alice = await identity.sign({ accountId: "alice", role: Role.INSTITUTION_OFFICER });
    const bob = await identity.sign({ accountId: "bob", role: Role.PARTNER_EDITOR });
    const asAlice = () => postGraphQL(gateway.url, "{ hello }", { headers: { authorization: `Bearer ${alice}` } });
    expect(await statuses(3, asAlice)).toEqual([200, 200, 200]);
    expect((await fromOtherAddress(gateway.url, { authorization: `Bearer ${alice}` })).status).toBe(200);
    expectRateLimited(await asAlice(), 4, /for this account/);
    expect((await postGraphQL(gateway.url, "{ hello }", { headers: { authorization: `Bearer ${bob}` } })).status).toBe(200);
    expect((await postGraphQL(gateway.url, "{ hello }")).status).toBe(200);
  });

  it("gives API clients (dashboards) their own limit", async () => {
    const { gateway } = await start({});
    const dashboard = await identity.sign({ accountId: "dashboard", role: Role.API_CLIENT });
    const asDashboard = () => postGraphQL(gateway.url, "{ hello }", { headers: { authorization: `Bearer ${dashboard}` } });
    expect(await statuses(6, asDashboard)).toEqual([200, 200, 200, 200, 200, 200]);
    expectRateLimited(await asDashboard(), 6, /for this API client/);
  });

  it("does not limit a kind of caller whose limit is 0, nor anyone when rate limiting is off", async () => {
    const { gateway } = await start({ anonymous: 0 });
    expect(new Set(await statuses(10, () => postGraphQL(gateway.url, "{ hello }")))).toEqual(new Set([200]));
    const off = await gateways.start({ rateLimit: false });
    expect(new Set(await statuses(10, () => postGraphQL(off.gateway.url, "{ hello }")))).toEqual(new Set([200]));
  });
});

describe("MemoryCounterStore", () => {
  afterEach(() => vi.useRealTimers());

  it("starts a new window once the last one has ended, and says when it ends", async () => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ["Date"] });
    const store = new MemoryCounterStore();
    expect(await store.increment("ip:1", 10_000)).toEqual({ count: 1, resetInMs: 10_000 });
    vi.setSystemTime(1_004_000);
    expect(await store.increment("ip:1", 10_000)).toEqual({ count: 2, resetInMs: 6_000 });
    vi.setSystemTime(1_010_000);
    expect(await store.increment("ip:1", 10_000)).toEqual({ count: 1, resetInMs: 10_000 });
  });

  it("never keeps more than maxKeys callers: finished windows go first, then the oldest", async () => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ["Date"] });
    const store = new MemoryCounterStore(3);
    await store.increment("ip:1", 10_000);
    vi.setSystemTime(1_001_000);
    await store.increment("ip:2", 5_000);
    await store.increment("ip:3", 10_000);
    vi.setSystemTime(1_006_000);
    // ip:2's window has ended: it is the one dropped, and ip:1 keeps its count.
    await store.increment("ip:4", 10_000);
    expect(store.size).toBe(3);
    expect(await store.increment("ip:1", 10_000)).toMatchObject({ count: 2 });
    for (let i = 5; i < 1_000; i += 1) await store.increment(`ip:${i}`, 10_000);
    expect(store.size).toBe(3);
    // The newest callers are kept.
    expect(await store.increment("ip:999", 10_000)).toMatchObject({ count: 2 });
  });
});

const redisUp = await redisAnswers(testRedisUrl);

describe.runIf(redisUp)(`rate limits, counters in Redis (${testRedisUrl})`, () => {
  const prefix = `ogc-test:${randomUUID()}:`;
  afterAll(async () => {
    const redis = redisClient(testRedisUrl);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it("refuses the request over the limit with 429 and Retry-After, keeps IPs apart, and sets the window's expiry", async () => {
    const redisKeyPrefix = `${prefix}ip:`;
    const { gateway } = await start({ redisUrl: testRedisUrl, redisKeyPrefix });
    expect(await statuses(3, () => postGraphQL(gateway.url, "{ hello }"))).toEqual([200, 200, 200]);
    expectRateLimited(await postGraphQL(gateway.url, "{ hello }"), 3, /from the IP address 127\.0\.0\.1/);
    expect((await fromOtherAddress(gateway.url)).status).toBe(200);

    const redis = redisClient(testRedisUrl);
    try {
      expect(await redis.get(`${redisKeyPrefix}ip:127.0.0.1`)).toBe("4");
      const ttl = await redis.pttl(`${redisKeyPrefix}ip:127.0.0.1`);
      expect(ttl).toBeGreaterThan(50_000);
      expect(ttl).toBeLessThanOrEqual(60_000);
    } finally {
      await redis.quit();
    }
  });

  it("shares the count between two gateway replicas", async () => {
    const shared = { redisUrl: testRedisUrl, redisKeyPrefix: `${prefix}replicas:` };
    const one = await start(shared);
    const two = await start(shared);
    const token = await identity.sign({ accountId: "carol", role: Role.SUPPORT_UNIT });
    const send = (url: string) => postGraphQL(url, "{ hello }", { headers: { authorization: `Bearer ${token}` } });
    expect([(await send(one.gateway.url)).status, (await send(two.gateway.url)).status, (await send(one.gateway.url)).status]).toEqual([
      200, 200, 200,
    ]);
    expect((await send(two.gateway.url)).status).toBe(200);
    expectRateLimited(await send(one.gateway.url), 4, /for this account/);
    expectRateLimited(await send(two.gateway.url), 4, /for this account/);
  });
});

describe("rate limits when Redis is unreachable", () => {
  it("lets requests through (fails open) and logs a warning", async () => {
    const lines: string[] = [];
    const logger = pino({ level: "warn" }, { write: (line: string) => lines.push(line) });
    const { gateway } = await start({ anonymous: 1, redisUrl: `redis://127.0.0.1:${await freePort()}` }, {}, logger);
    expect(await statuses(3, () => postGraphQL(gateway.url, "{ hello }"))).toEqual([200, 200, 200]);
    expect(lines.some((line) => /not rate limited|letting requests through/.test(line))).toBe(true);
  });
});
