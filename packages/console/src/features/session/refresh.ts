import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from "@apollo/client";
import { GRAPHQL_PATH } from "../../app/apollo-client-path";
import { persistedDocumentsLink } from "../../app/persisted-documents-link";
import { refreshSessionMutation } from "./session-operations";
import type { SessionStore, SessionTokens } from "./session-store";

/** Refresh this long before the access token expires, so a request never leaves with a token about to lapse. */
const EARLY_MS = 30_000;

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

let inFlight: Promise<string | null> | null = null;

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

/**
 * A usable access token: the one held if it is not about to expire, else a fresh one from the refresh token (one
 * refresh at a time, shared by concurrent requests: refresh tokens are single-use). Null when there is no session or
 * the server ended it, in which case the session is cleared.
 */
export function accessToken(store: SessionStore, fetchImpl: typeof fetch = fetch): Promise<string | null> {
  const current = store.current;
  if (current && current.accessTokenExpiresAt - Date.now() > EARLY_MS) return Promise.resolve(current.accessToken);
  const refreshToken = store.refreshToken;
  if (!refreshToken) return Promise.resolve(null);
  inFlight ??= (async () => {
    try {
      const { data, error } = await refreshClient(fetchImpl).mutate({
        mutation: refreshSessionMutation,
        variables: { refreshToken },
        fetchPolicy: "no-cache",
        errorPolicy: "all",
      });
      const payload = data?.refreshSession;
      if (payload) {
        store.set(toTokens(payload));
        return payload.accessToken;
      }
      // The server refused the refresh token (expired, revoked, reused): the session is over.
      if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === "UNAUTHENTICATED")) store.set(null);
      return null;
    } catch {
      // Network trouble: keep the session, the next request tries again.
      return null;
    } finally {
      inFlight = null;
    }
  })();
  return inFlight;
}
