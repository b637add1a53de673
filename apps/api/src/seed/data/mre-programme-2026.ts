import type {
  AssignmentStatus,
  BroadProsperityTheme,
  FundingSource,
  Participation,
  SteeringGroupRole,
} from '@koers/contracts';

/**
 * The 2026 programme of Metropoolregio Eindhoven: the FICTIONAL example assignments (regionId
 * 'mre') of the project's demo data file, copied here (titles, goals, results, KPIs, euro
 * amounts, FTE, mandate and participation as there). What the file gives only in words is tied
 * to the demo people, organisations and themes of seed/data/reference-data.ts by name, and each
 * budget line gets a funding source; people and a theme the reference data lacks are listed in
 * EXTRA_* and created by the seed step.
 */
export interface SeedAssignment {
  code: string;
  theme: string;
  title: string;
  goal: string;
  results: string[];
  kpis: {
    name: string;
    baseline?: string;
    target: string;
    broadProsperityTheme?: BroadProsperityTheme;
  }[];
  /**
   * Euros as in the demo data; the seed converts them to integer cents. An extra contribution
   * names its payers (municipality names; left out: the participants) and is split per inhabitant.
   */
  budget: { source: string; fundingSource: FundingSource; eur: number; payers?: string[] }[];
  capacity: { supplier: string; organisation?: string; fte: number }[];
  portfolioHolder: string;
  lead: string;
  steeringGroup: { person: string; organisation?: string; role: SteeringGroupRole }[];
  commitments: { organisation: string; description: string; eur?: number; fte?: number }[];
  mandate: { scope: string; ceilingEur?: number; escalation: string };
  participation: Participation;
  /** Municipality names, for participation 'opt_in'. */
  participants?: string[];
  status: AssignmentStatus;
  priority: number;
  externalProgrammes: string[];
  links?: string[];
}

export const PROGRAMME_2026 = {
  year: 2026,
  title: 'Werkprogramma 2026 Metropoolregio Eindhoven',
  introduction:
    'Wat we in 2026 samen willen bereiken, wat we daarvoor doen en wat het mag kosten. ' +
    'Voorbeeldprogramma met verzonnen opdrachten (demo).',
  populationReferenceDate: '2024-01-01',
  mandateValidFrom: '2026-01-01',
  mandateValidUntil: '2026-12-31',
  reportBackDates: ['2026-06-30', '2026-12-15'],
};

const BUREAU = 'Regiobureau Metropoolregio Eindhoven';
const PROVINCE = 'Provincie Noord-Brabant';
const WATER_BOARD = 'Waterschap De Dommel';
const BRAINPORT = 'Brainport Development';
const TUE = 'Technische Universiteit Eindhoven';

const bureau = (fte: number) => ({ supplier: BUREAU, organisation: BUREAU, fte });
const municipal = (fte: number) => ({ supplier: 'Deelnemende gemeenten', fte });
const partners = (fte: number) => ({ supplier: 'Partners', fte });

export const EXTRA_THEMES = [
  {
    title: 'Bestuur en democratie',
    description: 'Dwarsdoorsnijdend: democratische betrokkenheid van de raden.',
    periodStartYear: 2023,
    periodEndYear: 2026,
  },
];

/** People the assignments need that the reference data does not have (invented demo names). */
export const EXTRA_PEOPLE: {
  name: string;
  function: string;
  organisation?: string;
  municipality?: string;
}[] = [
  {
    name: 'Luuk van den Broek',
    function: 'wethouder, portefeuillehouder Landelijk gebied',
    municipality: 'Gemert-Bakel',
  },
  { name: 'Mirjam de Wit', function: 'voorzitter dagelijks bestuur', municipality: 'Eindhoven' },
  { name: 'Noor Bakker', function: 'programmamanager Energie', organisation: BUREAU },
  { name: 'Pieter Aarts', function: 'gebiedsregisseur De Peel', organisation: BUREAU },
  {
    name: 'Quinten Vos',
    function: 'projectleider human capital (gedetacheerd vanuit Helmond)',
    organisation: BUREAU,
  },
  { name: 'Roos Lambregts', function: 'strategisch adviseur', organisation: BUREAU },
  { name: 'Stijn Verhoeven', function: 'bestuurssecretaris', organisation: BUREAU },
];

