import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { paths } from '../config/paths';
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
  const location = useLocation();
  if (query.isPending) return <LoadingMessage label={loading} />;
  // A page that needs an account, opened by a visitor (or after the session ended): sign in,
  // then come back here.
  if (query.error instanceof ApiError && query.error.status === 401) {
    return <Navigate replace to={paths.signIn.url(`${location.pathname}${location.search}`)} />;
  }
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
