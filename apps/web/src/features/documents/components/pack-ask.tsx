import type { CouncilPackResponse } from '@koers/contracts';
import {
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';

/** What the region asks and why: the programme's introduction and the assignments in brief. */
export function PackAsk({ pack }: { pack: CouncilPackResponse }) {
  const { t } = useTranslation();
  const introduction = pack.programme.introduction.trim();
  return (
    <section aria-labelledby="pack-ask-title" className="koers-section">
      <Heading2 id="pack-ask-title">{t('documents.pack.askTitle')}</Heading2>
      <Paragraph>{introduction || t('documents.pack.noIntroduction')}</Paragraph>
      {pack.assignments.length === 0 ? (
        <Paragraph>{t('documents.pack.noAssignments')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t('documents.pack.assignmentCount', { count: pack.assignments.length })}
          </Paragraph>
          <UnorderedList>
            {pack.assignments.map((a) => (
              <UnorderedListItem key={a.id}>
                <strong>
                  <Link to={paths.assignment.url(a.id)}>
                    {a.code} {a.title}
                  </Link>
                </strong>{' '}
                ({a.themeTitle}){a.goal.trim() ? ` – ${a.goal.trim()}` : ''}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </section>
  );
}
