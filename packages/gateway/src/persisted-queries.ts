import { readFileSync } from "node:fs";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { useAPQ } from "@graphql-yoga/plugin-apq";
import type { Logger } from "@ogc/kit";
import { GraphQLError } from "graphql";
import { Redis } from "ioredis";

/** Where automatic persisted queries (hash -> document) are kept. */
export interface PersistedQueryStore {
  get(hash: string): Promise<string | null | undefined> | string | null | undefined;
  set(hash: string, query: string): Promise<unknown> | unknown;
  close(): Promise<void>;
}

/** How long a registered query is remembered after its last registration. */
export const PERSISTED_QUERY_TTL_SECONDS = 24 * 60 * 60;

export interface MemoryPersistedQueryStoreOptions {
  /** Documents kept at most. Default 1,000. */
  maxEntries?: number;
  /** Total size of the documents kept, in bytes. Default 8 MiB. */
  maxBytes?: number;
  /** A larger document is not remembered (its client keeps sending it whole, as the protocol allows). Default 128 KiB. */
  maxDocumentBytes?: number;
  ttlMs?: number;
}

/**
 * In this process: an LRU of registered documents bounded by count and by total size. Bounding the count alone (the
 * plugin's own store) would not do: the body limit lets a client register 1,000 documents of a megabyte each,
 * padded with whitespace or comments (which the token limit does not count).
 */
export class MemoryPersistedQueryStore implements PersistedQueryStore {
  /** In least-recently-used order, oldest first. */
  private readonly documents = new Map<string, { query: string; bytes: number; expiresAt: number }>();
  private totalBytes = 0;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly maxDocumentBytes: number;
  private readonly ttlMs: number;

  constructor(options: MemoryPersistedQueryStoreOptions = {}) {
    this.maxEntries = options.maxEntries ?? 1_000;
    this.maxBytes = options.maxBytes ?? 8 * 1_048_576;
    this.maxDocumentBytes = Math.min(options.maxDocumentBytes ?? 128 * 1_024, this.maxBytes);
    this.ttlMs = options.ttlMs ?? PERSISTED_QUERY_TTL_SECONDS * 1_000;
  }

  get stats(): { entries: number; bytes: number } {
    return { entries: this.documents.size, bytes: this.totalBytes };
  }

  get(hash: string): string | undefined {
    const document = this.documents.get(hash);
    if (!document) return undefined;
    this.documents.delete(hash);
    if (document.expiresAt <= Date.now()) {
      this.totalBytes -= document.bytes;
      return undefined;
    }
    this.documents.set(hash, document);
    return document.query;
  }

  set(hash: string, query: string): void {
    const previous = this.documents.get(hash);
    if (previous) {
      this.documents.delete(hash);
      this.totalBytes -= previous.bytes;
    }
    const bytes = Buffer.byteLength(query);
    if (bytes > this.maxDocumentBytes) return;
    this.documents.set(hash, { query, bytes, expiresAt: Date.now() + this.ttlMs });
    this.totalBytes += bytes;
    for (const [oldest, document] of this.documents) {
      if (this.documents.size <= this.maxEntries && this.totalBytes <= this.maxBytes) break;
      this.documents.delete(oldest);
      this.totalBytes -= document.bytes;
    }
  }

  async close(): Promise<void> {
    this.documents.clear();
    this.totalBytes = 0;
  }
}

/** In this process: see `MemoryPersistedQueryStore`. */
export function memoryPersistedQueryStore(options: MemoryPersistedQueryStoreOptions = {}): MemoryPersistedQueryStore {
  return new MemoryPersistedQueryStore(options);
}

/**
 * In Redis under `prefix`, shared by every replica: a client that registered a query through one gateway may send its
 * hash alone to another. Redis away: a lookup misses (the client then resends the query, as the protocol allows).
 */
export class RedisPersistedQueryStore implements PersistedQueryStore {
  private readonly redis: Redis;
  private lastWarning = 0;

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {
    this.redis = new Redis(url, { enableOfflineQueue: true, maxRetriesPerRequest: 0, commandTimeout: 500, connectTimeout: 2_000 });
    this.redis.on("error", (error) => this.warn(error));
  }

  private warn(error: unknown): void {
    if (Date.now() - this.lastWarning < 30_000) return;
    this.lastWarning = Date.now();
    this.logger.warn({ err: error }, "Redis for persisted queries is unreachable: hashes sent alone are not found until it is back");
  }

