import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingMessage } from '../../components/layout/loading-message';
import { QueryState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { LeaveConfirmation, useUnsavedChangesGuard } from '../../components/forms/unsaved-changes';
import { useMe } from '../../features/auth/api/get-me';
import { actsAsBureau, rolesIn } from '../../features/auth/lib/roles';

/**
 * The frame of a reference-data edit screen (person, theme, partner, municipality, region): the
 * way back to the region, the heading, who may edit, loading and error states, and a warning
 * before unsaved changes are lost.
 */
export function RecordEditPage<T>(props: {
  regionId: string;
  title: string;
  /** The way back above the heading; by default to the region's page. */
  back?: { to: string; label: string };
  /** Who may save: the region's bureau, or its administrator. */
  editor: 'bureau' | 'admin';
  query: UseQueryResult<T>;
  loading: string;
  failed: string;
  /** Further data the form needs (lookups); the form waits for it. */
  waitFor?: UseQueryResult<unknown>[];
  /** `release` lets the navigation after a save through the unsaved-changes guard. */
  children: (data: T, onDirtyChange: (dirty: boolean) => void, release: () => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const [dirty, setDirty] = useState(false);
  const guard = useUnsavedChangesGuard(dirty);
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);
  const allowed =
    props.editor === 'bureau'
      ? actsAsBureau(me.data, props.regionId)
      : rolesIn(me.data, props.regionId).includes('admin');
  const lookups = props.waitFor ?? [];
  const waiting = me.isPending || lookups.some((query) => query.isPending);
  // Without its lookups a form would show "none" for a linked record and save that.
  const lookupFailed = lookups.some((query) => query.isError);

  return (
    <>
      <Paragraph>
        <Link to={props.back?.to ?? paths.region.url(props.regionId)}>
          {props.back?.label ?? t('recordEdit.toRegion')}
        </Link>
      </Paragraph>
      <Heading1>{props.title}</Heading1>
      <LeaveConfirmation blocker={guard.blocker} />
      <QueryState query={props.query} loading={props.loading} failed={props.failed}>
        {(data) =>
          waiting ? (
            <LoadingMessage />
          ) : lookupFailed ? (
            <Alert type="error">
              <Paragraph>{props.failed}</Paragraph>
            </Alert>
          ) : !allowed ? (
            <Alert type="warning">
              <Paragraph>{t(`recordEdit.only.${props.editor}`)}</Paragraph>
            </Alert>
          ) : (
            props.children(data, onDirtyChange, guard.release)
          )
        }
      </QueryState>
    </>
  );
}
