import DarkMode from "@mui/icons-material/DarkMode";
import DarkModeOutlined from "@mui/icons-material/DarkModeOutlined";
import IconButton from "@mui/material/IconButton";
import Tooltip from "@mui/material/Tooltip";
import { useTranslation } from "react-i18next";
import { useDarkMode } from "../hooks/useDarkMode";

/** A toggle button with a stable name ("Dark theme") whose pressed state says which theme is on. */
export function ThemeToggle() {
  const { t } = useTranslation();
  const { dark, toggle } = useDarkMode();
  const label = t("theme.dark");
  return (
    // Rendered inside the header rather than at the end of <body>, so it stays within a landmark.
    <Tooltip title={label} slotProps={{ popper: { disablePortal: true } }}>
      <IconButton color="inherit" aria-label={label} aria-pressed={dark} onClick={toggle}>
        {dark ? <DarkMode /> : <DarkModeOutlined />}
      </IconButton>
    </Tooltip>
  );
}
