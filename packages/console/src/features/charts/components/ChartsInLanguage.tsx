import { ChartsLocalizationProvider } from "@mui/x-charts/ChartsLocalizationProvider";
import { enUS, frFR } from "@mui/x-charts/locales";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** The Charts' shipped texts; this version ships none in Spanish. */
const SHIPPED = {
  en: enUS.components.MuiChartsLocalizationProvider.defaultProps.localeText,
  fr: frFR.components.MuiChartsLocalizationProvider.defaultProps.localeText,
};

/**
 * The charts inside speak the UI language: MUI's texts where it ships them, else ours for what a read-only chart of
 * the console can show (its loading and no-data overlays). Here rather than in the theme: the Charts stay off the first page.
 */
export function ChartsInLanguage({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const localeText =
    language === "en" || language === "fr" ? SHIPPED[language] : { loading: t("charts.loading"), noData: t("charts.noData") };
  return <ChartsLocalizationProvider localeText={localeText}>{children}</ChartsLocalizationProvider>;
}
