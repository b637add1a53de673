/** Strings of a region's settings screen, in Dutch (English: locales.en.ts). */
export const regionsNl = {
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
