import type { ProgrammeVersionSummary } from '@koers/contracts';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';

interface CompareFormProps {
  versions: ProgrammeVersionSummary[];
  from: number;
  to: number;
  onCompare: (from: number, to: number) => void;
}

/** Choose two versions to compare; the choice goes into the address so it can be shared. */
export function CompareForm({ versions, from, to, onCompare }: CompareFormProps) {
  const { t, i18n } = useTranslation();
  const [choice, setChoice] = useState({ from, to });
  const [error, setError] = useState(false);

  // A button, not a form submit: the choice navigates at once, and a select has no Enter-submit.
  const compare = () => {
    if (choice.from === choice.to) {
      setError(true);
      document.getElementById('compare-to')?.focus();
      return;
    }
    setError(false);
    onCompare(choice.from, choice.to);
  };

  const select = (name: 'from' | 'to') => (
    <FormField>
      <FormLabel htmlFor={`compare-${name}`}>{t(`history.versions.${name}`)}</FormLabel>
      <Select
        id={`compare-${name}`}
        value={String(choice[name])}
        invalid={error && name === 'to'}
        aria-invalid={error && name === 'to' ? true : undefined}
        aria-describedby={error && name === 'to' ? 'compare-error' : undefined}
        onChange={(event) => setChoice({ ...choice, [name]: Number(event.target.value) })}
      >
        {versions.map((v) => (
          <SelectOption key={v.number} value={String(v.number)}>
            {t('history.versions.option', {
              number: v.number,
              date: formatDate(v.createdAt, i18n.language),
            })}
          </SelectOption>
        ))}
      </Select>
      {error && name === 'to' && (
        <FormFieldErrorMessage id="compare-error">
          {t('history.versions.same')}
        </FormFieldErrorMessage>
      )}
    </FormField>
  );

  return (
    <div className="koers-compare-form">
      <Fieldset>
        <FieldsetLegend>{t('history.versions.compareTitle')}</FieldsetLegend>
        {select('from')}
        {select('to')}
        <Button type="button" appearance="primary-action-button" onClick={compare}>
          {t('history.versions.compare')}
        </Button>
      </Fieldset>
    </div>
  );
}
