/** Dutch, the language of Koers's users; every other language mirrors these keys. */
export const nl = {
  app: {
    name: 'Koers',
    tagline: 'Het jaarprogramma van de regio',
    skipToContent: 'Direct naar de inhoud',
    mainNavigation: 'Hoofdmenu',
    language: 'Taal',
    switchToLanguage: 'English',
    switchLanguageLabel: 'Switch to English',
    footer: 'Koers — regionale samenwerking met grip voor elke gemeenteraad.',
  },
  nav: {
    home: 'Start',
  },
  home: {
    title: 'Welkom bij Koers',
    intro:
      'Met Koers stelt een regio haar jaarprogramma op: de opdrachten met doel, resultaat, begroting, capaciteit en mandaat. Het bestuur besluit, en elke gemeenteraad ziet wat de regio vraagt, wat de eigen gemeente betaalt, en geeft zijn zienswijze.',
    rolesTitle: 'Voor wie',
    roles: {
      bureau: 'Het regiobureau stelt het programma op en houdt het actueel.',
      board: 'Het bestuur besluit over het voorstel en stelt het vast.',
      portfolio: 'Portefeuillehouders handelen binnen hun mandaat en leggen verantwoording af.',
      council:
        'Raadsleden en griffiers zien wat hun gemeente betaalt en wat er met hun zienswijze gebeurde.',
    },
  },
  status: {
    title: 'Systeemstatus',
    checking: 'Status wordt opgehaald…',
    ok: 'Koers en de database zijn bereikbaar.',
    down: 'De database is op dit moment niet bereikbaar. Probeer het over een paar minuten opnieuw.',
    failed: 'Koers is niet bereikbaar.',
    retry: 'Opnieuw proberen',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    body: 'Deze pagina bestaat niet (meer). Controleer het adres of ga terug naar de start.',
    back: 'Terug naar de start',
  },
  errors: {
    generic: 'Er ging iets mis.',
    requestId: 'Verzoeknummer: {{requestId}}',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Translations = Shape<typeof nl>;
