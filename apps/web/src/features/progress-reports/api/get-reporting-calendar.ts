import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

/** The region's reporting calendar (the default spring and autumn report until changed). */
export const getReportingCalendar = (regionId: string) =>
  unwrap(api.GET('/api/regions/{regionId}/reporting-calendar', { params: { path: { regionId } } }));

export const reportingCalendarQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: ['reporting-calendar', { regionId }],
    queryFn: () => getReportingCalendar(regionId),
  });

export const useReportingCalendar = (regionId: string) =>
  useQuery(reportingCalendarQueryOptions(regionId));
