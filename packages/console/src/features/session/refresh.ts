import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from "@apollo/client";
import { GRAPHQL_PATH } from "../../app/apollo-client-path";
import { persistedDocumentsLink } from "../../app/persisted-documents-link";
import { refreshSessionMutation } from "./session-operations";
import type { SessionStore, SessionTokens } from "./session-store";

/** Refresh this long before the access token expires, so a request never leaves with a token about to lapse. */
const EARLY_MS = 30_000;
/** A refresh holds the lock every tab waits on: it gives up after this long, and the next request tries again. */
const REFRESH_TIMEOUT_MS = 15_000;
/** How long to wait for another tab's new refresh token to reach this one, after the server said ours was just rotated. */
const ROTATION_WAIT_MS = 3_000;

interface TokenPayload {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
}

export function toTokens(payload: TokenPayload): SessionTokens {
  return {
    accessToken: payload.accessToken,
    accessTokenExpiresAt: Date.parse(payload.accessTokenExpiresAt),
    refreshToken: payload.refreshToken,
  };
}

/** The Web Lock every tab of the console takes to refresh: one refresh at a time across tabs. */
export const REFRESH_LOCK = "ogc.session.refresh";

/**
 * The client refreshes go through: without the auth link (which waits on this very refresh), and sent as a persisted
 * document like every other console operation.
 */
function refreshClient(fetchImpl: typeof fetch): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([persistedDocumentsLink(), new HttpLink({ uri: GRAPHQL_PATH, fetch: fetchImpl })]),
    cache: new InMemoryCache(),
  });
}

function usableAccessToken(store: SessionStore): string | null {
  const current = store.current;
  return current && current.accessTokenExpiresAt - Date.now() > EARLY_MS ? current.accessToken : null;
}

/**
 * Runs `task` while no other tab of the console runs it (Web Locks API). Where there is none (an old browser, or a page
 * served over plain http from another host than localhost: not a secure context), the tab goes alone; reading the stored
 * token at the last moment (see `refresh`) still keeps most collisions away.
 */
async function oneTabAtATime<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== "undefined" && "locks" in navigator ? navigator.locks : undefined;
  return locks ? await locks.request(REFRESH_LOCK, task) : await task();
}

/**
 * A usable access token: the one held if it is not about to expire, else a fresh one from the refresh token. Refresh
 * tokens are single-use and shared by every tab: one refresh at a time per tab (concurrent requests share it) and across
 * tabs (a lock). Null when there is no session or the server ended it, in which case the session is cleared.
 */
export function accessToken(store: SessionStore, fetchImpl: typeof fetch = fetch): Promise<string | null> {
  const usable = usableAccessToken(store);
  if (usable) return Promise.resolve(usable);
  if (!store.refreshToken) return Promise.resolve(null);
  store.refreshing ??= oneTabAtATime(() => refresh(store, fetchImpl)).finally(() => {
    store.refreshing = null;
  });
  return store.refreshing;
}

async function refresh(store: SessionStore, fetchImpl: typeof fetch, retried = false): Promise<string | null> {
  // Read only now, holding the lock: another tab may have rotated the token while this one waited, spending ours.
  const refreshToken = store.refreshToken;
  if (!refreshToken) return null;
  try {
    const { data, error } = await refreshClient(fetchImpl).mutate({
      mutation: refreshSessionMutation,
      variables: { refreshToken },
      fetchPolicy: "no-cache",
      errorPolicy: "all",
      context: { fetchOptions: { signal: AbortSignal.timeout(REFRESH_TIMEOUT_MS) } },
    });
    const payload = data?.refreshSession;
    if (payload) {
      // Another tab may have signed out (or in anew) while this refresh was on its way: that session is not ours to revive.
      if (store.refreshToken !== refreshToken) return null;
      store.set(toTokens(payload));
      return payload.accessToken;
    }
    const refusal = CombinedGraphQLErrors.is(error) ? error.errors.find((e) => e.extensions?.code === "UNAUTHENTICATED") : undefined;
    // Rotated moments ago by another tab whose new token had not reached this one yet: the server only refused it. Take
    // the newest token once it arrives, and refresh with it.
    if (refusal?.extensions?.reason === "REFRESH_TOKEN_ROTATED") {
      if (!retried && (await store.changesFrom(refreshToken, ROTATION_WAIT_MS))) return refresh(store, fetchImpl, true);
      return null;
    }
    // The server refused the refresh token (expired, revoked, reused): that session is over, unless another tab has
    // meanwhile signed in anew.
    if (refusal && store.refreshToken === refreshToken) store.set(null);
    return null;
  } catch {
    // Network trouble or no answer in time: keep the session, the next request tries again.
    return null;
  }
}
