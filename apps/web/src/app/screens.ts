import type { ComponentType } from 'react';
import { paths } from '../config/paths';

/** A screen of the app: the URL pattern it answers (config/paths.ts) and its code, loaded lazily. */
export interface Screen {
  path: string;
  load: () => Promise<{ default: ComponentType }>;
}

/**
 * Every screen, reachable by URL, in one light module: the router (router.tsx) makes its routes of
 * them, and the first page's early start (early-start.ts) fetches the matching screen's code before
 * the app's own scripts have run. Neither React nor the router is imported here, so the early start
 * stays a few kilobytes.
 */
export const screens: readonly Screen[] = [
  { path: paths.home.path, load: () => import('./routes/home') },
  { path: paths.signIn.path, load: () => import('./routes/sign-in') },
  { path: paths.region.path, load: () => import('./routes/region') },
  {
    path: paths.municipalityPopulation.path,
    load: () => import('./routes/municipality-population'),
  },
  { path: paths.assignmentProgress.path, load: () => import('./routes/assignment-progress') },
  { path: paths.programmeProgress.path, load: () => import('./routes/programme-progress') },
  { path: paths.reportingCalendar.path, load: () => import('./routes/reporting-calendar') },
  { path: paths.regionEdit.path, load: () => import('./routes/region-edit') },
  { path: paths.admin.path, load: () => import('./routes/admin') },
  { path: paths.adminAccounts.path, load: () => import('./routes/admin-accounts') },
  { path: paths.populationImport.path, load: () => import('./routes/population-import') },
  { path: paths.externalProgrammes.path, load: () => import('./routes/external-programmes') },
  { path: paths.externalProgrammeNew.path, load: () => import('./routes/external-programme-new') },
  {
    path: paths.externalProgrammeEdit.path,
    load: () => import('./routes/external-programme-edit'),
  },
  { path: paths.personNew.path, load: () => import('./routes/person-new') },
  { path: paths.themeNew.path, load: () => import('./routes/theme-new') },
  { path: paths.organisationNew.path, load: () => import('./routes/organisation-new') },
  { path: paths.personEdit.path, load: () => import('./routes/person-edit') },
  { path: paths.themeEdit.path, load: () => import('./routes/theme-edit') },
  { path: paths.organisationEdit.path, load: () => import('./routes/organisation-edit') },
  { path: paths.municipalityEdit.path, load: () => import('./routes/municipality-edit') },
  { path: paths.programmeEdit.path, load: () => import('./routes/programme-edit') },
  { path: paths.programmeNew.path, load: () => import('./routes/programme-new') },
  { path: paths.programmeLifecycle.path, load: () => import('./routes/programme-lifecycle') },
  { path: paths.ratification.path, load: () => import('./routes/ratification') },
  { path: paths.ratificationCouncil.path, load: () => import('./routes/ratification-council') },
  { path: paths.councilView.path, load: () => import('./routes/council-view') },
  { path: paths.councilPack.path, load: () => import('./routes/council-pack') },
  { path: paths.bestuursrapportage.path, load: () => import('./routes/bestuursrapportage') },
  { path: paths.publicBestuursrapportage.path, load: () => import('./routes/bestuursrapportage') },
  { path: paths.responseMemo.path, load: () => import('./routes/response-memo') },
  { path: paths.myAssignments.path, load: () => import('./routes/my-assignments') },
  { path: paths.ourMunicipality.path, load: () => import('./routes/our-municipality') },
  { path: paths.programmeHistory.path, load: () => import('./routes/programme-history') },
  { path: paths.programmeLog.path, load: () => import('./routes/programme-log') },
  { path: paths.assignmentHistory.path, load: () => import('./routes/assignment-history') },
  { path: paths.publicProgramme.path, load: () => import('./routes/public-programme') },
  { path: paths.publicMunicipality.path, load: () => import('./routes/public-municipality') },
  { path: paths.programmeImport.path, load: () => import('./routes/programme-import') },
  { path: paths.programme.path, load: () => import('./routes/programme') },
  { path: paths.assignmentNew.path, load: () => import('./routes/assignment-new') },
  { path: paths.assignment.path, load: () => import('./routes/assignment-read') },
  { path: paths.publicAssignment.path, load: () => import('./routes/public-assignment') },
  { path: paths.assignmentEdit.path, load: () => import('./routes/assignment-edit') },
  { path: '*', load: () => import('./routes/not-found') },
];
