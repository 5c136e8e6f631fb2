/** localStorage keys of the remembered preferences. */
export const LANGUAGE_STORAGE_KEY = "ogc.language";
export const THEME_STORAGE_KEY = "ogc.theme";
export const COLOR_SCHEME_STORAGE_KEY = "ogc.color-scheme";
/** The refresh token of the signed-in session, so a reload keeps the person signed in. */
export const REFRESH_TOKEN_STORAGE_KEY = "ogc.session";

// Storage can be disabled or full (private windows, strict policies): preferences then last for the visit only.
export function readPreference(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writePreference(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Not remembered; the choice still applies until the page is closed.
  }
}

export function removePreference(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing was stored.
  }
}
