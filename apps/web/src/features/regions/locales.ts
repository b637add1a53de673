/** Strings of a region's settings screen, Dutch first. */
const nl = {
  regionEdit: {
    button: 'Regio bewerken',
    title: 'Regio bewerken',
    calendar: 'De rapportagekalender van de regio bewerk je op een eigen pagina:',
    calendarLink: 'Rapportagekalender',
    loading: 'Regio wordt geladen…',
    failed: 'Deze regio kon niet worden geladen. Bestaat zij wel?',
    conflict: 'Iemand anders heeft deze regio intussen gewijzigd',
    fields: {
      name: 'Naam',
      shortName: 'Korte naam',
      governanceMode: 'Samenwerkingsvorm',
      provinces: 'Provincie(s), gescheiden door komma’s',
      viewWindowWeeks: 'Termijn voor een zienswijze (weken)',
      defaultContributionKey: 'Standaardverdeelsleutel van de regio',
      mandateOverrun: 'Een besluit boven het mandaat',
      mandateOverrunSentence: 'Zin bij een besluit boven het mandaat',
    },
    mandateOverrunRules: {
      refuse: 'wordt geweigerd',
      escalate: 'wordt vastgelegd en voorgelegd aan het bestuur',
    },
  },
};

const en: typeof nl = {
  regionEdit: {
    button: 'Edit region',
    title: 'Edit region',
    calendar: 'The region’s reporting calendar has a page of its own:',
    calendarLink: 'Reporting calendar',
    loading: 'Loading the region…',
    failed: 'This region could not be loaded. Does it exist?',
    conflict: 'Someone else changed this region in the meantime',
    fields: {
      name: 'Name',
      shortName: 'Short name',
      governanceMode: 'Form of cooperation',
      provinces: 'Province(s), separated by commas',
      viewWindowWeeks: 'Period for a formal view (weeks)',
      defaultContributionKey: 'Default cost-sharing key of the region',
      mandateOverrun: 'A decision above the mandate',
      mandateOverrunSentence: 'Sentence with a decision above the mandate',
    },
    mandateOverrunRules: {
      refuse: 'is refused',
      escalate: 'is recorded and put to the board',
    },
  },
};

export const regionsLocales = { nl, en };
