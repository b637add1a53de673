import { useQuery } from '@tanstack/react-query';
import { contributionsQueryOptions } from '../../lib/api/get-contributions';
import type {
  ContributionsResponse,
  MunicipalityResponse,
  ProgrammeResponse,
} from '@koers/contracts';
import { useAssignments } from '../../features/assignments/api/get-assignments';
import type { AssignmentFormLookups } from '../../features/assignments/components/section-types';
import { useExternalProgrammes } from '../../features/external-programmes/api/get-external-programmes';
import { municipalitiesQueryOptions } from '../../lib/api/get-municipalities';
import { organisationsQueryOptions } from '../../features/organisations/api/get-organisations';
import { usePeople } from '../../features/people/api/get-people';
import { regionQueryOptions } from '../../features/regions/api/get-region';
import { themesQueryOptions } from '../../features/themes/api/get-themes';

/**
 * The municipalities with the population the split uses: the latest on or before the programme's
 * reference date, as the API reports it; while that is not known, the current figure.
 */
function atReferenceDate(
  items: MunicipalityResponse[],
  contributions: ContributionsResponse | undefined,
): MunicipalityResponse[] {
  if (!contributions) return items;
  const known = new Map(contributions.municipalities.map((m) => [m.municipalityId, m]));
  return items.map((m) => {
    const figure = known.get(m.id);
    return figure
      ? { ...m, population: figure.population, populationReferenceDate: figure.populationDate }
      : m;
  });
}

/** Everything the assignment form offers to choose from, gathered from the features that own it. */
export function useAssignmentLookups(
  programme: ProgrammeResponse | undefined,
  editedAssignmentId?: string,
) {
  const regionId = programme?.regionId ?? '';
  const enabled = regionId !== '';
  const queries = {
    region: useQuery({ ...regionQueryOptions(regionId), enabled }),
    themes: useQuery({ ...themesQueryOptions(regionId), enabled }),
    people: usePeople(regionId),
    municipalities: useQuery({ ...municipalitiesQueryOptions(regionId), enabled }),
    organisations: useQuery({ ...organisationsQueryOptions(regionId), enabled }),
    externalProgrammes: useExternalProgrammes(),
    assignments: useAssignments(programme?.id ?? ''),
    // The populations at the programme's reference date, as the API splits with them.
    contributions: useQuery({
      ...contributionsQueryOptions(programme?.id ?? ''),
      enabled: Boolean(programme),
    }),
  };
  const all = Object.values(queries);
  const { region, themes, people, municipalities, organisations, externalProgrammes } = queries;
  const lookups: AssignmentFormLookups | undefined =
    programme &&
    region.data &&
    themes.data &&
    people.data &&
    municipalities.data &&
    organisations.data &&
    queries.assignments.data
      ? {
          programmeYear: programme.year,
          themes: themes.data.items,
          people: people.data.items,
          municipalities: atReferenceDate(municipalities.data.items, queries.contributions.data),
          organisations: organisations.data.items,
          // Links to external programmes are optional; the form works without the list.
          externalProgrammes: externalProgrammes.data?.items ?? [],
          otherAssignments: queries.assignments.data.items.filter(
            (a) => a.id !== editedAssignmentId,
          ),
          programmeKey: programme.contributionKey,
          regionDefaultKey: region.data.defaultContributionKey,
        }
      : undefined;
  const failed = [region, themes, people, municipalities, organisations, queries.assignments].some(
    (q) => q.isError,
  );
  return {
    lookups,
    failed,
    retry: () => all.filter((q) => q.isError).forEach((q) => void q.refetch()),
  };
}
