/** Every URL of the web app, in one place; screens link through these, never by string. */
export const paths = {
  home: { path: '/', url: () => '/' },
  signIn: {
    path: '/aanmelden',
    url: (next?: string) => (next ? `/aanmelden?terug=${encodeURIComponent(next)}` : '/aanmelden'),
  },
  region: { path: '/regio/:regionId', url: (regionId: string) => `/regio/${regionId}` },
  /** The region's own settings (its administrator). */
  regionEdit: {
    path: '/regio/:regionId/bewerken',
    url: (regionId: string) => `/regio/${regionId}/bewerken`,
  },
  /** Administration of a region: accounts, master data, populations, settings (admin, bureau). */
  admin: {
    path: '/regio/:regionId/beheer',
    url: (regionId: string) => `/regio/${regionId}/beheer`,
  },
  /** The region's accounts and their roles (its administrator). */
  adminAccounts: {
    path: '/regio/:regionId/beheer/accounts',
    url: (regionId: string) => `/regio/${regionId}/beheer/accounts`,
  },
  /** Upload of CBS StatLine's inhabitants per municipality on 1 January (bureau, administrator). */
  populationImport: {
    path: '/regio/:regionId/beheer/inwonertallen',
    url: (regionId: string) => `/regio/${regionId}/beheer/inwonertallen`,
  },
  /** Every external programme; the bureau adds and edits those its region maintains. */
  externalProgrammes: {
    path: '/regio/:regionId/beheer/externe-programmas',
    url: (regionId: string) => `/regio/${regionId}/beheer/externe-programmas`,
  },
  externalProgrammeNew: {
    path: '/regio/:regionId/beheer/externe-programmas/nieuw',
    url: (regionId: string) => `/regio/${regionId}/beheer/externe-programmas/nieuw`,
  },
  externalProgrammeEdit: {
    path: '/regio/:regionId/beheer/externe-programmas/:programmeId/bewerken',
    url: (regionId: string, programmeId: string) =>
      `/regio/${regionId}/beheer/externe-programmas/${programmeId}/bewerken`,
  },
  /** A new person, partner or theme of the region (the bureau). */
  personNew: {
    path: '/regio/:regionId/personen/nieuw',
    url: (regionId: string) => `/regio/${regionId}/personen/nieuw`,
  },
  organisationNew: {
    path: '/regio/:regionId/partners/nieuw',
    url: (regionId: string) => `/regio/${regionId}/partners/nieuw`,
  },
  themeNew: {
    path: '/regio/:regionId/opgaven/nieuw',
    url: (regionId: string) => `/regio/${regionId}/opgaven/nieuw`,
  },
  personEdit: {
    path: '/regio/:regionId/personen/:personId/bewerken',
    url: (regionId: string, personId: string) => `/regio/${regionId}/personen/${personId}/bewerken`,
  },
  themeEdit: {
    path: '/regio/:regionId/opgaven/:themeId/bewerken',
    url: (regionId: string, themeId: string) => `/regio/${regionId}/opgaven/${themeId}/bewerken`,
  },
  organisationEdit: {
    path: '/regio/:regionId/partners/:organisationId/bewerken',
    url: (regionId: string, organisationId: string) =>
      `/regio/${regionId}/partners/${organisationId}/bewerken`,
  },
  municipalityEdit: {
    path: '/regio/:regionId/gemeenten/:municipalityId/bewerken',
    url: (regionId: string, municipalityId: string) =>
      `/regio/${regionId}/gemeenten/${municipalityId}/bewerken`,
  },
  /** A member municipality's population figures; the bureau records a new one there. */
  municipalityPopulation: {
    path: '/regio/:regionId/gemeenten/:municipalityId/inwoners',
    url: (regionId: string, municipalityId: string, programmeId?: string) =>
      `/regio/${regionId}/gemeenten/${municipalityId}/inwoners${programmeId ? `?programma=${programmeId}` : ''}`,
  },
  /** The bureau starts a region's programme for a new year. */
  programmeNew: {
    path: '/regio/:regionId/programma/nieuw',
    url: (regionId: string) => `/regio/${regionId}/programma/nieuw`,
  },
  programmeLifecycle: {
    path: '/programma/:programmeId/besluitvorming',
    url: (programmeId: string) => `/programma/${programmeId}/besluitvorming`,
  },
  ratification: {
    path: '/programma/:programmeId/raden',
    url: (programmeId: string) => `/programma/${programmeId}/raden`,
  },
  ratificationCouncil: {
    path: '/programma/:programmeId/raden/:municipalityId',
    url: (programmeId: string, municipalityId: string) =>
      `/programma/${programmeId}/raden/${municipalityId}`,
  },
  /** A municipality's own page of a programme: what it pays, for what, and what it decided. */
  councilView: {
    path: '/programma/:programmeId/gemeente/:municipalityId',
    url: (programmeId: string, municipalityId: string) =>
      `/programma/${programmeId}/gemeente/${municipalityId}`,
  },
  /** The council pack (raadsinformatiepakket) of a municipality, as a page and a PDF. */
  councilPack: {
    path: '/programma/:programmeId/gemeente/:municipalityId/raadsinformatie',
    url: (programmeId: string, municipalityId: string) =>
      `/programma/${programmeId}/gemeente/${municipalityId}/raadsinformatie`,
  },
  /** A period's bestuursrapportage: the programme roll-up for the board and councils, and its PDF. */
  bestuursrapportage: {
    path: '/programma/:programmeId/bestuursrapportage/:periodId',
    url: (programmeId: string, periodId: string) =>
      `/programma/${programmeId}/bestuursrapportage/${periodId}`,
  },
  /** The same report for the public, without signing in, once the bureau marked it final. */
  publicBestuursrapportage: {
    path: '/openbaar/programma/:programmeId/bestuursrapportage/:periodId',
    url: (programmeId: string, periodId: string) =>
      `/openbaar/programma/${programmeId}/bestuursrapportage/${periodId}`,
  },
  /** The response memo (nota van beantwoording) of a programme's consultation round. */
  responseMemo: {
    path: '/programma/:programmeId/nota-van-beantwoording',
    url: (programmeId: string, round?: number) =>
      `/programma/${programmeId}/nota-van-beantwoording${round ? `?ronde=${round}` : ''}`,
  },
  myAssignments: { path: '/mijn-opdrachten', url: () => '/mijn-opdrachten' },
  /** A council clerk's own municipality ("Onze gemeente" in the menu). */
  ourMunicipality: { path: '/onze-gemeente', url: () => '/onze-gemeente' },
  /** An assignment's progress reports, one per reporting period (issue 16). */
  assignmentProgress: {
    path: '/opdracht/:assignmentId/voortgang',
    url: (assignmentId: string) => `/opdracht/${assignmentId}/voortgang`,
  },
  /** The bureau's overview of a programme's progress reports: missing, late, returned. */
  programmeProgress: {
    path: '/programma/:programmeId/voortgang',
    url: (programmeId: string) => `/programma/${programmeId}/voortgang`,
  },
  /** The region's reporting calendar, edited by the bureau. */
  reportingCalendar: {
    path: '/regio/:regionId/rapportagekalender',
    url: (regionId: string) => `/regio/${regionId}/rapportagekalender`,
  },
  programmeHistory: {
    path: '/programma/:programmeId/geschiedenis',
    url: (programmeId: string, from?: number, to?: number) =>
      `/programma/${programmeId}/geschiedenis${from && to ? `?van=${from}&naar=${to}` : ''}`,
  },
  /** Who did what to a programme: transitions, decisions, answers, assignment changes. */
  programmeLog: {
    path: '/programma/:programmeId/logboek',
    url: (programmeId: string) => `/programma/${programmeId}/logboek`,
  },
  assignmentHistory: {
    path: '/opdracht/:assignmentId/geschiedenis',
    url: (assignmentId: string) => `/opdracht/${assignmentId}/geschiedenis`,
  },
  /** The public page of an adopted programme, readable without signing in. */
  publicProgramme: {
    path: '/openbaar/programma/:programmeId',
    url: (programmeId: string) => `/openbaar/programma/${programmeId}`,
  },
  /** A municipality's public page, by its name: what it pays in each public programme. */
  publicMunicipality: {
    path: '/openbaar/gemeente/:municipalitySlug',
    url: (municipalitySlug: string) => `/openbaar/gemeente/${municipalitySlug}`,
  },
  /** A draft programme's settings: year, title, introduction, reference date, window. */
  programmeEdit: {
    path: '/programma/:programmeId/bewerken',
    url: (programmeId: string) => `/programma/${programmeId}/bewerken`,
  },
  /** The bureau imports assignments from a spreadsheet into a draft, with a dry run first. */
  programmeImport: {
    path: '/programma/:programmeId/importeren',
    url: (programmeId: string) => `/programma/${programmeId}/importeren`,
  },
  /** The bureau's programme workspace: assignments by theme, filters, totals. */
  programme: {
    path: '/programma/:programmeId',
    url: (programmeId: string) => `/programma/${programmeId}`,
  },
  assignmentNew: {
    path: '/programma/:programmeId/opdracht/nieuw',
    url: (programmeId: string, themeId?: string) =>
      `/programma/${programmeId}/opdracht/nieuw${themeId ? `?opgave=${themeId}` : ''}`,
  },
  /** One assignment, read-only, for every role that may see it. */
  assignment: {
    path: '/opdracht/:assignmentId',
    url: (assignmentId: string) => `/opdracht/${assignmentId}`,
  },
  /** The public read view of an assignment of an adopted programme. */
  publicAssignment: {
    path: '/openbaar/opdracht/:assignmentId',
    url: (assignmentId: string) => `/openbaar/opdracht/${assignmentId}`,
  },
  assignmentEdit: {
    path: '/opdracht/:assignmentId/bewerken',
    url: (assignmentId: string) => `/opdracht/${assignmentId}/bewerken`,
  },
} as const;
