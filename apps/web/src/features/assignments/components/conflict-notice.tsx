import type { AssignmentDocument } from '@koers/contracts';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_FIELDS } from '../form/conflict';

/** Someone else saved first: what they changed, and the two ways on. The typed input stays. */
export function ConflictNotice({
  fields,
  onReload,
  onKeepMine,
}: {
  fields: (keyof AssignmentDocument)[];
  onReload: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert type="warning" id="assignment-conflict" tabIndex={-1} role="alert">
      <Heading3>{t('assignments.conflict.title')}</Heading3>
      <Paragraph>
        {fields.length > 0 ? t('assignments.conflict.changed') : t('assignments.conflict.unknown')}
      </Paragraph>
      {fields.length > 0 && (
        <UnorderedList>
          {fields.map((field) => (
            <UnorderedListItem key={field}>
              {t(`assignments.fields.${DOCUMENT_FIELDS[field]}`)}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <Paragraph>{t('assignments.conflict.kept')}</Paragraph>
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={onReload}>
          {t('assignments.conflict.reload')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onKeepMine}>
          {t('assignments.conflict.keepMine')}
        </Button>
      </ButtonGroup>
    </Alert>
  );
}
