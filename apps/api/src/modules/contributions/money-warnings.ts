import type { MoneyWarning } from '@koers/contracts';
import { populationStatus } from '@koers/domain';
import { needsPayers, SplitBudgetLine } from './assignment-split';

const euros = (cents: number) =>
  new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);
const dutchDate = (iso: string) => iso.split('-').reverse().join('-');

/**
 * What the bureau must see before sending a programme (and a council on its page): a population
 * that is missing at the reference date or more than a year older than it, and extra
 * contributions that do not name their payers yet. Members in the order given; lines by
 * assignment, then position.
 */
export function moneyWarnings(
  referenceDate: string,
  members: readonly { id: string; name: string; populationDate: string | null }[],
  assignments: readonly { id: string; code: string; budgetLines: readonly SplitBudgetLine[] }[],
): MoneyWarning[] {
  const warnings: MoneyWarning[] = [];
  for (const m of members) {
    const status = populationStatus(m.populationDate, referenceDate);
    const who = { municipalityId: m.id, municipalityName: m.name, referenceDate };
    if (status === 'missing') {
      warnings.push({
        code: 'POPULATION_MISSING',
        ...who,
        message: `Van ${m.name} is geen inwonertal bekend op of vóór de peildatum ${dutchDate(referenceDate)}.`,
      });
    } else if (status === 'stale') {
      warnings.push({
        code: 'POPULATION_STALE',
        ...who,
        populationDate: m.populationDate!,
        message: `Het inwonertal van ${m.name} is van ${dutchDate(m.populationDate!)}, meer dan een jaar vóór de peildatum ${dutchDate(referenceDate)}.`,
      });
    }
  }
  for (const a of assignments) {
    a.budgetLines.forEach((line, index) => {
      if (!needsPayers(line)) return;
      warnings.push({
        code: 'EXTRA_CONTRIBUTION_NEEDS_PAYERS',
        assignmentId: a.id,
        assignmentCode: a.code,
        budgetLineIndex: line.position ?? index,
        year: line.year,
        amountCents: line.amountCents,
        message: `Opdracht ${a.code}: de extra bijdrage van ${euros(line.amountCents)} (${line.year}) noemt nog niet wie betaalt; ze wordt tot dan over alle betalers verdeeld.`,
      });
    });
  }
  return warnings;
}
