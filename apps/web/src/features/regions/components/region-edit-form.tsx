import {
  CONTRIBUTION_KEY_TYPES,
  type ContributionKeyType,
  GOVERNANCE_MODES,
  type GovernanceMode,
  MANDATE_OVERRUN_RULES,
  type MandateOverrunRule,
  type RegionResponse,
  type UpdateRegionRequest,
} from '@koers/contracts';
import { useTranslation } from 'react-i18next';
import { RecordEditForm } from '../../../components/forms/record-edit-form';
import type { RecordField, RecordValues } from '../../../components/forms/record-fields';
import { getRegion } from '../api/get-region';
import { useUpdateRegion } from '../api/update-region';

const valuesOf = (region: RegionResponse): RecordValues => ({
  name: region.name,
  shortName: region.shortName,
  governanceMode: region.governanceMode,
  provinces: region.provinces.join(', '),
  viewWindowWeeks: String(region.viewWindowWeeks),
  defaultContributionKey: region.defaultContributionKey,
  mandateOverrun: region.mandateOverrun,
  mandateOverrunSentence: region.mandateOverrunSentence,
});

const toRequest = (values: RecordValues): Omit<UpdateRegionRequest, 'version'> => ({
  name: values.name.trim(),
  shortName: values.shortName.trim(),
  governanceMode: values.governanceMode as GovernanceMode,
  provinces: values.provinces
    .split(',')
    .map((province) => province.trim())
    .filter(Boolean),
  viewWindowWeeks: Number(values.viewWindowWeeks.trim()),
  defaultContributionKey: values.defaultContributionKey as ContributionKeyType,
  mandateOverrun: values.mandateOverrun as MandateOverrunRule,
  mandateOverrunSentence: values.mandateOverrunSentence.trim(),
});

/**
 * A region's name, form of cooperation, provinces, window for views and default cost-sharing key,
 * saved against its version.
 */
export function RegionEditForm(props: {
  region: RegionResponse;
  cancelUrl: string;
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const { region } = props;
  const save = useUpdateRegion(region.id);
  const label = (name: string) => t(`regionEdit.fields.${name}`);
  const fields: RecordField[] = [
    { name: 'name', label: label('name'), required: true },
    { name: 'shortName', label: label('shortName'), required: true },
    {
      name: 'governanceMode',
      label: label('governanceMode'),
      type: 'select',
      required: true,
      options: GOVERNANCE_MODES.map((mode) => ({
        value: mode,
        label: t(`regions.governanceModes.${mode}`),
      })),
    },
    { name: 'provinces', label: label('provinces') },
    { name: 'viewWindowWeeks', label: label('viewWindowWeeks'), type: 'number', short: true },
    {
      name: 'defaultContributionKey',
      label: label('defaultContributionKey'),
      type: 'select',
      required: true,
      options: CONTRIBUTION_KEY_TYPES.map((key) => ({
        value: key,
        label: t(`assignments.contributionKeys.${key}`),
      })),
    },
    {
      name: 'mandateOverrun',
      label: label('mandateOverrun'),
      type: 'select',
      required: true,
      options: MANDATE_OVERRUN_RULES.map((rule) => ({
        value: rule,
        label: t(`regionEdit.mandateOverrunRules.${rule}`),
      })),
    },
    {
      name: 'mandateOverrunSentence',
      label: label('mandateOverrunSentence'),
      type: 'textarea',
      required: true,
    },
  ];
  return (
    <RecordEditForm
      idPrefix="region"
      record={region}
      fields={fields}
      valuesOf={valuesOf}
      toRequest={toRequest}
      save={save}
      reload={() => getRegion(region.id)}
      conflictCode="REGION_VERSION_CONFLICT"
      conflictTitle={t('regionEdit.conflict')}
      cancelUrl={props.cancelUrl}
      onDirtyChange={props.onDirtyChange}
    />
  );
}
