import AccountCircle from "@mui/icons-material/AccountCircle";
import Button from "@mui/material/Button";
import Divider from "@mui/material/Divider";
import ListItemText from "@mui/material/ListItemText";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useNavigate } from "react-router";
import { useSession } from "../hooks/useSession";

/** "Sign in" for visitors; the account's name, role and "Sign out" once signed in. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { signedIn, viewer, signOut } = useSession();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();

  if (!signedIn) {
    return (
      <Button color="inherit" component={RouterLink} to="/sign-in" sx={{ textTransform: "none" }}>
        {t("session.signIn")}
      </Button>
    );
  }
  const name = viewer?.displayName ?? t("session.account");
  return (
    <>
      <Button
        color="inherit"
        startIcon={<AccountCircle />}
        aria-label={t("session.accountMenu", { name })}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={Boolean(anchor)}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ textTransform: "none" }}
      >
        {name}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {viewer && (
          <li>
            <ListItemText sx={{ px: 2, py: 1 }} primary={viewer.displayName} secondary={t(`roles.${viewer.role}`)} />
          </li>
        )}
        <Divider component="li" />
        <MenuItem
          onClick={async () => {
            setAnchor(null);
            await signOut();
            navigate("/areas");
          }}
        >
          {t("session.signOut")}
        </MenuItem>
      </Menu>
    </>
  );
}
