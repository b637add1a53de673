/**
 * Every problem the API can answer, worded in each language from its stable `code` and its
 * `params` (problems.spec.ts fails when a code of ERROR_CODES has no sentence in nl and en).
 * A sentence only uses params the API always sends with that code.
 */
export const problemNl = {
  problems: {
    ACCESS_RULE_MISSING:
      'Voor dit adres is nog niet vastgelegd wie het mag gebruiken; niemand mag het daarom.',
    ASSIGNMENT_CODE_TAKEN:
      'Dit programma heeft al een opdracht met code {{code}}; kies een andere code.',
    ASSIGNMENT_IN_USE:
      'Opdracht {{code}} is gekoppeld aan {{linkedFrom}}; haal die koppeling eerst weg.',
    ASSIGNMENT_NOT_FOUND: 'Deze opdracht bestaat niet (meer).',
    BESTUURSRAPPORTAGE_ALREADY_FINAL:
      'Deze bestuursrapportage is al definitief (versie {{version}}) en wijzigt niet meer.',
    BESTUURSRAPPORTAGE_NOT_FOUND: 'Deze bestuursrapportage is er (nog) niet.',
    ASSIGNMENT_VERSION_CONFLICT:
      'Iemand anders heeft de opdracht intussen gewijzigd (nu versie {{currentVersion}}); laad haar opnieuw.',
    CONSULTATION_ROUND_NOT_FOUND: 'Het programma heeft geen consultatieronde {{round}}.',
    CONTRIBUTION_SPLIT_FAILED:
      'De bijdragen kunnen niet tot op de cent worden verdeeld (peildatum {{referenceDate}}); vul de ontbrekende inwonertallen aan of pas de verdeelsleutel aan.',
    COUNCIL_DECISION_NOT_FOUND: 'Deze gemeente besluit niet over dit programma.',
    COUNCIL_DECISION_VERSION_CONFLICT:
      'Iemand anders heeft dit raadsbesluit intussen vastgelegd (nu versie {{currentVersion}}); laad het opnieuw.',
    CSRF_FAILED:
      'Dit verzoek is geweigerd uit veiligheid. Laad de pagina opnieuw en probeer het nog eens.',
    CURRENT_PASSWORD_WRONG: 'Het huidige wachtwoord klopt niet.',
    DATABASE_UNREACHABLE:
      'Koers kan zijn database nu niet bereiken. Probeer het over een paar minuten opnieuw; blijft dit zo, meld het dan aan de beheerder.',
    DEMO_MODE_OFF: 'Deze Koers draait niet in demomodus.',
    EXTERNAL_PROGRAMME_NAME_TAKEN:
      'Er is al een extern programma met de naam {{name}}; koppel opdrachten aan dat programma.',
    EXTERNAL_PROGRAMME_NOT_FOUND: 'Dit externe programma bestaat niet (meer).',
    EXTERNAL_PROGRAMME_SHARED:
      '{{name}} is een gedeeld programma van alle regio’s; alleen een platformbeheerder kan het wijzigen.',
    EXTERNAL_PROGRAMME_VERSION_CONFLICT:
      'Iemand anders heeft dit externe programma intussen gewijzigd (nu versie {{currentVersion}}); laad opnieuw.',
    EXPORT_TABLE_NOT_FOUND: 'Er is geen tabel „{{table}}” om te exporteren; kies uit {{tables}}.',
    FORBIDDEN: 'Jouw rol in deze regio geeft geen recht om dit te doen.',
    IMPORT_FILE_MISSING: 'Kies een XLSX- of CSV-bestand.',
    IMPORT_FILE_NOT_SUPPORTED: 'Het bestand is geen XLSX- of CSV-bestand: {{why}}.',
    IMPORT_FILE_TOO_LARGE: 'Het bestand is groter dan 10 MB.',
    IMPORT_INVALID_one: 'Het bestand heeft {{count}} probleem; er is niets opgeslagen.',
    IMPORT_INVALID_other: 'Het bestand heeft {{count}} problemen; er is niets opgeslagen.',
    IMPORT_TOO_MANY_ROWS: 'Het blad {{sheet}} heeft meer dan {{max}} rijen.',
    INTERNAL_ERROR: 'Er ging iets mis aan onze kant. Geef het verzoeknummer door aan de beheerder.',
    INVITATION_NOT_FOUND: 'Deze uitnodiging bestaat niet (meer).',
    LAST_REGION_ADMIN:
      'Dit is de laatste beheerder van de regio; wijs eerst een andere beheerder aan.',
    LOGIN_FAILED: 'Het e-mailadres of het wachtwoord klopt niet.',
    LOGIN_RATE_LIMITED:
      'Te veel mislukte aanmeldpogingen. Probeer het over {{minutes}} minuten opnieuw.',
    MANDATE_ACCOUNT_EXISTS:
      'Voor dit terugmeldmoment is al een verantwoording vastgelegd; wijzig die.',
    MANDATE_ACCOUNT_NOT_FOUND: 'Deze verantwoording bestaat niet (meer).',
    MANDATE_ACCOUNT_VERSION_CONFLICT:
      'Iemand anders heeft de verantwoording intussen gewijzigd (nu versie {{currentVersion}}); laad opnieuw.',
    MANDATE_CEILING_PASSED: 'Dit bedrag gaat boven het plafond van het mandaat.',
    MANDATE_DECISION_NOT_FOUND: 'Dit mandaatbesluit bestaat niet (meer).',
    MANDATE_DECISION_VERSION_CONFLICT:
      'Iemand anders heeft het besluit intussen gewijzigd (nu versie {{currentVersion}}); laad opnieuw.',
    MUNICIPALITY_CBS_CODE_TAKEN: 'Deze regio heeft al een gemeente met CBS-code {{cbsCode}}.',
    MUNICIPALITY_IN_USE: 'Gemeente {{name}} wordt nog gebruikt; haal die verwijzingen eerst weg.',
    MUNICIPALITY_NOT_FOUND: 'Deze gemeente bestaat niet (meer).',
    MUNICIPALITY_VERSION_CONFLICT:
      'Iemand anders heeft deze gemeente intussen gewijzigd (nu versie {{currentVersion}}); laad opnieuw.',
    NOT_SIGNED_IN: 'Meld je aan om dit te bekijken of te doen.',
    ORGANISATION_IN_USE:
      'Organisatie {{name}} wordt nog gebruikt; haal die verwijzingen eerst weg.',
    ORGANISATION_NOT_FOUND: 'Deze organisatie bestaat niet (meer) in deze regio.',
    ORGANISATION_VERSION_CONFLICT:
      'Iemand anders heeft deze organisatie intussen gewijzigd (nu versie {{currentVersion}}); laad opnieuw.',
    PASSWORD_CHANGE_RATE_LIMITED:
      'Te vaak een verkeerd huidig wachtwoord. Probeer het over {{minutes}} minuten opnieuw.',
    PERSON_IN_USE: '{{name}} wordt nog genoemd; haal die verwijzingen eerst weg.',
    PERSON_NOT_FOUND: 'Deze persoon bestaat niet (meer) in deze regio.',
    PERSON_VERSION_CONFLICT:
      'Iemand anders heeft deze persoon intussen gewijzigd (nu versie {{currentVersion}}); laad opnieuw.',
    POPULATION_DATE_TAKEN:
      '{{name}} heeft al een inwonertal op {{referenceDate}}; pas dat aan of kies een andere datum.',
    PROGRAMME_HAS_ASSIGNMENTS:
      'Het programma bevat nog {{assignmentCount}} opdracht(en); verwijder die eerst.',
    PROGRAMME_NOT_DRAFT:
      'Het programma is niet meer in concept; wijzigingen gaan via een nieuwe conceptversie of, tijdens de consultatie, via een amendement.',
    PROGRAMME_NOT_FOUND: 'Dit programma bestaat niet (meer).',
    PROGRAMME_NOT_IN_EXECUTION: 'Het programma is (nog) niet in uitvoering.',
    PROGRAMME_NOT_IN_CONSULTATION:
      'Het programma ligt niet ter consultatie bij de raden; raadsbesluiten en antwoorden op zienswijzen worden alleen tijdens de consultatie vastgelegd.',
    PROGRAMME_NOT_SENT_TO_COUNCILS:
      'Het programma is nog niet aan de raden voorgelegd, dus er is nog geen ratificatiematrix.',
    PROGRAMME_VERSION_CONFLICT:
      'Iemand anders heeft het programma intussen gewijzigd (nu versie {{currentVersion}}); laad het opnieuw.',
    PROGRAMME_VERSION_NOT_FOUND: 'Deze versie van het programma bestaat niet.',
    PROGRAMME_YEAR_TAKEN: 'Deze regio heeft al een programma voor {{year}}; pas dat programma aan.',
    PROGRESS_REPORT_EXISTS: 'Voor deze opdracht en periode is al een voortgangsrapportage.',
    PROGRESS_REPORT_FROZEN: 'Deze voortgangsrapportage is vastgelegd en wijzigt niet meer.',
    PROGRESS_REPORT_NOT_EDITABLE: 'Deze voortgangsrapportage kan nu niet worden gewijzigd.',
    PROGRESS_REPORT_NOT_FOUND: 'Deze voortgangsrapportage bestaat niet (meer).',
    PROGRESS_REPORT_NOT_SUBMITTED: 'Deze voortgangsrapportage is nog niet ingediend.',
    PROGRESS_REPORT_VERSION_CONFLICT:
      'Iemand anders heeft deze voortgangsrapportage intussen gewijzigd; laad haar opnieuw.',
    REGION_IN_USE: 'Deze regio is nog in gebruik; verwijder eerst wat erbij hoort.',
    REGION_NOT_FOUND: 'Deze regio bestaat niet (meer).',
    REGION_SHORT_NAME_TAKEN: 'Er is al een regio met de korte naam {{shortName}}; kies een andere.',
    REGION_VERSION_CONFLICT:
      'Iemand anders heeft deze regio intussen gewijzigd (nu versie {{currentVersion}}); laad opnieuw.',
    REPORTING_CALENDAR_VERSION_CONFLICT:
      'Iemand anders heeft de rapportagekalender intussen gewijzigd; laad opnieuw.',
    REPORTING_PERIOD_NOT_FOUND: 'Deze rapportageperiode bestaat niet.',
    ROLE_NOT_FOUND: 'De gebruiker heeft die rol niet in deze regio.',
    SESSIONS_UNAVAILABLE: 'Aanmelden lukt nu niet. Probeer het over een paar minuten opnieuw.',
    STEERING_GROUP_VERSION_CONFLICT:
      'Iemand anders heeft de stuurgroep intussen gewijzigd; laad opnieuw.',
    THEME_IN_USE: 'Opgave {{name}} wordt nog gebruikt; haal die verwijzingen eerst weg.',
    THEME_NOT_FOUND: 'Deze opgave bestaat niet (meer) in deze regio.',
    THEME_VERSION_CONFLICT:
      'Iemand anders heeft deze opgave intussen gewijzigd (nu versie {{currentVersion}}); laad opnieuw.',
    USER_MANAGED_ELSEWHERE:
      'Deze gebruiker heeft ook rollen buiten de regio’s die jij beheert; alleen een platformbeheerder kan dit account wijzigen of blokkeren.',
    USER_NOT_FOUND: 'Deze gebruiker bestaat niet (meer).',
    VALIDATION_FAILED_one: 'Het veld {{field}} is niet geldig.',
    VALIDATION_FAILED_other: '{{count}} velden zijn niet geldig.',
    VIEW_POINT_NOT_FOUND: 'Dit zienswijzepunt bestaat niet in dit programma.',
    VIEW_POINT_OF_EARLIER_ROUND:
      'Dit zienswijzepunt hoort bij ronde {{round}}; alleen punten van de huidige ronde {{currentRound}} worden beantwoord.',
    VIEW_POINT_VERSION_CONFLICT:
      'Iemand anders heeft dit zienswijzepunt intussen gewijzigd of beantwoord (nu versie {{currentVersion}}); laad het opnieuw.',
    PROGRAMME_TRANSITION_NOT_ALLOWED: 'Deze stap is vanuit de huidige status niet mogelijk.',
    PROGRAMME_REASON_REQUIRED: 'Geef een reden voor deze stap.',
    PROGRAMME_HAS_NO_ASSIGNMENTS: 'Het programma heeft nog geen opdrachten.',
    PROGRAMME_HAS_UNANSWERED_VIEWS: 'Nog niet elke zienswijze is beantwoord.',
    PROGRAMME_COUNCILS_PENDING: 'Nog niet elke gemeenteraad heeft besloten.',
    http: {
      '400': 'Het verzoek is niet geldig.',
      '404': 'Dit adres bestaat niet.',
      '413': 'Wat je stuurt is te groot.',
      other: 'Het verzoek is mislukt (fout {{status}}).',
    },
  },
  fieldErrors: {
    invalid: 'is niet geldig',
    whitelistValidation: 'dit veld bestaat niet',
    isDefined: 'is verplicht',
    isNotEmpty: 'mag niet leeg zijn',
    isString: 'moet tekst zijn',
    isInt: 'moet een geheel getal zijn',
    isNumber: 'moet een getal zijn',
    isBoolean: 'moet waar of onwaar zijn',
    isUuid: 'moet een geldige id (uuid) zijn',
    isEmail: 'moet een geldig e-mailadres zijn',
    isDateString: 'moet een geldige datum zijn (JJJJ-MM-DD)',
    isISO8601: 'moet een geldige datum zijn (JJJJ-MM-DD)',
    isCalendarDate: 'moet een bestaande datum zijn (JJJJ-MM-DD)',
    isArray: 'moet een lijst zijn',
    isEnum: 'heeft geen toegestane waarde',
    isIn: 'heeft geen toegestane waarde',
    nestedValidation: 'moet een object zijn',
    isObject: 'moet een object zijn',
    arrayUnique: 'bevat dubbele waarden',
    arrayMaxSize: 'bevat te veel elementen',
    arrayMinSize: 'bevat te weinig elementen',
    maxLength: 'is te lang',
    minLength: 'is te kort',
    min: 'is te klein',
    max: 'is te groot',
    matches: 'heeft niet de juiste vorm',
    isUrl: 'moet een geldig webadres zijn',
    isHundredths: 'moet een getal met hoogstens 2 decimalen zijn',
  },
};
