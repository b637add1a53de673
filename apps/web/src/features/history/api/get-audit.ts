import type { AuditPage } from '@koers/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const AUDIT_PAGE_SIZE = 20;

export interface AuditFilter {
  entity: string;
  entityId: string;
}

/** One page of the audit trail of an entity, newest first. */
export const getAudit = ({ entity, entityId }: AuditFilter, offset: number) =>
  apiFetch<AuditPage>(
    `/audit?entity=${entity}&entityId=${encodeURIComponent(entityId)}&limit=${AUDIT_PAGE_SIZE}&offset=${offset}`,
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
