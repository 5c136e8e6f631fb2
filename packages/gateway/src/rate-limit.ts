import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { type Logger, msg, Role, type Viewer } from "@ogc/kit";
import { Redis } from "ioredis";
import { viewerOf } from "./authentication.js";
import { refusal } from "./refusal.js";

/** GraphQL requests each caller may make per window; 0 turns that limit off. */
export interface RateLimits {
  windowMs: number;
  /** Per client IP, for callers without a token. */
  anonymous: number;
  /** Per account, for signed-in people (console users). */
  account: number;
  /** Per account, for third-party dashboards (role API_CLIENT), which read in bulk. */
  apiClient: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { windowMs: 60_000, anonymous: 300, account: 600, apiClient: 1_200 };

export interface RateLimitOptions extends RateLimits {
  /** Keep the counters in Redis, shared by every gateway replica; unset: in this process's memory. */
  redisUrl?: string;
  /** Prefix of the Redis keys (tests use one per run). */
  redisKeyPrefix?: string;
}

export interface WindowCount {
  /** Requests counted in the current window, this one included. */
  count: number;
  /** Milliseconds until the window ends and the count starts again. */
  resetInMs: number;
}

/** Fixed-window counters: the first request of a key opens its window, which lasts `windowMs`. */
export interface CounterStore {
  increment(key: string, windowMs: number): Promise<WindowCount>;
  close(): Promise<void>;
}

/** Most callers whose counters one gateway keeps in memory (about 100 bytes each): 100,000 is ~10 MB. */
export const MAX_COUNTER_KEYS = 100_000;

export class MemoryCounterStore implements CounterStore {
  /** In the order the windows opened (a key is re-inserted when its new window opens), oldest first. */
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private nextSweep = 0;

  /**
   * `maxKeys` bounds the map whatever the traffic (e.g. a client rotating through IPv6 addresses): past it, finished
   * windows are dropped first, then the oldest windows. A dropped caller starts a new window, which only ever lets it
   * make more requests, never fewer.
   */
  constructor(private readonly maxKeys = MAX_COUNTER_KEYS) {}

  /** Callers with a counter (for tests and metrics). */
  get size(): number {
    return this.windows.size;
  }

  private sweep(now: number): void {
    for (const [stored, window] of this.windows) if (window.resetAt <= now) this.windows.delete(stored);
  }

  async increment(key: string, windowMs: number): Promise<WindowCount> {
    const now = Date.now();
    if (now >= this.nextSweep) {
      // Forget finished windows once per window, so the map holds only the callers of the last window or two.
      this.sweep(now);
      this.nextSweep = now + windowMs;
    }
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      this.windows.delete(key);
      if (this.windows.size >= this.maxKeys) {
        this.sweep(now);
        for (const stored of this.windows.keys()) {
          if (this.windows.size < this.maxKeys) break;
          this.windows.delete(stored);
        }
      }
      window = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return { count: window.count, resetInMs: window.resetAt - now };
  }

  async close(): Promise<void> {
    this.windows.clear();
  }
}

/** INCR and the window's expiry in one atomic step, so replicas racing on a new window all see the same one. */
const INCREMENT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;

export class RedisCounterStore implements CounterStore {
  private readonly redis: Redis;
  /** Settles once the first connection attempt has succeeded or failed; requests before that wait for it. */
  private readonly firstAttempt: Promise<void>;

  constructor(
    url: string,
    private readonly keyPrefix: string,
    logger: Logger,
  ) {
    this.redis = new Redis(url, {
      // Fail fast while Redis is away rather than queueing: the caller fails open.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: 500,
      connectTimeout: 2_000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    });
    let lastWarning = 0;
    this.redis.on("error", (error) => {
      if (Date.now() - lastWarning < 30_000) return;
      lastWarning = Date.now();
      logger.warn({ err: error }, "Redis for rate-limit counters is unreachable: requests are not rate limited until it is back");
    });
    this.redis.on("ready", () => logger.info("rate-limit counters in Redis"));
    this.firstAttempt = new Promise<void>((resolve) => {
      const settle = () => resolve();
      this.redis.once("ready", settle);
      this.redis.once("error", settle);
      this.redis.once("end", settle);
      setTimeout(settle, 2_500).unref();
    });
  }

  async increment(key: string, windowMs: number): Promise<WindowCount> {
    if (["wait", "connecting", "connect"].includes(this.redis.status)) await this.firstAttempt;
    const [count, ttl] = (await this.redis.eval(INCREMENT_SCRIPT, 1, `${this.keyPrefix}${key}`, windowMs)) as [number, number];
    return { count, resetInMs: ttl };
  }

