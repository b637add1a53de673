import type { PersonResponse, UpdatePersonRequest } from '@koers/contracts';
import { useTranslation } from 'react-i18next';
import { RecordEditForm } from '../../../components/forms/record-edit-form';
import type { RecordField, RecordValues } from '../../../components/forms/record-fields';
import { getPerson } from '../api/get-person';
import { useUpdatePerson } from '../api/update-person';

type Option = { value: string; label: string };

const valuesOf = (person: PersonResponse): RecordValues => ({
  name: person.name,
  email: person.email ?? '',
  function: person.function ?? '',
  organisationId: person.organisationId ?? '',
  municipalityId: person.municipalityId ?? '',
});

/** The typed values as the API takes them; an empty optional field becomes null. */
const toRequest = (values: RecordValues): Omit<UpdatePersonRequest, 'version'> => ({
  name: values.name.trim(),
  email: values.email.trim() || null,
  function: values.function.trim() || null,
  organisationId: values.organisationId || null,
  municipalityId: values.municipalityId || null,
});

/** A person's name, e-mail, function, organisation and municipality, saved against their version. */
export function PersonEditForm(props: {
  person: PersonResponse;
  organisations: Option[];
  municipalities: Option[];
  cancelUrl: string;
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const { person } = props;
  const save = useUpdatePerson(person.regionId, person.id);
  const none = { value: '', label: t('recordEdit.none') };
  const fields: RecordField[] = [
    { name: 'name', label: t('personEdit.fields.name'), required: true },
    { name: 'email', label: t('personEdit.fields.email'), type: 'email' },
    { name: 'function', label: t('personEdit.fields.function') },
    {
      name: 'organisationId',
      label: t('personEdit.fields.organisationId'),
      type: 'select',
      options: [none, ...props.organisations],
    },
    {
      name: 'municipalityId',
      label: t('personEdit.fields.municipalityId'),
      type: 'select',
      options: [none, ...props.municipalities],
    },
  ];
  return (
    <RecordEditForm
      idPrefix="person"
      record={person}
      fields={fields}
      valuesOf={valuesOf}
      toRequest={toRequest}
      save={save}
      reload={() => getPerson(person.regionId, person.id)}
      conflictCode="PERSON_VERSION_CONFLICT"
      conflictTitle={t('personEdit.conflict')}
      cancelUrl={props.cancelUrl}
      onDirtyChange={props.onDirtyChange}
    />
  );
}
