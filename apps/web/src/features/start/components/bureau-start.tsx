import type { StartProgramme } from '@koers/contracts';
import { PUBLISHED_STATUSES } from '@koers/domain';
import {
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/format';
import { BureauReports } from './bureau-reports';
import { daysLeftText } from './days-left';

interface Props {
  regionId: string;
  regionName: string;
  programmes: StartProgramme[];
}

/**
 * The bureau's programmes: status, next step, councils, view points, changed amounts and, in
 * execution, the progress reports of the current period.
 */
export function BureauStart({ regionId, regionName, programmes }: Props) {
  const { t } = useTranslation();
  const id = `start-bureau-${regionId}`;
  return (
    <section aria-labelledby={id} className="koers-section">
      <Heading2 id={id}>{t('start.bureau.title', { region: regionName })}</Heading2>
      {programmes.length === 0 ? (
        <Paragraph>{t('start.bureau.empty')}</Paragraph>
      ) : (
        programmes.map((p) => <BureauProgramme key={p.id} programme={p} />)
      )}
      <Paragraph>
        <Link to={paths.programmeNew.url(regionId)}>{t('start.bureau.startProgramme')}</Link>
      </Paragraph>
    </section>
  );
}

function BureauProgramme({ programme: p }: { programme: StartProgramme }) {
  const { t, i18n } = useTranslation();
  const title = t('start.programme', { title: p.title, year: p.year });
  const step = p.nextStep;
  return (
    <article aria-labelledby={`start-programme-${p.id}`} className="koers-start-item">
      <Heading3 id={`start-programme-${p.id}`}>
        <Link to={paths.programme.url(p.id)}>{title}</Link>
      </Heading3>
      <UnorderedList>
        <UnorderedListItem>
          {t('start.status', { status: t(`programmes.statuses.${p.status}`) })}
        </UnorderedListItem>
        {step && (
          <UnorderedListItem>
            {t('start.bureau.nextStep', {
              action: t(`lifecycle.transitions.actions.${step.to}`),
            })}{' '}
            ({step.ready ? t('start.bureau.nextStepReady') : t('start.bureau.nextStepBlocked')},{' '}
            {t('start.bureau.byRole', {
              roles: step.roles.map((r) => t(`roles.${r}`).toLowerCase()).join(', '),
            })}
            ):{' '}
            <Link to={paths.programmeLifecycle.url(p.id)}>
              {t('start.bureau.lifecycle', { title })}
            </Link>
          </UnorderedListItem>
        )}
        {p.consultationDeadline && p.daysLeft !== null && (
          <UnorderedListItem>
            {t('start.deadline', {
              date: formatDate(p.consultationDeadline, i18n.language),
              left: daysLeftText(t, p.daysLeft),
            })}
          </UnorderedListItem>
        )}
        {p.councils && p.status === 'consultation' && (
          <UnorderedListItem>
            {t('start.bureau.councils', p.councils)}:{' '}
            <Link to={paths.ratification.url(p.id)}>{t('start.bureau.matrix', { title })}</Link>
          </UnorderedListItem>
        )}
        {/* After adoption no council is "pending" any more: the consultation is over. */}
        {p.councils && PUBLISHED_STATUSES.includes(p.status) && (
          <UnorderedListItem>
            {t('start.bureau.councilsClosed', {
              decided: p.councils.total - p.councils.pending,
              total: p.councils.total,
            })}
            : <Link to={paths.ratification.url(p.id)}>{t('start.bureau.matrix', { title })}</Link>
          </UnorderedListItem>
        )}
        {!p.councils && p.status === 'proposed' && (
          <UnorderedListItem>{t('start.bureau.noCouncilsYet')}</UnorderedListItem>
        )}
        <BureauReports programme={p} title={title} />
        {p.unansweredViewPoints > 0 && (
          <UnorderedListItem>
            <Link to={paths.ratification.url(p.id)}>
              {t('start.bureau.unanswered', { count: p.unansweredViewPoints })}
            </Link>
          </UnorderedListItem>
        )}
        {p.councils?.amountChanged.map((m) => (
          <UnorderedListItem key={m.id}>
            <Link to={paths.ratificationCouncil.url(p.id, m.id)}>
              {t('start.bureau.amountChanged', { name: m.name })}
            </Link>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </article>
  );
}
