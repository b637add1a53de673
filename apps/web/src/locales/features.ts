import { assignmentsLocales } from '../features/assignments/locales';
import { assignmentReadLocales } from '../features/assignments/read-locales';
import { programmesLocales } from '../features/programmes/locales';
import { historyLocales } from '../features/history/locales';
import { portfolioLocales } from '../features/portfolio/locales';
import { publicLocales } from '../features/public/locales';
import { councilDecisionsLocales } from '../features/council-decisions/locales';
import { lifecycleLocales } from '../features/lifecycle/locales';
import { populationLocales } from '../features/municipalities/population-locales';
import { moneyLocales } from '../components/money-locales';
import { councilMoneyLocales } from '../features/council-decisions/money-locales';
import { recordEditLocales } from '../components/forms/locales';
import { peopleLocales } from '../features/people/locales';
import { themesLocales } from '../features/themes/locales';
import { externalProgrammesLocales } from '../features/external-programmes/locales';
import { organisationsLocales } from '../features/organisations/locales';
import { municipalitiesLocales } from '../features/municipalities/locales';
import { regionsLocales } from '../features/regions/locales';
import { invitationLocales } from '../features/auth/invitation-locales';
import { exportsLocales } from '../features/exports/locales';
import { documentsLocales } from '../features/documents/locales';
import { bestuursrapportageLocales } from '../features/documents/bestuursrapportage-locales';
import { importsLocales } from '../features/imports/locales';
import { startLocales } from '../features/start/locales';
import { frontDoorLocales } from '../features/public/front-door-locales';
import { progressReportsLocales } from '../features/progress-reports/locales';
import { usersLocales } from '../features/users/locales';
import { populationImportLocales } from '../features/municipalities/population-import-locales';
import { adminLocales } from '../features/regions/admin-locales';
import { pagedListLocales } from '../components/paged-list/locales';
import { chartsLocales } from '../components/charts/locales';
import { problemLocales } from './problems';
import { regionContributionsLocales } from '../features/regions/contributions-locales';
import { mandatesLocales } from '../features/mandates/locales';
import { mandateUseLocales } from '../components/mandate-locales';
import { reportsDueLocales } from '../components/reports-due-locales';

/**
 * Translations that belong to one feature live beside it (features/<name>/locales.ts) and are
 * listed here. Each adds its own top-level keys, in Dutch and English, with the same shape.
 */
export interface FeatureLocales {
  nl: Record<string, unknown>;
  en: Record<string, unknown>;
}

export const FEATURE_LOCALES: FeatureLocales[] = [
  programmesLocales,
  assignmentsLocales,
  assignmentReadLocales,
  portfolioLocales,
  historyLocales,
  publicLocales,
  frontDoorLocales,
  lifecycleLocales,
  councilDecisionsLocales,
  populationLocales,
  moneyLocales,
  councilMoneyLocales,
  recordEditLocales,
  peopleLocales,
  themesLocales,
  externalProgrammesLocales,
  organisationsLocales,
  municipalitiesLocales,
  regionsLocales,
  invitationLocales,
  exportsLocales,
  documentsLocales,
  bestuursrapportageLocales,
  importsLocales,
  startLocales,
  progressReportsLocales,
  usersLocales,
  populationImportLocales,
  adminLocales,
  pagedListLocales,
  chartsLocales,
  problemLocales,
  regionContributionsLocales,
  mandatesLocales,
  mandateUseLocales,
  reportsDueLocales,
];
