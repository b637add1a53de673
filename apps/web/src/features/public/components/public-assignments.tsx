import type { AmountByTheme, OpenAssignment } from '@koers/contracts';
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
import { useOpenAssignments } from '../api/get-assignments';

function PublicAssignment({ assignment }: { assignment: OpenAssignment }) {
  const { t } = useTranslation();
  const headingId = `public-assignment-${assignment.id}`;
  return (
    <article aria-labelledby={headingId} className="koers-record">
      <Heading4 id={headingId}>
        <Link to={paths.publicAssignment.url(assignment.id)}>
          {assignment.code} {assignment.title}
        </Link>
      </Heading4>
      <dl className="koers-record-facts">
        <dt>{t('publicProgramme.assignments.budget')}</dt>
        <dd>{formatEuros(assignment.budgetTotalCents)}</dd>
        <dt>{t('publicProgramme.assignments.goal')}</dt>
        <dd>{assignment.goal}</dd>
        <dt>{t('publicProgramme.assignments.results')}</dt>
        <dd>
          {assignment.results.length === 0 ? (
            t('publicProgramme.assignments.noResults')
          ) : (
            <UnorderedList>
              {assignment.results.map((result, i) => (
                <UnorderedListItem key={i}>{result}</UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </dd>
      </dl>
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
  const assignments = useOpenAssignments(programmeId);

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
              {group.items.map((assignment) => (
                <PublicAssignment key={assignment.id} assignment={assignment} />
              ))}
            </section>
          ));
        }}
      </QueryState>
    </section>
  );
}
