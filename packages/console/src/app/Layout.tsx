import MenuIcon from "@mui/icons-material/Menu";
import AppBar from "@mui/material/AppBar";
import Box from "@mui/material/Box";
import IconButton from "@mui/material/IconButton";
import { useTheme } from "@mui/material/styles";
import Toolbar from "@mui/material/Toolbar";
import Typography from "@mui/material/Typography";
import useMediaQuery from "@mui/material/useMediaQuery";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, useLocation } from "react-router";
import { SkipLink } from "../components/SkipLink";
import { LanguageMenu } from "../features/preferences/components/LanguageMenu";
import { ThemeToggle } from "../features/preferences/components/ThemeToggle";
import { AccountMenu } from "../features/session/components/AccountMenu";
import { NavigationDrawer } from "./NavigationDrawer";

const MAIN_CONTENT_ID = "main-content";
const DRAWER_ID = "navigation-drawer";

/** The shell: skip link, app bar (banner), navigation drawer (nav) and the page in <main>. */
export function Layout() {
  const { t } = useTranslation();
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up("md"), { noSsr: true });
  const [drawerOpen, setDrawerOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstPath = useRef(pathname);

  // After an in-app navigation, start the keyboard and screen reader at the new page, as a page load would.
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = "";
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <Box sx={{ display: "flex", minHeight: "100vh" }}>
      <SkipLink targetId={MAIN_CONTENT_ID} />
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1 }}>
        <Toolbar>
          {!wide && (
            <IconButton
              color="inherit"
              edge="start"
              aria-label={t("nav.open")}
              aria-controls={DRAWER_ID}
              aria-expanded={drawerOpen}
              onClick={() => setDrawerOpen(true)}
              sx={{ mr: 1 }}
            >
              <MenuIcon />
            </IconButton>
          )}
          <Typography component="p" variant="h6" noWrap sx={{ flexGrow: 1 }}>
            {t("app.title")}
          </Typography>
          <LanguageMenu />
          <ThemeToggle />
          <AccountMenu />
        </Toolbar>
      </AppBar>
      <NavigationDrawer id={DRAWER_ID} permanent={wide} open={drawerOpen} onClose={() => setDrawerOpen(false)} />
      <Box
        component="main"
        id={MAIN_CONTENT_ID}
        ref={mainRef}
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, sm: 3 }, "&:focus": { outline: "none" } }}
      >
        {/* Keeps the page below the fixed app bar. */}
        <Toolbar />
        <Outlet />
      </Box>
    </Box>
  );
}
