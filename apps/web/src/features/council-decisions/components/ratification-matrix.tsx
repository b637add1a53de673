import {
  COUNCIL_DECISION_STATUSES,
  type CouncilDecisionMatrixResponse,
  type CouncilDecisionStatus,
} from '@koers/contracts';
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { roundUrl } from './round-nav';
import { ScrollsWhenNarrow } from '../../../components/scrolls-when-narrow';
import { paths } from '../../../config/paths';
import { formatDate, formatEuroChange } from '../../../lib/format';
import { DeadlineState } from './deadline-state';

const isStatus = (value: string | null): value is CouncilDecisionStatus =>
  COUNCIL_DECISION_STATUSES.includes(value as CouncilDecisionStatus);

/** Municipalities × decision status, with the deadline state; filterable by overdue and status. */
export function RatificationMatrix({ matrix }: { matrix: CouncilDecisionMatrixResponse }) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const onlyOverdue = search.get('termijn') === 'te-laat';
  const statusParam = search.get('status');
  const status = isStatus(statusParam) ? statusParam : null;

  const update = (key: string, value: string | null) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const changed = matrix.items.filter((item) => item.amountChangedSinceDecision).length;
  const rows = matrix.items.filter(
    (item) =>
      (!onlyOverdue || item.deadlineState === 'overdue') && (!status || item.status === status),
  );

  return (
    <>
      <Fieldset className="koers-filters">
        <FieldsetLegend>{t('councilDecisions.matrix.filtersTitle')}</FieldsetLegend>
        <FormField type="checkbox">
          <Checkbox
            id="matrix-overdue"
            checked={onlyOverdue}
            onChange={(event) => update('termijn', event.target.checked ? 'te-laat' : null)}
          />
          <FormLabel htmlFor="matrix-overdue" type="checkbox">
            {t('councilDecisions.matrix.onlyOverdue')}
          </FormLabel>
        </FormField>
        <FormField>
          <FormLabel htmlFor="matrix-status">{t('councilDecisions.matrix.status')}</FormLabel>
          <Select
            id="matrix-status"
            value={status ?? ''}
            onChange={(event) => update('status', event.target.value || null)}
          >
            <SelectOption value="">{t('councilDecisions.matrix.allStatuses')}</SelectOption>
            {COUNCIL_DECISION_STATUSES.map((s) => (
              <SelectOption key={s} value={s}>
                {t(`councilDecisions.statuses.${s}`)} ({matrix.counts.byStatus[s]})
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </Fieldset>
      <Paragraph role="status" aria-live="polite" className="koers-visually-hidden">
        {t('councilDecisions.matrix.caption', { shown: rows.length, total: matrix.items.length })}
      </Paragraph>
      {changed > 0 && <Paragraph>{t('councilMoney.matrixChanged', { count: changed })}</Paragraph>}
      {rows.length === 0 ? (
        <Paragraph>{t('councilDecisions.matrix.noMatch')}</Paragraph>
      ) : (
        <ScrollsWhenNarrow captionId="matrix-caption">
          <Table className="koers-matrix">
            <TableCaption id="matrix-caption">
              {t('councilDecisions.matrix.caption', {
                shown: rows.length,
                total: matrix.items.length,
              })}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">
                  {t('councilDecisions.matrix.municipality')}
                </TableHeaderCell>
                <TableHeaderCell scope="col">{t('councilDecisions.matrix.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">
                  {t('councilDecisions.matrix.meetingDate')}
                </TableHeaderCell>
                <TableHeaderCell scope="col">
                  {t('councilDecisions.matrix.decisionDate')}
                </TableHeaderCell>
                <TableHeaderCell scope="col">
                  {t('councilDecisions.matrix.deadline')}
                </TableHeaderCell>
                <TableHeaderCell scope="col">{t('councilDecisions.matrix.points')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((item) => (
                <TableRow key={item.id}>
                  <TableHeaderCell scope="row">
                    <Link
                      to={roundUrl(
                        paths.ratificationCouncil.url(matrix.programmeId, item.municipality.id),
                        matrix.round,
                        matrix.currentRound,
                      )}
                      aria-label={t('councilDecisions.matrix.open', {
                        name: item.municipality.name,
                      })}
                    >
                      {item.municipality.name}
                    </Link>
                  </TableHeaderCell>
                  <TableCell>
                    {t(`councilDecisions.statuses.${item.status}`)}
                    {item.amountChangedSinceDecision && item.contributionSinceDecision && (
                      <span className="koers-flag">
                        {t('councilMoney.matrixFlag')}{' '}
                        <span className="koers-nowrap">
                          {formatEuroChange(item.contributionSinceDecision.differenceCents)}
                        </span>
                      </span>
                    )}
                  </TableCell>
                  <TableCell>
                    {item.councilMeetingDate
                      ? formatDate(item.councilMeetingDate, i18n.language)
                      : '—'}
                  </TableCell>
                  <TableCell>
                    {item.decisionDate ? formatDate(item.decisionDate, i18n.language) : '—'}
                  </TableCell>
                  <TableCell>
                    <DeadlineState state={item.deadlineState} />
                  </TableCell>
                  <TableCell className="koers-number">
                    {t('councilDecisions.matrix.pointsValue', {
                      count: item.viewPointCount,
                      unanswered: item.unansweredViewPointCount,
                    })}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollsWhenNarrow>
      )}
    </>
  );
}
