/** Strings of the region's accounts screen, Dutch first. */
const nl = {
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

const en: typeof nl = {
  accounts: {
    title: 'Accounts and roles',
    listTitle: 'Accounts of the region',
    intro:
      'Who may work in {{region}}, and in which role. Invite someone with a one-time password, grant and revoke roles, and deactivate an account.',
    loading: 'Loading the accounts…',
    failed: 'The accounts could not be loaded.',
    empty: 'No accounts match.',
    search: 'Search by name or e-mail address',
    searchButton: 'Search',
    caption_one: '{{count}} account',
    caption_other: '{{count}} accounts',
    columns: { name: 'Name', roles: 'Roles', status: 'Status', actions: 'Actions' },
    active: 'Active',
    inactive: 'Deactivated',
    roleFor: '{{role}} ({{detail}})',
    revoke: 'Revoke {{role}}',
    revoked: '{{name}} no longer has the role {{role}}.',
    grantLabel: 'Grant a role to {{name}}',
    grantChoose: 'Choose a role',
    grant: 'Grant role',
    granted: '{{name}} now has the role {{role}}.',
    deactivate: 'Deactivate account',
    cancel: 'Cancel',
    deactivateConfirm:
      'Are you sure you want to deactivate the account of {{name}}? {{name}} can then no longer sign in.',
    deactivated: 'The account of {{name}} is deactivated.',
    managedElsewhere:
      'This account also has roles in another region; only those administrators or a platform administrator may deactivate it or grant it roles.',
    failedAction: 'That did not work: {{message}}',
    invite: {
      title: 'Invite someone',
      intro:
        'Koers creates an account with a one-time password, shown here once. If the address already has an account in another region, that person is offered the role and accepts it after signing in.',
      fields: {
        email: 'E-mail address',
        name: 'Name',
        role: 'Role',
        municipalityId: 'Municipality (for the council)',
        personId: 'Person (for the portfolio holder)',
      },
      choose: 'Choose…',
      submit: 'Invite',
      saving: 'Inviting…',
      checkFields_one: 'Check {{count}} field:',
      checkFields_other: 'Check {{count}} fields:',
      errors: {
        email: 'Fill in an e-mail address.',
        name: 'Fill in a name.',
        role: 'Choose a role.',
        municipalityId: 'Choose the municipality of this council.',
        personId: 'Choose the person whose assignments this portfolio holder holds.',
      },
      created: '{{name}} is invited as {{role}}.',
      passwordTitle: 'One-time password',
      password:
        'Pass this password on safely to {{name}} ({{email}}). You see it only once; after signing in {{name}} can choose their own password.',
      noPassword: '{{name}} already had an account in this region and has been given the role.',
      dismiss: 'I have passed the password on',
    },
  },
};

export const usersLocales = { nl, en };
