import type { Translations } from './nl';

export const en: Translations = {
  app: {
    name: 'Koers',
    tagline: "The region's annual programme",
    skipToContent: 'Skip to content',
    mainNavigation: 'Main menu',
    language: 'Language',
    switchToLanguage: 'Nederlands',
    switchLanguageLabel: 'Wissel naar Nederlands',
    footer: 'Koers — regional cooperation that every municipal council can keep a grip on.',
  },
  nav: {
    home: 'Home',
  },
  home: {
    title: 'Welcome to Koers',
    intro:
      'With Koers a region drafts its annual programme: the assignments with goal, result, budget, capacity and mandate. The board decides, and every municipal council sees what the region asks, what its own municipality pays, and gives its formal view.',
    rolesTitle: 'Who it is for',
    roles: {
      bureau: 'The regional bureau drafts the programme and keeps it current.',
      board: 'The board decides on the proposal and adopts it.',
      portfolio: 'Portfolio holders act within their mandate and account for it.',
      council:
        'Councillors and council clerks see what their municipality pays and what became of their formal view.',
    },
  },
  status: {
    title: 'System status',
    checking: 'Checking status…',
    ok: 'Koers and its database are reachable.',
    down: 'The database cannot be reached right now. Please try again in a few minutes.',
    failed: 'Koers cannot be reached.',
    retry: 'Try again',
  },
  regions: {
    title: 'Regions',
    loading: 'Loading regions…',
    failed: 'The regions could not be loaded.',
    empty: 'There are no regions yet. An administrator adds the first region.',
    name: 'Region',
    governance: 'Form of cooperation',
    provinces: 'Province(s)',
    viewWindow: 'Formal view period',
    weeks_one: '{{count}} week',
    weeks_other: '{{count}} weeks',
    governanceModes: {
      wgr_public_body: 'Joint arrangement (public body)',
      network: 'Network / covenant',
    },
  },
  region: {
    loading: 'Loading region…',
    failed: 'This region could not be loaded. Does it exist?',
    summary:
      '{{governance}} in {{provinces}}. Councils have {{weeks}} weeks for their formal view.',
  },
  programmes: {
    title: 'Annual programmes',
    loading: 'Loading programmes…',
    failed: 'The programmes could not be loaded.',
    empty: 'This region has no annual programme yet.',
    year: 'Year',
    name: 'Programme',
    status: 'Status',
    assignments: 'Assignments',
    statuses: {
      draft: 'Draft',
      proposed: 'Proposed to the board',
      consultation: 'With the councils',
      adopted: 'Adopted',
      in_execution: 'In execution',
      closed: 'Closed',
    },
  },
  themes: {
    title: 'Challenges',
    loading: 'Loading challenges…',
    failed: 'The challenges could not be loaded.',
    empty: 'This region has no challenges yet.',
    item: '{{title}} ({{from}}–{{until}})',
  },
  municipalities: {
    title: 'Member municipalities',
    loading: 'Loading municipalities…',
    failed: 'The municipalities could not be loaded.',
    empty: 'This region has no municipalities yet.',
    caption_one: '{{count}} municipality',
    caption_other: '{{count}} municipalities',
    name: 'Municipality',
    cbsCode: 'CBS code',
    population: 'Inhabitants',
    referenceDate: 'Reference date',
    unknown: 'Unknown',
    unknownNote_one:
      'For {{count}} municipality the source gives no population; Koers does not estimate it.',
    unknownNote_other:
      'For {{count}} municipalities the source gives no population; Koers does not estimate it.',
    total: 'Total',
    knownTotal: 'Total (known populations)',
  },
  partners: {
    title: 'Partners',
    loading: 'Loading partners…',
    failed: 'The partners could not be loaded.',
    empty: 'This region has no partners yet.',
    kinds: {
      municipality: 'municipality',
      province: 'province',
      national_government: 'national government',
      water_board: 'water board',
      business: 'business',
      knowledge_institution: 'knowledge institution',
      societal_organisation: 'societal organisation',
      other: 'other',
    },
  },
  notFound: {
    title: 'Page not found',
    body: 'This page does not exist (any more). Check the address or go back to the start.',
    back: 'Back to the start',
  },
  errors: {
    generic: 'Something went wrong.',
    requestId: 'Request number: {{requestId}}',
  },
};
