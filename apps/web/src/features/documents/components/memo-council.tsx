import type { AmendmentResponse, ResponseMemoCouncil } from '@koers/contracts';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';

/** One council's view in the memo: each point as the council numbered it, with the answer. */
export function MemoCouncil({
  council,
  amendments,
}: {
  council: ResponseMemoCouncil;
  amendments: AmendmentResponse[];
}) {
  const { t, i18n } = useTranslation();
  const name = council.municipality.name;
  const headingId = `memo-council-${council.municipality.id}`;
  const facts = [
    council.decisionStatus && t(`councilDecisions.statuses.${council.decisionStatus}`),
    council.decisionDate && formatDate(council.decisionDate, i18n.language),
    council.decisionReference &&
      t('documents.memo.reference', { reference: council.decisionReference }),
  ].filter(Boolean);
  return (
    <section aria-labelledby={headingId} className="koers-section">
      <Heading2 id={headingId}>{t('documents.memo.councilTitle', { name })}</Heading2>
      {facts.length > 0 && <Paragraph small>{facts.join(' · ')}</Paragraph>}
      {council.points.map((point) => (
        <article key={point.id} aria-labelledby={`memo-point-${point.id}`}>
          <Heading3 id={`memo-point-${point.id}`}>
            {t('documents.memo.point', { name, number: point.number })}
            {point.assignment &&
              ` – ${t('documents.memo.about', { code: point.assignment.code, title: point.assignment.title })}`}
          </Heading3>
          <Paragraph>
            <strong>{t('documents.memo.view')}</strong> {point.text}
          </Paragraph>
          {point.answered && point.answer && point.outcome ? (
            <>
              <Paragraph>
                <strong>{t('documents.memo.answer')}</strong> {point.answer}
              </Paragraph>
              <Paragraph>
                <strong>{t('documents.memo.outcome')}</strong>{' '}
                {t(`councilDecisions.outcomes.${point.outcome}`)}
              </Paragraph>
              <Paragraph>
                <strong>{t('documents.memo.change')}</strong>{' '}
                {point.resultingChange || t('documents.memo.noChange')}
              </Paragraph>
            </>
          ) : (
            <Paragraph>
              <strong>{t('documents.memo.answer')}</strong> {t('documents.memo.unanswered')}
            </Paragraph>
          )}
          {amendments
            .filter((a) => a.viewPoints.some((v) => v.id === point.id))
            .map((a) => (
              <Paragraph key={a.id}>
                {t('documents.memo.amendment', {
                  code: a.assignment.code,
                  title: a.assignment.title,
                  fields: a.fields
                    .map((f) => t(`documents.fields.${f}`, { defaultValue: f }))
                    .join(', '),
                })}
              </Paragraph>
            ))}
        </article>
      ))}
    </section>
  );
}
