/** Strings of the shared paged list: its search field and page controls. */
export const pagedListNl = {
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
