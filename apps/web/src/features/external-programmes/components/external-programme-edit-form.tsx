import {
  EXTERNAL_PROGRAMME_LEVELS,
  type ExternalProgrammeLevel,
  type ExternalProgrammeResponse,
  type UpdateExternalProgrammeRequest,
} from '@koers/contracts';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RecordEditForm } from '../../../components/forms/record-edit-form';
import type { RecordField, RecordValues } from '../../../components/forms/record-fields';
import { useCreateExternalProgramme } from '../api/create-external-programme';
import { getExternalProgramme } from '../api/get-external-programme';
import { useUpdateExternalProgramme } from '../api/update-external-programme';

const valuesOf = (programme: ExternalProgrammeResponse): RecordValues => ({
  name: programme.name,
  level: programme.level,
  description: programme.description,
});

const toRequest = (values: RecordValues): Omit<UpdateExternalProgrammeRequest, 'version'> => ({
  name: values.name.trim(),
  level: values.level as ExternalProgrammeLevel,
  description: values.description,
});

/**
 * An external programme's name, level and description: a new one the region maintains (without
 * `programme`), or an existing one saved against its version.
 */
export function ExternalProgrammeEditForm(props: {
  regionId: string;
  programme?: ExternalProgrammeResponse;
  cancelUrl: string;
  onDirtyChange?: (dirty: boolean) => void;
  onSaved?: (saved: ExternalProgrammeResponse) => void;
}) {
  const { t } = useTranslation();
  const { programme, regionId } = props;
  const update = useUpdateExternalProgramme(regionId, programme?.id ?? '');
  const create = useCreateExternalProgramme(regionId);
  const save = (programme ? update : create) as UseMutationResult<
    ExternalProgrammeResponse,
    Error,
    UpdateExternalProgrammeRequest
  >;
  const label = (name: string) => t(`externalProgrammeEdit.fields.${name}`);
  const fields: RecordField[] = [
    { name: 'name', label: label('name'), required: true },
    {
      name: 'level',
      label: label('level'),
      type: 'select',
      required: true,
      options: EXTERNAL_PROGRAMME_LEVELS.map((level) => ({
        value: level,
        label: t(`externalProgrammes.levels.${level}`),
      })),
    },
    { name: 'description', label: label('description'), type: 'textarea' },
  ];
  return (
    <RecordEditForm
      idPrefix="external-programme"
      record={programme}
      // The select shows its first level; the new programme starts with that level, as shown.
      empty={{ name: '', level: EXTERNAL_PROGRAMME_LEVELS[0], description: '' }}
      submitLabel={programme ? undefined : t('externalProgrammeEdit.add')}
      fields={fields}
      valuesOf={valuesOf}
      toRequest={toRequest}
      save={save}
      reload={() => getExternalProgramme(programme?.id ?? '')}
      conflictCode="EXTERNAL_PROGRAMME_VERSION_CONFLICT"
      conflictTitle={t('externalProgrammeEdit.conflict')}
      cancelUrl={props.cancelUrl}
      onDirtyChange={props.onDirtyChange}
      onSaved={props.onSaved}
    />
  );
}
