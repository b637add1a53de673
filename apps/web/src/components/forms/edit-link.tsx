import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** "bewerken" beside a record in a list; its accessible name says which record. */
export function EditLink({ to, name }: { to: string; name: string }) {
  const { t } = useTranslation();
  return (
    <Link to={to} aria-label={t('recordEdit.edit', { name })} className="koers-edit-link">
      {t('recordEdit.editShort')}
    </Link>
  );
}
