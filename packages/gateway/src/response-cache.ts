import { randomUUID } from "node:crypto";
import type { Cache, CacheEntityRecord } from "@envelop/response-cache";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { hashSHA256, useResponseCache } from "@graphql-yoga/plugin-response-cache";
import { type Logger, localeFromAcceptLanguage } from "@ogc/kit";
import {
  type ExecutionResult,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  isObjectType,
  Kind,
  parse,
} from "graphql";
import { Redis } from "ioredis";

/**
 * How long an anonymous answer may be served from the cache, in seconds, by schema coordinate (`Type.field`) or type.
 * The one place cache hints live. An answer lives as long as the shortest TTL among the fields it selects and the
 * types it returns; a root field not named here gets `DEFAULT_TTL_SECONDS`. A mutation through the gateway drops every
 * cached answer holding an entity it returned, so entity TTLs can be long; lists are short because an entity that is
 * new to a list (a commitment just created) is in no cached answer yet.
 */
export const CACHE_TTL_SECONDS: Readonly<Record<string, number>> = {
  // Reference data of the catalog: changes a few times a year.
  "Query.challengeAreas": 3_600,
  "Query.challengeArea": 3_600,
  "Query.openGovernmentValues": 3_600,
  "Query.eligibilityCriteria": 3_600,
  "Query.irmPolicyTags": 3_600,
  // Aggregates move with every commitment; entity invalidation cannot see them.
  "ChallengeArea.commitmentStats": 60,
  // Single entities: invalidated by mutations, so they may live a while.
  "Query.member": 300,
  "Query.memberByOgpCode": 300,
  "Query.commitment": 300,
  "Query.commitmentByOgpId": 300,
  "Query.institution": 300,
  "Query.partner": 300,
  // Lists: short, since additions are not seen by invalidation.
  "Query.members": 30,
  "Query.commitments": 30,
  "Query.institutions": 30,
  "Query.partners": 30,
  "Member.commitments": 30,
  "Institution.commitments": 30,
  "ChallengeArea.commitments": 30,
  // Never cached: who is asking, private types.
  "Query.viewer": 0,
  Account: 0,
  ContactPerson: 0,
};

/** TTL of any root field the table does not name. */
export const DEFAULT_TTL_SECONDS = 30;

/** `Cache-Control: max-age` never promises more than this: shared caches downstream see no invalidation. */
export const HTTP_MAX_AGE_CAP_SECONDS = 60;

/** Cache keys of requests that must never be served from, or stored in, the cache. */
const PRIVATE_KEY_PREFIX = "private:";

/**
 * A request that speaks for someone: a token, or any cookie (a session cookie, or one the gateway cannot tell from
 * one). Its answer may hold what only that caller may see, so it is never cached, nor served from the cache.
 */
export function isPrivateRequest(request: Request): boolean {
  return request.headers.has("authorization") || request.headers.has("cookie");
}

/** TTLs in milliseconds for the plugin: the table, plus the default for every root query field the table does not name. */
export function ttlPerSchemaCoordinate(
  supergraphSdl: string,
  ttls: Readonly<Record<string, number>> = CACHE_TTL_SECONDS,
  defaultTtlSeconds = DEFAULT_TTL_SECONDS,
): Record<string, number> {
  const result: Record<string, number> = {};
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    if (definition.name.value !== "Query") continue;
    for (const field of definition.fields ?? []) result[`Query.${field.name.value}`] = defaultTtlSeconds * 1_000;
  }
  for (const [coordinate, seconds] of Object.entries(ttls)) result[coordinate] = seconds * 1_000;
  return result;
}

/** What the gateway keeps with each cached answer, to tell the next reader how fresh it is. */
interface StoredMetadata {
  expiresAt: number;
}

/** The response store behind the cache, with its lifecycle. */
export interface ResponseStore extends Cache {
  close(): Promise<void>;
}

/** Answers kept in memory at most (`RESPONSE_CACHE_MAX_ENTRIES`). */
export const DEFAULT_MAX_ENTRIES = 1_000;
/**
 * Total size of the answers kept in memory, as JSON (in the heap an answer takes about twice its JSON): room for the
 * 1,000 answers at the ~16 KB of a 50-row dashboard page.
 */
