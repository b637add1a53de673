import type { ProgrammeVersionSummary } from '@koers/contracts';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { formatDate } from '../../../lib/format';
import { useVersionDiff } from '../api/get-version-diff';
import { BudgetDeltaTable } from './budget-delta-table';
import { actorLabel } from '../lib/actor-label';
import { ChangeTable } from './change-table';
import { ContributionDeltaTable } from './contribution-delta-table';
import { DiffAssignments } from './diff-assignments';

interface VersionDiffProps {
  programmeId: string;
  regionId: string;
  from: number;
  to: number;
}

/** What changed between two frozen versions of a programme, and why each version was made. */
export function VersionDiff({ programmeId, regionId, from, to }: VersionDiffProps) {
  const { t, i18n } = useTranslation();
  const diff = useVersionDiff(programmeId, from, to);
  const transition = (v: ProgrammeVersionSummary) =>
    t('history.versions.transitionText', {
      from: t(`programmes.statuses.${v.fromStatus}`),
      to: t(`programmes.statuses.${v.toStatus}`),
    });

  return (
    <section aria-labelledby="diff-title" className="koers-section">
      <Heading2 id="diff-title" tabIndex={-1}>
        {t('history.diff.title', { from, to })}
      </Heading2>
      <QueryState
        query={diff}
        loading={t('history.diff.loading')}
        failed={t('history.diff.failed')}
      >
        {(data) => (
          <>
            <Heading3>{t('history.diff.reasons')}</Heading3>
            <dl className="koers-record-facts">
              {[data.from, data.to].map((v) => (
                <div key={v.number}>
                  <dt>
                    {t('history.diff.reasonOf', {
                      number: v.number,
                      date: formatDate(v.createdAt, i18n.language),
                      transition: transition(v),
                      who: actorLabel(v.createdBy ?? null, t),
                    })}
                  </dt>
                  <dd>{v.reason || t('history.versions.noReason')}</dd>
                </div>
              ))}
            </dl>
            <Heading3>{t('history.diff.programmeChanges')}</Heading3>
            {data.programmeChanges.length > 0 ? (
              <ChangeTable
                changes={data.programmeChanges}
                caption={t('history.diff.programmeChanges')}
              />
            ) : (
              <Paragraph>{t('history.diff.noProgrammeChanges')}</Paragraph>
            )}
            <DiffAssignments added={data.added} removed={data.removed} changed={data.changed} />
            <Heading3>{t('history.diff.budgetTitle')}</Heading3>
            <BudgetDeltaTable
              budget={data.budget}
              caption={t('history.diff.budgetCaption', { from, to })}
            />
            <Heading3>{t('history.diff.contributionsTitle')}</Heading3>
            {data.contributions ? (
              <ContributionDeltaTable
                regionId={regionId}
                contributions={data.contributions}
                caption={t('history.diff.contributionsCaption', { from, to })}
              />
            ) : (
              <Paragraph>{t('history.diff.noContributions')}</Paragraph>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
