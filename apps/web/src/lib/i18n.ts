import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FEATURE_LOCALES_NL } from '../locales/features';
import { nl } from '../locales/nl';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'koers.language';

function storedLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'nl';
}

/**
 * Dutch is bundled with the first page; English (as many bytes again) is fetched the first time it
 * is needed. i18next asks this backend for a language it has no strings of, and `changeLanguage`
 * resolves (and the page switches) only once they are in, so no key is ever shown untranslated.
 */
const englishOnDemand: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (language !== 'en') return callback(null, {});
    import('../locales/english').then(
      (english) => callback(null, english.englishTranslation),
      (error: unknown) => callback(error instanceof Error ? error : String(error), false),
    );
  },
};

/** The shared strings of a language plus every feature's own (see locales/features.ts). */
function merged(parts: readonly object[]): Record<string, unknown> {
  return parts.reduce<Record<string, unknown>>((all, part) => ({ ...all, ...part }), {});
}

export const i18n = i18next.createInstance();
/** Settles once the stored language's strings are in: at once for Dutch, after a fetch for English. */
export const i18nReady: Promise<unknown> = i18n
  .use(englishOnDemand)
  .use(initReactI18next)
  .init({
    resources: { nl: { translation: merged([nl, ...FEATURE_LOCALES_NL]) } },
    partialBundledLanguages: true,
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
