import { HISTORY_KINDS, type HistoryKind } from '@koers/contracts';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { HISTORY_PAGE_SIZE, useProgrammeHistory } from '../api/get-programme-history';
import { actorLabel } from '../lib/actor-label';
import { describeRecord } from '../lib/describe-record';
import { formatDateTime } from '../lib/format-change';
import { HistoryEntry } from './history-entry';
import { HistoryFilters } from './history-filters';

const isKind = (value: string | null): value is HistoryKind =>
  HISTORY_KINDS.includes(value as HistoryKind);

/**
 * A programme's history, newest first, a page at a time: transitions, council decisions,
 * answers to views and changes to assignments, each with who did it in which role. The
 * filters and the page are in the address (?soort=&persoon=&pagina=), so a view can be shared.
 */
export function ProgrammeLog({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const kindParam = search.get('soort');
  const kind = isKind(kindParam) ? kindParam : null;
  const person = search.get('persoon') || null;
  const page = Math.max(1, Number.parseInt(search.get('pagina') ?? '1', 10) || 1);
  const history = useProgrammeHistory(programmeId, { kind, person, page });
  const summary = useRef<HTMLHeadingElement>(null);
  const paged = useRef(false);

  useEffect(() => {
    if (paged.current && !history.isPlaceholderData) summary.current?.focus();
  }, [page, history.isPlaceholderData]);

  const update = (changes: Record<string, string | null>) =>
    setSearch((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });
  const goTo = (target: number) => {
    paged.current = true;
    update({ pagina: target > 1 ? String(target) : null });
  };

  return (
    <>
      <HistoryFilters
        programmeId={programmeId}
        kind={kind}
        person={person}
        onChange={(filter) =>
          update({
            ...('kind' in filter ? { soort: filter.kind ?? null } : {}),
            ...('person' in filter ? { persoon: filter.person ?? null } : {}),
            pagina: null,
          })
        }
      />
      <QueryState
        query={history}
        loading={t('history.log.loading')}
        failed={t('history.log.failed')}
        empty={{
          when: (data) => data.total === 0,
          message: kind || person ? t('history.log.noMatch') : t('history.log.empty'),
        }}
      >
        {(data) => {
          const first = data.offset + 1;
          const last = data.offset + data.items.length;
          const pages = Math.max(1, Math.ceil(data.total / HISTORY_PAGE_SIZE));
          return (
            <>
              <Heading2
                ref={summary}
                tabIndex={-1}
                aria-live="polite"
                className="koers-log-summary"
              >
                {t('history.log.shown', { first, last, total: data.total })}
              </Heading2>
              <ol className="koers-bare-list koers-audit" aria-busy={history.isPlaceholderData}>
                {data.items.map((record) => (
                  <HistoryEntry
                    key={record.id}
                    record={record}
                    names={data.names}
                    heading={describeRecord(record, data.names, t)}
                    meta={t('history.log.meta', {
                      when: formatDateTime(record.occurredAt, i18n.language),
                      who: actorLabel(record.actor, t),
                    })}
                  />
                ))}
              </ol>
              {pages > 1 && (
                <nav aria-label={t('history.log.pages')} className="koers-pager">
                  <Button
                    appearance="secondary-action-button"
                    disabled={page <= 1}
                    onClick={() => goTo(page - 1)}
                  >
                    {t('history.log.previous')}
                  </Button>
                  <Paragraph>{t('history.log.page', { page, pages })}</Paragraph>
                  <Button
                    appearance="secondary-action-button"
                    disabled={page >= pages}
                    onClick={() => goTo(page + 1)}
                  >
                    {t('history.log.next')}
                  </Button>
                </nav>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
