import { en } from './en';
import { FEATURE_LOCALES_EN } from './features.en';
import { withFeatures } from './with-features';

/**
 * The whole English translation. lib/i18n.ts imports this module only when a reader chooses
 * English, so its strings stay out of the first page's bundle, which every Dutch reader loads.
 */
export const englishTranslation = withFeatures(en, FEATURE_LOCALES_EN);
