import { useColorScheme } from "@mui/material/styles";

/**
 * Whether the dark scheme is showing, and a toggle that remembers the choice.
 * MUI stores the mode in localStorage (key in app/storage.ts); until the person chooses, it follows
 * the system's prefers-color-scheme.
 */
export function useDarkMode(): { dark: boolean; toggle: () => void } {
  const { mode, systemMode, setMode } = useColorScheme();
  const dark = (mode === "system" ? systemMode : mode) === "dark";
  return { dark, toggle: () => setMode(dark ? "light" : "dark") };
}
