import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

export function LoadingMessage({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" className="koers-loading">
      <span className="koers-spinner" aria-hidden="true" />
      <Paragraph>{label ?? t('status.checking')}</Paragraph>
    </div>
  );
}
