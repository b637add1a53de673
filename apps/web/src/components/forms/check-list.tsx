import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Paragraph,
} from '@utrecht/component-library-react';
import { useFieldId } from './field-id';

/** A set of checkboxes bound to a list of ids. */
export function CheckList({
  path,
  legend,
  items,
  selected,
  onChange,
  error,
  emptyMessage,
}: {
  path: string;
  legend: string;
  items: readonly { id: string; label: string }[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
  emptyMessage: string;
}) {
  const fieldId = useFieldId();
  const errorId = `${fieldId(path)}-error`;
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={error ? errorId : undefined}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {error && (
        <Paragraph id={errorId} className="koers-error-text">
          {error}
        </Paragraph>
      )}
      {items.length === 0 && <Paragraph>{emptyMessage}</Paragraph>}
      <div className="koers-checklist" id={fieldId(path)} tabIndex={-1}>
        {items.map((item) => {
          const id = `${fieldId(path)}-${item.id}`;
          const checked = selected.includes(item.id);
          return (
            <FormField type="checkbox" key={item.id}>
              <Checkbox
                id={id}
                checked={checked}
                onChange={() =>
                  onChange(checked ? selected.filter((s) => s !== item.id) : [...selected, item.id])
                }
              />
              <FormLabel htmlFor={id} type="checkbox">
                {item.label}
              </FormLabel>
            </FormField>
          );
        })}
      </div>
    </Fieldset>
  );
}
