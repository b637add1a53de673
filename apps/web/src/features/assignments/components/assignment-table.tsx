import type { AssignmentSummary, PersonResponse, ThemeResponse } from '@koers/contracts';
import {
  Heading3,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScrollsWhenNarrow } from '../../../components/scrolls-when-narrow';
import { formatEuros } from '../../../lib/format';
import { CapacityCell } from './capacity-cell';

interface ThemeGroup {
  id: string;
  title: string;
  assignments: AssignmentSummary[];
}

/** Assignments in the order of the region's themes; a theme that is not known comes last. */
export function groupByTheme(
  assignments: readonly AssignmentSummary[],
  themes: readonly ThemeResponse[],
  unknownTitle: string,
): ThemeGroup[] {
  const groups = themes.map((theme) => ({
    id: theme.id,
    title: theme.title,
    assignments: assignments.filter((a) => a.themeId === theme.id),
  }));
  const known = new Set(themes.map((theme) => theme.id));
  const rest = assignments.filter((a) => !known.has(a.themeId));
  if (rest.length > 0) groups.push({ id: 'unknown', title: unknownTitle, assignments: rest });
  return groups.filter((group) => group.assignments.length > 0);
}

/** One table per theme: budget, capacity, portfolio holder and status of each assignment. */
export function AssignmentTable({
  assignments,
  themes,
  people,
  editUrl,
  readUrl,
}: {
  assignments: readonly AssignmentSummary[];
  themes: readonly ThemeResponse[];
  people: readonly PersonResponse[];
  /** Given when the user may edit: the title links to the edit page. */
  editUrl?: (assignmentId: string) => string;
  /** The read-only page: the title links there when there is no edit page, else the code. */
  readUrl?: (assignmentId: string) => string;
}) {
  const linkOf = editUrl ?? readUrl;
  const { t } = useTranslation();
  const personName = (id: string | null) =>
    (id && people.find((p) => p.id === id)?.name) || t('assignments.table.nobody');

  return (
    <>
      {groupByTheme(assignments, themes, t('assignments.table.unknownTheme')).map((group) => {
        const subtotal = group.assignments.reduce((sum, a) => sum + a.budgetTotalCents, 0);
        const headingId = `theme-${group.id}`;
        return (
          <section key={group.id} aria-labelledby={headingId} className="koers-theme-group">
            <Heading3 id={headingId}>{group.title}</Heading3>
            <ScrollsWhenNarrow captionId={`${headingId}-caption`}>
              <Table>
                <TableCaption id={`${headingId}-caption`}>
                  {t('assignments.table.caption', {
                    count: group.assignments.length,
                    amount: formatEuros(subtotal),
                  })}
                </TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('assignments.fields.code')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('assignments.fields.title')}</TableHeaderCell>
                    <TableHeaderCell scope="col" className="koers-number">
                      {t('assignments.table.budget')}
                    </TableHeaderCell>
                    <TableHeaderCell scope="col">{t('assignments.table.capacity')}</TableHeaderCell>
                    <TableHeaderCell scope="col">
                      {t('assignments.fields.portfolioHolder')}
                    </TableHeaderCell>
                    <TableHeaderCell scope="col">{t('assignments.fields.status')}</TableHeaderCell>
                    <TableHeaderCell scope="col">
                      {t('assignments.fields.priority')}
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {group.assignments.map((a) => (
                    <TableRow key={a.id}>
                      <TableCell>
                        {editUrl && readUrl ? (
                          <Link
                            to={readUrl(a.id)}
                            aria-label={t('assignments.table.read', { code: a.code })}
                          >
                            {a.code}
                          </Link>
                        ) : (
                          a.code
                        )}
                      </TableCell>
                      <TableHeaderCell scope="row">
                        {linkOf ? <Link to={linkOf(a.id)}>{a.title}</Link> : a.title}
                      </TableHeaderCell>
                      <TableCell className="koers-number">
                        {formatEuros(a.budgetTotalCents)}
                      </TableCell>
                      <TableCell>
                        <CapacityCell fte={a.fteTotal} hours={a.hoursTotal} />
                      </TableCell>
                      <TableCell>{personName(a.portfolioHolderId)}</TableCell>
                      <TableCell>{t(`assignments.statuses.${a.status}`)}</TableCell>
                      <TableCell>{a.priority}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollsWhenNarrow>
          </section>
        );
      })}
    </>
  );
}
