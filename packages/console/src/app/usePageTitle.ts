import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Sets the tab title to "<page> · <product>", in the UI language (WCAG 2.4.2). */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  const product = t("app.title");
  useEffect(() => {
    document.title = `${page} · ${product}`;
  }, [page, product]);
}
