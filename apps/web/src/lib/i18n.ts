import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '../locales/en';
import { FEATURE_LOCALES } from '../locales/features';
import { nl } from '../locales/nl';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'koers.language';

function storedLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'nl';
}

/** The shared strings of a language plus every feature's own (see locales/features.ts). */
function withFeatures(base: object, language: 'nl' | 'en'): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const feature of FEATURE_LOCALES) Object.assign(merged, feature[language]);
  return merged;
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: {
    nl: { translation: withFeatures(nl, 'nl') },
    en: { translation: withFeatures(en, 'en') },
  },
  lng: storedLanguage(),
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  initAsync: false,
});

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  localStorage.setItem(STORAGE_KEY, language);
});
document.documentElement.lang = i18n.language;
