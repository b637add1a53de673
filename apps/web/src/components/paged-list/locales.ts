/** Strings of the shared paged list: its search field and page controls. */
const nl = {
  pagedList: {
    search: 'Zoeken',
    searchHelp: 'Typ een deel van de naam.',
    nav: 'Pagina’s van de lijst',
    range: '{{from}}–{{to}} van {{total}}',
    pageOf: 'Pagina {{page}} van {{pages}}',
    previous: 'Vorige pagina',
    next: 'Volgende pagina',
    count_one: '{{count}} resultaat',
    count_other: '{{count}} resultaten',
    noMatches: 'Niets gevonden voor ‘{{q}}’. Probeer een ander zoekwoord.',
    pastEnd: 'Deze pagina is leeg: de lijst is korter geworden.',
    toFirst: 'Naar de eerste pagina',
  },
};

const en: typeof nl = {
  pagedList: {
    search: 'Search',
    searchHelp: 'Type part of the name.',
    nav: 'Pages of the list',
    range: '{{from}}–{{to}} of {{total}}',
    pageOf: 'Page {{page}} of {{pages}}',
    previous: 'Previous page',
    next: 'Next page',
    count_one: '{{count}} result',
    count_other: '{{count}} results',
    noMatches: 'Nothing found for ‘{{q}}’. Try another search term.',
    pastEnd: 'This page is empty: the list has become shorter.',
    toFirst: 'Go to the first page',
  },
};

export const pagedListLocales = { nl, en };
