import type {
  ContributionKeyType,
  ExternalProgrammeLevel,
  GovernanceMode,
  OrganisationKind,
} from '@koers/contracts';
import {
  MRE_MUNICIPALITIES,
  REGIO_ZWOLLE_MUNICIPALITIES,
  type SeedMunicipality,
} from './municipalities';

/**
 * The demo regions with their themes, partner organisations and people. Regions, municipalities,
 * themes and external programmes are real (see municipalities.ts and the demo data file); the
 * people are INVENTED (demo names, `@koers.demo` addresses) and linked to organisations only to
 * show roles. Names and titles here are stable: later seed steps look records up by them.
 */
export interface SeedRegion {
  name: string;
  shortName: string;
  governanceMode: GovernanceMode;
  provinces: string[];
  viewWindowWeeks: number;
  defaultContributionKey: ContributionKeyType;
  municipalities: readonly SeedMunicipality[];
  themes: { title: string; description: string; periodStartYear: number; periodEndYear: number }[];
  organisations: { name: string; kind: OrganisationKind }[];
  /** `organisation` and `municipality` name records of this same region. */
  people: {
    name: string;
    email: string;
    function: string;
    organisation?: string;
    municipality?: string;
  }[];
}

export const MRE = 'MRE';
export const REGIO_ZWOLLE = 'Regio Zwolle';

const theme = (title: string, description: string, from: number, to: number) => ({
  title,
  description,
  periodStartYear: from,
  periodEndYear: to,
});

