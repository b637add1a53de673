import type { CouncilPackResponse } from '@koers/contracts';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';

/** The procedure and the deadline for the view, for the region's way of governing. */
export function PackProcedure({ pack }: { pack: CouncilPackResponse }) {
  const { t, i18n } = useTranslation();
  const { programme } = pack;
  const weeks = programme.viewWindowWeeks;
  const answer =
    pack.region.governanceMode === 'wgr_public_body'
      ? t('documents.pack.answerWgr')
      : t('documents.pack.answerNetwork');
  const sentences: string[] = [];
  if (programme.status === 'draft' || programme.status === 'proposed') {
    sentences.push(t('documents.pack.procedureNotSent', { weeks }), answer);
  } else {
    if (programme.sentToCouncilsOn) {
      sentences.push(
        t('documents.pack.procedureSent', {
          date: formatDate(programme.sentToCouncilsOn, i18n.language),
        }),
      );
    }
    if (programme.status === 'consultation') {
      sentences.push(
        programme.consultationDeadline
          ? t('documents.pack.procedureDeadline', {
              date: formatDate(programme.consultationDeadline, i18n.language),
              weeks,
            })
          : t('documents.pack.procedureNoDeadline', { weeks }),
        answer,
      );
    } else {
      sentences.push(t('documents.pack.procedureAdopted'));
    }
  }
  return (
    <section aria-labelledby="pack-procedure-title" className="koers-section">
      <Heading2 id="pack-procedure-title">{t('documents.pack.procedureTitle')}</Heading2>
      {sentences.map((s) => (
        <Paragraph key={s}>{s}</Paragraph>
      ))}
    </section>
  );
}
