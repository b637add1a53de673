import type { ProgressCourse, RiskLevel, ViewPointOutcome } from '@koers/contracts';
import { MRE_ASSIGNMENTS_2026, SeedAssignment } from './mre-programme-2026';

/**
 * The 2025 programme of Metropoolregio Eindhoven, in execution, with its spring and autumn
 * progress reports (issue 16). FICTIONAL, like the 2026 programme: five of its assignments ran a
 * year earlier as well. The autumn report of MRE-2025-02 is still missing (late), so the demo
 * portfolio holder has one to write.
 */
export const PROGRAMME_2025 = {
  year: 2025,
  title: 'Werkprogramma 2025 Metropoolregio Eindhoven',
  introduction:
    'Wat we in 2025 samen wilden bereiken, wat we daarvoor doen en wat het mag kosten. ' +
    'Voorbeeldprogramma in uitvoering, met verzonnen opdrachten en voortgangsrapportages (demo).',
  populationReferenceDate: '2024-01-01',
  mandateValidFrom: '2025-01-01',
  mandateValidUntil: '2025-12-31',
  reportBackDates: ['2025-06-30', '2025-12-15'],
  /** The lifecycle as it went: sent to the councils, adopted, in execution. */
  sentToCouncilsOn: '2025-01-13',
  adoptedOn: '2025-04-15',
};

/**
 * How the 21 councils answered the 2025 programme before it was adopted (FICTIONAL): most agreed,
 * four agreed and gave a view on one assignment (each answered by the board), two gave no view. Keyed by municipality name;
 * every member not named here agreed. Dates are their council meetings, between the programme
 * being sent (13 January) and adopted (15 April).
 */
export interface SeedCouncilDecision {
  status: 'agreed' | 'agreed_with_view' | 'no_view';
  decisionDate: string;
  /** A view on one assignment, and the board's answer to it before adoption. */
  view?: {
    assignmentCode: string;
    text: string;
    answer: string;
    outcome: ViewPointOutcome;
    resultingChange?: string;
  };
}

export const COUNCIL_DECISIONS_2025: Record<string, SeedCouncilDecision> = {
  Helmond: {
    status: 'agreed_with_view',
    decisionDate: '2025-03-11',
    view: {
      assignmentCode: 'MRE-2025-01',
      text: 'Betrek de raad bij de keuze van het tracé voordat het bestuur besluit.',
      answer: 'De raden van Helmond, Deurne en Laarbeek krijgen de varianten voor het besluit.',
      outcome: 'adopted',
      resultingChange: 'Resultaat aangevuld: raadsinformatiebijeenkomst over de varianten.',
    },
  },
  Veldhoven: {
    status: 'agreed_with_view',
    decisionDate: '2025-03-18',
    view: {
      assignmentCode: 'MRE-2025-02',
      text: 'Laat de monitor per gemeente zien hoeveel woningen gepland en gebouwd zijn.',
      answer: 'De monitor toont beide cijfers per gemeente, twee keer per jaar.',
      outcome: 'adopted',
    },
  },
  Deurne: {
    status: 'agreed_with_view',
    decisionDate: '2025-03-20',
    view: {
      assignmentCode: 'MRE-2025-01',
      text: 'Houd de kosten per deelnemende gemeente binnen het bedrag van de begroting.',
      answer:
        'Het plafond van het mandaat blijft gelijk; een overschrijding komt terug bij de raden.',
      outcome: 'partly_adopted',
    },
  },
  Best: {
    status: 'agreed_with_view',
    decisionDate: '2025-03-25',
    view: {
      assignmentCode: 'MRE-2025-03',
      text: 'Leg vast wanneer het mandaat van de portefeuillehouder opnieuw aan de raden komt.',
      answer: 'De terugmeldmomenten staan in het mandaat: 30 juni en 15 december.',
      outcome: 'not_adopted',
    },
  },
  Bergeijk: { status: 'no_view', decisionDate: '2025-02-27' },
  'Reusel-De Mierden': { status: 'no_view', decisionDate: '2025-03-06' },
};
/** The meeting day of the councils that agreed without a view. */
export const AGREED_ON_2025 = '2025-03-13';

const FROM_2026 = ['MRE-2026-01', 'MRE-2026-02', 'MRE-2026-03', 'MRE-2026-04', 'MRE-2026-06'];

export const MRE_ASSIGNMENTS_2025: readonly SeedAssignment[] = FROM_2026.map((code, i) => {
  const source = MRE_ASSIGNMENTS_2026.find((a) => a.code === code);
  if (!source) throw new Error(`Demo seed: no ${code}`);
  return { ...source, code: `MRE-2025-0${i + 1}`, status: 'active', links: [] };
});

