import { useQuery } from '@tanstack/react-query';
import type { ProgrammeResponse } from '@koers/contracts';
import { useAssignments } from '../../features/assignments/api/get-assignments';
import type { AssignmentFormLookups } from '../../features/assignments/components/section-types';
import { useExternalProgrammes } from '../../features/external-programmes/api/get-external-programmes';
import { municipalitiesQueryOptions } from '../../features/municipalities/api/get-municipalities';
import { organisationsQueryOptions } from '../../features/organisations/api/get-organisations';
import { usePeople } from '../../features/people/api/get-people';
import { regionQueryOptions } from '../../features/regions/api/get-region';
import { themesQueryOptions } from '../../features/themes/api/get-themes';

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
          municipalities: municipalities.data.items,
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
