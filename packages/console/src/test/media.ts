/** jsdom has no layout or media queries: tests say which screen width and colour-scheme preference to pretend. */
export interface MediaEnvironment {
  width: number;
  prefersDark: boolean;
}

const DEFAULT_MEDIA: MediaEnvironment = { width: 1280, prefersDark: false };
let media: MediaEnvironment = { ...DEFAULT_MEDIA };

export function setMedia(next: Partial<MediaEnvironment>): void {
  media = { ...DEFAULT_MEDIA, ...next };
}

function matches(query: string): boolean {
  if (query.includes("prefers-color-scheme: dark")) return media.prefersDark;
  if (query.includes("prefers-color-scheme: light")) return !media.prefersDark;
  const min = /min-width:\s*([\d.]+)px/.exec(query);
  if (min?.[1] && media.width < Number(min[1])) return false;
  const max = /max-width:\s*([\d.]+)px/.exec(query);
  if (max?.[1] && media.width > Number(max[1])) return false;
  return Boolean(min || max);
}

export function installMatchMedia(): void {
  window.matchMedia = (query: string): MediaQueryList => ({
    media: query,
    matches: matches(query),
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  });
}
