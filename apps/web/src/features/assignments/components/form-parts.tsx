import { Heading2, Link, OrderedList, OrderedListItem } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The parts of the assignment form, in order; each has a heading and a place in the contents. */
export const FORM_PARTS = [
  'basics',
  'results',
  'money',
  'mandate',
  'people',
  'key',
  'links',
] as const;
export type FormPartName = (typeof FORM_PARTS)[number];

const partId = (part: FormPartName) => `assignment-part-${part}`;

/** The form's table of contents: a link to each part, so a long form is not one long scroll. */
export function FormContents() {
  const { t } = useTranslation();
  return (
    <nav aria-labelledby="assignment-contents" className="koers-form-contents">
      <Heading2 id="assignment-contents">{t('assignments.form.parts.contents')}</Heading2>
      <OrderedList>
        {FORM_PARTS.map((part) => (
          <OrderedListItem key={part}>
            <Link href={`#${partId(part)}`}>{t(`assignments.form.parts.${part}`)}</Link>
          </OrderedListItem>
        ))}
      </OrderedList>
    </nav>
  );
}

/** One part of the form under a real heading (h2), reachable from the contents. */
export function FormPart({ part, children }: { part: FormPartName; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section
      id={partId(part)}
      aria-labelledby={`${partId(part)}-title`}
      className="koers-form-part"
      tabIndex={-1}
    >
      <Heading2 id={`${partId(part)}-title`}>{t(`assignments.form.parts.${part}`)}</Heading2>
      {children}
    </section>
  );
}
