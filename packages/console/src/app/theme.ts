import { enUS, esES, frFR } from "@mui/material/locale";
import { createTheme, type Theme, type ThemeOptions } from "@mui/material/styles";
import type { Language } from "./languages";

// Light and dark palettes as CSS variables; the chosen scheme is a class on <html> (`light` or `dark`),
// so switching repaints without re-rendering and axe sees the real colours in both schemes.
const options: ThemeOptions = {
  cssVariables: { colorSchemeSelector: "class" },
  colorSchemes: { light: true, dark: true },
  components: {
    // Dark surfaces are lightened with a gradient overlay; on the app bar that leaves contrast checkers unsure
    // of the background, so it gets a plain colour (already distinct from the page).
    MuiAppBar: { styleOverrides: { root: { backgroundImage: "none" } } },
    // A ripple alone is too faint to show keyboard focus (WCAG 2.4.7 / 2.4.11): draw an outline in the text colour.
    MuiButtonBase: {
      styleOverrides: {
        root: {
          "&.Mui-focusVisible": { outline: "2px solid currentColor", outlineOffset: "2px" },
        },
      },
    },
  },
};

/**
 * MUI's own texts (Autocomplete's "Open", "Clear" and "No options", pagination labels, an Alert's "Close") in each UI
 * language. The Data Grid and the Charts take theirs where they are used, so their locales stay off the first page.
 */
const MUI_TEXTS: Record<Language, typeof enUS> = {
  en: enUS,
  // MUI's Spanish names the button that opens a list "Abierto" (the adjective, "open"); the action is "Abrir".
  es: {
    ...esES,
    components: {
      ...esES.components,
      MuiAutocomplete: {
        ...esES.components?.MuiAutocomplete,
        defaultProps: { ...esES.components?.MuiAutocomplete?.defaultProps, openText: "Abrir" },
      },
    },
  },
  fr: frFR,
};

const themes = new Map<Language, Theme>();

/** The console's theme with MUI's texts in `language`; made once per language, so switching back costs nothing. */
export function themeFor(language: Language): Theme {
  let theme = themes.get(language);
  if (!theme) {
    theme = createTheme(options, MUI_TEXTS[language]);
    themes.set(language, theme);
  }
  return theme;
}
