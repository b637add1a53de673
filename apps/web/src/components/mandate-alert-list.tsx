import type { MandateAlert } from '@koers/contracts';
import {
  Alert,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatEuros } from '../lib/format';
import { percentUsed } from './mandate-use-bar';

/** One alert of a mandate in words. */
export function useAlertText() {
  const { t, i18n } = useTranslation();
  return (alert: MandateAlert) => {
    switch (alert.kind) {
      case 'ceiling':
        return t('mandateUse.alerts.ceiling', {
          percent: percentUsed(alert.usedCents / alert.ceilingCents),
          ceiling: formatEuros(alert.ceilingCents),
        });
      case 'term':
        return t('mandateUse.alerts.term', {
          date: formatDate(alert.validUntil, i18n.language),
          count: alert.daysLeft,
        });
      case 'report_back':
        return t('mandateUse.alerts.reportBack', { date: formatDate(alert.date, i18n.language) });
    }
  };
}

/** The alerts of a mandate, as a warning with a list; nothing when there are none. */
export function MandateAlertList({ alerts, title }: { alerts: MandateAlert[]; title?: string }) {
  const { t } = useTranslation();
  const text = useAlertText();
  if (alerts.length === 0) return null;
  return (
    <Alert type="warning">
      <Paragraph>
        <strong>{title ?? t('mandateUse.alerts.title', { count: alerts.length })}</strong>
      </Paragraph>
      <UnorderedList>
        {alerts.map((alert) => (
          <UnorderedListItem key={`${alert.kind}-${'date' in alert ? alert.date : ''}`}>
            {text(alert)}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </Alert>
  );
}
