import type { MandateUse } from '@koers/contracts';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../lib/format';

/** Whole per cent for display, rounded down so 79,99 % never reads as the 80 % that warns. */
export const percentUsed = (share: number) => Math.floor(share * 100 + 1e-9);

/**
 * What is used of a mandate's ceiling: a bar for the eye and the same figures in words, so
 * nothing depends on colour or on seeing the bar.
 */
export function MandateUseBar({ use }: { use: MandateUse }) {
  const { t } = useTranslation();
  if (use.ceilingCents === null || use.shareUsed === null) {
    return <Paragraph>{t('mandateUse.noCeiling', { used: formatEuros(use.usedCents) })}</Paragraph>;
  }
  const percent = percentUsed(use.shareUsed);
  const level =
    use.shareUsed > 1 ? 'over' : use.alerts.some((a) => a.kind === 'ceiling') ? 'high' : 'ok';
  return (
    <div className="koers-mandate-use">
      <div className="koers-mandate-use__bar" aria-hidden="true" data-level={level}>
        <div
          className="koers-mandate-use__fill"
          style={{ inlineSize: `${Math.min(100, Math.max(0, use.shareUsed * 100))}%` }}
        />
      </div>
      <Paragraph className="koers-mandate-use__figures">
        {t('mandateUse.figures', {
          used: formatEuros(use.usedCents),
          ceiling: formatEuros(use.ceilingCents),
          percent,
        })}{' '}
        {use.remainingCents !== null && use.remainingCents >= 0
          ? t('mandateUse.remaining', { remaining: formatEuros(use.remainingCents) })
          : t('mandateUse.over', { over: formatEuros(-(use.remainingCents ?? 0)) })}
      </Paragraph>
      {use.escalatedCents > 0 && (
        <Paragraph small>
          {t('mandateUse.escalated', { escalated: formatEuros(use.escalatedCents) })}
        </Paragraph>
      )}
    </div>
  );
}