export const DEFAULT_MAX_BYTES = 16 * 1_048_576;
/** An answer larger than this (as JSON) is not cached in memory: a few such answers would crowd out every other one. */
export const DEFAULT_MAX_ENTRY_BYTES = 1_048_576;

export interface MemoryResponseStoreOptions {
  maxEntries?: number;
  maxBytes?: number;
  maxEntryBytes?: number;
}

interface MemoryEntry {
  result: ExecutionResult;
  expiresAt: number;
  bytes: number;
  /** Index keys (`Type` and `Type:id`) listing this answer. */
  indexes: string[];
}

/**
 * In this process: an LRU bounded by count (`maxEntries`) and by size (`maxBytes`, the answers' JSON), whose answers
 * expire with their TTL; `Type` and `Type:id` index the answers holding them, for invalidation (the index entries of
 * an answer go with it). Unlike @envelop/response-cache's in-memory store, which bounds the count only, a few
 * anonymous queries for large pages cannot grow it past `maxBytes`.
 */
export class MemoryResponseStore implements ResponseStore {
  /** In least-recently-used order, oldest first (a read moves an answer to the end). */
  private readonly entries = new Map<string, MemoryEntry>();
  private readonly index = new Map<string, Set<string>>();
  private totalBytes = 0;
  private nextSweep = 0;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly maxEntryBytes: number;

  constructor(options: MemoryResponseStoreOptions = {}) {
    this.maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.maxEntryBytes = Math.min(options.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES, this.maxBytes);
  }

  /** Answers held, and their total size as JSON. */
  get stats(): { entries: number; bytes: number; indexes: number } {
    return { entries: this.entries.size, bytes: this.totalBytes, indexes: this.index.size };
  }

  get(key: string): ExecutionResult | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.remove(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.result;
  }

  set(key: string, result: ExecutionResult, entities: Iterable<CacheEntityRecord>, ttl: number): void {
    this.remove(key);
    if (!Number.isFinite(ttl) || ttl <= 0) return;
    const now = Date.now();
    if (now >= this.nextSweep) {
      // Expired answers are dropped when read; those nobody reads again go here, at most once a second.
      for (const [stored, entry] of this.entries) if (entry.expiresAt <= now) this.remove(stored);
      this.nextSweep = now + 1_000;
    }
    let bytes: number;
    try {
      bytes = Buffer.byteLength(JSON.stringify(result));
    } catch {
      return;
    }
    if (bytes > this.maxEntryBytes) return;
    const indexes = new Set<string>();
    for (const { typename, id } of entities) {
      indexes.add(typename);
      if (id !== undefined && id !== null) indexes.add(`${typename}:${id}`);
    }
    for (const name of indexes) {
      let keys = this.index.get(name);
      if (!keys) {
        keys = new Set();
        this.index.set(name, keys);
      }
      keys.add(key);
    }
    this.entries.set(key, { result, expiresAt: now + ttl, bytes, indexes: [...indexes] });
    this.totalBytes += bytes;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.totalBytes <= this.maxBytes) break;
      this.remove(oldest);
    }
  }

  invalidate(entities: Iterable<CacheEntityRecord>): void {
    for (const { typename, id } of entities) {
      const keys = this.index.get(id === undefined || id === null ? typename : `${typename}:${id}`);
      if (keys) for (const key of [...keys]) this.remove(key);
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.totalBytes -= entry.bytes;
    for (const name of entry.indexes) {
      const keys = this.index.get(name);
      if (!keys) continue;
      keys.delete(key);
      if (keys.size === 0) this.index.delete(name);
    }
  }

  async close(): Promise<void> {
    this.entries.clear();
    this.index.clear();
    this.totalBytes = 0;
  }
}

/** In this process: see `MemoryResponseStore`. */
export function memoryResponseStore(options: MemoryResponseStoreOptions = {}): MemoryResponseStore {
  return new MemoryResponseStore(options);
}

/**
 * Drops every answer listed in the sets named by KEYS (entity `Type:id` or type `Type` index sets), then the sets, in
 * one step: an invalidation is one command, sent before the mutation's answer, so every later read sees it.
 */
const INVALIDATE_SCRIPT = `
local dropped = 0
for _, index in ipairs(KEYS) do
  local keys = redis.call('SMEMBERS', index)
  for _, key in ipairs(keys) do
    dropped = dropped + redis.call('DEL', ARGV[1] .. key)
  end
  redis.call('DEL', index)
end
return dropped`;

