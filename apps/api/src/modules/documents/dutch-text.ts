import type { CouncilDecisionStatus, ProgrammeStatus, ViewPointOutcome } from '@koers/contracts';
import { formatEuroChange, formatEuros } from '@koers/domain';

/** The same words the web app shows (its nl locales), for documents made on the server. */
export const PROGRAMME_STATUS_NL: Record<ProgrammeStatus, string> = {
  draft: 'Concept',
  proposed: 'Voorstel aan het bestuur',
  consultation: 'Bij de gemeenteraden',
  adopted: 'Vastgesteld',
  in_execution: 'In uitvoering',
  closed: 'Afgesloten',
};

export const DECISION_STATUS_NL: Record<CouncilDecisionStatus, string> = {
  pending: 'Nog geen besluit',
  no_view: 'Geen zienswijze',
  view_submitted: 'Zienswijze ingediend',
  agreed: 'Ingestemd',
  agreed_with_view: 'Ingestemd met zienswijze',
  rejected: 'Afgewezen',
  partial: 'Gedeeltelijk ingestemd',
};

export const OUTCOME_NL: Record<ViewPointOutcome, string> = {
  adopted: 'Overgenomen',
  partly_adopted: 'Deels overgenomen',
  not_adopted: 'Niet overgenomen',
};

const longDate = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** An ISO date as "14 augustus 2026". */
export function dutchDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

const wholeNumber = new Intl.NumberFormat('nl-NL');

/** 807025 → "807.025". */
export function dutchNumber(value: number): string {
  return wholeNumber.format(value);
}

/** Fractional cents per inhabitant as euros: 275.4 → "€ 2,75". */
export function euroPerInhabitant(cents: number): string {
  return formatEuros(Math.round(cents));
}

export { formatEuroChange, formatEuros };

/** The assignment fields an amendment can touch, as the history page names them. */
const FIELD_NL: Record<string, string> = {
  title: 'titel',
  goal: 'doel',
  results: 'resultaten',
  themeId: 'opgave',
  budgetLines: 'begrotingsregels',
  capacityLines: 'capaciteit',
  kpis: 'indicatoren',
  risks: 'risico’s',
  mandate: 'mandaat',
  participation: 'deelname',
  participantIds: 'deelnemende gemeenten',
  portfolioHolderId: 'portefeuillehouder',
  leadId: 'ambtelijk opdrachtnemer',
  contributionKey: 'verdeelsleutel',
  linkedAssignmentIds: 'gekoppelde opdrachten',
  externalProgrammeIds: 'gekoppelde programma’s',
  priority: 'prioriteit',
};

/** ['budgetLines', 'mandate'] → "begrotingsregels, mandaat". */
export function fieldsNl(fields: readonly string[]): string {
  return fields.map((f) => FIELD_NL[f] ?? f).join(', ');
}
