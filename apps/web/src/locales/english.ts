import { en } from './en';
import { FEATURE_LOCALES_EN } from './features.en';

/**
 * The whole English translation: the shared strings plus every feature's own. lib/i18n.ts imports
 * this module only when a reader chooses English, so its strings stay out of the first page's
 * bundle, which every Dutch reader loads.
 */
export const englishTranslation = [en, ...FEATURE_LOCALES_EN].reduce<Record<string, unknown>>(
  (all, part) => ({ ...all, ...part }),
  {},
);
