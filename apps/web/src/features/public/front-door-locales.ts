/** Strings of the visitor's home page and a municipality's public page, Dutch first. */
const nl = {
  frontDoor: {
    title: 'Openbare jaarprogramma’s',
    loading: 'Openbare programma’s worden geladen…',
    failed: 'De openbare programma’s konden niet worden geladen. Probeer het later opnieuw.',
    empty:
      'Er is nog geen vastgesteld programma. Zodra een bestuur een jaarprogramma vaststelt, staat het hier.',
    search: 'Zoek op regio of gemeente',
    searchHelp: 'Bijvoorbeeld “Eindhoven”, “Zwolle” of “Geldrop-Mierlo”.',
    searchingMembers: 'Gemeenten worden doorzocht…',
    found_one: '{{count}} programma gevonden.',
    found_other: '{{count}} programma’s gevonden.',
    noMatch: 'Geen programma van een regio of gemeente met die naam.',
    municipalities: 'Gemeenten',
    municipalityLink: 'Wat {{name}} betaalt',
    programmeFacts_one: '{{year}} · {{status}} · {{count}} opdracht · begroting {{amount}}',
    programmeFacts_other: '{{year}} · {{status}} · {{count}} opdrachten · begroting {{amount}}',
    municipality: {
      label: 'Openbare gemeentepagina',
      loading: 'Bijdragen worden geladen…',
      intro: 'Wat {{name}} bijdraagt aan de vastgestelde jaarprogramma’s van de regio.',
      caption: 'Bijdrage van {{name}} per jaarprogramma',
      programme: 'Jaarprogramma',
      region: 'Regio',
      amount: 'Bijdrage',
      unknownTitle: 'Gemeente niet gevonden',
      unknown:
        'Geen gemeente met deze naam draagt bij aan een vastgesteld jaarprogramma. Controleer het adres of zoek de gemeente op de startpagina.',
      back: 'Naar alle openbare programma’s',
    },
  },
};

const en: typeof nl = {
  frontDoor: {
    title: 'Public annual programmes',
    loading: 'Loading public programmes…',
    failed: 'The public programmes could not be loaded. Please try again later.',
    empty:
      'No programme has been adopted yet. As soon as a board adopts an annual programme, it appears here.',
    search: 'Search by region or municipality',
    searchHelp: 'For example “Eindhoven”, “Zwolle” or “Geldrop-Mierlo”.',
    searchingMembers: 'Searching the municipalities…',
    found_one: '{{count}} programme found.',
    found_other: '{{count}} programmes found.',
    noMatch: 'No programme of a region or municipality by that name.',
    municipalities: 'Municipalities',
    municipalityLink: 'What {{name}} pays',
    programmeFacts_one: '{{year}} · {{status}} · {{count}} assignment · budget {{amount}}',
    programmeFacts_other: '{{year}} · {{status}} · {{count}} assignments · budget {{amount}}',
    municipality: {
      label: 'Public municipality page',
      loading: 'Loading contributions…',
      intro: 'What {{name}} contributes to the adopted annual programmes of its region.',
      caption: 'Contribution of {{name}} per annual programme',
      programme: 'Annual programme',
      region: 'Region',
      amount: 'Contribution',
      unknownTitle: 'Municipality not found',
      unknown:
        'No municipality of this name contributes to an adopted annual programme. Check the address or look the municipality up on the home page.',
      back: 'To all public programmes',
    },
  },
};

export const frontDoorLocales = { nl, en };
