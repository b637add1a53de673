/** Strings of the region page's contributions per municipality, Dutch first. */
const nl = {
  regionContributions: {
    title: 'Wat betalen de gemeenten?',
    intro: 'De bijdrage van elke gemeente aan {{programme}} ({{year}}).',
    loading: 'Bijdragen worden geladen…',
    failed: 'De bijdragen per gemeente konden niet worden geladen.',
    empty: 'Dit programma vraagt (nog) geen bijdragen van gemeenten.',
    caption: 'Bijdrage per gemeente aan {{programme}}',
    chart: 'Bijdrage per gemeente',
    municipality: 'Gemeente',
    amount: 'Bijdrage',
    perInhabitant: 'Per inwoner',
    unknown: 'onbekend',
    total: 'Totaal',
  },
};

const en: typeof nl = {
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

export const regionContributionsLocales = { nl, en };