/**
 * Answers in Redis, shared by every gateway replica. Keys, under `prefix`: `r:<cache key>` (the answer, expiring with
 * its TTL), `e:<Type>:<id>` and `t:<Type>` (the cache keys of the answers holding that entity / that type, expiring
 * with the longest-lived of them). Written for the hub rather than taken from @envelop/response-cache-redis, which
 * puts bare type names in the key space, never expires its index sets and scans with KEYS to invalidate a type.
 * Redis away: reads miss, writes and invalidations are skipped (answers then live until their TTL), with a warning.
 */
export class RedisResponseStore implements ResponseStore {
  private readonly redis: Redis;
  private lastWarning = 0;

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {
    this.redis = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: 500,
      connectTimeout: 2_000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    });
    this.redis.on("error", (error) => this.warn(error));
  }

  private warn(error: unknown): void {
    if (Date.now() - this.lastWarning < 30_000) return;
    this.lastWarning = Date.now();
    this.logger.warn({ err: error }, "Redis for the response cache is unreachable: answers are not cached until it is back");
  }

  private async ready(): Promise<boolean> {
    if (this.redis.status === "ready") return true;
    if (!["wait", "connecting", "connect"].includes(this.redis.status)) return false;
    // The first requests after start-up wait for the connection rather than miss.
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 2_500);
      timer.unref();
      this.redis.once("ready", () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  async get(key: string): Promise<ExecutionResult | undefined> {
    try {
      if (!(await this.ready())) return undefined;
      const stored = await this.redis.get(`${this.prefix}r:${key}`);
      return stored ? (JSON.parse(stored) as ExecutionResult) : undefined;
    } catch (error) {
      this.warn(error);
      return undefined;
    }
  }

  async set(key: string, result: ExecutionResult, entities: Iterable<CacheEntityRecord>, ttl: number): Promise<void> {
    if (!Number.isFinite(ttl) || ttl <= 0) return;
    try {
      if (!(await this.ready())) return;
      const pipeline = this.redis.multi();
      pipeline.set(`${this.prefix}r:${key}`, JSON.stringify(result), "PX", ttl);
      const indexes = new Set<string>();
      for (const { typename, id } of entities) {
        indexes.add(`${this.prefix}t:${typename}`);
        if (id !== undefined) indexes.add(`${this.prefix}e:${typename}:${id}`);
      }
      for (const index of indexes) {
        pipeline.sadd(index, key);
        // Only ever lengthened (GT), or set when the index has no expiry yet (NX): the set outlives every answer in it.
        pipeline.pexpire(index, ttl, "NX");
        pipeline.pexpire(index, ttl, "GT");
      }
      await pipeline.exec();
    } catch (error) {
      this.warn(error);
    }
  }

  async invalidate(entities: Iterable<CacheEntityRecord>): Promise<void> {
    const indexes = [...entities].map(({ typename, id }) =>
      id === undefined || id === null ? `${this.prefix}t:${typename}` : `${this.prefix}e:${typename}:${id}`,
    );
    if (indexes.length === 0) return;
    try {
      if (!(await this.ready())) return;
      await this.redis.eval(INVALIDATE_SCRIPT, indexes.length, ...indexes, `${this.prefix}r:`);
    } catch (error) {
      this.warn(error);
    }
  }

  async close(): Promise<void> {
    try {
      await this.redis.quit();
    } catch {
      this.redis.disconnect();
    }
  }
}

/**
 * The store as the plugin sees it: private keys never reach it, each stored answer carries its expiry, and pending
 * invalidations are tracked so that a mutation's answer leaves only once the answers it outdated are gone.
 */
function guardedStore(store: ResponseStore, pending: Set<Promise<unknown>>): Cache {
  return {
    get(key) {
      if (key.startsWith(PRIVATE_KEY_PREFIX)) return undefined;
      return store.get(key);
    },
    set(key, result, entities, ttl) {
      if (key.startsWith(PRIVATE_KEY_PREFIX) || !Number.isFinite(ttl) || ttl <= 0) return;
      const metadata: StoredMetadata = { expiresAt: Date.now() + ttl };
      const stored: ExecutionResult = { ...result, extensions: { ...result.extensions, responseCache: metadata } };
      return store.set(key, stored, entities, ttl);
    },
    invalidate(entities) {
      const job = Promise.resolve(store.invalidate(entities));
      pending.add(job);
      void job.finally(() => pending.delete(job));
      return job;
    },
  };
}

