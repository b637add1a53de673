import { programmesEn } from '../features/programmes/locales.en';
import { assignmentsEn } from '../features/assignments/locales.en';
import { assignmentReadEn } from '../features/assignments/read-locales.en';
import { portfolioEn } from '../features/portfolio/locales.en';
import { historyEn } from '../features/history/locales.en';
import { publicEn } from '../features/public/locales.en';
import { frontDoorEn } from '../features/public/front-door-locales.en';
import { lifecycleEn } from '../features/lifecycle/locales.en';
import { councilDecisionsEn } from '../features/council-decisions/locales.en';
import { populationEn } from '../features/municipalities/population-locales.en';
import { moneyEn } from '../components/money-locales.en';
import { councilMoneyEn } from '../features/council-decisions/money-locales.en';
import { recordEditEn } from '../components/forms/locales.en';
import { peopleEn } from '../features/people/locales.en';
import { themesEn } from '../features/themes/locales.en';
import { externalProgrammesEn } from '../features/external-programmes/locales.en';
import { organisationsEn } from '../features/organisations/locales.en';
import { municipalitiesEn } from '../features/municipalities/locales.en';
import { regionsEn } from '../features/regions/locales.en';
import { invitationEn } from '../features/auth/invitation-locales.en';
import { exportsEn } from '../features/exports/locales.en';
import { documentsEn } from '../features/documents/locales.en';
import { bestuursrapportageEn } from '../features/documents/bestuursrapportage-locales.en';
import { importsEn } from '../features/imports/locales.en';
import { startEn } from '../features/start/locales.en';
import { progressReportsEn } from '../features/progress-reports/locales.en';
import { usersEn } from '../features/users/locales.en';
import { populationImportEn } from '../features/municipalities/population-import-locales.en';
import { adminEn } from '../features/regions/admin-locales.en';
import { pagedListEn } from '../components/paged-list/locales.en';
import { chartsEn } from '../components/charts/locales.en';
import { problemEn } from './problems.en';
import { regionContributionsEn } from '../features/regions/contributions-locales.en';
import { mandatesEn } from '../features/mandates/locales.en';
import { mandateUseEn } from '../components/mandate-locales.en';
import { reportsDueEn } from '../components/reports-due-locales.en';
import type { FEATURE_LOCALES_NL } from './features';

/** The English of every entry of FEATURE_LOCALES_NL, in the same order (else it does not compile). */
export const FEATURE_LOCALES_EN: {
  [K in keyof typeof FEATURE_LOCALES_NL]: (typeof FEATURE_LOCALES_NL)[K];
} = [
  programmesEn,
  assignmentsEn,
  assignmentReadEn,
  portfolioEn,
  historyEn,
  publicEn,
  frontDoorEn,
  lifecycleEn,
  councilDecisionsEn,
  populationEn,
  moneyEn,
  councilMoneyEn,
  recordEditEn,
  peopleEn,
  themesEn,
  externalProgrammesEn,
  organisationsEn,
  municipalitiesEn,
  regionsEn,
  invitationEn,
  exportsEn,
  documentsEn,
  bestuursrapportageEn,
  importsEn,
  startEn,
  progressReportsEn,
  usersEn,
  populationImportEn,
  adminEn,
  pagedListEn,
  chartsEn,
  problemEn,
  regionContributionsEn,
  mandatesEn,
  mandateUseEn,
  reportsDueEn,
];
