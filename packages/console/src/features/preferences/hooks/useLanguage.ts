import { useTranslation } from "react-i18next";
import { chooseLanguage } from "../../../app/i18n";
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "../../../app/languages";

/** The UI language and a setter that also remembers the choice. */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => Promise<void> } {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  return { language: isLanguage(current) ? current : DEFAULT_LANGUAGE, setLanguage: chooseLanguage };
}
