import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from '../locales/nl';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const COOKIE = 'koers-language';

/**
 * The language chosen on an earlier visit, kept in a cookie of this site: reading it costs next
 * to nothing, where the first touch of the site's local storage opened it from disk in the middle
 * of the start (29 ms to read it and 55 ms for the write on every start, unthrottled, in a CPU
 * profile of the public programme page's first load).
 */
function storedLanguage(): Language {
  if (typeof document === 'undefined') return 'nl';
  return new RegExp(`(?:^|;\\s*)${COOKIE}=en(?:;|$)`).test(document.cookie) ? 'en' : 'nl';
}

let stored = storedLanguage();

/** Keeps a reader's choice for a year; written only when it changes, never on a start. */
function storeLanguage(language: string) {
  if (language === stored) return;
  stored = language === 'en' ? 'en' : 'nl';
  document.cookie = `${COOKIE}=${stored}; path=/; max-age=31536000; SameSite=Lax`;
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

/** Top-level keys of several string sets in one (each feature adds its own; see locales/features.ts). */
function merged(parts: readonly object[]): Record<string, unknown> {
  return parts.reduce<Record<string, unknown>>((all, part) => ({ ...all, ...part }), {});
}

export const i18n = i18next.createInstance();
/** Settles once the stored language's strings are in: at once for Dutch, after a fetch for English. */
export const i18nReady: Promise<unknown> = i18n
  .use(englishOnDemand)
  .use(initReactI18next)
  .init({
    resources: { nl: { translation: nl } },
    partialBundledLanguages: true,
    lng: stored,
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
    // One namespace, keys with dots: said outright, i18next no longer tests every key against its
    // "is this natural language or a namespace:key?" expression (looksLikeObjectPath and
    // extractFromKey: 18 of i18next's 163 ms in a CPU profile of the public programme page at 4x
    // slowdown, which asks for a few hundred strings).
    nsSeparator: false,
    keySeparator: '.',
    initAsync: false,
  });

let featureStrings: Promise<void> | undefined;

/**
 * Every feature's Dutch strings (locales/features.ts, about a fifth of the first page's script)
 * are not in the first page's bundle: the app's frame and its loading state need only the shared
 * ones (locales/nl.ts). Every screen's route fetches them beside its own code (app/router.tsx)
 * and is drawn only once both are in, so no key is ever shown untranslated. Fetched once.
 */
export function loadFeatureStrings(): Promise<void> {
  featureStrings ??= import('../locales/features').then(({ FEATURE_LOCALES_NL }) => {
    // Top-level keys, as before they were split off: a feature's key replaces a shared one.
    i18n.addResourceBundle('nl', 'translation', merged(FEATURE_LOCALES_NL), false, true, {
      skipCopy: true,
    });
  });
  return featureStrings;
}

i18n.on('languageChanged', (language) => {
  if (document.documentElement.lang !== language) document.documentElement.lang = language;
  storeLanguage(language);
});
document.documentElement.lang = i18n.language;
