import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryPersistedQueryStore } from "./persisted-queries.js";

describe("MemoryPersistedQueryStore", () => {
  afterEach(() => vi.useRealTimers());

  it("keeps at most maxEntries documents, dropping the least recently used", () => {
    const store = new MemoryPersistedQueryStore({ maxEntries: 2 });
    store.set("a", "{ a }");
    store.set("b", "{ b }");
    expect(store.get("a")).toBe("{ a }");
    store.set("c", "{ c }");
    expect(store.get("b")).toBeUndefined();
    expect(store.get("a")).toBe("{ a }");
    for (let i = 0; i < 1_000; i += 1) store.set(`h${i}`, `{ f${i} }`);
    expect(store.stats.entries).toBe(2);
  });

  it("keeps the documents' total size under maxBytes, and never remembers one over maxDocumentBytes", () => {
    const store = new MemoryPersistedQueryStore({ maxBytes: 10_000, maxDocumentBytes: 4_000 });
    const padded = (i: number) => `{ f${i} }${" ".repeat(2_990)}`;
    for (let i = 0; i < 100; i += 1) store.set(`h${i}`, padded(i));
    expect(store.stats.bytes).toBeLessThanOrEqual(10_000);
    expect(store.stats.entries).toBe(3);
    store.set("huge", `{ huge }${" ".repeat(5_000)}`);
    expect(store.get("huge")).toBeUndefined();
    expect(store.get("h99")).toBe(padded(99));
  });

  it("forgets a document once its TTL has passed", () => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ["Date"] });
    const store = new MemoryPersistedQueryStore({ ttlMs: 1_000 });
    store.set("a", "{ a }");
    vi.setSystemTime(1_000_999);
    expect(store.get("a")).toBe("{ a }");
    vi.setSystemTime(1_001_000);
    expect(store.get("a")).toBeUndefined();
    expect(store.stats).toEqual({ entries: 0, bytes: 0 });
  });
});
