import { REFRESH_TOKEN_STORAGE_KEY, readPreference, removePreference, writePreference } from "../../app/storage";

/** The signed-in session: the access token lives in memory only; the refresh token is kept to survive a reload. */
export interface SessionTokens {
  accessToken: string;
  /** Epoch milliseconds. */
  accessTokenExpiresAt: number;
  refreshToken: string;
}

type Listener = () => void;

/**
 * Holds the session and tells subscribers (React, via useSyncExternalStore) when it changes.
 *
 * Every tab of the console shares one session through localStorage: the stored refresh token is the latest one, whichever
 * tab rotated it (the server ends the whole session when a spent refresh token comes back), and a tab follows what the
 * others do there (`storage` events): a rotation, a sign-in, a sign-out.
 */
export class SessionStore {
  private tokens: SessionTokens | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly switchedElsewhereListeners = new Set<Listener>();
  /** This tab's refresh under way, shared by the requests that wait for it (see refresh.ts). */
  refreshing: Promise<string | null> | null = null;

  /** `tab`: where the browser announces other tabs' storage changes (the window). */
  constructor(tab: Pick<Window, "addEventListener"> | null = typeof window === "undefined" ? null : window) {
    tab?.addEventListener("storage", this.followOtherTabs);
  }

  /** The access token, when one is held (none after a reload until it is refreshed). */
  get current(): SessionTokens | null {
    return this.tokens;
  }

  /**
   * The refresh token to use now: the stored one first, as another tab may have rotated the one this tab holds; the one
   * held when storage is unavailable (the session then lasts for this tab only).
   */
  get refreshToken(): string | null {
    return readPreference(REFRESH_TOKEN_STORAGE_KEY) ?? this.tokens?.refreshToken ?? null;
  }

  /** True while a session exists, even if its access token still has to be refreshed. */
  get signedIn(): boolean {
    return this.refreshToken !== null;
  }

  set(tokens: SessionTokens | null): void {
    this.tokens = tokens;
    if (tokens) writePreference(REFRESH_TOKEN_STORAGE_KEY, tokens.refreshToken);
    else removePreference(REFRESH_TOKEN_STORAGE_KEY);
    this.notify();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Tells `listener` when another tab ends the session (its "Sign out", or a refresh the server refused there) or starts
   * one (a sign-in, an accepted invitation): what this tab read belongs to another account, or to nobody.
   */
  onSwitchedElsewhere = (listener: Listener): (() => void) => {
    this.switchedElsewhereListeners.add(listener);
    return () => this.switchedElsewhereListeners.delete(listener);
  };

  /**
   * Resolves true once the stored refresh token is no longer `token` (another tab's rotation has reached this one),
   * false after `timeoutMs` without that.
   */
  changesFrom(token: string, timeoutMs: number): Promise<boolean> {
    if (this.refreshToken !== token) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (changed: boolean) => {
        clearTimeout(timer);
        unsubscribe();
        resolve(changed);
      };
      const timer = setTimeout(() => done(false), timeoutMs);
      const unsubscribe = this.subscribe(() => {
        if (this.refreshToken !== token) done(true);
      });
    });
  }

  /** A value that changes whenever the session does, for useSyncExternalStore. */
  snapshot = (): string => `${this.tokens?.accessToken ?? ""}|${this.refreshToken ?? ""}`;

  /**
   * Another tab changed the stored session. Removed: it signed out (or its session ended), so this tab is signed out too.
   * Replaced: it rotated the refresh token (ours is spent; our access token stays good until it expires) or signed in.
   */
  private readonly followOtherTabs = (event: StorageEvent): void => {
    // A null key: the other tab cleared all of storage.
    if (event.key !== null && event.key !== REFRESH_TOKEN_STORAGE_KEY) return;
    const stored = readPreference(REFRESH_TOKEN_STORAGE_KEY);
    const ended = stored === null && (this.tokens !== null || event.oldValue !== null);
    // A session started from none: a sign-in always ends the session before it first (useSession), so every tab sees
    // the removal and then this.
    const started = stored !== null && event.oldValue === null;
    if (stored === null || started) this.tokens = null;
    else if (this.tokens && this.tokens.refreshToken !== stored) this.tokens = { ...this.tokens, refreshToken: stored };
    this.notify();
    if (ended || started) for (const listener of this.switchedElsewhereListeners) listener();
  };

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

export const sessionStore = new SessionStore();