export const MRE_ASSIGNMENTS_2026: readonly SeedAssignment[] = [
  {
    code: 'MRE-2026-01',
    theme: 'Mobiliteit',
    title: 'Haalbaarheid snelfietsroute Helmond–Deurne',
    goal: 'Meer woon-werkverkeer per (e-)fiets tussen Peelland-gemeenten en Brainport-werklocaties',
    results: [
      'Tracestudie met 3 varianten',
      'Kostenraming en dekkingsvoorstel (incl. provinciale cofinanciering)',
      'Bestuursovereenkomst-concept voor deelnemende gemeenten',
    ],
    kpis: [
      {
        name: 'Besluitrijpe voorkeursvariant',
        target: 'Q4 2026',
        broadProsperityTheme: 'work_and_leisure',
      },
    ],
    budget: [
      { source: 'inwonerbijdrage (alle 21)', fundingSource: 'member_contribution', eur: 140000 },
      { source: 'provincie Noord-Brabant', fundingSource: 'province', eur: 210000 },
      {
        source: 'deelnemende gemeenten Helmond/Deurne/Laarbeek',
        fundingSource: 'extra_member_contribution',
        eur: 70000,
        payers: ['Helmond', 'Deurne', 'Laarbeek'],
      },
    ],
    capacity: [bureau(0.8), municipal(0.6), partners(0.2)],
    portfolioHolder: 'Anne Verbeek',
    lead: 'Eva Jacobs',
    steeringGroup: [
      { person: 'Anne Verbeek', role: 'chair' },
      { person: 'Gijs Rooijakkers', organisation: PROVINCE, role: 'member' },
      { person: 'Hanna Bruijnzeels', organisation: WATER_BOARD, role: 'advisor' },
      { person: 'Eva Jacobs', organisation: BUREAU, role: 'secretary' },
    ],
    commitments: [
      { organisation: PROVINCE, description: 'Cofinanciering tracéstudie', eur: 210000 },
    ],
    mandate: {
      scope: 'Kiest variant binnen budget',
      escalation:
        'Tracébesluit en investering gaan naar de raden; de studie betalen alle 21, de realisatie (2027) alleen Helmond, Deurne en Laarbeek (opt-in)',
    },
    // The 2026 study is paid by all 21 members; only the realisation from 2027 is opt-in.
    participation: 'all',
    status: 'concept',
    priority: 3,
    externalProgrammes: [],
  },
  {
    code: 'MRE-2026-02',
    theme: 'Schaalsprong wonen en ruimte',
    title: 'Regionale monitor woningbouwprogrammering',
    goal: 'Eén gedeeld, actueel beeld van plancapaciteit en realisatie per gemeente t.b.v. woondeal-afspraken',
    results: [
      'Kwartaaldashboard plancapaciteit/realisatie per gemeente',
      'Jaarlijkse rapportage aan AB en raden',
    ],
    kpis: [
      {
        name: 'Gemeenten die kwartaaldata aanleveren',
        baseline: '14/21',
        target: '21/21',
        broadProsperityTheme: 'housing',
      },
    ],
    budget: [
      { source: 'inwonerbijdrage (alle 21)', fundingSource: 'member_contribution', eur: 120000 },
      { source: 'provincie', fundingSource: 'province', eur: 60000 },
    ],
    capacity: [bureau(1.0), municipal(0.1)],
    portfolioHolder: 'Bram Heuvelmans',
    lead: 'Fleur Martens',
    steeringGroup: [
      { person: 'Bram Heuvelmans', role: 'chair' },
      { person: 'Gijs Rooijakkers', organisation: PROVINCE, role: 'member' },
      { person: 'Fleur Martens', organisation: BUREAU, role: 'secretary' },
    ],
    commitments: [{ organisation: PROVINCE, description: 'Bijdrage monitor', eur: 60000 }],
    mandate: {
      scope: 'Vaststelling format en definities',
      escalation: 'Geen toewijzing van contingenten; die blijft bij AB en raden',
    },
    participation: 'all',
    status: 'active',
    priority: 3,
    externalProgrammes: ['Programma Verstedelijking en Wonen'],
  },
  {
    code: 'MRE-2026-03',
    theme: 'Toekomstige energiesystemen',
    title: 'Regionaal netcongestie-programma bedrijventerreinen',
    goal: 'Bedrijven op congestiegevoelige terreinen kunnen blijven groeien via energiehubs en slim netgebruik',
    results: [
      'Prioriteringslijst 10 bedrijventerreinen',
      '3 energiehub-pilots met ondernemersvereniging',
      'Gezamenlijke inbreng richting netbeheerder/provincie',
    ],
    kpis: [
      {
        name: 'Terreinen met energiehub-plan',
        baseline: '0',
        target: '3',
        broadProsperityTheme: 'material_welfare',
      },
    ],
    budget: [
      { source: 'inwonerbijdrage', fundingSource: 'member_contribution', eur: 200000 },
      { source: 'provincie Noord-Brabant', fundingSource: 'province', eur: 250000 },
      { source: 'private bijdragen ondernemers', fundingSource: 'private', eur: 100000 },
      { source: 'EU (EFRO, aangevraagd)', fundingSource: 'eu', eur: 100000 },
    ],
    capacity: [bureau(1.5), municipal(0.8), partners(1.0)],
    portfolioHolder: 'Carla Smits',
    lead: 'Noor Bakker',
    steeringGroup: [
      { person: 'Carla Smits', role: 'chair' },
      { person: 'Gijs Rooijakkers', organisation: PROVINCE, role: 'member' },
      { person: 'Joost Willems', organisation: TUE, role: 'member' },
      { person: 'Iris Peeters', organisation: BRAINPORT, role: 'member' },
      { person: 'Noor Bakker', organisation: BUREAU, role: 'secretary' },
    ],
    commitments: [
      { organisation: PROVINCE, description: 'Cofinanciering pilots', eur: 250000 },
      { organisation: TUE, description: 'Onderzoek slim netgebruik', fte: 0.5 },
    ],
    mandate: {
      scope: 'Selectie pilots en inzet pilotbudget',
      ceilingEur: 300000,
      escalation: 'Afspraken met de netbeheerder ter bekrachtiging in het AB',
    },
    participation: 'all',
    status: 'concept',
    priority: 2,
    externalProgrammes: ['Programma Energiehoofdstructuur', 'EFRO'],
    links: ['MRE-2026-04'],
  },
  {
    code: 'MRE-2026-04',
    theme: 'Veerkrachtige economie',
    title: 'Techniektalent: regionale leerwerkplaatsen mbo',
    goal: 'Meer instroom en behoud van mbo-technici in de maakindustrie',
    results: ['5 hybride leerwerkplaatsen bedrijf-school', 'Regionale campagne zij-instromers'],
    kpis: [
      {
        name: 'Extra bbl-plaatsen techniek',
        baseline: '0',
        target: '250',
        broadProsperityTheme: 'work_and_leisure',
      },
    ],
    budget: [
      { source: 'Rijk (Regio Deal-middelen, fictief)', fundingSource: 'national', eur: 600000 },
      { source: 'onderwijsinstellingen', fundingSource: 'other', eur: 250000 },
      { source: 'bedrijfsleven', fundingSource: 'private', eur: 250000 },
      { source: 'inwonerbijdrage', fundingSource: 'member_contribution', eur: 100000 },
    ],
    capacity: [bureau(0.6), partners(3.0)],
    portfolioHolder: 'Daan Hendriks',
    lead: 'Quinten Vos',
    steeringGroup: [
      { person: 'Daan Hendriks', role: 'chair' },
      { person: 'Iris Peeters', organisation: BRAINPORT, role: 'member' },
      { person: 'Joost Willems', organisation: TUE, role: 'advisor' },
      { person: 'Quinten Vos', organisation: BUREAU, role: 'secretary' },
    ],
    commitments: [
      { organisation: BRAINPORT, description: 'Werving bedrijven voor leerwerkplaatsen', fte: 1.0 },
    ],
    mandate: {
      scope:
        'Toekenning middelen aan leerwerkplaatsen binnen Regio Deal-voorwaarden (≥ 50% regionale cofinanciering)',
      escalation: 'Afwijking van de Regio Deal-voorwaarden gaat naar het AB',
    },
    participation: 'all',
    status: 'active',
    priority: 2,
    externalProgrammes: ['Regio Deal'],
  },
  {
    code: 'MRE-2026-05',
    theme: 'Vitaal landelijk gebied',
    title: 'Gebiedsproces beekdal en extensivering landbouw',
    goal: 'Waterkwaliteit en natuurdoelen halen met perspectief voor agrariërs',
    results: [
      'Gebiedsplan met maatregelenpakket',
      'Vrijwillige deelname 25 agrarische bedrijven',
      'Grondbank-afspraken met provincie',
    ],
    kpis: [
      {
        name: 'Deelnemende agrarische bedrijven',
        baseline: '0',
        target: '25',
        broadProsperityTheme: 'environment',
      },
    ],
    budget: [
      { source: 'provincie (landelijk gebied)', fundingSource: 'province', eur: 500000 },
      { source: 'waterschap', fundingSource: 'other', eur: 200000 },
      { source: 'deelnemende gemeenten', fundingSource: 'extra_member_contribution', eur: 150000 },
      { source: 'EU LEADER/GLB (fictief)', fundingSource: 'eu', eur: 50000 },
    ],
    capacity: [bureau(0.8), municipal(1.0), partners(1.5)],
    portfolioHolder: 'Luuk van den Broek',
    lead: 'Pieter Aarts',
    steeringGroup: [
      { person: 'Luuk van den Broek', role: 'chair' },
      { person: 'Gijs Rooijakkers', organisation: PROVINCE, role: 'member' },
      { person: 'Hanna Bruijnzeels', organisation: WATER_BOARD, role: 'member' },
      { person: 'Pieter Aarts', organisation: BUREAU, role: 'secretary' },
    ],
    commitments: [
      { organisation: PROVINCE, description: 'Middelen landelijk gebied', eur: 500000 },
      { organisation: WATER_BOARD, description: 'Bijdrage beekherstel', eur: 200000 },
    ],
    mandate: {
      scope: 'Vaststellen gebiedsplan-concept',
      escalation: 'Grondtransacties lopen via de provincie',
    },
    participation: 'opt_in',
    participants: ['Asten', 'Deurne', 'Someren', 'Gemert-Bakel', 'Laarbeek'],
    status: 'concept',
    priority: 3,
    externalProgrammes: ['Nationaal Programma Landelijk Gebied'],
  },
  {
    code: 'MRE-2026-06',
    theme: 'Schaalsprong wonen en ruimte',
    title: 'Verkenning regionale topvoorzieningen (locatie evenementenhal)',
    goal: 'Onderbouwde keuze voor één regionale topvoorziening en financieringsstrategie',
    results: [
      'Locatievergelijking 3 opties',
      'Businesscase met publiek-private financiering',
      'Raadsinformatiebijeenkomst in elke gemeente',
    ],
    kpis: [
      { name: 'Raden geinformeerd voor besluit', target: '21/21', broadProsperityTheme: 'society' },
    ],
    budget: [
      { source: 'inwonerbijdrage', fundingSource: 'member_contribution', eur: 150000 },
      { source: 'private partners', fundingSource: 'private', eur: 100000 },
    ],
    capacity: [bureau(0.5), partners(0.3)],
    portfolioHolder: 'Bram Heuvelmans',
    lead: 'Roos Lambregts',
    steeringGroup: [
      { person: 'Bram Heuvelmans', role: 'chair' },
      { person: 'Gijs Rooijakkers', organisation: PROVINCE, role: 'member' },
      { person: 'Iris Peeters', organisation: BRAINPORT, role: 'member' },
      { person: 'Roos Lambregts', organisation: BUREAU, role: 'secretary' },
    ],
    commitments: [],
    mandate: {
      scope: 'Alleen verkennen',
      escalation: 'Geen toezeggingen zonder raadsbesluiten',
    },
    participation: 'all',
    status: 'concept',
    priority: 4,
    externalProgrammes: [],
  },
  {
    code: 'MRE-2026-07',
    theme: 'Bestuur en democratie',
    title: 'Raadsleden-informatievoorziening en zienswijzeproces',
    goal: 'Raden tijdig en vergelijkbaar informeren over regionale opdrachten en budgetten',
    results: [
      "Standaard 'oplegger' per regionaal stuk",
      'Gesynchroniseerde P&C-kalender 21 gemeenten',
      '2 Metropoolconferenties',
    ],
    kpis: [
      { name: 'Stukken met oplegger', target: '100%' },
      { name: 'Zienswijzen met gemotiveerde reactie DB binnen 4 weken', target: '100%' },
    ],
    budget: [{ source: 'inwonerbijdrage', fundingSource: 'member_contribution', eur: 90000 }],
    capacity: [bureau(0.6), { supplier: 'Griffiers deelnemende gemeenten', fte: 0.2 }],
    portfolioHolder: 'Mirjam de Wit',
    lead: 'Stijn Verhoeven',
    steeringGroup: [
      { person: 'Mirjam de Wit', role: 'chair' },
      { person: 'Karin Claassen', role: 'member' },
      { person: 'Stijn Verhoeven', organisation: BUREAU, role: 'secretary' },
    ],
    commitments: [],
    mandate: {
      scope: 'Inrichting werkwijze',
      escalation: 'Geen wijziging van de bevoegdheden van de GR',
    },
    participation: 'all',
    status: 'active',
    priority: 2,
    externalProgrammes: [],
  },
];
