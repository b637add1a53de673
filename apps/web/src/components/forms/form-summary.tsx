import {
  Alert,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { forwardRef } from 'react';

/** One line of a form's error summary: a field's error, linked to the field when it has one. */
export interface SummaryItem {
  key: string;
  href: string | null;
  text: string;
}

/**
 * Where a form says what went wrong: how many fields to check, each linked to its field, and a
 * failure that belongs to no field. The form focuses it after a failed save.
 */
export const FormSummary = forwardRef<
  HTMLDivElement,
  { intro: string; items: SummaryItem[]; failure: string | null }
>(function FormSummary({ intro, items, failure }, ref) {
  return (
    <div ref={ref} tabIndex={-1} className="koers-form-summary">
      {items.length > 0 && (
        <Alert type="error" role="alert">
          <Paragraph>{intro}</Paragraph>
          <UnorderedList>
            {items.map((item) => (
              <UnorderedListItem key={item.key}>
                {item.href ? <a href={item.href}>{item.text}</a> : item.text}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      )}
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
    </div>
  );
});
