import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, type Blocker } from 'react-router';

/**
 * Warns before unsaved changes are lost: inside Koers through the router, when closing or
 * reloading the tab through the browser. `release()` lets the navigation after a save through.
 */
export function useUnsavedChangesGuard(dirty: boolean) {
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirtyRef.current && currentLocation.pathname !== nextLocation.pathname,
  );
  return {
    blocker,
    release: () => {
      dirtyRef.current = false;
    },
  };
}

/**
 * Asks whether to leave with unsaved changes, while the router holds the navigation. Every form of
 * Koers uses this one: staying (the safe choice, focused) comes first, leaving second.
 */
export function LeaveConfirmation({ blocker }: { blocker: Blocker }) {
  const { t } = useTranslation();
  const stayRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (blocker.state === 'blocked') stayRef.current?.focus();
  }, [blocker.state]);
  if (blocker.state !== 'blocked') return null;
  return (
    <div role="alertdialog" aria-labelledby="leave-title" className="koers-leave">
      <Alert type="warning">
        <Paragraph id="leave-title">{t('unsavedChanges.question')}</Paragraph>
        <ButtonGroup>
          <Button ref={stayRef} appearance="primary-action-button" onClick={() => blocker.reset()}>
            {t('unsavedChanges.stay')}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => blocker.proceed()}>
            {t('unsavedChanges.go')}
          </Button>
        </ButtonGroup>
      </Alert>
    </div>
  );
}
