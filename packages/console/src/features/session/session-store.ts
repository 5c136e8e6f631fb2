import { REFRESH_TOKEN_STORAGE_KEY, readPreference, removePreference, writePreference } from "../../app/storage";

/** The signed-in session: the access token lives in memory only; the refresh token is kept to survive a reload. */
export interface SessionTokens {
  accessToken: string;
  /** Epoch milliseconds. */
  accessTokenExpiresAt: number;
  refreshToken: string;
}

type Listener = () => void;

/** Holds the session and tells subscribers (React, via useSyncExternalStore) when it changes. */
export class SessionStore {
  private tokens: SessionTokens | null = null;
  private readonly listeners = new Set<Listener>();

  /** The access token, when one is held (none after a reload until it is refreshed). */
  get current(): SessionTokens | null {
    return this.tokens;
  }

  /** The refresh token kept from an earlier visit or sign-in. */
  get refreshToken(): string | null {
    return this.tokens?.refreshToken ?? readPreference(REFRESH_TOKEN_STORAGE_KEY);
  }

  /** True while a session exists, even if its access token still has to be refreshed. */
  get signedIn(): boolean {
    return this.refreshToken !== null;
  }

  set(tokens: SessionTokens | null): void {
    this.tokens = tokens;
    if (tokens) writePreference(REFRESH_TOKEN_STORAGE_KEY, tokens.refreshToken);
    else removePreference(REFRESH_TOKEN_STORAGE_KEY);
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A value that changes whenever the session does, for useSyncExternalStore. */
  snapshot = (): string => `${this.tokens?.accessToken ?? ""}|${this.refreshToken ?? ""}`;
}

export const sessionStore = new SessionStore();
