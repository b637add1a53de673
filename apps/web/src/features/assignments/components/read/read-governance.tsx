import type { AssignmentOverviewResponse, Mandate, PersonRef } from '@koers/contracts';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FiguresTable } from '../../../../components/figures-table';
import { formatDate, formatEuros, formatNumber } from '../../../../lib/format';

function MandateFacts({ mandate }: { mandate: Mandate }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDate(iso, i18n.language);
  const m = (key: string, options?: Record<string, string>) =>
    t(`assignmentRead.mandate.${key}`, options);
  const term =
    mandate.validFrom && mandate.validUntil
      ? m('termRange', { from: date(mandate.validFrom), until: date(mandate.validUntil) })
      : mandate.validFrom
        ? m('termFrom', { from: date(mandate.validFrom) })
        : mandate.validUntil
          ? m('termUntil', { until: date(mandate.validUntil) })
          : m('noTerm');
  const dates = [...mandate.reportBackDates].sort();
  const rows: [string, string][] = [
    [m('scope'), mandate.scope || m('noScope')],
    [
      m('ceiling'),
      mandate.budgetCeilingCents === null
        ? m('noCeiling')
        : formatEuros(mandate.budgetCeilingCents),
    ],
    [m('term'), term],
    [m('reportBack'), dates.length === 0 ? m('noReportBack') : dates.map(date).join(', ')],
    [m('escalation'), mandate.escalation || m('noEscalation')],
  ];
  return (
    <dl className="koers-record-facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The mandate, who is responsible, and the steering group with what its organisations commit. */
export function ReadGovernance({ overview }: { overview: AssignmentOverviewResponse }) {
  const { t, i18n } = useTranslation();
  const person = (p: PersonRef | null) =>
    !p
      ? t('assignmentRead.nobody')
      : p.function
        ? t('assignmentRead.personWithFunction', { name: p.name, function: p.function })
        : p.name;
  const { members, commitments } = overview.steeringGroup;
  return (
    <>
      <section aria-labelledby="read-mandate" className="koers-section">
        <Heading2 id="read-mandate">{t('assignmentRead.mandateTitle')}</Heading2>
        <MandateFacts mandate={overview.assignment.mandate} />
      </section>
      <section aria-labelledby="read-people" className="koers-section">
        <Heading2 id="read-people">{t('assignmentRead.peopleTitle')}</Heading2>
        <dl className="koers-record-facts">
          <div>
            <dt>{t('assignmentRead.portfolioHolder')}</dt>
            <dd>{person(overview.portfolioHolder)}</dd>
          </div>
          <div>
            <dt>{t('assignmentRead.lead')}</dt>
            <dd>{person(overview.lead)}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="read-steering" className="koers-section">
        <Heading2 id="read-steering">{t('assignmentRead.steeringTitle')}</Heading2>
        {members.length === 0 && commitments.length === 0 ? (
          <Paragraph>{t('assignmentRead.noSteering')}</Paragraph>
        ) : (
          <>
            {members.length > 0 && (
              <FiguresTable
                caption={t('assignmentRead.membersCaption')}
                columns={[
                  { header: t('assignmentRead.member') },
                  { header: t('assignmentRead.organisation') },
                  { header: t('assignmentRead.role') },
                ]}
                rows={members.map((member, i) => ({
                  key: String(i),
                  header: person(member.person),
                  cells: [
                    member.organisation?.name ?? t('assignmentRead.noOrganisation'),
                    t(`assignments.steering.roles.${member.role}`),
                  ],
                }))}
              />
            )}
            {commitments.length === 0 ? (
              <Paragraph>{t('assignmentRead.noCommitments')}</Paragraph>
            ) : (
              <FiguresTable
                caption={t('assignmentRead.commitmentsCaption')}
                columns={[
                  { header: t('assignmentRead.organisation') },
                  { header: t('assignmentRead.commitment') },
                  { header: t('assignmentRead.amount'), numeric: true },
                  { header: t('assignmentRead.capacity'), numeric: true },
                ]}
                rows={commitments.map((c, i) => ({
                  key: String(i),
                  header: c.organisation.name || t('assignmentRead.unknownName'),
                  cells: [
                    c.description,
                    c.amountCents === null ? '—' : formatEuros(c.amountCents),
                    c.fte === null
                      ? '—'
                      : t('assignmentRead.fte', { value: formatNumber(c.fte, i18n.language) }),
                  ],
                }))}
              />
            )}
          </>
        )}
      </section>
    </>
  );
}
