import { queryOptions, useQuery } from '@tanstack/react-query';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';
import { api, unwrap } from '../../../lib/api/client';

/** The assignments of one programme held by one portfolio holder (a person of the region). */
export const getHeldAssignments = (programmeId: string, portfolioHolderId: string) =>
  allPages((offset) =>
    unwrap(
      api.GET('/api/programmes/{programmeId}/assignments', {
        params: {
          path: { programmeId },
          query: { portfolioHolderId, limit: PAGE_SIZE, offset },
        },
      }),
    ),
  );

export const heldAssignmentsQueryOptions = (programmeId: string, portfolioHolderId: string) =>
  queryOptions({
    queryKey: ['assignments', { programmeId, portfolioHolderId }],
    queryFn: () => getHeldAssignments(programmeId, portfolioHolderId),
  });

export const useHeldAssignments = (programmeId: string, portfolioHolderId: string) =>
  useQuery(heldAssignmentsQueryOptions(programmeId, portfolioHolderId));