  async close(): Promise<void> {
    try {
      await this.redis.quit();
    } catch {
      this.redis.disconnect();
    }
  }
}

/** `::ffff:10.0.0.1` (IPv4 over an IPv6 socket) is 10.0.0.1. */
function normalizeAddress(address: string): string {
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice("::ffff:".length) : address;
}

/**
 * The caller's IP: the socket's peer, or with `trustedProxies` > 0 the address that the outermost of that many proxies
 * in front of the gateway saw (each appends its peer to `X-Forwarded-For`, so earlier entries may be forged by the client).
 */
export function clientAddress(request: Request, serverContext: unknown, trustedProxies: number): string {
  const socket = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req?.socket;
  let address = socket?.remoteAddress;
  if (trustedProxies > 0) {
    const forwarded = (request.headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    if (forwarded.length > 0) address = forwarded[Math.max(0, forwarded.length - trustedProxies)];
  }
  return normalizeAddress(address ?? "unknown");
}

/** Whose requests are counted together, their limit, and what a refusal says (a sentence per kind of caller). */
function subject(viewer: Viewer | null, address: string, limits: RateLimits) {
  if (!viewer) {
    return {
      key: `ip:${address}`,
      limit: limits.anonymous,
      refused: (limit: number, seconds: number, retryAfter: number) =>
        msg`Too many requests: the limit is ${limit} per ${seconds} s from the IP address ${address}. Try again in ${retryAfter} s.`,
    };
  }
  if (viewer.role === Role.API_CLIENT) {
    return {
      key: `account:${viewer.accountId}`,
      limit: limits.apiClient,
      refused: (limit: number, seconds: number, retryAfter: number) =>
        msg`Too many requests: the limit is ${limit} per ${seconds} s for this API client. Try again in ${retryAfter} s.`,
    };
  }
  return {
    key: `account:${viewer.accountId}`,
    limit: limits.account,
    refused: (limit: number, seconds: number, retryAfter: number) =>
      msg`Too many requests: the limit is ${limit} per ${seconds} s for this account. Try again in ${retryAfter} s.`,
  };
}

/**
 * Marks a server context as the gateway's own (the open-data export paging through the graph): such requests were
 * counted once already, as the export request that caused them, and pass the limiter.
 */
export const INTERNAL_REQUEST = Symbol("ogc.gateway.internal-request");

export function isInternalRequest(serverContext: unknown): boolean {
  return Boolean(serverContext && typeof serverContext === "object" && (serverContext as Record<symbol, unknown>)[INTERNAL_REQUEST]);
}

export interface RateLimiter {
  /** Counts one request of its caller; throws the RATE_LIMITED refusal past the limit. */
  consume(request: Request, serverContext: unknown): Promise<void>;
  close(): Promise<void>;
}

/**
 * Counts requests per account (signed in) or per client IP (anonymous) in fixed windows, and refuses those over the
 * limit with 429, RATE_LIMITED and `Retry-After`. If the counter store fails (Redis down), requests pass: availability
 * matters more here than exact limits.
 */
export function createRateLimiter(options: {
  limits: RateLimits;
  store: CounterStore;
  trustedProxies: number;
  logger: Logger;
}): RateLimiter {
  const { limits, store, trustedProxies, logger } = options;
  let lastWarning = 0;
  return {
    async consume(request, serverContext) {
      if (isInternalRequest(serverContext)) return;
      const { key, limit, refused } = subject(viewerOf(request), clientAddress(request, serverContext, trustedProxies), limits);
      if (limit <= 0) return;
      let window: WindowCount;
      try {
        window = await store.increment(key, limits.windowMs);
      } catch (error) {
        if (Date.now() - lastWarning >= 30_000) {
          lastWarning = Date.now();
          logger.warn({ err: error }, "rate-limit counter unavailable: letting requests through");
        }
        return;
      }
      if (window.count <= limit) return;
      const retryAfter = Math.max(1, Math.ceil(window.resetInMs / 1_000));
      const windowSeconds = Math.round(limits.windowMs / 1_000);
      throw refusal("RATE_LIMITED", refused(limit, windowSeconds, retryAfter), {
        status: 429,
        headers: { "retry-after": String(retryAfter) },
        extensions: { retryAfter, limit, windowSeconds },
      });
    },
    close: () => store.close(),
  };
}

/** Counts each GraphQL request with `limiter`. Runs after `useAuthentication`, whose viewer keys it. */
export function useRateLimit(limiter: RateLimiter): GatewayPlugin {
  return {
    onRequestParse({ request, serverContext }) {
      return limiter.consume(request, serverContext);
    },
    onDispose() {
      return limiter.close();
    },
  };
}
