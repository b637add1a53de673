import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';

/** The capacity of one assignment, as the list sums it: FTE and hours. */
export function CapacityCell({ fte, hours }: { fte: number; hours: number }) {
  const { t, i18n } = useTranslation();
  const parts = [
    fte > 0 && t('assignments.table.fte', { value: formatNumber(fte, i18n.language) }),
    hours > 0 && t('assignments.table.hours', { value: formatNumber(hours, i18n.language) }),
  ].filter(Boolean);
  return <>{parts.length > 0 ? parts.join(' + ') : t('assignments.table.noCapacity')}</>;
}
