import type { ImportProblem, ImportProblemCode } from '@koers/contracts';

type Params = Record<string, string | number>;

/** One Dutch sentence per problem; the web says the same in English from the code and params. */
const SENTENCES: Record<ImportProblemCode, (p: Params) => string> = {
  missing_sheet: (p) => `Het blad ${p.sheet} ontbreekt in de werkmap.`,
  missing_header: (p) => `De kolom ${p.header} ontbreekt in de kopregel.`,
  missing_value: () => 'Deze cel is verplicht en is leeg.',
  duplicate_code: (p) => `De code ${p.code} staat ook al op rij ${p.firstRow}.`,
  not_an_amount: (p) => `‘${p.value}’ is geen bedrag (bijvoorbeeld € 1.234,56 of 1234.56).`,
  too_many_decimals: (p) => `‘${p.value}’ heeft meer dan twee decimalen.`,
  amount_too_large: (p) => `‘${p.value}’ is groter dan het hoogste toegestane bedrag.`,
  negative_amount: (p) => `‘${p.value}’ is negatief; een bedrag is nul of meer.`,
  not_a_date: (p) => `‘${p.value}’ is geen datum (bijvoorbeeld 31-12-2026 of 2026-12-31).`,
  not_a_year: (p) => `‘${p.value}’ is geen jaar tussen 2000 en 2100.`,
  not_a_number: (p) => `‘${p.value}’ is geen geldig getal.`,
  not_allowed: (p) => `‘${p.value}’ is geen toegestane waarde; kies uit: ${p.allowed}.`,
  unknown_theme: (p) => `Het thema ‘${p.value}’ bestaat niet in deze regio.`,
  unknown_person: (p) => `De persoon ‘${p.value}’ bestaat niet in deze regio.`,
  ambiguous_person: (p) => `Er zijn meerdere personen met de naam ‘${p.value}’ in deze regio.`,
  unknown_municipality: (p) => `De gemeente ‘${p.value}’ hoort niet bij deze regio.`,
  unknown_assignment_code: (p) =>
    `De code ${p.code} staat niet op het blad Opdrachten van dit bestand.`,
  formula: () =>
    'Deze cel bevat een formule; formules worden niet uitgevoerd en hun uitkomst niet overgenomen. Vul de waarde zelf in.',
  unknown_kind: (p) =>
    `‘${p.value}’ is geen soort regel; gebruik Opdracht, Begroting of Capaciteit.`,
  invalid_value: (p) => `De waarde is niet geldig: ${p.reason}.`,
};

export function problem(
  sheet: string,
  row: number,
  column: string,
  code: ImportProblemCode,
  params: Params = {},
): ImportProblem {
  return { sheet, row, column, code, params, message: SENTENCES[code](params) };
}
