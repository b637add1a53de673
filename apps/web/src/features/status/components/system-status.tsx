import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useHealth } from '../api/get-health';

/** Whether Koers and its database answer, in words (never colour alone). */
export function SystemStatus() {
  const { t } = useTranslation();
  const health = useHealth();

  return (
    <section aria-labelledby="system-status-title" className="koers-section">
      <Heading2 id="system-status-title">{t('status.title')}</Heading2>
      <div role="status" aria-live="polite">
        {health.isPending ? (
          <Paragraph>{t('status.checking')}</Paragraph>
        ) : health.isError ? (
          <Alert type="error">
            <Paragraph>{t('status.failed')}</Paragraph>
            <Button appearance="secondary-action-button" onClick={() => void health.refetch()}>
              {t('status.retry')}
            </Button>
          </Alert>
        ) : health.data.database === 'up' ? (
          <Alert type="ok">
            <Paragraph>{t('status.ok')}</Paragraph>
          </Alert>
        ) : (
          <Alert type="warning">
            <Paragraph>{t('status.down')}</Paragraph>
          </Alert>
        )}
      </div>
    </section>
  );
}
