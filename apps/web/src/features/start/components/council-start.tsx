import type { StartCouncil } from '@koers/contracts';
import { PUBLISHED_STATUSES } from '@koers/domain';
import {
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { formatDate, formatEuroChange, formatEuros } from '../../../lib/format';
import { daysLeftText } from './days-left';

interface Props {
  council: StartCouncil;
  /** 1 on the "Onze gemeente" page of its own, 2 as a section of the start page. */
  level?: 1 | 2;
}

/** "Onze gemeente": the consultation under way, what we pay, what we decided, and where to read. */
export function CouncilStart({ council, level = 2 }: Props) {
  const { t, i18n } = useTranslation();
  const { municipality, programme: p } = council;
  const id = `start-council-${municipality.id}`;
  const Heading = level === 1 ? Heading1 : Heading2;
  const SubHeading = level === 1 ? Heading2 : Heading3;
  const name = municipality.name;
  return (
    <section aria-labelledby={id} className="koers-section">
      <Heading id={id}>{t('start.council.title', { name })}</Heading>
      {!p ? (
        <>
          <Paragraph>
            {t('start.council.noProgramme', { name, region: council.regionName })}
          </Paragraph>
          <Paragraph>
            <Link to={paths.region.url(council.regionId)}>
              {t('start.programmes.title', { region: council.regionName })}
            </Link>
          </Paragraph>
        </>
      ) : (
        <>
          <SubHeading>{t('start.council.programme', { title: p.title, year: p.year })}</SubHeading>
          <UnorderedList>
            <UnorderedListItem>
              {t('start.status', { status: t(`programmes.statuses.${p.status}`) })}
            </UnorderedListItem>
            <UnorderedListItem>
              {p.deadline && p.daysLeft !== null
                ? t('start.deadline', {
                    date: formatDate(p.deadline, i18n.language),
                    left: daysLeftText(t, p.daysLeft),
                  })
                : t('start.council.noDeadline')}
            </UnorderedListItem>
            <UnorderedListItem>
              {p.totalCents === null
                ? t('start.council.paysUnknown', { name })
                : t('start.council.pays', {
                    name,
                    amount: formatEuros(p.totalCents),
                    year: p.year,
                  })}
              {p.totalCents !== null && (
                <>
                  <br />
                  {p.differenceCents !== null && p.previousYearTotalCents !== null
                    ? t('start.council.change', {
                        change: formatEuroChange(p.differenceCents),
                        previous: formatEuros(p.previousYearTotalCents),
                      })
                    : t('start.council.noPrevious')}
                </>
              )}
            </UnorderedListItem>
            {p.decisionStatus && (
              <UnorderedListItem>
                {/* After adoption a council without a decision no longer has one to take. */}
                {p.decisionStatus === 'pending' && PUBLISHED_STATUSES.includes(p.status)
                  ? t('start.council.noDecisionRecorded')
                  : p.decisionDate
                    ? t('start.council.decisionOn', {
                        status: t(`councilDecisions.statuses.${p.decisionStatus}`),
                        date: formatDate(p.decisionDate, i18n.language),
                      })
                    : t('start.council.decision', {
                        status: t(`councilDecisions.statuses.${p.decisionStatus}`),
                      })}
              </UnorderedListItem>
            )}
          </UnorderedList>
          <UnorderedList>
            <UnorderedListItem>
              <Link to={paths.councilView.url(p.id, municipality.id)}>
                {t('start.council.page', { name })}
              </Link>
            </UnorderedListItem>
            <UnorderedListItem>
              <Link to={paths.councilPack.url(p.id, municipality.id)}>
                {t('start.council.pack', { name })}
              </Link>
            </UnorderedListItem>
            <UnorderedListItem>
              {p.hasResponseMemo ? (
                <Link to={paths.responseMemo.url(p.id)}>{t('start.council.memo')}</Link>
              ) : PUBLISHED_STATUSES.includes(p.status) ? (
                // Adopted without a single view: there is no memo, and none will come.
                t('start.council.noMemoAdopted')
              ) : (
                t('start.council.noMemo')
              )}
            </UnorderedListItem>
          </UnorderedList>
        </>
      )}
    </section>
  );
}
