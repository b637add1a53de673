/** How much the generator makes. The national and region presets are what issue 7 asks for. */
export interface BenchScale {
  name: string;
  seed: number;
  /** How many of the national model's regions to fill (the first ones). */
  regions: number;
  /** Programme years, the last one in consultation, the one before in execution, older closed. */
  years: number;
  lastYear: number;
  assignmentsPerProgramme: number;
  /** Audit records per assignment beyond its creation (edits while drafting). */
  auditEditsPerAssignment: number;
  /** Audit records on the busy entity: the last programme of the first region. */
  busyEntityAuditRecords: number;
}

export const BENCH_PASSWORD = 'koers-bench-wachtwoord-2026';

export const SCALES: Record<'national' | 'region', BenchScale> = {
  national: {
    name: 'national',
    seed: 20_260_701,
    regions: 60,
    years: 10,
    lastYear: 2027,
    assignmentsPerProgramme: 40,
    auditEditsPerAssignment: 41,
    busyEntityAuditRecords: 20_000,
  },
  region: {
    name: 'region',
    seed: 20_260_701,
    regions: 1,
    years: 1,
    lastYear: 2027,
    assignmentsPerProgramme: 40,
    auditEditsPerAssignment: 41,
    busyEntityAuditRecords: 20_000,
  },
};

/** The 12 provinces; the national model always has 342 municipalities and 60 regions. */
export const PROVINCES = [
  'Groningen',
  'Fryslân',
  'Drenthe',
  'Overijssel',
  'Flevoland',
  'Gelderland',
  'Utrecht',
  'Noord-Holland',
  'Zuid-Holland',
  'Zeeland',
  'Noord-Brabant',
  'Limburg',
] as const;
export const MUNICIPALITY_COUNT = 342;
export const REGIONS_PER_PROVINCE = 5;

export type ProgrammeStatus = 'consultation' | 'in_execution' | 'closed';

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
