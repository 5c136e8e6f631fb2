import Translate from "@mui/icons-material/Translate";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { LANGUAGES, NATIVE_NAMES } from "../../../app/languages";
import { useLanguage } from "../hooks/useLanguage";

/** Language switch in the app bar: each language is offered in its own name and marked with its `lang`. */
export function LanguageMenu() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const buttonId = useId();
  const menuId = useId();
  const open = anchor !== null;

  return (
    <>
      <Button
        id={buttonId}
        color="inherit"
        startIcon={<Translate />}
        aria-label={t("language.button", { language: NATIVE_NAMES[language] })}
        aria-haspopup="menu"
        aria-controls={open ? menuId : undefined}
        aria-expanded={open}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ textTransform: "none", minWidth: 0, "& .MuiButton-startIcon": { mr: { xs: 0, sm: 1 } } }}
      >
        <Box component="span" sx={{ display: { xs: "none", sm: "inline" } }}>
          {NATIVE_NAMES[language]}
        </Box>
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={open}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { "aria-label": t("language.menu") } }}
      >
        {LANGUAGES.map((code) => (
          <MenuItem
            key={code}
            lang={code}
            role="menuitemradio"
            aria-checked={code === language}
            selected={code === language}
            onClick={() => {
              setAnchor(null);
              void setLanguage(code);
            }}
          >
            {NATIVE_NAMES[code]}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
