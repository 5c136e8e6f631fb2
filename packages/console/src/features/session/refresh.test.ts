import { afterEach, describe, expect, it, vi } from "vitest";
import { documentHash } from "../../app/persisted-documents-link";
import { REFRESH_TOKEN_STORAGE_KEY } from "../../app/storage";
import { accessToken } from "./refresh";
import { refreshSessionMutation } from "./session-operations";
import { SessionStore } from "./session-store";

const expired = { accessToken: "old", accessTokenExpiresAt: Date.now() - 1_000, refreshToken: "refresh-1" };

function gatewayAnswering(answer: unknown) {
  const bodies: Record<string, unknown>[] = [];
  const fetchImpl = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    bodies.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
    if (answer instanceof Error) throw answer;
    return new Response(JSON.stringify(answer), { headers: { "content-type": "application/json" } });
  }) as typeof fetch;
  return { fetchImpl, bodies };
}

describe("refreshing the session", () => {
  it("trades the refresh token for new tokens, sending the persisted document's hash", async () => {
    const store = new SessionStore();
    store.set(expired);
    const expiresAt = new Date(Date.now() + 900_000).toISOString();
    const { fetchImpl, bodies } = gatewayAnswering({
      data: {
        refreshSession: { __typename: "SessionTokens", accessToken: "new", accessTokenExpiresAt: expiresAt, refreshToken: "refresh-2" },
      },
    });
    expect(await accessToken(store, fetchImpl)).toBe("new");
    expect(store.current).toMatchObject({ accessToken: "new", refreshToken: "refresh-2" });
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).not.toHaveProperty("query");
    expect(bodies[0]).toMatchObject({
      variables: { refreshToken: "refresh-1" },
      extensions: { persistedQuery: { sha256Hash: documentHash(refreshSessionMutation) } },
    });
  });

  it("ends the session when the server refuses the refresh token", async () => {
    const store = new SessionStore();
    store.set(expired);
    const { fetchImpl } = gatewayAnswering({ data: null, errors: [{ message: "Session ended", extensions: { code: "UNAUTHENTICATED" } }] });
    expect(await accessToken(store, fetchImpl)).toBeNull();
    expect(store.signedIn).toBe(false);
  });

  it("keeps the session through network trouble", async () => {
    const store = new SessionStore();
    store.set(expired);
    const { fetchImpl } = gatewayAnswering(new TypeError("Failed to fetch"));
    expect(await accessToken(store, fetchImpl)).toBeNull();
    expect(store.refreshToken).toBe("refresh-1");
  });
});

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });

/**
 * The identity server's rules for refresh tokens: each works once and is replaced by the next; a spent one presented
 * again means it was stolen, and the whole session ends — except, within the grace window (`graceful`), the token just
 * rotated, which is only refused with `reason: REFRESH_TOKEN_ROTATED`.
 */
function identityServer({ graceful = false } = {}) {
  let latest = 0;
  let ended = false;
  const presented: string[] = [];
  const fetchImpl = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { variables } = JSON.parse(String(init?.body)) as { variables: { refreshToken: string } };
    presented.push(variables.refreshToken);
    // Answer later, as a network would: a second tab gets its chance to send meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (graceful && !ended && variables.refreshToken === `refresh-${latest}`) {
      return json({
        data: null,
        errors: [{ message: "Exchanged moments ago", extensions: { code: "UNAUTHENTICATED", reason: "REFRESH_TOKEN_ROTATED" } }],
      });
    }
    if (ended || variables.refreshToken !== `refresh-${latest + 1}`) {
      ended = true;
      return json({ data: null, errors: [{ message: "Session ended", extensions: { code: "UNAUTHENTICATED" } }] });
    }
    latest += 1;
    const expiresAt = new Date(Date.now() + 900_000).toISOString();
    return json({
      data: {
        refreshSession: {
          __typename: "SessionTokens",
          accessToken: `access-${latest + 1}`,
          accessTokenExpiresAt: expiresAt,
          refreshToken: `refresh-${latest + 1}`,
        },
      },
    });
  }) as typeof fetch;
  return { fetchImpl, presented, ended: () => ended };
}

/** What the browser does in every other tab when one writes the session to localStorage (`oldValue`: what it replaced). */
function announceStorageChange(oldValue: string | null) {
  window.dispatchEvent(
    new StorageEvent("storage", { key: REFRESH_TOKEN_STORAGE_KEY, oldValue, newValue: localStorage.getItem(REFRESH_TOKEN_STORAGE_KEY) }),
  );
}

/** The Web Locks API as tabs of one origin share it: one holder of a name at a time, the others queued. */
function sharedLocks(): Pick<LockManager, "request"> {
  let queue: Promise<unknown> = Promise.resolve();
  const request = (_name: string, task: () => unknown) => {
    const turn = queue.then(() => task());
    queue = turn.catch(() => undefined);
    return turn;
  };
  return { request: request as LockManager["request"] };
}

