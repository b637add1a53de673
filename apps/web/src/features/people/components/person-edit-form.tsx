import type { PersonResponse, UpdatePersonRequest } from '@koers/contracts';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RecordEditForm } from '../../../components/forms/record-edit-form';
import type { RecordField, RecordValues } from '../../../components/forms/record-fields';
import { useCreatePerson } from '../api/create-person';
import { getPerson } from '../api/get-person';
import { useUpdatePerson } from '../api/update-person';

/** A record a person may be linked to: an organisation or a municipality. */
type Named = { id: string; name: string };

const optionsOf = (items: Named[]) => items.map((item) => ({ value: item.id, label: item.name }));

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

/**
 * A person's name, e-mail, function, organisation and municipality: a new person added to the
 * region (without `person`), or an existing one saved against their version.
 */
export function PersonEditForm(props: {
  regionId: string;
  person?: PersonResponse;
  organisations: Named[];
  municipalities: Named[];
  cancelUrl: string;
  onDirtyChange?: (dirty: boolean) => void;
  onSaved?: (saved: PersonResponse) => void;
}) {
  const { t } = useTranslation();
  const { person, regionId } = props;
  const update = useUpdatePerson(regionId, person?.id ?? '');
  const create = useCreatePerson(regionId);
  const save = (person ? update : create) as UseMutationResult<
    PersonResponse,
    Error,
    UpdatePersonRequest
  >;
  const none = { value: '', label: t('recordEdit.none') };
  const fields: RecordField[] = [
    { name: 'name', label: t('personEdit.fields.name'), required: true },
    { name: 'email', label: t('personEdit.fields.email'), type: 'email' },
    { name: 'function', label: t('personEdit.fields.function') },
    {
      name: 'organisationId',
      label: t('personEdit.fields.organisationId'),
      type: 'select',
      options: [none, ...optionsOf(props.organisations)],
    },
    {
      name: 'municipalityId',
      label: t('personEdit.fields.municipalityId'),
      type: 'select',
      options: [none, ...optionsOf(props.municipalities)],
    },
  ];
  return (
    <RecordEditForm
      idPrefix="person"
      record={person}
      empty={{ name: '', email: '', function: '', organisationId: '', municipalityId: '' }}
      submitLabel={person ? undefined : t('personEdit.add')}
      fields={fields}
      valuesOf={valuesOf}
      toRequest={toRequest}
      save={save}
      reload={() => getPerson(regionId, person?.id ?? '')}
      conflictCode="PERSON_VERSION_CONFLICT"
      conflictTitle={t('personEdit.conflict')}
      cancelUrl={props.cancelUrl}
      onDirtyChange={props.onDirtyChange}
      onSaved={props.onSaved}
    />
  );
}
