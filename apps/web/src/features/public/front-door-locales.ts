/** Strings of the visitor's home page and a municipality's public page, in Dutch (English: front-door-locales.en.ts). */
export const frontDoorNl = {
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
