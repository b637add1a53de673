import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AppProviders } from '../../../app/providers';
import { createQueryClient } from '../../../lib/query-client';
import { mockApi } from '../../../test/mock-api';
import { useSaveAssignment } from './save-assignment';

describe('saving an assignment', () => {
  it('puts the answer in the cache and marks stale only what its programme computes from it', async () => {
    const saved = {
      id: 'a1',
      programmeId: 'p1',
      regionId: 'r1',
      title: 'Nieuw',
      linkedAssignmentIds: ['a2'],
      version: 2,
    };
    mockApi({ 'PATCH /assignments/a1': saved });
    const queryClient = createQueryClient();
    queryClient.setQueryData(['assignments', 'a1'], { ...saved, title: 'Oud', version: 1 });
    queryClient.setQueryData(['programmes', 'p1'], { id: 'p1' });
    queryClient.setQueryData(['programmes', 'p2'], { id: 'p2' });
    queryClient.setQueryData(['programmes', { regionId: 'r1' }], { items: [] });
    queryClient.setQueryData(['programmes', { regionId: 'r2' }], { items: [] });
    queryClient.setQueryData(['assignments', { programmeId: 'p1' }], { items: [] });
    queryClient.setQueryData(['assignments', { programmeId: 'p2' }], { items: [] });
    queryClient.setQueryData(['assignments', 'a2', 'overview'], {});
    queryClient.setQueryData(['assignments', 'a3'], { id: 'a3' });
    queryClient.setQueryData(['assignments', 'a3', 'overview'], {});
    queryClient.setQueryData(['contributions', { programmeId: 'p1' }], {});
    queryClient.setQueryData(['contributions', { programmeId: 'p2' }], {});
    queryClient.setQueryData(['council-decisions', { programmeId: 'p1', round: null }], {});
    queryClient.setQueryData(['council-decisions', { programmeId: 'p2', round: null }], {});
    const wrapper = ({ children }: { children: ReactNode }) => (
      <AppProviders client={queryClient}>{children}</AppProviders>
    );
    const { result } = renderHook(() => useSaveAssignment(), { wrapper });

    act(() =>
      result.current.mutate({
        kind: 'update',
        assignmentId: 'a1',
        body: { title: 'Nieuw', version: 1 },
      }),
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));

    const state = (key: unknown[]) => queryClient.getQueryState(key);
    // The saved assignment is what the API answered, current, without asking again.
    expect(queryClient.getQueryData(['assignments', 'a1'])).toEqual(saved);
    expect(state(['assignments', 'a1'])?.isInvalidated).toBe(false);
    expect(state(['assignments', { programmeId: 'p1' }])?.isInvalidated).toBe(true);
    expect(state(['programmes', 'p1'])?.isInvalidated).toBe(true);
    expect(state(['programmes', { regionId: 'r1' }])?.isInvalidated).toBe(true);
    // What the programme computes from its assignments, and the overview that links this one.
    expect(state(['contributions', { programmeId: 'p1' }])?.isInvalidated).toBe(true);
    expect(state(['council-decisions', { programmeId: 'p1', round: null }])?.isInvalidated).toBe(
      true,
    );
    expect(state(['assignments', 'a2', 'overview'])?.isInvalidated).toBe(true);
    // Another programme, another region and an unrelated assignment did not change.
    expect(state(['programmes', 'p2'])?.isInvalidated).toBe(false);
    expect(state(['programmes', { regionId: 'r2' }])?.isInvalidated).toBe(false);
    expect(state(['assignments', { programmeId: 'p2' }])?.isInvalidated).toBe(false);
    expect(state(['contributions', { programmeId: 'p2' }])?.isInvalidated).toBe(false);
    expect(state(['council-decisions', { programmeId: 'p2', round: null }])?.isInvalidated).toBe(
      false,
    );
    expect(state(['assignments', 'a3'])?.isInvalidated).toBe(false);
    expect(state(['assignments', 'a3', 'overview'])?.isInvalidated).toBe(false);
  });
});
