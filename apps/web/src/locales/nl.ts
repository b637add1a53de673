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
  regions: {
    title: 'Regio’s',
    loading: 'Regio’s worden geladen…',
    failed: 'De regio’s konden niet worden geladen.',
    empty: 'Er zijn nog geen regio’s. Een beheerder voegt de eerste regio toe.',
    name: 'Regio',
    governance: 'Samenwerkingsvorm',
    provinces: 'Provincie(s)',
    viewWindow: 'Termijn zienswijze',
    weeks_one: '{{count}} week',
    weeks_other: '{{count}} weken',
    governanceModes: {
      wgr_public_body: 'Gemeenschappelijke regeling (openbaar lichaam)',
      network: 'Netwerk / convenant',
    },
  },
  region: {
    loading: 'Regio wordt geladen…',
    failed: 'Deze regio kon niet worden geladen. Bestaat zij wel?',
    summary:
      '{{governance}} in {{provinces}}. Gemeenteraden hebben {{weeks}} weken voor hun zienswijze.',
  },
  programmes: {
    title: 'Jaarprogramma’s',
    loading: 'Programma’s worden geladen…',
    failed: 'De programma’s konden niet worden geladen.',
    empty: 'Deze regio heeft nog geen jaarprogramma.',
    year: 'Jaar',
    name: 'Programma',
    status: 'Status',
    assignments: 'Opdrachten',
    statuses: {
      draft: 'Concept',
      proposed: 'Voorstel aan het bestuur',
      consultation: 'Bij de gemeenteraden',
      adopted: 'Vastgesteld',
      in_execution: 'In uitvoering',
      closed: 'Afgesloten',
    },
  },
  themes: {
    title: 'Opgaven',
    loading: 'Opgaven worden geladen…',
    failed: 'De opgaven konden niet worden geladen.',
    empty: 'Deze regio heeft nog geen opgaven.',
    item: '{{title}} ({{from}}–{{until}})',
  },
  municipalities: {
    title: 'Deelnemende gemeenten',
    loading: 'Gemeenten worden geladen…',
    failed: 'De gemeenten konden niet worden geladen.',
    empty: 'Deze regio heeft nog geen gemeenten.',
    caption_one: '{{count}} gemeente',
    caption_other: '{{count}} gemeenten',
    name: 'Gemeente',
    cbsCode: 'CBS-code',
    population: 'Inwoners',
    referenceDate: 'Peildatum',
    unknown: 'Onbekend',
    unknownNote_one:
      'Van {{count}} gemeente is het inwonertal niet bekend in de bron; Koers schat het niet.',
    unknownNote_other:
      'Van {{count}} gemeenten is het inwonertal niet bekend in de bron; Koers schat het niet.',
    total: 'Totaal',
    knownTotal: 'Totaal (bekende inwonertallen)',
  },
  partners: {
    title: 'Partners',
    loading: 'Partners worden geladen…',
    failed: 'De partners konden niet worden geladen.',
    empty: 'Deze regio heeft nog geen partners.',
    kinds: {
      municipality: 'gemeente',
      province: 'provincie',
      national_government: 'Rijk',
      water_board: 'waterschap',
      business: 'bedrijfsleven',
      knowledge_institution: 'kennisinstelling',
      societal_organisation: 'maatschappelijke organisatie',
      other: 'overig',
    },
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
