import type { AssignmentSnapshot, ChangedAssignment } from '@koers/contracts';
import {
  Heading3,
  Heading4,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../lib/format';
import { formatDelta } from '../lib/format-change';
import { ChangeTable } from './change-table';

function SnapshotList({ items, empty }: { items: AssignmentSnapshot[]; empty: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <UnorderedList>
      {items.map((a) => (
        <UnorderedListItem key={a.id}>
          {t('history.diff.assignmentLine', {
            code: a.code,
            title: a.title,
            theme: a.themeTitle,
            budget: formatEuros(a.budgetTotalCents),
          })}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

interface DiffAssignmentsProps {
  added: AssignmentSnapshot[];
  removed: AssignmentSnapshot[];
  changed: ChangedAssignment[];
}

/** Assignments added, removed, and changed field by field between two versions. */
export function DiffAssignments({ added, removed, changed }: DiffAssignmentsProps) {
  const { t } = useTranslation();
  return (
    <>
      <section aria-labelledby="diff-added" className="koers-section">
        <Heading3 id="diff-added">{t('history.diff.added', { count: added.length })}</Heading3>
        <SnapshotList items={added} empty={t('history.diff.noneAdded')} />
      </section>
      <section aria-labelledby="diff-removed" className="koers-section">
        <Heading3 id="diff-removed">
          {t('history.diff.removed', { count: removed.length })}
        </Heading3>
        <SnapshotList items={removed} empty={t('history.diff.noneRemoved')} />
      </section>
      <section aria-labelledby="diff-changed" className="koers-section">
        <Heading3 id="diff-changed">
          {t('history.diff.changed', { count: changed.length })}
        </Heading3>
        {changed.length === 0 && <Paragraph>{t('history.diff.noneChanged')}</Paragraph>}
        {changed.map((a) => (
          <article key={a.id} aria-labelledby={`changed-${a.id}`} className="koers-record">
            <Heading4 id={`changed-${a.id}`}>
              {a.code} {a.title}
            </Heading4>
            {a.budget.deltaCents !== 0 && (
              <Paragraph>
                {t('history.diff.assignmentBudget', {
                  old: formatEuros(a.budget.oldTotalCents),
                  new: formatEuros(a.budget.newTotalCents),
                  delta: formatDelta(a.budget.deltaCents),
                })}
              </Paragraph>
            )}
            {a.changes.length > 0 ? (
              <ChangeTable
                changes={a.changes}
                caption={`${t('history.changes.caption')}: ${a.code} ${a.title}`}
              />
            ) : (
              <Paragraph>{t('history.diff.noFieldChanges')}</Paragraph>
            )}
          </article>
        ))}
      </section>
    </>
  );
}
