import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Said when a save met a newer version (409): what was typed is still in the form; the user loads
 * the other version, or keeps theirs to save it over the other. Takes focus when it appears.
 */
export function ConflictAlert(props: {
  title: string;
  onReload: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert type="warning" role="alert">
      <div ref={ref} tabIndex={-1}>
        <Heading2>{props.title}</Heading2>
        <Paragraph>{t('recordEdit.conflict.kept')}</Paragraph>
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={props.onReload}>
            {t('recordEdit.conflict.reload')}
          </Button>
          <Button appearance="secondary-action-button" onClick={props.onKeepMine}>
            {t('recordEdit.conflict.keepMine')}
          </Button>
        </ButtonGroup>
      </div>
    </Alert>
  );
}
