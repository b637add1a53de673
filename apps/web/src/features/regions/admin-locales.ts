/** Strings of a region's administration pages, in Dutch (English: admin-locales.en.ts). */
export const adminNl = {
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
