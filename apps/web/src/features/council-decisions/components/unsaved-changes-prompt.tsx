import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/** While `dirty`, leaving the page (in the app or the browser) asks first. */
export function UnsavedChangesPrompt({ dirty }: { dirty: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  useEffect(() => {
    if (blocker.state === 'blocked') ref.current?.focus();
  }, [blocker.state]);

  if (blocker.state !== 'blocked') return null;
  return (
    <Alert type="warning" role="alertdialog" aria-modal="false" ref={ref} tabIndex={-1}>
      <Paragraph>{t('councilDecisions.form.unsaved')}</Paragraph>
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={() => blocker.proceed()}>
          {t('councilDecisions.form.leave')}
        </Button>
        <Button appearance="primary-action-button" onClick={() => blocker.reset()}>
          {t('councilDecisions.form.stay')}
        </Button>
      </ButtonGroup>
    </Alert>
  );
}
