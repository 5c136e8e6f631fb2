import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { usePageTitle } from "../app/usePageTitle";

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t("notFound.title"));
  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        {t("notFound.title")}
      </Typography>
      <Typography>{t("notFound.body")}</Typography>
      <Link component={RouterLink} to="/areas">
        {t("notFound.home")}
      </Link>
    </Stack>
  );
}
