const nl = {
  invitations: {
    title: 'Uitnodigingen voor jou',
    intro:
      'De beheerder van een andere regio wil je een rol geven. Je account verandert pas als je de uitnodiging aanvaardt.',
    offer: '{{name}} nodigt je uit als {{role}} in {{region}}.',
    regionAndMunicipality: '{{region}} (gemeente {{municipality}})',
    someAdmin: 'Een beheerder',
    accept: 'Aanvaarden',
    decline: 'Afwijzen',
    accepted: 'Je bent nu {{role}} in {{region}}.',
    declined: 'Je hebt de uitnodiging als {{role}} in {{region}} afgewezen.',
    answerFailed: 'Je antwoord is niet verwerkt: {{message}}',
    failed: 'Je uitnodigingen konden niet worden geladen. Probeer het later opnieuw.',
  },
};

const en: typeof nl = {
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

/** The offers of a role in another region, on the start page after signing in. */
export const invitationLocales = { nl, en };
