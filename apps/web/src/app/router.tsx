import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, RouteObject } from 'react-router';
import { AppLayout } from '../components/layout/app-layout';
import { LoadingMessage } from '../components/layout/loading-message';
import { paths } from '../config/paths';
import { withPrefetch } from './route-prefetch';

/** Every screen, reachable by URL; screens load lazily so the first page stays small. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    // Shown while the first lazy screen loads.
    HydrateFallback: LoadingMessage,
    children: [
      {
        path: paths.home.path,
        lazy: async () => ({ Component: (await import('./routes/home')).default }),
      },
      {
        path: paths.signIn.path,
        lazy: async () => ({ Component: (await import('./routes/sign-in')).default }),
      },
      {
        path: paths.region.path,
        lazy: async () => ({ Component: (await import('./routes/region')).default }),
      },
      {
        path: paths.municipalityPopulation.path,
        lazy: async () => ({
          Component: (await import('./routes/municipality-population')).default,
        }),
      },
      {
        path: paths.assignmentProgress.path,
        lazy: async () => ({ Component: (await import('./routes/assignment-progress')).default }),
      },
      {
        path: paths.programmeProgress.path,
        lazy: async () => ({ Component: (await import('./routes/programme-progress')).default }),
      },
      {
        path: paths.reportingCalendar.path,
        lazy: async () => ({ Component: (await import('./routes/reporting-calendar')).default }),
      },
      {
        path: paths.regionEdit.path,
        lazy: async () => ({ Component: (await import('./routes/region-edit')).default }),
      },
      {
        path: paths.admin.path,
        lazy: async () => ({ Component: (await import('./routes/admin')).default }),
      },
      {
        path: paths.adminAccounts.path,
        lazy: async () => ({ Component: (await import('./routes/admin-accounts')).default }),
      },
      {
        path: paths.populationImport.path,
        lazy: async () => ({ Component: (await import('./routes/population-import')).default }),
      },
      {
        path: paths.externalProgrammes.path,
        lazy: async () => ({ Component: (await import('./routes/external-programmes')).default }),
      },
      {
        path: paths.externalProgrammeNew.path,
        lazy: async () => ({
          Component: (await import('./routes/external-programme-new')).default,
        }),
      },
      {
        path: paths.externalProgrammeEdit.path,
        lazy: async () => ({
          Component: (await import('./routes/external-programme-edit')).default,
        }),
      },
      {
        path: paths.personNew.path,
        lazy: async () => ({ Component: (await import('./routes/person-new')).default }),
      },
      {
        path: paths.themeNew.path,
        lazy: async () => ({ Component: (await import('./routes/theme-new')).default }),
      },
      {
        path: paths.organisationNew.path,
        lazy: async () => ({ Component: (await import('./routes/organisation-new')).default }),
      },
      {
        path: paths.personEdit.path,
        lazy: async () => ({ Component: (await import('./routes/person-edit')).default }),
      },
      {
        path: paths.themeEdit.path,
        lazy: async () => ({ Component: (await import('./routes/theme-edit')).default }),
      },
      {
        path: paths.organisationEdit.path,
        lazy: async () => ({ Component: (await import('./routes/organisation-edit')).default }),
      },
      {
        path: paths.municipalityEdit.path,
        lazy: async () => ({ Component: (await import('./routes/municipality-edit')).default }),
      },
      {
        path: paths.programmeEdit.path,
        lazy: async () => ({ Component: (await import('./routes/programme-edit')).default }),
      },
      {
        path: paths.programmeNew.path,
        lazy: async () => ({ Component: (await import('./routes/programme-new')).default }),
      },
      {
        path: paths.programmeLifecycle.path,
        lazy: async () => ({ Component: (await import('./routes/programme-lifecycle')).default }),
      },
      {
        path: paths.ratification.path,
        lazy: async () => ({ Component: (await import('./routes/ratification')).default }),
      },
      {
        path: paths.ratificationCouncil.path,
        lazy: async () => ({ Component: (await import('./routes/ratification-council')).default }),
      },
      {
        path: paths.councilView.path,
        lazy: async () => ({ Component: (await import('./routes/council-view')).default }),
      },
      {
        path: paths.councilPack.path,
        lazy: async () => ({ Component: (await import('./routes/council-pack')).default }),
      },
      {
        path: paths.bestuursrapportage.path,
        lazy: async () => ({ Component: (await import('./routes/bestuursrapportage')).default }),
      },
      {
        path: paths.publicBestuursrapportage.path,
        lazy: async () => ({ Component: (await import('./routes/bestuursrapportage')).default }),
      },
      {
        path: paths.responseMemo.path,
        lazy: async () => ({ Component: (await import('./routes/response-memo')).default }),
      },
      {
        path: paths.myAssignments.path,
        lazy: async () => ({ Component: (await import('./routes/my-assignments')).default }),
      },
      {
        path: paths.ourMunicipality.path,
        lazy: async () => ({ Component: (await import('./routes/our-municipality')).default }),
      },
      {
        path: paths.programmeHistory.path,
        lazy: async () => ({ Component: (await import('./routes/programme-history')).default }),
      },
      {
        path: paths.programmeLog.path,
        lazy: async () => ({ Component: (await import('./routes/programme-log')).default }),
      },
      {
        path: paths.assignmentHistory.path,
        lazy: async () => ({ Component: (await import('./routes/assignment-history')).default }),
      },
      {
        path: paths.publicProgramme.path,
        lazy: async () => ({ Component: (await import('./routes/public-programme')).default }),
      },
      {
        path: paths.publicMunicipality.path,
        lazy: async () => ({ Component: (await import('./routes/public-municipality')).default }),
      },
      {
        path: paths.programmeImport.path,
        lazy: async () => ({ Component: (await import('./routes/programme-import')).default }),
      },
      {
        path: paths.programme.path,
        lazy: async () => ({ Component: (await import('./routes/programme')).default }),
      },
      {
        path: paths.assignmentNew.path,
        lazy: async () => ({ Component: (await import('./routes/assignment-new')).default }),
      },
      {
        path: paths.assignment.path,
        lazy: async () => ({ Component: (await import('./routes/assignment-read')).default }),
      },
      {
        path: paths.publicAssignment.path,
        lazy: async () => ({ Component: (await import('./routes/public-assignment')).default }),
      },
      {
        path: paths.assignmentEdit.path,
        lazy: async () => ({ Component: (await import('./routes/assignment-edit')).default }),
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('./routes/not-found')).default }),
      },
    ],
  },
];

/** The app's router; with the query client, screens' data is asked for while their code loads. */
export const createRouter = (queryClient?: QueryClient) =>
  createBrowserRouter(queryClient ? withPrefetch(routes, queryClient) : routes);
