import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

export function LookupsFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert type="error">
      <Paragraph>{t('assignments.pages.lookupsFailed')}</Paragraph>
      <Button appearance="secondary-action-button" onClick={onRetry}>
        {t('status.retry')}
      </Button>
    </Alert>
  );
}
