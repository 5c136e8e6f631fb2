import { ApolloClient, ApolloLink } from "@apollo/client";
import { describe, expect, it, vi } from "vitest";
import { viewerQuery } from "../features/session/session-operations";
import { SessionStore } from "../features/session/session-store";
import { createCache, forgetWhenSwitchedElsewhere } from "./apollo-client";
import { REFRESH_TOKEN_STORAGE_KEY } from "./storage";

describe("the Apollo cache", () => {
  it("forgets what the account read when another tab signs out", async () => {
    const store = new SessionStore();
    store.set({ accessToken: "access", accessTokenExpiresAt: Date.now() + 600_000, refreshToken: "refresh-1" });
    const client = new ApolloClient({ link: ApolloLink.empty(), cache: createCache() });
    forgetWhenSwitchedElsewhere(client, store);
    const viewer = {
      __typename: "Account" as const,
      id: "acc-support",
      displayName: "Sam Support",
      role: "SUPPORT_UNIT" as const,
      email: "support@ogc.example",
      memberId: null,
      institutionIds: [],
      partnerId: null,
    };
    client.writeQuery({ query: viewerQuery, data: { viewer } });
    expect(client.readQuery({ query: viewerQuery })?.viewer?.displayName).toBe("Sam Support");

    // The other tab removed the session from storage; the browser tells this one.
    localStorage.removeItem(REFRESH_TOKEN_STORAGE_KEY);
    window.dispatchEvent(new StorageEvent("storage", { key: REFRESH_TOKEN_STORAGE_KEY, oldValue: "refresh-1", newValue: null }));
    await vi.waitFor(() => expect(client.readQuery({ query: viewerQuery })).toBeNull());
  });
});
