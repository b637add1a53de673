import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

/** Roles the admin of another region offered the signed-in user, waiting for their answer. */
export const getInvitations = () => unwrap(api.GET('/api/auth/invitations'));

export const invitationsQueryOptions = () =>
  queryOptions({ queryKey: ['invitations'], queryFn: getInvitations });

export const useInvitations = (signedIn: boolean) =>
  useQuery({ ...invitationsQueryOptions(), enabled: signedIn });
