import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** What someone who is not the bureau sees at an assignment's edit address: a sentence, no form. */
export function EditOnlyBureau({ code, readUrl }: { code: string; readUrl: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading1>{t('assignmentRead.editOnlyBureau.title')}</Heading1>
      <Paragraph>{t('assignmentRead.editOnlyBureau.body')}</Paragraph>
      <Paragraph>
        <Link to={readUrl}>{t('assignmentRead.editOnlyBureau.read', { code })}</Link>
      </Paragraph>
    </>
  );
}