describe("two tabs sharing one session", () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, "locks");
  });

  /** Two tabs that both loaded the console while the session's refresh token was `refresh-1`. */
  function twoTabs() {
    const first = new SessionStore();
    const second = new SessionStore();
    first.set(expired);
    second.set(expired);
    return { first, second };
  }

  it("refreshes with the token the other tab rotated, never with its own spent copy", async () => {
    const server = identityServer();
    const { first, second } = twoTabs();
    const ended = vi.fn();
    second.onSwitchedElsewhere(ended);
    expect(await accessToken(first, server.fetchImpl)).toBe("access-2");
    announceStorageChange("refresh-1");
    expect(ended).not.toHaveBeenCalled();
    expect(await accessToken(second, server.fetchImpl)).toBe("access-3");
    expect(server.presented).toEqual(["refresh-1", "refresh-2"]);
    expect(server.ended()).toBe(false);
    expect([first.signedIn, second.signedIn]).toEqual([true, true]);
    // The first tab keeps its access token until it expires, and would refresh with the latest token.
    expect(first.current?.accessToken).toBe("access-2");
    expect(first.refreshToken).toBe("refresh-3");
  });

  it("takes turns when both tabs refresh at once (Web Locks)", async () => {
    Object.defineProperty(navigator, "locks", { value: sharedLocks(), configurable: true });
    const server = identityServer();
    const { first, second } = twoTabs();
    const tokens = await Promise.all([accessToken(first, server.fetchImpl), accessToken(second, server.fetchImpl)]);
    expect(tokens).toEqual(["access-2", "access-3"]);
    expect(server.presented).toEqual(["refresh-1", "refresh-2"]);
    expect(server.ended()).toBe(false);
    expect(second.current?.accessToken).toBe("access-3");
  });

  it("signs every tab out when one signs out", () => {
    const { first, second } = twoTabs();
    const told = vi.fn();
    const ended = vi.fn();
    second.subscribe(told);
    second.onSwitchedElsewhere(ended);
    first.set(null);
    announceStorageChange("refresh-1");
    expect(second.signedIn).toBe(false);
    expect(second.current).toBeNull();
    expect(told).toHaveBeenCalled();
    expect(ended).toHaveBeenCalledOnce();
  });

  it("follows a sign-in made in another tab, and tells this tab its data is someone else's", () => {
    const tab = new SessionStore();
    const switched = vi.fn();
    tab.onSwitchedElsewhere(switched);
    expect(tab.signedIn).toBe(false);
    new SessionStore().set({ ...expired, refreshToken: "refresh-elsewhere" });
    window.dispatchEvent(new StorageEvent("storage", { key: REFRESH_TOKEN_STORAGE_KEY, oldValue: null, newValue: "refresh-elsewhere" }));
    expect(tab.signedIn).toBe(true);
    expect(tab.refreshToken).toBe("refresh-elsewhere");
    expect(switched).toHaveBeenCalledOnce();
  });

  it("drops its access token when another account signs in over the session", () => {
    const { first, second } = twoTabs();
    second.set({ ...expired, accessToken: "access-of-a", accessTokenExpiresAt: Date.now() + 600_000 });
    const switched = vi.fn();
    second.onSwitchedElsewhere(switched);
    // The other tab's sign-in ends the old session first, then stores the new one.
    first.set(null);
    window.dispatchEvent(new StorageEvent("storage", { key: REFRESH_TOKEN_STORAGE_KEY, oldValue: "refresh-1", newValue: null }));
    first.set({ ...expired, refreshToken: "refresh-of-b" });
    window.dispatchEvent(new StorageEvent("storage", { key: REFRESH_TOKEN_STORAGE_KEY, oldValue: null, newValue: "refresh-of-b" }));
    expect(second.current).toBeNull();
    expect(second.refreshToken).toBe("refresh-of-b");
    expect(switched).toHaveBeenCalledTimes(2);
  });

  it("waits for the other tab's new token when the server says its own was rotated moments ago, then refreshes with it", async () => {
    const server = identityServer({ graceful: true });
    const { first, second } = twoTabs();
    expect(await accessToken(first, server.fetchImpl)).toBe("access-2");
    // The second tab still sees the spent token: the first tab's write has not reached it yet.
    localStorage.setItem(REFRESH_TOKEN_STORAGE_KEY, "refresh-1");
    const pending = accessToken(second, server.fetchImpl);
    await vi.waitFor(() => expect(server.presented).toEqual(["refresh-1", "refresh-1"]));
    // Then it arrives.
    localStorage.setItem(REFRESH_TOKEN_STORAGE_KEY, "refresh-2");
    announceStorageChange("refresh-1");
    expect(await pending).toBe("access-3");
    expect(server.presented).toEqual(["refresh-1", "refresh-1", "refresh-2"]);
    expect(server.ended()).toBe(false);
    expect(second.signedIn).toBe(true);
  });

  it("does not bring back a session another tab signed out of while its refresh was on the way", async () => {
    const server = identityServer();
    const { first, second } = twoTabs();
    const pending = accessToken(first, server.fetchImpl);
    second.set(null);
    announceStorageChange("refresh-1");
    expect(await pending).toBeNull();
    expect(first.signedIn).toBe(false);
    expect(localStorage.getItem(REFRESH_TOKEN_STORAGE_KEY)).toBeNull();
  });
});
