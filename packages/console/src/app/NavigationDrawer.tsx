import Box from "@mui/material/Box";
import Drawer from "@mui/material/Drawer";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemButton from "@mui/material/ListItemButton";
import ListItemIcon from "@mui/material/ListItemIcon";
import ListItemText from "@mui/material/ListItemText";
import Toolbar from "@mui/material/Toolbar";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { useSession } from "../features/session/hooks/useSession";
import { navigationFor } from "./navigation";

export const DRAWER_WIDTH = 260;

interface NavigationDrawerProps {
  id: string;
  /** Permanent beside the content on wide screens; a modal drawer opened by the menu button on narrow ones. */
  permanent: boolean;
  open: boolean;
  onClose: () => void;
}

export function NavigationDrawer({ id, permanent, open, onClose }: NavigationDrawerProps) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const items = navigationFor(viewer?.role ?? null);
  return (
    <Drawer
      id={id}
      variant={permanent ? "permanent" : "temporary"}
      open={permanent || open}
      onClose={onClose}
      // As a modal (narrow screens) the drawer is a dialog, which needs a name.
      slotProps={{ paper: permanent ? {} : { "aria-label": t("nav.label") } }}
      sx={{
        width: permanent ? DRAWER_WIDTH : undefined,
        flexShrink: 0,
        "& .MuiDrawer-paper": { width: DRAWER_WIDTH, boxSizing: "border-box" },
      }}
    >
      {/* Keeps the list below the fixed app bar. */}
      <Toolbar />
      <Box component="nav" aria-label={t("nav.label")}>
        <List>
          {items.map(({ path, label, icon: Icon }) => (
            <ListItem key={path} disablePadding>
              {/* NavLink marks the current section with aria-current="page" and the `active` class. */}
              <ListItemButton
                component={NavLink}
                to={path}
                end
                onClick={permanent ? undefined : onClose}
                sx={{ "&.active": { bgcolor: "action.selected" } }}
              >
                <ListItemIcon>
                  <Icon />
                </ListItemIcon>
                <ListItemText primary={t(`nav.${label}`)} />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      </Box>
    </Drawer>
  );
}