/** Types whose objects the cache recognises as entities (an `id` or `code` field, as `idFields` below). */
function isEntityType(type: GraphQLNamedType): boolean {
  return isObjectType(type) && ("id" in type.getFields() || "code" in type.getFields());
}

/**
 * The entity types a mutation's root fields return, directly or one level down in a payload (`{ account { ... } }`).
 * Any cached answer holding that type is dropped, not only those holding the returned ids: a created or changed
 * entity may join a cached list (or leave a filtered one) that did not hold it.
 */
export function mutatedTypes(
  schema: GraphQLSchema,
  document: Parameters<typeof getOperationAST>[0],
  operationName?: string | null,
): string[] {
  const operation = getOperationAST(document, operationName);
  const mutation = schema.getMutationType();
  if (operation?.operation !== "mutation" || !mutation) return [];
  const types = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const field = mutation.getFields()[selection.name.value];
    if (!field) continue;
    const type = getNamedType(field.type);
    const named = new Set<string>();
    if (isEntityType(type)) named.add(type.name);
    else if (isObjectType(type)) {
      for (const inner of Object.values(type.getFields())) {
        const innerType = getNamedType(inner.type);
        if (isEntityType(innerType)) named.add(innerType.name);
      }
    }
    // A mutation whose answer names no entity (a batch upsert's counts, a Boolean) may have changed anything: every
    // entity type goes, rather than public answers staying stale until their TTL.
    if (named.size === 0) {
      for (const candidate of Object.values(schema.getTypeMap())) if (isEntityType(candidate)) named.add(candidate.name);
    }
    for (const name of named) types.add(name);
  }
  return [...types];
}

export interface ResponseCacheOptions {
  store: ResponseStore;
  /** The supergraph served: every root query field gets a TTL. */
  supergraphSdl: string;
  ttls?: Readonly<Record<string, number>>;
  defaultTtlSeconds?: number;
}

/** `responseCache` extension the plugin adds (includeExtensionMetadata), read and removed before the answer leaves. */
interface CacheMetadata {
  hit?: boolean;
  didCache?: boolean;
  ttl?: number;
  expiresAt?: number;
  invalidatedEntities?: unknown[];
}

/**
 * A public answer depends on the language asked for (localized fields, messages), as the gateway's own cache key does:
 * shared HTTP caches must keep one copy per `Accept-Language`.
 */
const PUBLIC_VARY = "Accept-Language";

function cacheHeaders(request: Request, metadata: CacheMetadata | undefined): Record<string, string> {
  if (isPrivateRequest(request)) return { "cache-control": "private, no-store", "x-cache": "BYPASS" };
  if (metadata?.hit) {
    const remaining = Math.max(0, Math.ceil(((metadata.expiresAt ?? Date.now()) - Date.now()) / 1_000));
    return { "cache-control": `public, max-age=${Math.min(remaining, HTTP_MAX_AGE_CAP_SECONDS)}`, vary: PUBLIC_VARY, "x-cache": "HIT" };
  }
  if (metadata?.didCache && metadata.ttl) {
    const seconds = Math.floor(metadata.ttl / 1_000);
    return { "cache-control": `public, max-age=${Math.min(seconds, HTTP_MAX_AGE_CAP_SECONDS)}`, vary: PUBLIC_VARY, "x-cache": "MISS" };
  }
  return { "cache-control": "no-store", "x-cache": "MISS" };
}

/**
 * Caches whole answers to anonymous queries (graphql-yoga's response-cache plugin over `store`): keyed by document,
 * operation name, variables and the `Accept-Language` locale; never for a request with a token or a cookie; never an
 * answer with errors. Mutations through the gateway invalidate the cached answers holding the types their root fields
 * return (`mutatedTypes`); cached answers are indexed by the type and `id` (or `code`) of every entity in them. Each answer says what happened in `x-cache` (HIT, MISS, BYPASS)
 * and how long others may keep it in `cache-control`.
 */
