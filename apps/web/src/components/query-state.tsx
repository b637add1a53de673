import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-client';
import { LoadingMessage } from './layout/loading-message';

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  loading: string;
  failed: string;
  /** Shown instead of the content when the data holds nothing to show. */
  empty?: { when: (data: T) => boolean; message: string };
  children: (data: T) => ReactNode;
}

/** The loading, error and empty states every screen section needs, said in words. */
export function QueryState<T>({ query, loading, failed, empty, children }: QueryStateProps<T>) {
  const { t } = useTranslation();
  if (query.isPending) return <LoadingMessage label={loading} />;
  if (query.isError) {
    const requestId = query.error instanceof ApiError ? query.error.problem?.requestId : undefined;
    return (
      <Alert type="error">
        <Paragraph>{failed}</Paragraph>
        {requestId && <Paragraph small>{t('errors.requestId', { requestId })}</Paragraph>}
        <Button appearance="secondary-action-button" onClick={() => void query.refetch()}>
          {t('status.retry')}
        </Button>
      </Alert>
    );
  }
  if (empty?.when(query.data)) return <Paragraph>{empty.message}</Paragraph>;
  return <>{children(query.data)}</>;
}
