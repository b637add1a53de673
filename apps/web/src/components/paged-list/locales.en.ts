import type { pagedListNl } from './locales';

/** English of ./locales.ts: the same keys (a missing or extra one does not compile). */
export const pagedListEn: typeof pagedListNl = {
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
