/** The offers of a role in another region, on the start page after signing in. */
export const invitationNl = {
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
