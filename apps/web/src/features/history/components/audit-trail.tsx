import type { AuditRecordResponse } from '@koers/contracts';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { type AuditFilter, useAudit } from '../api/get-audit';
import { actorLabel } from '../lib/actor-label';
import { formatDateTime, type Names } from '../lib/format-change';
import { HistoryEntry } from './history-entry';

function AuditEntry({
  record,
  names,
  focusRef,
}: {
  record: AuditRecordResponse;
  names: Names;
  focusRef?: React.Ref<HTMLHeadingElement>;
}) {
  const { t, i18n } = useTranslation();
  return (
    <HistoryEntry
      record={record}
      names={names}
      focusRef={focusRef}
      heading={t('history.audit.entry', {
        when: formatDateTime(record.occurredAt, i18n.language),
        who: actorLabel(record.actor, t),
        action: t(`history.audit.actions.${record.action}`),
      })}
    />
  );
}

/** The audit trail of one entity, newest first, a page at a time ("meer laden"). */
export function AuditTrail({ entity, entityId }: AuditFilter) {
  const { t } = useTranslation();
  const audit = useAudit({ entity, entityId });
  const firstNew = useRef<HTMLHeadingElement>(null);
  const pageCount = audit.data?.pages.length ?? 0;
  const loadedMore = useRef(false);

  useEffect(() => {
    if (loadedMore.current) firstNew.current?.focus();
  }, [pageCount]);

  return (
    <QueryState
      query={audit}
      loading={t('history.audit.loading')}
      failed={t('history.audit.failed')}
      empty={{
        when: (data) => data.pages[0].items.length === 0,
        message: t('history.audit.empty'),
      }}
    >
      {(data) => {
        const pages = data.pages;
        const total = pages[pages.length - 1].total;
        const shown = pages.reduce((sum, p) => sum + p.items.length, 0);
        const names: Names = Object.fromEntries(
          pages.flatMap((p) => Object.entries(p.names ?? {})),
        );
        const firstOfLastPage = pages.length > 1 ? pages[pages.length - 1].items[0]?.id : undefined;
        return (
          <>
            <ol className="koers-bare-list koers-audit">
              {pages.flatMap((p) =>
                p.items.map((record) => (
                  <AuditEntry
                    key={record.id}
                    record={record}
                    names={names}
                    focusRef={record.id === firstOfLastPage ? firstNew : undefined}
                  />
                )),
              )}
            </ol>
            <Paragraph aria-live="polite">{t('history.audit.shown', { shown, total })}</Paragraph>
            {audit.hasNextPage && (
              <Button
                appearance="secondary-action-button"
                busy={audit.isFetchingNextPage}
                onClick={() => {
                  loadedMore.current = true;
                  void audit.fetchNextPage();
                }}
              >
                {audit.isFetchingNextPage
                  ? t('history.audit.loadingMore')
                  : t('history.audit.more')}
              </Button>
            )}
          </>
        );
      }}
    </QueryState>
  );
}
