/** Strings of the region's accounts screen, in Dutch (English: locales.en.ts). */
export const usersNl = {
  accounts: {
    title: 'Accounts en rollen',
    listTitle: 'Accounts van de regio',
    intro:
      'Wie in {{region}} mag werken, en met welke rol. Je nodigt iemand uit met een eenmalig wachtwoord, geeft en ontneemt rollen en zet een account uit.',
    loading: 'Accounts worden geladen…',
    failed: 'De accounts konden niet worden geladen.',
    empty: 'Er zijn geen accounts die hierbij passen.',
    search: 'Zoek op naam of e-mailadres',
    searchButton: 'Zoeken',
    caption_one: '{{count}} account',
    caption_other: '{{count}} accounts',
    columns: { name: 'Naam', roles: 'Rollen', status: 'Status', actions: 'Acties' },
    active: 'Actief',
    inactive: 'Uitgezet',
    roleFor: '{{role}} ({{detail}})',
    revoke: 'Ontneem {{role}}',
    revoked: '{{name}} heeft de rol {{role}} niet meer.',
    grantLabel: 'Rol geven aan {{name}}',
    grantChoose: 'Kies een rol',
    grant: 'Rol geven',
    granted: '{{name}} heeft nu de rol {{role}}.',
    deactivate: 'Account uitzetten',
    cancel: 'Annuleren',
    deactivateConfirm:
      'Weet je zeker dat je het account van {{name}} wilt uitzetten? {{name}} kan dan niet meer aanmelden.',
    deactivated: 'Het account van {{name}} is uitgezet.',
    managedElsewhere:
      'Dit account heeft ook rollen in een andere regio; alleen die beheerders of een platformbeheerder mogen het uitzetten of rollen geven.',
    failedAction: 'Dat lukte niet: {{message}}',
    invite: {
      title: 'Iemand uitnodigen',
      intro:
        'Koers maakt een account met een eenmalig wachtwoord, dat je hier één keer ziet. Heeft het adres al een account in een andere regio, dan krijgt die persoon de rol aangeboden en accepteert die na het aanmelden.',
      fields: {
        email: 'E-mailadres',
        name: 'Naam',
        role: 'Rol',
        municipalityId: 'Gemeente (voor de raad)',
        personId: 'Persoon (voor de portefeuillehouder)',
      },
      choose: 'Kies…',
      submit: 'Uitnodigen',
      saving: 'Bezig met uitnodigen…',
      checkFields_one: 'Controleer {{count}} veld:',
      checkFields_other: 'Controleer {{count}} velden:',
      errors: {
        email: 'Vul een e-mailadres in.',
        name: 'Vul een naam in.',
        role: 'Kies een rol.',
        municipalityId: 'Kies de gemeente van deze raad.',
        personId: 'Kies de persoon wiens opdrachten deze portefeuillehouder houdt.',
      },
      created: '{{name}} is uitgenodigd als {{role}}.',
      passwordTitle: 'Eenmalig wachtwoord',
      password:
        'Geef dit wachtwoord veilig door aan {{name}} ({{email}}). Je ziet het maar één keer; na het aanmelden kan {{name}} een eigen wachtwoord kiezen.',
      noPassword: '{{name}} had al een account in deze regio en heeft de rol erbij gekregen.',
      dismiss: 'Ik heb het wachtwoord doorgegeven',
    },
  },
};