/** Documents seen, and whether the operation they name is a query; bounded (emptied when full). */
const operationKinds = new Map<string, boolean>();
const OPERATION_KINDS_KEPT = 1_000;

/** Whether `operationName` of the document is a query: the only operations whose answers may be cached. */
export function isQuery(documentString: string, operationName: string | null | undefined): boolean {
  const key = `${operationName ?? ""}|${documentString}`;
  let query = operationKinds.get(key);
  if (query === undefined) {
    try {
      query = getOperationAST(parse(documentString), operationName)?.operation === "query";
    } catch {
      query = false;
    }
    if (operationKinds.size >= OPERATION_KINDS_KEPT) operationKinds.clear();
    operationKinds.set(key, query);
  }
  return query;
}

export function useGatewayResponseCache(options: ResponseCacheOptions): GatewayPlugin[] {
  const pending = new Set<Promise<unknown>>();
  const cache = guardedStore(options.store, pending);
  const responseCache = useResponseCache({
    cache,
    session: () => null,
    // Every root field has a TTL (ttlPerSchemaCoordinate), so this only applies to a document naming none.
    ttl: (options.defaultTtlSeconds ?? DEFAULT_TTL_SECONDS) * 1_000,
    ttlPerSchemaCoordinate: ttlPerSchemaCoordinate(options.supergraphSdl, options.ttls, options.defaultTtlSeconds),
    idFields: ["id", "code"],
    // The plugin's own invalidation rewrites a mutation to select `__typename` at its root, which the planner sends
    // to a subgraph after the mutation's fields: after `signOut` that call is refused (the session has just ended).
    // Mutations leave their documents alone; `mutatedTypes` below invalidates by the types they return instead.
    invalidateViaMutation: false,
    includeExtensionMetadata: true,
    buildResponseCacheKey: ({ documentString, operationName, variableValues, request }) => {
      // Only queries are cached: a mutation's answer (a sign-in's tokens) is never stored nor served again.
      if (isPrivateRequest(request) || !isQuery(documentString, operationName)) return `${PRIVATE_KEY_PREFIX}${randomUUID()}`;
      const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
      return hashSHA256([documentString, operationName ?? "", JSON.stringify(variableValues ?? {}), locale].join("|"));
    },
    shouldCacheResult: ({ cacheKey, result }) => !cacheKey.startsWith(PRIVATE_KEY_PREFIX) && !result.errors?.length,
  }) as unknown as GatewayPlugin;

  // The invalidation each mutation request caused, awaited before its answer leaves.
  const invalidations = new WeakMap<Request, Promise<unknown>>();
  const headers: GatewayPlugin = {
    onRequest({ request }) {
      // A signed-in caller's copy may differ from the anonymous one an ETag names: no 304 for it.
      if (isPrivateRequest(request) && request.headers.has("if-none-match")) request.headers.delete("if-none-match");
    },
    onExecute({ args }) {
      const types = mutatedTypes(args.schema, args.document, args.operationName);
      if (types.length === 0) return;
      const request = (args.contextValue as { request?: Request }).request;
      return {
        onExecuteDone() {
          const job = Promise.resolve(cache.invalidate(types.map((typename) => ({ typename }))));
          if (request) invalidations.set(request, job);
        },
      };
    },
    onResultProcess({ request, result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== "object" || Symbol.asyncIterator in result) return;
      const single = result as ExecutionResult;
      const extensions = { ...(single.extensions ?? {}) } as Record<string, unknown>;
      const metadata = extensions.responseCache as CacheMetadata | undefined;
      delete extensions.responseCache;
      const http = (extensions.http ?? {}) as { headers?: Record<string, string> };
      extensions.http = { ...http, headers: { ...http.headers, ...cacheHeaders(request, metadata) } };
      setResult({ ...single, extensions });
      // A mutation's answer waits for the invalidations it caused, so its caller never reads what it just changed.
      const invalidation = invalidations.get(request);
      if (invalidation || (metadata?.invalidatedEntities && pending.size > 0)) {
        return Promise.all([invalidation, ...pending]).then(() => undefined);
      }
      return undefined;
    },
    onDispose() {
      return options.store.close();
    },
  };
  // `headers` first: its onRequest runs before the plugin answers If-None-Match.
  return [headers, responseCache];
}
