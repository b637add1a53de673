import type { ReportingCalendarEntry } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { reportingCalendarQueryOptions } from './get-reporting-calendar';

export interface UpdateReportingCalendarInput {
  regionId: string;
  entries: ReportingCalendarEntry[];
  version: number;
}

/** Replaces the region's calendar at the version read (409 when someone changed it meanwhile). */
export const updateReportingCalendar = ({
  regionId,
  entries,
  version,
}: UpdateReportingCalendarInput) =>
  unwrap(
    api.PUT('/api/regions/{regionId}/reporting-calendar', {
      params: { path: { regionId } },
      body: { entries, version },
    }),
  );

export function useUpdateReportingCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateReportingCalendar,
    onSuccess: (saved) =>
      queryClient.setQueryData(reportingCalendarQueryOptions(saved.regionId).queryKey, saved),
  });
}
