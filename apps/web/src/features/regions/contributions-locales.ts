/** Strings of the region page's contributions per municipality, in Dutch (English: contributions-locales.en.ts). */
export const regionContributionsNl = {
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
