import type { AssignmentProgressResponse } from '@koers/contracts';

type Translate = (key: string) => string;
type Lines = Pick<AssignmentProgressResponse, 'budgetLines' | 'kpis'>;

/** The form label key of each field of a line, by the last part of its API path. */
const LINE_LABELS: Record<string, string> = {
  committedCents: 'committed',
  spentCents: 'spent',
  explanation: 'overspend',
  value: 'kpiValue',
  measuredOn: 'kpiDate',
  source: 'kpiSource',
  title: 'milestoneTitle',
  plannedOn: 'plannedOn',
  doneOn: 'doneOn',
  description: 'riskDescription',
  likelihood: 'likelihood',
  impact: 'impact',
  measure: 'measure',
};

/**
 * How the error summary names a field of the report form: as its label says it ("Uitgegeven (€)
 * — inwonerbijdrage", "Mijlpaal 2"), not by its API path; the path itself when it is unknown.
 */
export function reportFieldLabel(
  field: string,
  lines: Lines,
  order: { money: string[]; kpiValues: string[] },
  f: Translate,
): string {
  const [list, index, part] = field.split('.');
  if (index === undefined) {
    return ['course', 'courseExplanation', 'delivered'].includes(list) ? f(list) : field;
  }
  const n = Number(index);
  const label = part ? LINE_LABELS[part] : undefined;
  if (!label) return field;
  if (list === 'money') {
    const line = lines.budgetLines.find((l) => l.id === order.money[n]);
    return line ? `${f(label)} — ${line.sourceName}` : field;
  }
  if (list === 'kpiValues') {
    const kpi = lines.kpis.find((k) => k.id === order.kpiValues[n]);
    return kpi ? `${f(label === 'kpiValue' ? 'kpis' : label)} — ${kpi.name}` : field;
  }
  if (list === 'milestones' || list === 'risks') {
    // As list-fields numbers them: "Mijlpaal 2", "Geplande datum (2)".
    const numbered = part === 'title' || part === 'description';
    return numbered ? `${f(label)} ${n + 1}` : `${f(label)} (${n + 1})`;
  }
  return field;
}