  async get(hash: string): Promise<string | null> {
    try {
      return await this.redis.get(`${this.prefix}${hash}`);
    } catch (error) {
      this.warn(error);
      return null;
    }
  }

  async set(hash: string, query: string): Promise<void> {
    try {
      await this.redis.set(`${this.prefix}${hash}`, query, "EX", PERSISTED_QUERY_TTL_SECONDS);
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
 * Apollo's automatic persisted queries (graphql-yoga's APQ plugin): a client sends `extensions.persistedQuery.sha256Hash`
 * alone; an unknown hash answers `PersistedQueryNotFound` (code PERSISTED_QUERY_NOT_FOUND), and the client resends
 * the hash with the query, which is checked against the hash (PERSISTED_QUERY_MISMATCH) and remembered.
 */
export function useAutomaticPersistedQueries(store: PersistedQueryStore): GatewayPlugin[] {
  const apq = useAPQ({
    store: { get: (hash) => store.get(hash), set: (hash, query) => store.set(hash, query) },
  }) as unknown as GatewayPlugin;
  return [apq, { onDispose: () => store.close() }];
}

/** The trusted documents of the console: document id -> document, loaded once at start-up. */
export type PersistedDocuments = ReadonlyMap<string, string>;

/**
 * Reads a persisted-documents manifest: a JSON object of id -> GraphQL document (the format of GraphQL Codegen's
 * client preset `persisted-documents.json`, whose ids are the documents' SHA-256 hashes). A file that cannot be read
 * or is not such an object stops start-up with a message naming the file.
 */
export function loadPersistedDocuments(path: string): PersistedDocuments {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`PERSISTED_DOCUMENTS_PATH: cannot read ${path} as JSON (${(error as Error).message})`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new Error(`PERSISTED_DOCUMENTS_PATH: ${path} must hold a JSON object of document id -> GraphQL document`);
  }
  const documents = new Map<string, string>();
  for (const [id, document] of Object.entries(parsed)) {
    if (typeof document !== "string" || document.trim() === "") {
      throw new Error(`PERSISTED_DOCUMENTS_PATH: the document of "${id}" in ${path} must be a non-empty string`);
    }
    documents.set(documentKey(id), document);
  }
  return documents;
}

/**
 * A document id as the manifest keys it: `sha256:<hex>` (the GraphQL-over-HTTP form) and a bare hex hash (GraphQL
 * Codegen's client preset writes those, and Apollo Client sends them as `sha256Hash`) name the same document.
 */
export function documentKey(id: string): string {
  return /^[0-9a-f]{64}$/i.test(id) ? `sha256:${id.toLowerCase()}` : id;
}

/**
 * Serves requests that name a document of the manifest instead of sending it: `{"documentId": "<id>", "variables": ...}`
 * (the GraphQL-over-HTTP persisted documents proposal), or Apollo's `extensions.persistedQuery.sha256Hash` without a
 * `query` when that hash is in the manifest (how the console's Apollo Client sends its own operations; a hash not in
 * the manifest goes on to the automatic persisted queries). Only ids resolve: a request with a `query` is served as
 * usual, since the public API is open to any document. Runs before the response cache, so every form of the same
 * document shares cached answers.
 */
export function usePersistedDocuments(documents: PersistedDocuments): GatewayPlugin {
  return {
    onParams({ params, setParams }) {
      const { documentId, ...rest } = params as typeof params & { documentId?: unknown };
      if (documentId === undefined || documentId === null) {
        const hash = (params.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
        if (params.query || typeof hash !== "string") return;
        const query = documents.get(documentKey(hash));
        if (query === undefined) return;
        const { persistedQuery: _, ...extensions } = params.extensions ?? {};
        setParams({ ...params, query, extensions });
        return;
      }
      if (typeof documentId !== "string") {
        throw new GraphQLError("`documentId` must be a string.", {
          extensions: { code: "BAD_REQUEST", http: { status: 400 } },
        });
      }
      if (params.query) {
        throw new GraphQLError("Send either `documentId` or `query`, not both.", {
          extensions: { code: "BAD_REQUEST", http: { status: 400 } },
        });
      }
      const query = documents.get(documentKey(documentId));
      if (query === undefined) {
        throw new GraphQLError(
          `No persisted document has the id "${documentId}". Send the document itself as \`query\`, or update the client.`,
          { extensions: { code: "PERSISTED_QUERY_NOT_FOUND", http: { status: 400 } } },
        );
      }
      setParams({ ...rest, query });
    },
  };
}