const person = (
  name: string,
  fn: string,
  link: { organisation?: string; municipality?: string },
) => ({
  name,
  email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@koers.demo`,
  function: fn,
  ...link,
});

export const DEMO_REGIONS: readonly SeedRegion[] = [
  {
    name: 'Metropoolregio Eindhoven',
    shortName: MRE,
    governanceMode: 'wgr_public_body',
    provinces: ['Noord-Brabant'],
    viewWindowWeeks: 12,
    defaultContributionKey: 'per_inhabitant',
    municipalities: MRE_MUNICIPALITIES,
    // The MRE themes (opgaven) of the 2023–2026 cooperation agreement.
    themes: [
      theme('Mobiliteit', 'Bereikbaarheid van de daily urban system, fiets en OV.', 2023, 2026),
      theme('Schaalsprong wonen en ruimte', 'Woningbouw en ruimte voor de groei.', 2023, 2026),
      theme('Toekomstige energiesystemen', 'Energietransitie, netcongestie en opwek.', 2023, 2026),
      theme('Veerkrachtige economie', 'Brainport, arbeidsmarkt en werklocaties.', 2023, 2026),
      theme('Vitaal landelijk gebied', 'Landbouw, natuur, water en leefbare kernen.', 2023, 2026),
    ],
    organisations: [
      { name: 'Regiobureau Metropoolregio Eindhoven', kind: 'other' },
      { name: 'Provincie Noord-Brabant', kind: 'province' },
      { name: 'Waterschap De Dommel', kind: 'water_board' },
      { name: 'Brainport Development', kind: 'business' },
      { name: 'Technische Universiteit Eindhoven', kind: 'knowledge_institution' },
      { name: 'Ministerie van Infrastructuur en Waterstaat', kind: 'national_government' },
      { name: 'Brabantse Milieufederatie', kind: 'societal_organisation' },
    ],
    people: [
      person('Anne Verbeek', 'wethouder, portefeuillehouder Mobiliteit', {
        municipality: 'Helmond',
      }),
      person('Bram Heuvelmans', 'wethouder, portefeuillehouder Wonen', {
        municipality: 'Eindhoven',
      }),
      person('Carla Smits', 'wethouder, portefeuillehouder Energie', { municipality: 'Veldhoven' }),
      person('Daan Hendriks', 'wethouder, portefeuillehouder Economie', { municipality: 'Best' }),
      person('Eva Jacobs', 'programmamanager Mobiliteit', {
        organisation: 'Regiobureau Metropoolregio Eindhoven',
      }),
      person('Fleur Martens', 'programmamanager Wonen en ruimte', {
        organisation: 'Regiobureau Metropoolregio Eindhoven',
      }),
      person('Gijs Rooijakkers', 'beleidsadviseur Mobiliteit', {
        organisation: 'Provincie Noord-Brabant',
      }),
      person('Hanna Bruijnzeels', 'adviseur Ruimte en water', {
        organisation: 'Waterschap De Dommel',
      }),
      person('Iris Peeters', 'accountmanager Regio', { organisation: 'Brainport Development' }),
      person('Joost Willems', 'onderzoeker Energiesystemen', {
        organisation: 'Technische Universiteit Eindhoven',
      }),
      person('Karin Claassen', 'griffier', { municipality: 'Deurne' }),
    ],
  },
  {
    name: 'Regio Zwolle',
    shortName: REGIO_ZWOLLE,
    governanceMode: 'network',
    provinces: ['Overijssel', 'Drenthe', 'Flevoland', 'Gelderland'],
    viewWindowWeeks: 12,
    defaultContributionKey: 'per_inhabitant',
    municipalities: REGIO_ZWOLLE_MUNICIPALITIES,
    // The current Regio Zwolle themes; the period is the demo's (the source gives none).
    themes: [
      theme('Economie', 'Toekomstbepalende bedrijven en werklocaties.', 2024, 2027),
      theme('Human capital', 'Arbeidsmarkt, onderwijs en talent.', 2024, 2027),
      theme('Bereikbaarheid', 'Weg, spoor en fiets in en naar de regio.', 2024, 2027),
      theme('Leefomgeving', 'Vitale kernen, gezonde buurten, natuur en klimaat.', 2024, 2027),
      theme('Energie', 'Energietransitie en netcapaciteit.', 2024, 2027),
    ],
    organisations: [
      { name: 'Regiobureau Regio Zwolle', kind: 'other' },
      { name: 'Provincie Overijssel', kind: 'province' },
      { name: 'Waterschap Drents Overijsselse Delta', kind: 'water_board' },
      { name: 'Hogeschool Windesheim', kind: 'knowledge_institution' },
      {
        name: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
        kind: 'national_government',
      },
    ],
    people: [
      person('Lotte Bosman', 'wethouder, portefeuillehouder Economie', { municipality: 'Zwolle' }),
      person('Maarten Kok', 'wethouder, portefeuillehouder Bereikbaarheid', {
        municipality: 'Kampen',
      }),
      person('Nina Mulder', 'wethouder, portefeuillehouder Energie', { municipality: 'Meppel' }),
      person('Olaf Dijkstra', 'programmasecretaris', { organisation: 'Regiobureau Regio Zwolle' }),
      person('Petra Visser', 'beleidsadviseur Regionale economie', {
        organisation: 'Provincie Overijssel',
      }),
      person('Ruben Post', 'lector Human capital', { organisation: 'Hogeschool Windesheim' }),
      person('Sanne Wolters', 'griffier', { municipality: 'Hoogeveen' }),
    ],
  },
];

const ext = (name: string, level: ExternalProgrammeLevel, description: string) => ({
  name,
  level,
  description,
});

/** Provincial, national and EU programmes assignments can link to ("more synergy, more priority"). */
export const DEMO_EXTERNAL_PROGRAMMES = [
  ext('Deltaprogramma', 'national', 'Waterveiligheid, zoetwater en ruimtelijke adaptatie.'),
  ext('Nationale Agenda Laadinfrastructuur', 'national', 'Laadpunten voor elektrisch vervoer.'),
  ext('Programma Verstedelijking en Wonen', 'national', 'Woningbouw en verstedelijking.'),
  ext(
    'Nationaal Programma Landelijk Gebied',
    'national',
    'Water, natuur en klimaat op het platteland.',
  ),
  ext('Nationaal Programma Regionale Energiestrategie', 'national', 'De 30 energieregio’s (RES).'),
  ext('Programma Energiehoofdstructuur', 'national', 'Het landelijke energienet van de toekomst.'),
  ext(
    'Uitvoeringsprogramma Circulaire Economie',
    'national',
    'Naar een circulaire economie in 2050.',
  ),
  ext('Programma Gezonde Leefomgeving', 'national', 'Gezondheid in ruimtelijke keuzes.'),
  ext('Nationaal Water Programma', 'national', 'Het nationale waterbeleid.'),
  ext('Programma Natuur', 'national', 'Herstel en uitbreiding van natuur.'),
  ext('Programma Versterken Biodiversiteit', 'national', 'Biodiversiteit in heel Nederland.'),
  ext('Programma Bodem en Ondergrond', 'national', 'Duurzaam gebruik van bodem en ondergrond.'),
  ext('Ruimtelijke Strategie Datacenters', 'national', 'Waar datacenters mogen komen.'),
  ext('Programma Noordzee', 'national', 'Ruimtegebruik op de Noordzee.'),
  ext('Regio Deal', 'national', 'Rijk en regio investeren samen in brede welvaart.'),
  ext('EFRO', 'eu', 'Europees Fonds voor Regionale Ontwikkeling.'),
  ext('Interreg', 'eu', 'Europese grensoverschrijdende samenwerking.'),
] as const;
