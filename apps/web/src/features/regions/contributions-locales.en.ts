import type { regionContributionsNl } from './contributions-locales';

/** English of ./contributions-locales.ts: the same keys (a missing or extra one does not compile). */
export const regionContributionsEn: typeof regionContributionsNl = {
  regionContributions: {
    title: 'What do the municipalities pay?',
    intro: 'What each municipality contributes to {{programme}} ({{year}}).',
    loading: 'Loading contributions…',
    failed: 'The contributions per municipality could not be loaded.',
    empty: 'This programme asks no contributions of municipalities (yet).',
    caption: 'Contribution per municipality to {{programme}}',
    chart: 'Contribution per municipality',
    municipality: 'Municipality',
    amount: 'Contribution',
    perInhabitant: 'Per inhabitant',
    unknown: 'unknown',
    total: 'Total',
  },
};
