import Link from "@mui/material/Link";
import { useTranslation } from "react-i18next";

/** First stop of the keyboard: jumps past the app bar and the navigation (WCAG 2.4.1). Shown only when focused. */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  return (
    <Link
      href={`#${targetId}`}
      onClick={(event) => {
        const target = document.getElementById(targetId);
        if (!target) return;
        // Move focus, not just the scroll position, so the next Tab continues inside the main content.
        event.preventDefault();
        target.focus();
        target.scrollIntoView?.();
      }}
      sx={{
        position: "absolute",
        left: 8,
        top: 8,
        zIndex: (theme) => theme.zIndex.tooltip + 1,
        px: 2,
        py: 1.5,
        borderRadius: 1,
        bgcolor: "background.paper",
        color: "text.primary",
        boxShadow: 6,
        transform: "translateY(-200%)",
        "&:focus": { transform: "none", outline: "3px solid", outlineColor: "primary.main", outlineOffset: "2px" },
      }}
    >
      {t("app.skipToContent")}
    </Link>
  );
}
