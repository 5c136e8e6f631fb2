import { print } from "graphql";
import { GRAPHQL_PATH } from "../../app/apollo-client-path";
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
      const response = await fetchImpl(GRAPHQL_PATH, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: print(refreshSessionMutation), variables: { refreshToken } }),
      });
      const body = (await response.json()) as {
        data?: { refreshSession?: TokenPayload } | null;
        errors?: { extensions?: { code?: string } }[];
      };
      const payload = body.data?.refreshSession;
      if (payload) {
        store.set(toTokens(payload));
        return payload.accessToken;
      }
      // The server refused the refresh token (expired, revoked, reused): the session is over.
      if (body.errors?.some((error) => error.extensions?.code === "UNAUTHENTICATED")) store.set(null);
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
