/** Strings of a region's administration pages, Dutch first. */
const nl = {
  admin: {
    nav: 'Beheer',
    title: 'Beheer van {{region}}',
    intro: 'Hier houd je de gegevens van de regio bij waar de programma’s op rusten.',
    loading: 'Regio wordt geladen…',
    failed: 'Deze regio kon niet worden geladen.',
    notAllowed:
      'Beheer is voor de beheerder en het regiobureau van deze regio. Vraag de beheerder als je hier iets moet doen.',
    back: 'Terug naar beheer',
    sections: {
      accounts: {
        title: 'Accounts en rollen',
        text: 'Nodig mensen uit, geef en ontneem rollen, zet accounts uit.',
      },
      populations: {
        title: 'Inwonertallen uit CBS StatLine',
        text: 'Vul de inwonertallen van alle gemeenten in één keer in met de CSV van CBS.',
      },
      municipalities: {
        title: 'Gemeenten en inwonertallen',
        text: 'De gemeenten van de regio, met per gemeente de inwonertallen per peildatum en hun bron.',
      },
      reference: {
        title: 'Opgaven, partners en personen',
        text: 'De opgaven, partnerorganisaties en personen van de regio; bewerk ze vanaf de regiopagina.',
      },
      addTheme: {
        title: 'Opgave toevoegen',
        text: 'Een nieuwe opgave van de regio, met titel, beschrijving en looptijd.',
      },
      addPartner: {
        title: 'Partner toevoegen',
        text: 'Een nieuwe partnerorganisatie, zoals een provincie, waterschap of onderwijsinstelling.',
      },
      addPerson: {
        title: 'Persoon toevoegen',
        text: 'Een nieuwe persoon, met functie, organisatie en gemeente.',
      },
      externalProgrammes: {
        title: 'Externe programma’s',
        text: 'Provinciale, landelijke en Europese programma’s waar opdrachten aan bijdragen: bekijk ze, voeg er een toe of bewerk die van jouw regio.',
      },
      settings: {
        title: 'Instellingen van de regio',
        text: 'Bestuursmodel, termijn voor zienswijzen en de standaardverdeelsleutel.',
      },
    },
  },
};

const en: typeof nl = {
  admin: {
    nav: 'Administration',
    title: 'Administration of {{region}}',
    intro: 'Here you keep the region’s data the programmes rest on up to date.',
    loading: 'Loading the region…',
    failed: 'This region could not be loaded.',
    notAllowed:
      'Administration is for the administrator and the bureau of this region. Ask the administrator if something needs doing here.',
    back: 'Back to administration',
    sections: {
      accounts: {
        title: 'Accounts and roles',
        text: 'Invite people, grant and revoke roles, deactivate accounts.',
      },
      populations: {
        title: 'Populations from CBS StatLine',
        text: 'Fill in the populations of all municipalities at once with the CBS CSV.',
      },
      municipalities: {
        title: 'Municipalities and populations',
        text: 'The region’s municipalities, each with its populations per reference date and their source.',
      },
      reference: {
        title: 'Themes, partners and people',
        text: 'The region’s themes, partner organisations and people; edit them from the region page.',
      },
      addTheme: {
        title: 'Add a theme',
        text: 'A new theme of the region, with its title, description and period.',
      },
      addPartner: {
        title: 'Add a partner',
        text: 'A new partner organisation, such as a province, water board or school.',
      },
      addPerson: {
        title: 'Add a person',
        text: 'A new person, with their function, organisation and municipality.',
      },
      externalProgrammes: {
        title: 'External programmes',
        text: 'Provincial, national and European programmes that assignments contribute to: view them, add one or edit your region’s.',
      },
      settings: {
        title: 'Region settings',
        text: 'Governance mode, the window for views and the default cost-sharing key.',
      },
    },
  },
};

export const adminLocales = { nl, en };
