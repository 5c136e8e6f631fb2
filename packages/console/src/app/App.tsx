import CssBaseline from "@mui/material/CssBaseline";
import { ThemeProvider } from "@mui/material/styles";
import { useTranslation } from "react-i18next";
import { type DataRouter, RouterProvider } from "react-router";
import { DEFAULT_LANGUAGE, isLanguage } from "./languages";
import { COLOR_SCHEME_STORAGE_KEY, THEME_STORAGE_KEY } from "./storage";
import { themeFor } from "./theme";

/**
 * Theme and router. The Apollo provider sits outside (main.tsx), so tests can put MockedProvider there,
 * and the router comes from outside so tests can pass a memory router.
 */
export function App({ router }: { router: DataRouter }) {
  // MUI's own texts (Autocomplete, pagination...) follow the UI language: the theme carries them.
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
  return (
    // Until the person chooses, the mode follows prefers-color-scheme; MUI keeps the choice in localStorage.
    <ThemeProvider
      theme={themeFor(language)}
      defaultMode="system"
      modeStorageKey={THEME_STORAGE_KEY}
      colorSchemeStorageKey={COLOR_SCHEME_STORAGE_KEY}
      noSsr
    >
      <CssBaseline enableColorScheme />
      <RouterProvider router={router} />
    </ThemeProvider>
  );
}