export interface SeedReport {
  course: ProgressCourse;
  courseExplanation?: string;
  delivered: string;
  /** Per budget line of the assignment, in its order: committed and spent to date, in euros. */
  money: { committed: number; spent: number; explanation?: string }[];
  /** FTE delivered to date per capacity line, in its order. */
  fte: number[];
  /** Per KPI of the assignment, in its order. */
  kpis: { value: string; measuredOn: string; source: string }[];
  milestones: { title: string; plannedOn: string; doneOn: string | null }[];
  risks?: { description: string; likelihood: RiskLevel; impact: RiskLevel; measure: string }[];
}

/** Reports by assignment code: [spring, autumn]; null = not written (yet). */
export const REPORTS_2025: Record<string, [SeedReport, SeedReport | null]> = {
  'MRE-2025-01': [
    {
      course: 'op_koers',
      delivered:
        'Tracéstudie gestart; drie varianten in beeld en besproken met Helmond, Deurne en Laarbeek.',
      money: [
        { committed: 60000, spent: 38000 },
        { committed: 90000, spent: 52000 },
        { committed: 20000, spent: 9000 },
      ],
      fte: [0.25, 0.2, 0.05],
      kpis: [
        {
          value: '3 varianten in onderzoek',
          measuredOn: '2025-04-30',
          source: 'Projectrapportage regiobureau',
        },
      ],
      milestones: [
        { title: 'Start tracéstudie', plannedOn: '2025-02-01', doneOn: '2025-01-28' },
        {
          title: 'Varianten besproken met de drie colleges',
          plannedOn: '2025-04-15',
          doneOn: '2025-04-10',
        },
      ],
    },
    {
      course: 'op_koers',
      delivered: 'Kostenraming per variant gereed; provincie bevestigt cofinanciering voor 2026.',
      money: [
        { committed: 130000, spent: 96000 },
        { committed: 200000, spent: 141000 },
        { committed: 60000, spent: 33000 },
      ],
      fte: [0.55, 0.4, 0.15],
      kpis: [
        {
          value: 'Voorkeursvariant in concept',
          measuredOn: '2025-08-31',
          source: 'Projectrapportage regiobureau',
        },
      ],
      milestones: [
        { title: 'Kostenraming per variant', plannedOn: '2025-07-01', doneOn: '2025-06-24' },
        { title: 'Concept-bestuursovereenkomst', plannedOn: '2025-11-01', doneOn: null },
      ],
    },
  ],
  'MRE-2025-02': [
    {
      course: 'aandacht_nodig',
      courseExplanation:
        'Vier gemeenten leveren nog geen kwartaaldata aan; zonder hun cijfers is het regiobeeld onvolledig.',
      delivered:
        'Dashboard plancapaciteit live voor 17 gemeenten; afspraken gemaakt over het datamodel.',
      money: [
        { committed: 70000, spent: 41000 },
        { committed: 30000, spent: 18000 },
      ],
      fte: [0.35, 0.03],
      kpis: [{ value: '17/21', measuredOn: '2025-04-30', source: 'Regionale woningbouwmonitor' }],
      milestones: [
        { title: 'Datamodel vastgesteld', plannedOn: '2025-02-15', doneOn: '2025-02-12' },
        { title: 'Alle 21 gemeenten aangesloten', plannedOn: '2025-04-01', doneOn: null },
      ],
      risks: [
        {
          description: 'Kleine gemeenten hebben geen capaciteit om kwartaaldata aan te leveren',
          likelihood: 'medium',
          impact: 'medium',
          measure: 'Regiobureau levert de data voor hen aan uit de landelijke bronnen',
        },
      ],
    },
    null,
  ],
  'MRE-2025-03': [
    {
      course: 'aandacht_nodig',
      courseExplanation:
        'De netbeheerder schuift de capaciteitsuitbreiding op; de pilots starten later.',
      delivered:
        'Quickscan van 12 bedrijventerreinen; twee terreinen gekozen voor een energiehub-pilot.',
      money: [
        { committed: 90000, spent: 62000 },
        { committed: 120000, spent: 70000 },
        { committed: 40000, spent: 15000 },
        { committed: 0, spent: 0 },
      ],
      fte: [0.5, 0.25, 0.3],
      kpis: [{ value: '0', measuredOn: '2025-04-30', source: 'Netbeheerder en regiobureau' }],
      milestones: [
        { title: 'Quickscan bedrijventerreinen', plannedOn: '2025-03-01', doneOn: '2025-03-20' },
        { title: 'Keuze pilotterreinen', plannedOn: '2025-04-15', doneOn: '2025-04-22' },
      ],
      risks: [
        {
          description: 'Netcongestie duurt langer dan gepland; pilots schuiven naar 2026',
          likelihood: 'high',
          impact: 'high',
          measure: 'Bestuurlijk overleg met de netbeheerder en de provincie',
        },
      ],
    },
    {
      course: 'niet_op_koers',
      courseExplanation:
        'De EU-aanvraag (EFRO) is afgewezen en de netbeheerder levert pas in 2026; het doel van drie energiehub-plannen haalt de opdracht dit jaar niet.',
      delivered:
        'Eén energiehub-plan (De Hurk) gereed; het tweede terrein wacht op de netbeheerder.',
      money: [
        {
          committed: 215000,
          spent: 212000,
          explanation:
            'Extra juridisch advies over de collectieve netaansluiting (energiehub), niet voorzien in de begroting.',
        },
        { committed: 240000, spent: 188000 },
        { committed: 80000, spent: 45000 },
        { committed: 0, spent: 0 },
      ],
      fte: [1.2, 0.6, 0.7],
      kpis: [{ value: '1', measuredOn: '2025-08-31', source: 'Netbeheerder en regiobureau' }],
      milestones: [
        { title: 'Energiehub-plan De Hurk', plannedOn: '2025-07-01', doneOn: '2025-07-14' },
        { title: 'Energiehub-plan tweede terrein', plannedOn: '2025-08-15', doneOn: null },
      ],
      risks: [
        {
          description: 'Netcongestie duurt langer dan gepland; pilots schuiven naar 2026',
          likelihood: 'high',
          impact: 'high',
          measure: 'Bestuurlijk overleg met de netbeheerder en de provincie',
        },
        {
          description: 'Zonder EFRO-middelen ontbreekt € 100.000 voor de pilots',
          likelihood: 'high',
          impact: 'medium',
          measure: 'Nieuwe aanvraag in de volgende EFRO-ronde; voorstel aan het algemeen bestuur',
        },
      ],
    },
  ],
  'MRE-2025-04': [
    {
      course: 'op_koers',
      delivered: 'Drie leerwerkplaatsen geopend met vijftien technische bedrijven.',
      money: [
        { committed: 250000, spent: 160000 },
        { committed: 80000, spent: 55000 },
        { committed: 90000, spent: 60000 },
        { committed: 30000, spent: 22000 },
      ],
      fte: [0.2, 1.0],
      kpis: [{ value: '85', measuredOn: '2025-04-30', source: 'Samenwerkende mbo-instellingen' }],
      milestones: [
        {
          title: 'Eerste drie leerwerkplaatsen open',
          plannedOn: '2025-03-01',
          doneOn: '2025-02-24',
        },
      ],
    },
    {
      course: 'op_koers',
      delivered: 'Vijf leerwerkplaatsen draaien; 160 extra bbl-plaatsen techniek ingevuld.',
      money: [
        { committed: 480000, spent: 390000 },
        { committed: 200000, spent: 160000 },
        { committed: 210000, spent: 170000 },
        { committed: 70000, spent: 61000 },
      ],
      fte: [0.4, 2.1],
      kpis: [{ value: '160', measuredOn: '2025-08-31', source: 'Samenwerkende mbo-instellingen' }],
      milestones: [
        { title: 'Vijf leerwerkplaatsen open', plannedOn: '2025-08-01', doneOn: '2025-07-30' },
        { title: 'Evaluatie met bedrijfsleven', plannedOn: '2025-11-15', doneOn: null },
      ],
    },
  ],
  'MRE-2025-05': [
    {
      course: 'op_koers',
      delivered:
        'Verkenning gestart; zes mogelijke locaties in beeld; raden geïnformeerd via de raadsinformatiebrief.',
      money: [
        { committed: 50000, spent: 30000 },
        { committed: 20000, spent: 10000 },
      ],
      fte: [0.15, 0.1],
      kpis: [{ value: '21/21', measuredOn: '2025-04-30', source: 'Griffiersoverleg' }],
      milestones: [
        { title: 'Startnotitie verkenning', plannedOn: '2025-02-15', doneOn: '2025-02-10' },
      ],
    },
    {
      course: 'aandacht_nodig',
      courseExplanation:
        'Twee van de zes locaties vallen af op geluid; de marktconsultatie loopt daardoor vertraging op.',
      delivered: 'Locatieonderzoek afgerond voor vier locaties; marktconsultatie voorbereid.',
      money: [
        { committed: 110000, spent: 84000 },
        { committed: 60000, spent: 41000 },
      ],
      fte: [0.35, 0.2],
      kpis: [{ value: '21/21', measuredOn: '2025-08-31', source: 'Griffiersoverleg' }],
      milestones: [
        { title: 'Locatieonderzoek', plannedOn: '2025-06-01', doneOn: '2025-06-20' },
        { title: 'Marktconsultatie', plannedOn: '2025-07-15', doneOn: null },
      ],
    },
  ],
};
