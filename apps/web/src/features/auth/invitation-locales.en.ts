import type { invitationNl } from './invitation-locales';

/** English of ./invitation-locales.ts: the same keys (a missing or extra one does not compile). */
export const invitationEn: typeof invitationNl = {
  invitations: {
    title: 'Invitations for you',
    intro:
      'The administrator of another region wants to give you a role. Your account only changes once you accept the invitation.',
    offer: '{{name}} invites you as {{role}} in {{region}}.',
    regionAndMunicipality: '{{region}} (municipality of {{municipality}})',
    someAdmin: 'An administrator',
    accept: 'Accept',
    decline: 'Decline',
    accepted: 'You are now {{role}} in {{region}}.',
    declined: 'You declined the invitation as {{role}} in {{region}}.',
    answerFailed: 'Your answer was not processed: {{message}}',
    failed: 'Your invitations could not be loaded. Please try again later.',
  },
};
