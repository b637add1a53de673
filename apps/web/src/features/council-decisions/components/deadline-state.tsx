import type { DeadlineState } from '@koers/contracts';
import { useTranslation } from 'react-i18next';

const MARKS: Record<DeadlineState | 'none', string> = {
  on_time: '✓',
  due_soon: '!',
  overdue: '✕',
  none: '–',
};

/** Where a council stands against the deadline: in words, with a mark and a colour. */
export function DeadlineState({ state }: { state: DeadlineState | null }) {
  const { t } = useTranslation();
  const key = state ?? 'none';
  return (
    <span className={`koers-deadline koers-deadline--${key}`}>
      <span aria-hidden="true" className="koers-deadline__mark">
        {MARKS[key]}
      </span>
      {t(`councilDecisions.deadlineStates.${key}`)}
    </span>
  );
}
