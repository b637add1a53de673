import type { usersNl } from './locales';

/** English of ./locales.ts: the same keys (a missing or extra one does not compile). */
export const usersEn: typeof usersNl = {
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
