/** Strings of the programme workspace (header, sub-navigation, totals), Dutch first. */
const nl = {
  workspace: {
    summary: 'Jaarprogramma {{year}} · status: {{status}}',
    subNavigation: 'Onderdelen van dit programma',
    loading: 'Programma wordt geladen…',
    failed: 'Dit programma kon niet worden geladen. Bestaat het wel?',
    links: {
      assignments: 'Opdrachten',
      lifecycle: 'Besluitvorming',
      ratification: 'Besluiten van de raden',
      history: 'Geschiedenis',
    },
    totals: {
      title: 'Totalen',
      summary_one:
        '{{count}} opdracht, samen {{amount}} begroot; capaciteit {{fte}} fte en {{hours}} uur.',
      summary_other:
        '{{count}} opdrachten, samen {{amount}} begroot; capaciteit {{fte}} fte en {{hours}} uur.',
      amount: 'Bedrag',
      total: 'Totaal',
      byTheme: 'Begroting per opgave',
      theme: 'Opgave',
      bySource: 'Begroting per financieringsbron',
      source: 'Bron',
      byYear: 'Begroting per jaar',
      year: 'Jaar',
    },
    fundingSources: {
      member_contribution: 'Bijdrage van de gemeenten',
      extra_member_contribution: 'Extra bijdrage van enkele gemeenten',
      province: 'Provincie',
      national: 'Rijk',
      eu: 'Europese Unie',
      private: 'Private partners',
      other: 'Overig',
    },
  },
};

const en: typeof nl = {
  workspace: {
    summary: 'Annual programme {{year}} · status: {{status}}',
    subNavigation: 'Parts of this programme',
    loading: 'Loading the programme…',
    failed: 'This programme could not be loaded. Does it exist?',
    links: {
      assignments: 'Assignments',
      lifecycle: 'Decision-making',
      ratification: 'Council decisions',
      history: 'History',
    },
    totals: {
      title: 'Totals',
      summary_one:
        '{{count}} assignment, together {{amount}} budgeted; capacity {{fte}} FTE and {{hours}} hours.',
      summary_other:
        '{{count}} assignments, together {{amount}} budgeted; capacity {{fte}} FTE and {{hours}} hours.',
      amount: 'Amount',
      total: 'Total',
      byTheme: 'Budget by theme',
      theme: 'Theme',
      bySource: 'Budget by funding source',
      source: 'Source',
      byYear: 'Budget by year',
      year: 'Year',
    },
    fundingSources: {
      member_contribution: 'Contribution of the municipalities',
      extra_member_contribution: 'Extra contribution of some municipalities',
      province: 'Province',
      national: 'National government',
      eu: 'European Union',
      private: 'Private partners',
      other: 'Other',
    },
  },
};

export const programmesLocales = { nl, en };
