import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { paths } from '../../config/paths';
import { useRegion } from '../../features/regions/api/get-region';
import { RecordEditPage } from './record-edit-page';

/** What a form that adds a record needs from its frame. */
export interface NewRecordFormProps {
  regionId: string;
  cancelUrl: string;
  onDirtyChange: (dirty: boolean) => void;
  onSaved: () => void;
}

/**
 * The frame of a screen where the bureau adds a record to the region (partner, person, theme):
 * the edit frame over the region itself, and after the save back to the region's list (`listId`
 * is its heading) where the new record now stands.
 */
export function RecordNewPage(props: {
  title: string;
  loading: string;
  failed: string;
  listId: string;
  /** Where the list is, when not on the region's page (then `listId` is its heading there). */
  listUrl?: string;
  /** The way back above the heading; by default to the region's page. */
  back?: { to: string; label: string };
  waitFor?: UseQueryResult<unknown>[];
  children: (form: NewRecordFormProps) => ReactNode;
}) {
  const navigate = useNavigate();
  const { regionId = '' } = useParams();
  const region = useRegion(regionId);
  const list = `${props.listUrl ?? paths.region.url(regionId)}#${props.listId}`;

  return (
    <RecordEditPage
      regionId={regionId}
      title={props.title}
      editor="bureau"
      back={props.back}
      query={region}
      loading={props.loading}
      failed={props.failed}
      waitFor={props.waitFor}
    >
      {(_region, onDirtyChange, release) =>
        props.children({
          regionId,
          cancelUrl: list,
          onDirtyChange,
          onSaved: () => {
            release();
            void navigate(list);
          },
        })
      }
    </RecordEditPage>
  );
}
