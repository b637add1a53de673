import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap, type operations } from '../../../lib/api/client';

export const AUDIT_PAGE_SIZE = 20;

export interface AuditFilter {
  /** The kinds of records the audit trail knows, as the API lists them. */
  entity: NonNullable<operations['listAuditRecords']['parameters']['query']>['entity'] & string;
  entityId: string;
}

/** One page of the audit trail of an entity, newest first. */
export const getAudit = ({ entity, entityId }: AuditFilter, offset: number) =>
  unwrap(
    api.GET('/api/audit', {
      params: { query: { entity, entityId, limit: AUDIT_PAGE_SIZE, offset } },
    }),
  );

export const auditQueryOptions = (filter: AuditFilter) =>
  infiniteQueryOptions({
    queryKey: ['audit', filter],
    queryFn: ({ pageParam }) => getAudit(filter, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last) =>
      last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined,
  });

export const useAudit = (filter: AuditFilter) => useInfiniteQuery(auditQueryOptions(filter));
