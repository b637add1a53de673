import type { problemNl } from './problems';

/** English of ./problems.ts: the same keys (a missing or extra one does not compile). */
export const problemEn: typeof problemNl = {
  problems: {
    ACCESS_RULE_MISSING: 'Nobody has been given access to this address yet, so nobody may use it.',
    ASSIGNMENT_CODE_TAKEN:
      'This programme already has an assignment with code {{code}}; choose another code.',
    ASSIGNMENT_IN_USE: 'Assignment {{code}} is linked to {{linkedFrom}}; remove that link first.',
    ASSIGNMENT_NOT_FOUND: 'This assignment does not exist (any more).',
    BESTUURSRAPPORTAGE_ALREADY_FINAL:
      'This progress report to the board is already final (version {{version}}) and no longer changes.',
    BESTUURSRAPPORTAGE_NOT_FOUND: 'This progress report to the board does not exist (yet).',
    ASSIGNMENT_VERSION_CONFLICT:
      'Someone else changed the assignment in the meantime (now version {{currentVersion}}); reload it.',
    CONSULTATION_ROUND_NOT_FOUND: 'The programme has no consultation round {{round}}.',
    CONTRIBUTION_SPLIT_FAILED:
      'The contributions cannot be split to the cent (reference date {{referenceDate}}); add the missing populations or change the cost-sharing key.',
    COUNCIL_DECISION_NOT_FOUND: 'This municipality does not decide on this programme.',
    COUNCIL_DECISION_VERSION_CONFLICT:
      'Someone else recorded this council decision in the meantime (now version {{currentVersion}}); reload it.',
    CSRF_FAILED: 'This request was refused for security reasons. Reload the page and try again.',
    CURRENT_PASSWORD_WRONG: 'The current password is not right.',
    DATABASE_UNREACHABLE:
      'Koers cannot reach its database right now. Try again in a few minutes; if it persists, tell the administrator.',
    DEMO_MODE_OFF: 'This Koers does not run in demo mode.',
    EXTERNAL_PROGRAMME_NAME_TAKEN:
      'There already is an external programme named {{name}}; link assignments to that programme.',
    EXTERNAL_PROGRAMME_NOT_FOUND: 'This external programme does not exist (any more).',
    EXTERNAL_PROGRAMME_SHARED:
      '{{name}} is shared by all regions; only a platform administrator can change it.',
    EXTERNAL_PROGRAMME_VERSION_CONFLICT:
      'Someone else changed this external programme in the meantime (now version {{currentVersion}}); reload.',
    EXPORT_TABLE_NOT_FOUND: 'There is no table “{{table}}” to export; choose from {{tables}}.',
    FORBIDDEN: 'Your role in this region does not allow you to do this.',
    IMPORT_FILE_MISSING: 'Choose an XLSX or CSV file.',
    IMPORT_FILE_NOT_SUPPORTED: 'The file is not an XLSX or CSV file: {{why}}.',
    IMPORT_FILE_TOO_LARGE: 'The file is larger than 10 MB.',
    IMPORT_INVALID_one: 'The file has {{count}} problem; nothing was stored.',
    IMPORT_INVALID_other: 'The file has {{count}} problems; nothing was stored.',
    IMPORT_TOO_MANY_ROWS: 'The sheet {{sheet}} has more than {{max}} rows.',
    INTERNAL_ERROR:
      'Something went wrong on our side. Give the request number to the administrator.',
    INVITATION_NOT_FOUND: 'This invitation does not exist (any more).',
    LAST_REGION_ADMIN:
      'This is the region’s last administrator; appoint another administrator first.',
    LOGIN_FAILED: 'The email address or the password is not right.',
    LOGIN_RATE_LIMITED: 'Too many failed sign-in attempts. Try again in {{minutes}} minutes.',
    MANDATE_ACCOUNT_EXISTS:
      'An account has already been recorded for this report-back date; change that one.',
    MANDATE_ACCOUNT_NOT_FOUND: 'This account does not exist (any more).',
    MANDATE_ACCOUNT_VERSION_CONFLICT:
      'Someone else changed the account in the meantime (now version {{currentVersion}}); reload.',
    MANDATE_CEILING_PASSED: 'This amount goes beyond the ceiling of the mandate.',
    MANDATE_DECISION_NOT_FOUND: 'This mandate decision does not exist (any more).',
    MANDATE_DECISION_VERSION_CONFLICT:
      'Someone else changed the decision in the meantime (now version {{currentVersion}}); reload.',
    MUNICIPALITY_CBS_CODE_TAKEN:
      'This region already has a municipality with CBS code {{cbsCode}}.',
    MUNICIPALITY_IN_USE: 'Municipality {{name}} is still in use; remove those references first.',
    MUNICIPALITY_NOT_FOUND: 'This municipality does not exist (any more).',
    MUNICIPALITY_VERSION_CONFLICT:
      'Someone else changed this municipality in the meantime (now version {{currentVersion}}); reload.',
    NOT_SIGNED_IN: 'Sign in to see or do this.',
    ORGANISATION_IN_USE: 'Organisation {{name}} is still in use; remove those references first.',
    ORGANISATION_NOT_FOUND: 'This organisation does not exist (any more) in this region.',
    ORGANISATION_VERSION_CONFLICT:
      'Someone else changed this organisation in the meantime (now version {{currentVersion}}); reload.',
    PASSWORD_CHANGE_RATE_LIMITED:
      'A wrong current password too often. Try again in {{minutes}} minutes.',
    PERSON_IN_USE: '{{name}} is still named elsewhere; remove those references first.',
    PERSON_NOT_FOUND: 'This person does not exist (any more) in this region.',
    PERSON_VERSION_CONFLICT:
      'Someone else changed this person in the meantime (now version {{currentVersion}}); reload.',
    POPULATION_DATE_TAKEN:
      '{{name}} already has a population on {{referenceDate}}; change that one or choose another date.',
    PROGRAMME_HAS_ASSIGNMENTS:
      'The programme still holds {{assignmentCount}} assignment(s); delete them first.',
    PROGRAMME_NOT_DRAFT:
      'The programme is no longer a draft; changes go through a new draft version or, during the consultation, through an amendment.',
    PROGRAMME_NOT_FOUND: 'This programme does not exist (any more).',
    PROGRAMME_NOT_IN_EXECUTION: 'The programme is not being carried out (yet).',
    PROGRAMME_NOT_IN_CONSULTATION:
      'The programme is not out for consultation with the councils; council decisions and answers to views are recorded only during the consultation.',
    PROGRAMME_NOT_SENT_TO_COUNCILS:
      'The programme has not been sent to the councils yet, so there is no ratification matrix.',
    PROGRAMME_VERSION_CONFLICT:
      'Someone else changed the programme in the meantime (now version {{currentVersion}}); reload it.',
    PROGRAMME_VERSION_NOT_FOUND: 'This version of the programme does not exist.',
    PROGRAMME_YEAR_TAKEN:
      'This region already has a programme for {{year}}; change that programme instead.',
    PROGRESS_REPORT_EXISTS: 'There already is a progress report for this assignment and period.',
    PROGRESS_REPORT_FROZEN: 'This progress report has been recorded and no longer changes.',
    PROGRESS_REPORT_NOT_EDITABLE: 'This progress report cannot be changed now.',
    PROGRESS_REPORT_NOT_FOUND: 'This progress report does not exist (any more).',
    PROGRESS_REPORT_NOT_SUBMITTED: 'This progress report has not been submitted yet.',
    PROGRESS_REPORT_VERSION_CONFLICT:
      'Someone else changed this progress report in the meantime; reload it.',
    REGION_IN_USE: 'This region is still in use; remove what belongs to it first.',
    REGION_NOT_FOUND: 'This region does not exist (any more).',
    REGION_SHORT_NAME_TAKEN:
      'There already is a region with the short name {{shortName}}; choose another.',
    REGION_VERSION_CONFLICT:
      'Someone else changed this region in the meantime (now version {{currentVersion}}); reload.',
    REPORTING_CALENDAR_VERSION_CONFLICT:
      'Someone else changed the reporting calendar in the meantime; reload.',
    REPORTING_PERIOD_NOT_FOUND: 'This reporting period does not exist.',
    ROLE_NOT_FOUND: 'The user does not have that role in this region.',
    SESSIONS_UNAVAILABLE: 'Signing in is not possible right now. Try again in a few minutes.',
    STEERING_GROUP_VERSION_CONFLICT:
      'Someone else changed the steering group in the meantime; reload.',
    THEME_IN_USE: 'Theme {{name}} is still in use; remove those references first.',
    THEME_NOT_FOUND: 'This theme does not exist (any more) in this region.',
    THEME_VERSION_CONFLICT:
      'Someone else changed this theme in the meantime (now version {{currentVersion}}); reload.',
    USER_MANAGED_ELSEWHERE:
      'This user also has roles outside the regions you manage; only a platform administrator can change or block this account.',
    USER_NOT_FOUND: 'This user does not exist (any more).',
    VALIDATION_FAILED_one: 'The field {{field}} is not valid.',
    VALIDATION_FAILED_other: '{{count}} fields are not valid.',
    VIEW_POINT_NOT_FOUND: 'This view point does not exist in this programme.',
    VIEW_POINT_OF_EARLIER_ROUND:
      'This view point belongs to round {{round}}; only points of the current round {{currentRound}} are answered.',
    VIEW_POINT_VERSION_CONFLICT:
      'Someone else changed or answered this view point in the meantime (now version {{currentVersion}}); reload it.',
    PROGRAMME_TRANSITION_NOT_ALLOWED: 'This step is not possible from the current status.',
    PROGRAMME_REASON_REQUIRED: 'Give a reason for this step.',
    PROGRAMME_HAS_NO_ASSIGNMENTS: 'The programme has no assignments yet.',
    PROGRAMME_HAS_UNANSWERED_VIEWS: 'Not every view has been answered yet.',
    PROGRAMME_COUNCILS_PENDING: 'Not every council has decided yet.',
    http: {
      '400': 'The request is not valid.',
      '404': 'This address does not exist.',
      '413': 'What you send is too large.',
      other: 'The request failed (error {{status}}).',
    },
  },
  fieldErrors: {
    invalid: 'is not valid',
    whitelistValidation: 'this field does not exist',
    isDefined: 'is required',
    isNotEmpty: 'must not be empty',
    isString: 'must be text',
    isInt: 'must be a whole number',
    isNumber: 'must be a number',
    isBoolean: 'must be true or false',
    isUuid: 'must be a valid id (uuid)',
    isEmail: 'must be a valid email address',
    isDateString: 'must be a valid date (YYYY-MM-DD)',
    isISO8601: 'must be a valid date (YYYY-MM-DD)',
    isCalendarDate: 'must be an existing date (YYYY-MM-DD)',
    isArray: 'must be a list',
    isEnum: 'has a value that is not allowed',
    isIn: 'has a value that is not allowed',
    nestedValidation: 'must be an object',
    isObject: 'must be an object',
    arrayUnique: 'holds duplicate values',
    arrayMaxSize: 'holds too many items',
    arrayMinSize: 'holds too few items',
    maxLength: 'is too long',
    minLength: 'is too short',
    min: 'is too small',
    max: 'is too large',
    matches: 'does not have the right form',
    isUrl: 'must be a valid web address',
    isHundredths: 'must be a number with at most 2 decimals',
  },
};
