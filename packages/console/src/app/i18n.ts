import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "../locales/en.json";
import es from "../locales/es.json";
import fr from "../locales/fr.json";
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language, pickLanguage } from "./languages";
import { LANGUAGE_STORAGE_KEY, readPreference, writePreference } from "./storage";

export const resources = {
  en: { translation: en },
  es: { translation: es },
  fr: { translation: fr },
} as const;

/** The remembered choice, else the browser's preferred languages, else English. */
export function initialLanguage(): Language {
  const stored = readPreference(LANGUAGE_STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const preferences = navigator.languages?.length ? navigator.languages : [navigator.language];
  return pickLanguage(preferences.filter(Boolean));
}

/** Switch the UI language and remember it for the next visit. */
export async function chooseLanguage(language: Language): Promise<void> {
  writePreference(LANGUAGE_STORAGE_KEY, language);
  await i18n.changeLanguage(language);
}

// Screen readers pick their voice from <html lang>; it must follow the language on screen.
i18n.on("languageChanged", (language) => {
  document.documentElement.lang = isLanguage(language) ? language : DEFAULT_LANGUAGE;
});

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: LANGUAGES,
  nonExplicitSupportedLngs: false,
  // The translations ship in the bundle: initialise synchronously, so the first render is already translated.
  initAsync: false,
  interpolation: { escapeValue: false },
});

export { i18n };
