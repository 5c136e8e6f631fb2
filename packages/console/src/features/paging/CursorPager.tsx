import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslation } from "react-i18next";
import type { useCursorPages } from "./useCursorPages";

interface CursorPagerProps {
  pages: ReturnType<typeof useCursorPages>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined;
  /** Names the list the buttons page through, for screen readers. */
  label: string;
}

/** Previous / next page buttons for a cursor-paged list, with the page number. */
export function CursorPager({ pages, pageInfo, label }: CursorPagerProps) {
  const { t } = useTranslation();
  const endCursor = pageInfo?.endCursor;
  return (
    <Stack component="nav" aria-label={t("cursorPaging.label", { list: label })} direction="row" spacing={2} sx={{ alignItems: "center" }}>
      <Button variant="outlined" disabled={pages.page === 0} onClick={pages.previous}>
        {t("cursorPaging.previous")}
      </Button>
      <Typography>{t("cursorPaging.page", { page: pages.page + 1 })}</Typography>
      <Button
        variant="outlined"
        disabled={!pageInfo?.hasNextPage || !endCursor}
        onClick={() => {
          if (endCursor) pages.next(endCursor);
        }}
      >
        {t("cursorPaging.next")}
      </Button>
    </Stack>
  );
}
