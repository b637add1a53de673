import type { TFunction } from 'i18next';
import { DOCUMENT_FIELDS } from './conflict';

/** Labels (under `assignments.fields`) of the parts inside a list item or the mandate. */
const SUB_FIELDS: Record<string, string> = {
  amountCents: 'amount',
  year: 'year',
  sourceName: 'sourceName',
  fundingSource: 'fundingSource',
  supplierName: 'supplierName',
  supplierOrganisationId: 'supplierOrganisation',
  fte: 'fte',
  hours: 'hours',
  name: 'kpi.name',
  unit: 'kpi.unit',
  baseline: 'kpi.baseline',
  target: 'kpi.target',
  targetDate: 'kpi.targetDate',
  broadProsperityTheme: 'kpi.broadProsperityTheme',
  description: 'riskDescription',
  mitigation: 'riskMitigation',
  scope: 'mandateScope',
  budgetCeilingCents: 'budgetCeiling',
  validFrom: 'validFrom',
  validUntil: 'validUntil',
  reportBackDates: 'reportBackDates',
  escalation: 'escalation',
  personId: 'person',
  organisationId: 'organisation',
  role: 'role',
  type: 'keyType',
  payers: 'payers',
  payerSplit: 'payerSplit',
  fixedShareBasisPoints: 'fixedSharePercent',
  basisPointsByMunicipality: 'municipalityPercents',
  basisPoints: 'surchargePercent',
  municipalityIds: 'surchargeMunicipalities',
};

/**
 * An API field path in words: `budgetLines.1.amountCents` → "Begroting 2: bedrag";
 * a municipality's id in the path (a key's own percentages) becomes its name.
 */
export function fieldLabel(
  path: string,
  t: TFunction,
  named: readonly { id: string; name: string }[] = [],
): string {
  const [top, ...rest] = path.split('.');
  const topKey = (DOCUMENT_FIELDS as Record<string, string>)[top] ?? top;
  const words = [t(`assignments.fields.${topKey}`, { defaultValue: top })];
  for (const part of rest) {
    const name = named.find((n) => n.id === part.toLowerCase())?.name;
    if (part === 'surcharge' && rest.length > 1) continue; // its parts say "toeslag" themselves
    if (name) words.push(name);
    else if (/^\d+$/.test(part)) words[words.length - 1] += ` ${Number(part) + 1}`;
    else words.push(t(`assignments.fields.${SUB_FIELDS[part] ?? part}`, { defaultValue: part }));
  }
  return words.join(': ');
}
