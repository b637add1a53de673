import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

const packPath = (programmeId: string, municipalityId: string) =>
  `/programmes/${programmeId}/municipalities/${municipalityId}/council-pack`;

/** A municipality's council pack: what the region asks, what it costs, procedure, view, contact. */
export const getCouncilPack = (programmeId: string, municipalityId: string) =>
  unwrap(
    api.GET('/api/programmes/{programmeId}/municipalities/{municipalityId}/council-pack', {
      params: { path: { programmeId, municipalityId } },
    }),
  );

/** Where the browser downloads the same pack as a tagged PDF. */
export const councilPackPdfUrl = (programmeId: string, municipalityId: string) =>
  `/api${packPath(programmeId, municipalityId)}/pdf`;

export const councilPackQueryOptions = (programmeId: string, municipalityId: string) =>
  queryOptions({
    queryKey: ['council-packs', { programmeId, municipalityId }],
    queryFn: () => getCouncilPack(programmeId, municipalityId),
  });

export const useCouncilPack = (programmeId: string, municipalityId: string) =>
  useQuery(councilPackQueryOptions(programmeId, municipalityId));
