import type { RoleInvitationResponse } from '@koers/contracts';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnswerInvitation, type InvitationAnswer } from '../api/answer-invitation';
import { useInvitations } from '../api/get-invitations';

const DONE = { accept: 'invitations.accepted', decline: 'invitations.declined' } as const;

/**
 * Roles the admin of another region offered the signed-in user: nothing changes for their account
 * until they accept one here. Shows nothing when there are none.
 */
export function InvitationNotice({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const invitations = useInvitations(signedIn);
  const answer = useAnswerInvitation();
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState<{ id: string; message: string } | null>(null);
  const offers = invitations.data ?? [];

  const what = (offer: RoleInvitationResponse) => ({
    role: t(`roles.${offer.role}`),
    region: offer.municipalityName
      ? t('invitations.regionAndMunicipality', {
          region: offer.regionName,
          municipality: offer.municipalityName,
        })
      : offer.regionName,
    name: offer.invitedByName ?? t('invitations.someAdmin'),
  });
  const reply = (offer: RoleInvitationResponse, choice: InvitationAnswer) => {
    setFailed(null);
    answer.mutate(
      { answer: choice, invitationId: offer.id },
      {
        onSuccess: () => setDone(t(DONE[choice], what(offer))),
        onError: (error) => setFailed({ id: offer.id, message: error.message }),
      },
    );
  };

  if (invitations.isError) {
    return (
      <Alert type="warning">
        <Paragraph>{t('invitations.failed')}</Paragraph>
      </Alert>
    );
  }
  return (
    <>
      <div role="status">
        {done && (
          <Alert type="ok">
            <Paragraph>{done}</Paragraph>
          </Alert>
        )}
      </div>
      {offers.length > 0 && (
        <section aria-labelledby="invitations-title" className="koers-section koers-invitations">
          <Alert type="info">
            <Heading2 id="invitations-title">{t('invitations.title')}</Heading2>
            <Paragraph>{t('invitations.intro')}</Paragraph>
            <UnorderedList>
              {offers.map((offer) => (
                <UnorderedListItem key={offer.id}>
                  <Paragraph id={`invitation-${offer.id}`}>
                    {t('invitations.offer', what(offer))}
                  </Paragraph>
                  {failed?.id === offer.id && (
                    <Alert type="error" role="alert">
                      <Paragraph>
                        {t('invitations.answerFailed', { message: failed.message })}
                      </Paragraph>
                    </Alert>
                  )}
                  <ButtonGroup>
                    {(['accept', 'decline'] as const).map((choice) => (
                      <Button
                        key={choice}
                        appearance={
                          choice === 'accept' ? 'primary-action-button' : 'secondary-action-button'
                        }
                        aria-describedby={`invitation-${offer.id}`}
                        disabled={answer.isPending}
                        onClick={() => reply(offer, choice)}
                      >
                        {t(`invitations.${choice}`)}
                      </Button>
                    ))}
                  </ButtonGroup>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </Alert>
        </section>
      )}
    </>
  );
}
