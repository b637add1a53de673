import type { AssignmentOverviewResponse } from '@koers/contracts';
import {
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Who takes part (all or opt-in), which councils declined, and what the assignment links to. */
export function ReadParticipation({
  overview,
  readUrl,
}: {
  overview: AssignmentOverviewResponse;
  /** The read page of another assignment, for the links. */
  readUrl: (assignmentId: string) => string;
}) {
  const { t } = useTranslation();
  const { participants, declinedBy, linkedAssignments, externalProgrammes } = overview;
  const optIn = overview.assignment.participation === 'opt_in';
  return (
    <>
      <section aria-labelledby="read-participation" className="koers-section">
        <Heading2 id="read-participation">{t('assignmentRead.participationTitle')}</Heading2>
        <Paragraph>
          {optIn
            ? t('assignmentRead.participationOptIn', { count: participants.length })
            : t('assignmentRead.participationAll', { count: participants.length })}
        </Paragraph>
        {optIn && (
          <>
            <Heading3>{t('assignmentRead.participants')}</Heading3>
            {participants.length === 0 ? (
              <Paragraph>{t('assignmentRead.noParticipants')}</Paragraph>
            ) : (
              <Paragraph>{participants.map((m) => m.name).join(', ')}</Paragraph>
            )}
          </>
        )}
        {declinedBy.length === 0 ? (
          <Paragraph>{t('assignmentRead.noneDeclined')}</Paragraph>
        ) : (
          <Paragraph>
            {t('assignmentRead.declined')} {declinedBy.map((m) => m.name).join(', ')}.
          </Paragraph>
        )}
      </section>
      <section aria-labelledby="read-links" className="koers-section">
        <Heading2 id="read-links">{t('assignmentRead.linksTitle')}</Heading2>
        <Heading3>{t('assignmentRead.linkedAssignments')}</Heading3>
        {linkedAssignments.length === 0 ? (
          <Paragraph>{t('assignmentRead.noLinkedAssignments')}</Paragraph>
        ) : (
          <UnorderedList>
            {linkedAssignments.map((linked) => (
              <UnorderedListItem key={linked.id}>
                <Link to={readUrl(linked.id)}>
                  {linked.code} {linked.title}
                </Link>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
        <Heading3>{t('assignmentRead.externalProgrammes')}</Heading3>
        {externalProgrammes.length === 0 ? (
          <Paragraph>{t('assignmentRead.noExternalProgrammes')}</Paragraph>
        ) : (
          <UnorderedList>
            {externalProgrammes.map((programme) => (
              <UnorderedListItem key={programme.id}>
                {t('assignmentRead.externalLevel', {
                  name: programme.name,
                  level: t(`assignments.externalLevels.${programme.level}`),
                })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
    </>
  );
}
