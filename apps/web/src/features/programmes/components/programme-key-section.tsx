import type { ContributionKeyType, MunicipalityResponse } from '@koers/contracts';
import { useTranslation } from 'react-i18next';
import { ContributionKeyFields } from '../../../components/contribution-key/contribution-key-fields';
import { noParts } from '../../../components/contribution-key/contribution-parts';
import { ContributionPreview } from '../../../components/contribution-key/contribution-preview';
import { keyFromDraft, type KeyDraft } from '../../../components/contribution-key/key-draft';
import { keyName } from '../../../components/contribution-key/key-name';
import { FieldIdPrefix } from '../../../components/forms/field-id';
import type { FieldErrors } from '../../../lib/field-errors';
import { formatEuros } from '../../../lib/format';

/** What the preview splits: a round example, as a programme's default key has no amount of its own. */
export const EXAMPLE_CENTS = 10_000_000;

export interface ProgrammeKeySectionProps {
  programmeYear: number;
  value: KeyDraft;
  onChange: (value: KeyDraft) => void;
  errors: FieldErrors;
  municipalities: readonly MunicipalityResponse[];
  regionDefaultKey: ContributionKeyType;
}

/**
 * The programme's default cost-sharing key (assignments without their own key follow it), or the
 * region's; previewed on an example amount over every municipality of the region.
 */
export function ProgrammeKeySection(props: ProgrammeKeySectionProps) {
  const { t, i18n } = useTranslation();
  const { municipalities } = props;
  const own = keyFromDraft(props.value);
  const key = own.key ?? { type: props.regionDefaultKey };
  const ids = municipalities.map((m) => m.id);
  return (
    <FieldIdPrefix.Provider value="programme">
      <ContributionKeyFields
        legend={t('programmeEdit.key.legend')}
        inheritLabel={t('assignments.form.keyOfRegion', {
          name: keyName({ type: props.regionDefaultKey }, municipalities, t, i18n.language),
        })}
        value={props.value}
        onChange={props.onChange}
        errors={props.errors}
        municipalities={municipalities}
      />
      <ContributionPreview
        programmeYear={props.programmeYear}
        parts={noParts(EXAMPLE_CENTS)}
        municipalities={municipalities}
        payerIds={ids}
        contributionKey={key}
        keySource={own.key ? 'programme' : 'region'}
        keyUnreadable={Object.keys(own.problems).length > 0}
        intro={t('programmeEdit.key.preview', {
          amount: formatEuros(EXAMPLE_CENTS),
          key: keyName(key, municipalities, t, i18n.language),
          count: ids.length,
        })}
      />
    </FieldIdPrefix.Provider>
  );
}
