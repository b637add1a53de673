import type { MunicipalityResponse, UpdateMunicipalityRequest } from '@koers/contracts';
import { useTranslation } from 'react-i18next';
import { RecordEditForm } from '../../../components/forms/record-edit-form';
import type { RecordField, RecordValues } from '../../../components/forms/record-fields';
import { getMunicipality } from '../api/get-municipality';
import { useUpdateMunicipality } from '../api/update-municipality';

const valuesOf = (municipality: MunicipalityResponse): RecordValues => ({
  name: municipality.name,
  cbsCode: municipality.cbsCode,
  province: municipality.province,
  memberFrom: municipality.memberFrom ?? '',
  memberUntil: municipality.memberUntil ?? '',
});

const toRequest = (values: RecordValues): Omit<UpdateMunicipalityRequest, 'version'> => ({
  name: values.name.trim(),
  cbsCode: values.cbsCode.trim(),
  province: values.province.trim(),
  memberFrom: values.memberFrom || null,
  memberUntil: values.memberUntil || null,
});

/**
 * A member municipality's name, code, province and membership, saved against its version. The
 * population is recorded on its own, with its reference date and source.
 */
export function MunicipalityEditForm(props: {
  municipality: MunicipalityResponse;
  cancelUrl: string;
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const { municipality } = props;
  const save = useUpdateMunicipality(municipality.id);
  const label = (name: string) => t(`municipalityEdit.fields.${name}`);
  const fields: RecordField[] = [
    { name: 'name', label: label('name'), required: true },
    { name: 'cbsCode', label: label('cbsCode'), required: true, short: true },
    { name: 'province', label: label('province'), required: true },
    { name: 'memberFrom', label: label('memberFrom'), type: 'date', short: true },
    { name: 'memberUntil', label: label('memberUntil'), type: 'date', short: true },
  ];
  return (
    <RecordEditForm
      idPrefix="municipality"
      record={municipality}
      fields={fields}
      valuesOf={valuesOf}
      toRequest={toRequest}
      save={save}
      reload={() => getMunicipality(municipality.id)}
      conflictCode="MUNICIPALITY_VERSION_CONFLICT"
      conflictTitle={t('municipalityEdit.conflict')}
      cancelUrl={props.cancelUrl}
      onDirtyChange={props.onDirtyChange}
    />
  );
}
