import {
  Checkbox,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { ScrollsWhenNarrow } from '../../../components/scrolls-when-narrow';
import { paths } from '../../../config/paths';
import { useAmendments } from '../../../lib/api/get-amendments';
import { useViews } from '../api/get-views';

/**
 * Every point of every council's view in a round (default the current), with whether the board
 * answered it yet and which assignments were changed following it.
 */
export function ViewRegister({ programmeId, round }: { programmeId: string; round?: number }) {
  const { t } = useTranslation();
  const [onlyUnanswered, setOnlyUnanswered] = useState(false);
  const views = useViews(programmeId, onlyUnanswered, round);
  const amendments = useAmendments(programmeId, round);
  const changedBy = (pointId: string) =>
    (amendments.data?.items ?? [])
      .filter((a) => a.viewPoints.some((p) => p.id === pointId))
      .map((a) => a.assignment.code);
  const withChanges = (amendments.data?.items.length ?? 0) > 0;

  return (
    <section aria-labelledby="view-register-title" className="koers-section">
      <Heading2 id="view-register-title">{t('councilDecisions.register.title')}</Heading2>
      {views.data && (
        <Paragraph>
          {t('councilDecisions.register.counts', {
            ...views.data.counts,
            count: views.data.counts.total,
          })}
        </Paragraph>
      )}
      <FormField type="checkbox">
        <Checkbox
          id="register-unanswered"
          checked={onlyUnanswered}
          onChange={(event) => setOnlyUnanswered(event.target.checked)}
        />
        <FormLabel htmlFor="register-unanswered" type="checkbox">
          {t('councilDecisions.register.onlyUnanswered')}
        </FormLabel>
      </FormField>
      <QueryState
        query={views}
        loading={t('councilDecisions.register.loading')}
        failed={t('councilDecisions.register.failed')}
        empty={{
          when: (page) => page.items.length === 0,
          message: t('councilDecisions.register.empty'),
        }}
      >
        {(page) => (
          <ScrollsWhenNarrow captionId="view-register-caption">
            <Table>
              <TableCaption id="view-register-caption">
                {t('councilDecisions.register.caption')}
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">
                    {t('councilDecisions.register.municipality')}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">
                    {t('councilDecisions.register.number')}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">
                    {t('councilDecisions.register.text')}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">
                    {t('councilDecisions.register.state')}
                  </TableHeaderCell>
                  {withChanges && (
                    <TableHeaderCell scope="col">
                      {t('councilDecisions.register.changes')}
                    </TableHeaderCell>
                  )}
                </TableRow>
              </TableHeader>
              <TableBody>
                {page.items.map((point) => (
                  <TableRow key={point.id}>
                    <TableCell>
                      <Link to={paths.ratificationCouncil.url(programmeId, point.municipality.id)}>
                        {point.municipality.name}
                      </Link>
                    </TableCell>
                    <TableCell>{point.number}</TableCell>
                    <TableCell>{point.text}</TableCell>
                    <TableCell>
                      {point.answered && point.outcome
                        ? t('councilDecisions.register.answered', {
                            outcome: t(`councilDecisions.outcomes.${point.outcome}`),
                          })
                        : t('councilDecisions.points.unanswered')}
                    </TableCell>
                    {withChanges && (
                      <TableCell>
                        {[...new Set(changedBy(point.id))].join(', ') ||
                          t('councilDecisions.register.noChange')}
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollsWhenNarrow>
        )}
      </QueryState>
    </section>
  );
}
