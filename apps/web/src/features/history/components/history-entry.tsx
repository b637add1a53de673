import type { AuditRecordResponse } from '@koers/contracts';
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Names } from '../lib/format-change';
import { ChangeTable } from './change-table';

/** One line of a history: its heading, who and when, why, and the fields that changed. */
export function HistoryEntry({
  record,
  names,
  heading,
  meta,
  focusRef,
}: {
  record: AuditRecordResponse;
  names: Names;
  heading: string;
  /** A line under the heading, e.g. when and by whom. */
  meta?: ReactNode;
  focusRef?: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation();
  const headingId = `history-${record.id}`;
  return (
    <li className="koers-record">
      <article aria-labelledby={headingId}>
        <Heading3 id={headingId} ref={focusRef} tabIndex={-1}>
          {heading}
        </Heading3>
        {meta && <Paragraph className="koers-record__meta">{meta}</Paragraph>}
        {record.reason && (
          <Paragraph>{t('history.audit.reason', { reason: record.reason })}</Paragraph>
        )}
        {record.changes.length > 0 ? (
          <ChangeTable changes={record.changes} names={names} />
        ) : (
          <Paragraph>{t('history.audit.noChanges')}</Paragraph>
        )}
      </article>
    </li>
  );
}
