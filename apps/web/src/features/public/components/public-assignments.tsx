import type { AmountByTheme, AssignmentSummary } from '@koers/contracts';
import {
  Heading2,
  Heading3,
  Heading4,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { paths } from '../../../config/paths';
import { formatEuros } from '../../../lib/format';
import { useAssignment } from '../../../lib/api/get-assignment';
import { useAssignments } from '../api/get-assignments';

function PublicAssignment({ summary }: { summary: AssignmentSummary }) {
  const { t } = useTranslation();
  const detail = useAssignment(summary.id);
  const headingId = `public-assignment-${summary.id}`;
  return (
    <article aria-labelledby={headingId} className="koers-record">
      <Heading4 id={headingId}>
        <Link to={paths.publicAssignment.url(summary.id)}>
          {summary.code} {summary.title}
        </Link>
      </Heading4>
      <dl className="koers-record-facts">
        <dt>{t('publicProgramme.assignments.budget')}</dt>
        <dd>{formatEuros(summary.budgetTotalCents)}</dd>
      </dl>
      <QueryState
        query={detail}
        loading={t('publicProgramme.assignments.detailLoading')}
        failed={t('publicProgramme.assignments.detailFailed')}
      >
        {(data) => (
          <dl className="koers-record-facts">
            <dt>{t('publicProgramme.assignments.goal')}</dt>
            <dd>{data.goal}</dd>
            <dt>{t('publicProgramme.assignments.results')}</dt>
            <dd>
              {data.results.length === 0 ? (
                t('publicProgramme.assignments.noResults')
              ) : (
                <UnorderedList>
                  {data.results.map((result, i) => (
                    <UnorderedListItem key={i}>{result}</UnorderedListItem>
                  ))}
                </UnorderedList>
              )}
            </dd>
          </dl>
        )}
      </QueryState>
    </article>
  );
}

interface PublicAssignmentsProps {
  programmeId: string;
  /** The programme's themes with their budget (from its totals), in the order to show them. */
  themes: AmountByTheme[];
}

/** The assignments grouped by theme (opgave), each with goal, results and budget. */
export function PublicAssignments({ programmeId, themes }: PublicAssignmentsProps) {
  const { t } = useTranslation();
  const assignments = useAssignments(programmeId);

  return (
    <section aria-labelledby="public-assignments" className="koers-section">
      <Heading2 id="public-assignments">{t('publicProgramme.assignments.title')}</Heading2>
      <QueryState
        query={assignments}
        loading={t('publicProgramme.assignments.loading')}
        failed={t('publicProgramme.assignments.failed')}
        empty={{
          when: (page) => page.items.length === 0,
          message: t('publicProgramme.assignments.empty'),
        }}
      >
        {(page) => {
          const known = new Set(themes.map((theme) => theme.themeId));
          const groups = [
            ...themes.map((theme) => ({
              id: theme.themeId,
              title: theme.themeTitle,
              amountCents: theme.amountCents,
              items: page.items.filter((a) => a.themeId === theme.themeId),
            })),
            {
              id: 'other',
              title: t('publicProgramme.assignments.otherTheme'),
              amountCents: null,
              items: page.items.filter((a) => !known.has(a.themeId)),
            },
          ].filter((group) => group.items.length > 0);
          return groups.map((group) => (
            <section key={group.id} aria-labelledby={`theme-${group.id}`}>
              <Heading3 id={`theme-${group.id}`}>{group.title}</Heading3>
              {group.amountCents !== null && (
                <Paragraph>
                  {t('publicProgramme.assignments.themeBudget', {
                    amount: formatEuros(group.amountCents),
                  })}
                </Paragraph>
              )}
              {group.items.map((summary) => (
                <PublicAssignment key={summary.id} summary={summary} />
              ))}
            </section>
          ));
        }}
      </QueryState>
    </section>
  );
}
