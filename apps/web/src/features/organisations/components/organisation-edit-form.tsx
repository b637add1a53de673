import {
  ORGANISATION_KINDS,
  type OrganisationKind,
  type OrganisationResponse,
  type UpdateOrganisationRequest,
} from '@koers/contracts';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RecordEditForm } from '../../../components/forms/record-edit-form';
import type { RecordField, RecordValues } from '../../../components/forms/record-fields';
import { useCreateOrganisation } from '../api/create-organisation';
import { getOrganisation } from '../api/get-organisation';
import { useUpdateOrganisation } from '../api/update-organisation';

const valuesOf = (organisation: OrganisationResponse): RecordValues => ({
  name: organisation.name,
  kind: organisation.kind,
});

const toRequest = (values: RecordValues): Omit<UpdateOrganisationRequest, 'version'> => ({
  name: values.name.trim(),
  kind: values.kind as OrganisationKind,
});

/**
 * A partner organisation's name and kind: a new one added to the region (without `organisation`),
 * or an existing one saved against its version.
 */
export function OrganisationEditForm(props: {
  regionId: string;
  organisation?: OrganisationResponse;
  cancelUrl: string;
  onDirtyChange?: (dirty: boolean) => void;
  onSaved?: (saved: OrganisationResponse) => void;
}) {
  const { t } = useTranslation();
  const { organisation, regionId } = props;
  const update = useUpdateOrganisation(regionId, organisation?.id ?? '');
  const create = useCreateOrganisation(regionId);
  const save = (organisation ? update : create) as UseMutationResult<
    OrganisationResponse,
    Error,
    UpdateOrganisationRequest
  >;
  const fields: RecordField[] = [
    { name: 'name', label: t('organisationEdit.fields.name'), required: true },
    {
      name: 'kind',
      label: t('organisationEdit.fields.kind'),
      type: 'select',
      required: true,
      options: ORGANISATION_KINDS.map((kind) => ({
        value: kind,
        label: t(`partners.kinds.${kind}`),
      })),
    },
  ];
  return (
    <RecordEditForm
      idPrefix="organisation"
      record={organisation}
      // The select shows its first kind; the new partner starts with that kind, as shown.
      empty={{ name: '', kind: ORGANISATION_KINDS[0] }}
      submitLabel={organisation ? undefined : t('organisationEdit.add')}
      fields={fields}
      valuesOf={valuesOf}
      toRequest={toRequest}
      save={save}
      reload={() => getOrganisation(regionId, organisation?.id ?? '')}
      conflictCode="ORGANISATION_VERSION_CONFLICT"
      conflictTitle={t('organisationEdit.conflict')}
      cancelUrl={props.cancelUrl}
      onDirtyChange={props.onDirtyChange}
      onSaved={props.onSaved}
    />
  );
}
