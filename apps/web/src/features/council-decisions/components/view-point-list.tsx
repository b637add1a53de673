import type { ViewPointResponse } from '@koers/contracts';
import {
  Alert,
  Button,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/format';
import { ViewPointAnswerForm } from './view-point-answer-form';

interface Props {
  points: ViewPointResponse[];
  /** Set when the user may answer (the bureau, while in consultation). */
  answering?: { programmeId: string };
}

/** A council's numbered points with the board's answers; the bureau answers them here. */
export function ViewPointList({ points, answering }: Props) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const triggers = useRef(new Map<string, HTMLButtonElement | null>());

  if (points.length === 0) return <Paragraph>{t('councilDecisions.points.empty')}</Paragraph>;
  const close = (pointId: string) => {
    setOpen(null);
    setTimeout(() => triggers.current.get(pointId)?.focus());
  };

  return (
    <>
      {saved !== null && (
        <Alert type="ok" role="status">
          <Paragraph>{t('councilDecisions.answer.saved', { number: saved })}</Paragraph>
        </Alert>
      )}
      <OrderedList className="koers-points">
        {[...points]
          .sort((a, b) => a.number - b.number)
          .map((point) => (
            <OrderedListItem key={point.id} value={point.number} className="koers-point">
              <Heading3>{t('councilDecisions.points.point', { number: point.number })}</Heading3>
              <Paragraph>{point.text}</Paragraph>
              {point.assignment && (
                <Paragraph small>
                  <Link to={paths.assignment.url(point.assignment.id)}>
                    {t('councilDecisions.points.about', {
                      code: point.assignment.code,
                      title: point.assignment.title,
                    })}
                  </Link>
                </Paragraph>
              )}
              {point.answered && point.answer ? (
                <div className="koers-point__answer">
                  <Paragraph>
                    <strong>{t('councilDecisions.points.answer')}:</strong> {point.answer}
                  </Paragraph>
                  {point.outcome && (
                    <Paragraph>
                      <strong>{t('councilDecisions.points.outcome')}:</strong>{' '}
                      {t(`councilDecisions.outcomes.${point.outcome}`)}
                    </Paragraph>
                  )}
                  {point.resultingChange && (
                    <Paragraph>
                      <strong>{t('councilDecisions.points.resultingChange')}:</strong>{' '}
                      {point.resultingChange}
                    </Paragraph>
                  )}
                  {point.answeredAt && (
                    <Paragraph small>
                      {t('councilDecisions.points.answeredAt', {
                        date: formatDate(point.answeredAt, i18n.language),
                      })}
                    </Paragraph>
                  )}
                </div>
              ) : (
                <Paragraph>
                  <strong>{t('councilDecisions.points.unanswered')}</strong>
                </Paragraph>
              )}
              {answering &&
                (open === point.id ? (
                  <ViewPointAnswerForm
                    programmeId={answering.programmeId}
                    point={point}
                    onCancel={() => close(point.id)}
                    onDone={() => {
                      setSaved(point.number);
                      close(point.id);
                    }}
                  />
                ) : (
                  <Button
                    appearance="secondary-action-button"
                    ref={(element: HTMLButtonElement | null) => {
                      triggers.current.set(point.id, element);
                    }}
                    onClick={() => {
                      setSaved(null);
                      setOpen(point.id);
                    }}
                  >
                    {t(
                      point.answered
                        ? 'councilDecisions.answer.edit'
                        : 'councilDecisions.answer.open',
                      {
                        number: point.number,
                      },
                    )}
                  </Button>
                ))}
            </OrderedListItem>
          ))}
      </OrderedList>
    </>
  );
}
