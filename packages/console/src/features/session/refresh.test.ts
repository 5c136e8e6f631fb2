import { describe, expect, it } from "vitest";
import { documentHash } from "../../app/persisted-documents-link";
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
