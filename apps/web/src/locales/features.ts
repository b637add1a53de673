import { programmesNl } from '../features/programmes/locales';
import { assignmentsNl } from '../features/assignments/locales';
import { assignmentReadNl } from '../features/assignments/read-locales';
import { portfolioNl } from '../features/portfolio/locales';
import { historyNl } from '../features/history/locales';
import { publicNl } from '../features/public/locales';
import { frontDoorNl } from '../features/public/front-door-locales';
import { lifecycleNl } from '../features/lifecycle/locales';
import { councilDecisionsNl } from '../features/council-decisions/locales';
import { populationNl } from '../features/municipalities/population-locales';
import { moneyNl } from '../components/money-locales';
import { councilMoneyNl } from '../features/council-decisions/money-locales';
import { recordEditNl } from '../components/forms/locales';
import { peopleNl } from '../features/people/locales';
import { themesNl } from '../features/themes/locales';
import { externalProgrammesNl } from '../features/external-programmes/locales';
import { organisationsNl } from '../features/organisations/locales';
import { municipalitiesNl } from '../features/municipalities/locales';
import { regionsNl } from '../features/regions/locales';
import { invitationNl } from '../features/auth/invitation-locales';
import { exportsNl } from '../features/exports/locales';
import { documentsNl } from '../features/documents/locales';
import { bestuursrapportageNl } from '../features/documents/bestuursrapportage-locales';
import { importsNl } from '../features/imports/locales';
import { startNl } from '../features/start/locales';
import { progressReportsNl } from '../features/progress-reports/locales';
import { usersNl } from '../features/users/locales';
import { populationImportNl } from '../features/municipalities/population-import-locales';
import { adminNl } from '../features/regions/admin-locales';
import { pagedListNl } from '../components/paged-list/locales';
import { chartsNl } from '../components/charts/locales';
import { problemNl } from './problems';
import { regionContributionsNl } from '../features/regions/contributions-locales';
import { mandatesNl } from '../features/mandates/locales';
import { mandateUseNl } from '../components/mandate-locales';
import { reportsDueNl } from '../components/reports-due-locales';

/**
 * Translations that belong to one feature live beside it (features/<name>/locales.ts) and are
 * listed here; each adds its own top-level keys. This list is Dutch, in the first page's bundle;
 * the English of each sits in a file of its own beside it (locales.en.ts), listed in the same
 * order in features.en.ts, which is loaded only when a reader chooses English (lib/i18n.ts).
 */
export const FEATURE_LOCALES_NL = [
  programmesNl,
  assignmentsNl,
  assignmentReadNl,
  portfolioNl,
  historyNl,
  publicNl,
  frontDoorNl,
  lifecycleNl,
  councilDecisionsNl,
  populationNl,
  moneyNl,
  councilMoneyNl,
  recordEditNl,
  peopleNl,
  themesNl,
  externalProgrammesNl,
  organisationsNl,
  municipalitiesNl,
  regionsNl,
  invitationNl,
  exportsNl,
  documentsNl,
  bestuursrapportageNl,
  importsNl,
  startNl,
  progressReportsNl,
  usersNl,
  populationImportNl,
  adminNl,
  pagedListNl,
  chartsNl,
  problemNl,
  regionContributionsNl,
  mandatesNl,
  mandateUseNl,
  reportsDueNl,
] as const;
