import i18n, { type BackendModule } from "i18next";
import { initReactI18next } from "react-i18next";
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language, pickLanguage } from "./languages";
import { LANGUAGE_STORAGE_KEY, readPreference, writePreference } from "./storage";

/** Each language's texts in a chunk of its own: the first page carries only the one it shows. */
const TEXTS: Record<Language, () => Promise<{ default: object }>> = {
  en: () => import("../locales/en.json"),
  es: () => import("../locales/es.json"),
  fr: () => import("../locales/fr.json"),
};

/**
 * i18next's backend interface over those chunks: a language is fetched the first time it is needed (at start, or when
 * the user picks it), and `changeLanguage` resolves once its texts are in.
 */
const lazyTexts: BackendModule = {
  type: "backend",
  init() {},
  read(language, _namespace, callback) {
    if (!isLanguage(language)) {
      callback(new Error(`the console has no texts in "${language}"`), false);
      return;
    }
    TEXTS[language]().then(
      (texts) => callback(null, texts.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), true),
    );
  },
};

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

/** Resolves once the first language's texts are in: render after it, so the first paint is already translated. */
export const i18nReady = i18n
  .use(lazyTexts)
  .use(initReactI18next)
  .init({
    lng: initialLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    nonExplicitSupportedLngs: false,
    interpolation: { escapeValue: false },
  });

export { i18n };
