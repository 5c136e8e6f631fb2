import CssBaseline from "@mui/material/CssBaseline";
import { ThemeProvider } from "@mui/material/styles";
import { type DataRouter, RouterProvider } from "react-router";
import { COLOR_SCHEME_STORAGE_KEY, THEME_STORAGE_KEY } from "./storage";
import { theme } from "./theme";

/**
 * Theme and router. The Apollo provider sits outside (main.tsx), so tests can put MockedProvider there,
 * and the router comes from outside so tests can pass a memory router.
 */
export function App({ router }: { router: DataRouter }) {
  return (
    // Until the person chooses, the mode follows prefers-color-scheme; MUI keeps the choice in localStorage.
    <ThemeProvider
      theme={theme}
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
