import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/**
 * Previous/next controls under a list, with where the reader is ("26–50 of 120, page 2 of 5").
 * Shows nothing when everything fits on one page.
 */
export function Pager({
  page,
  pageSize,
  total,
  onPageChange,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1 && page <= 1) return null;
  const from = Math.min(total, (page - 1) * pageSize + 1);
  const to = Math.min(total, page * pageSize);
  return (
    <nav aria-label={t('pagedList.nav')} className="koers-pager">
      <Paragraph>
        {t('pagedList.range', { from, to, total })}
        {' · '}
        {t('pagedList.pageOf', { page: Math.min(page, pages), pages })}
      </Paragraph>
      <div className="koers-pager__buttons">
        <Button
          appearance="secondary-action-button"
          disabled={page <= 1}
          onClick={() => onPageChange(Math.min(page - 1, pages))}
        >
          {t('pagedList.previous')}
        </Button>
        <Button
          appearance="secondary-action-button"
          disabled={page >= pages}
          onClick={() => onPageChange(page + 1)}
        >
          {t('pagedList.next')}
        </Button>
      </div>
    </nav>
  );
}
