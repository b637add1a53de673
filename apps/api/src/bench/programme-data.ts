import type { AssignmentSnapshot, ProgrammeSnapshot } from '@koers/contracts';
import { consultationDeadline } from '@koers/domain';
import { ProgrammeStatus } from './bench-scale';
import { Prng } from './prng';
import { buildDecisions } from './decision-data';
import { RegionContext } from './region-data';

/** Rows of every table a region's programmes fill, in insert order. */
export type Rows = Record<string, unknown[][]>;

export interface GeneratedProgramme {
  id: string;
  year: number;
  status: ProgrammeStatus;
  assignmentIds: string[];
}

const VERBS = [
  'Versnellen',
  'Verbinden',
  'Verduurzamen',
  'Versterken',
  'Ontwikkelen',
  'Vernieuwen',
];
const TOPICS = [
  'woningbouw',
  'energienetwerk',
  'arbeidsmarkt',
  'fietsroutes',
  'zorgketen',
  'bedrijventerreinen',
  'circulaire bouw',
  'digitale inclusie',
  'laadinfrastructuur',
  'natuur',
];
const SOURCES = ['province', 'national', 'eu', 'private'] as const;
const PROSPERITY = ['material_welfare', 'housing', 'environment', 'health', 'work_and_leisure'];

/**
 * One programme of one year with ~N assignments (budget, capacity, KPI lines, participants),
 * its frozen versions, one decision per member council with view points and answers, and the
 * audit records of its life. Past programmes are adopted, every council decided and every point
 * is answered; the last year is in consultation with some councils still pending.
 */
export function buildProgramme(
  prng: Prng,
  region: RegionContext,
  year: number,
  status: ProgrammeStatus,
  assignmentCount: number,
  rows: Rows,
): GeneratedProgramme {
  const push = (table: string, row: unknown[]) => (rows[table] ??= []).push(row);
  const id = prng.uuid();
  const sentOn = `${year - 1}-10-01`;
  const deadline = consultationDeadline(sentOn, 12);
  const wentBack = prng.chance(0.25);
  const versionCount = wentBack ? 2 : 1;
  const path =
    status === 'consultation'
      ? ['proposed', 'consultation']
      : status === 'in_execution'
        ? ['proposed', 'consultation', 'adopted', 'in_execution']
        : ['proposed', 'consultation', 'adopted', 'in_execution', 'closed'];
  const transitions = wentBack ? ['proposed', 'consultation', 'draft', ...path] : path;
  const title = `Regionaal programma ${year}`;
  const adoptedOn = status === 'consultation' ? null : `${year}-01-15`;
  push('programmes', [
    id,
    region.id,
    year,
    title,
    `Het jaarprogramma ${year} van de regio.`,
    status,
    transitions.length + 1,
    12,
    sentOn,
    deadline,
    adoptedOn,
    versionCount,
  ]);

  const assignments: AssignmentSnapshot[] = [];
  for (let n = 1; n <= assignmentCount; n++) {
    const a = buildAssignment(prng, region, id, year, status, n, push);
    assignments.push(a);
  }
  const snapshot: ProgrammeSnapshot = {
    programmeId: id,
    regionId: region.id,
    year,
    title,
    introduction: `Het jaarprogramma ${year} van de regio.`,
    populationReferenceDate: null,
    viewWindowWeeks: 12,
    contributionKey: null,
    assignments,
    budgetTotalCents: assignments.reduce((s, a) => s + a.budgetTotalCents, 0),
  };
  for (let number = 1; number <= versionCount; number++) {
    push('programme_versions', [
      prng.uuid(),
      id,
      region.id,
      number,
      'draft',
      'proposed',
      number > 1 ? 'Zienswijzen vroegen om een nieuwe verdeling.' : null,
      region.bureauEmail,
      snapshot,
      `${year - 1}-09-${String(10 + number).padStart(2, '0')}T09:00:00Z`,
    ]);
  }

  // The programme's own audit trail: created, then every transition.
  let at = new Date(`${year - 1}-06-01T09:00:00Z`).getTime();
  const audit = (
    entity: string,
    entityId: string,
    action: string,
    changes: unknown[],
    reason: string | null = null,
  ) => {
    at += prng.int(1, 72) * 3_600_000;
    push('audit_records', [
      new Date(at).toISOString(),
      region.id,
      null,
      region.bureauEmail,
      'bureau',
      entity,
      entityId,
      action,
      changes,
      reason,
    ]);
  };
  audit('programme', id, 'create', [{ field: 'title', old: null, new: title }]);
  let from = 'draft';
  for (const to of transitions) {
    audit(
      'programme',
      id,
      'transition',
      [{ field: 'status', old: from, new: to }],
      to === 'draft' ? 'Zienswijzen vroegen om een nieuwe verdeling.' : null,
    );
    from = to;
  }
  for (const a of assignments) {
    audit('assignment', a.id, 'create', [{ field: 'title', old: null, new: a.title }]);
  }

  buildDecisions(prng, region, id, status, sentOn, assignments, push, audit);
  return { id, year, status, assignmentIds: assignments.map((a) => a.id) };
}

function buildAssignment(
  prng: Prng,
  region: RegionContext,
  programmeId: string,
  year: number,
  programmeStatus: ProgrammeStatus,
  n: number,
  push: (table: string, row: unknown[]) => void,
): AssignmentSnapshot {
  const id = prng.uuid();
  const theme = prng.pick(region.themes);
  const code = `A${String(n).padStart(2, '0')}`;
  const title = `${prng.pick(VERBS)} ${prng.pick(TOPICS)} ${region.shortName}-${n}`;
  const optIn = region.members.length >= 4 && prng.chance(0.15);
  const participantIds = optIn
    ? prng.sample(region.members, prng.int(2, region.members.length - 1)).map((m) => m.id)
    : [];
  const status =
    programmeStatus === 'consultation'
      ? 'concept'
      : programmeStatus === 'closed'
        ? prng.weighted([
            ['done', 85],
            ['dropped', 15],
          ] as const)
        : prng.weighted([
            ['active', 70],
            ['paused', 10],
            ['done', 20],
          ] as const);
  const budgetLines = [
    {
      fundingSource: 'member_contribution' as const,
      sourceName: 'Inwonerbijdrage',
      year,
      amountCents: prng.int(5_000, 250_000) * 100 + prng.int(0, 99),
    },
  ];
  for (let i = prng.int(0, 3); i > 0; i--) {
    const fundingSource = prng.pick(SOURCES);
    budgetLines.push({
      fundingSource: fundingSource as never,
      sourceName: `Bijdrage ${fundingSource}`,
      year,
      amountCents: prng.int(1_000, 500_000) * 100,
    });
  }
  const budgetTotalCents = budgetLines.reduce((s, l) => s + l.amountCents, 0);
  const capacityLines = Array.from({ length: prng.int(1, 2) }, (_, i) => {
    const org = prng.pick(region.organisations);
    const fte = i === 0 ? Math.round(prng.int(10, 300)) / 100 : null;
    return {
      supplierOrganisationId: org.id,
      supplierName: org.name,
      year,
      fte,
      hours: fte === null ? prng.int(40, 1600) : null,
    };
  });
  const holder = prng.pick(region.people.slice(0, 4));
  const lead = prng.pick(region.people.slice(4));
  const mandate = {
    scope: `Uitvoeren van ${title.toLowerCase()} binnen het budget.`,
    budgetCeilingCents: budgetTotalCents,
    validFrom: `${year}-01-01`,
    validUntil: `${year}-12-31`,
    reportBackDates: [`${year}-06-30`],
    escalation: 'Bij overschrijding terug naar het algemeen bestuur.',
  };
  const results = [`Resultaat ${code} ${year}`];
  const risks = [{ description: 'Vertraging bij partners', mitigation: 'Maandelijks overleg' }];
  push('assignments', [
    id,
    programmeId,
    region.id,
    theme.id,
    code,
    title,
    `Doel van ${title.toLowerCase()}.`,
    results,
    risks,
    holder,
    lead,
    optIn ? 'opt_in' : 'all',
    mandate.scope,
    mandate.budgetCeilingCents,
    mandate.validFrom,
    mandate.validUntil,
    mandate.reportBackDates,
    mandate.escalation,
    status,
    prng.int(1, 5),
  ]);
  budgetLines.forEach((l, position) =>
    push('assignment_budget_lines', [
      prng.uuid(),
      id,
      region.id,
      l.fundingSource,
      l.sourceName,
      l.year,
      l.amountCents,
      position,
    ]),
  );
  capacityLines.forEach((l, position) =>
    push('assignment_capacity_lines', [
      prng.uuid(),
      id,
      region.id,
      l.supplierOrganisationId,
      l.supplierName,
      l.year,
      l.fte,
      l.hours,
      position,
    ]),
  );
  for (let position = 0, k = prng.int(1, 3); position < k; position++) {
    push('assignment_kpis', [
      prng.uuid(),
      id,
      region.id,
      `Indicator ${position + 1} van ${code}`,
      'aantal',
      String(prng.int(0, 100)),
      String(prng.int(100, 500)),
      `${year}-12-31`,
      prng.pick(PROSPERITY),
      position,
    ]);
  }
  for (const municipalityId of participantIds) {
    push('assignment_participants', [id, municipalityId, region.id]);
  }
  return {
    id,
    code,
    title,
    goal: `Doel van ${title.toLowerCase()}.`,
    results,
    themeId: theme.id,
    themeTitle: theme.title,
    status,
    participation: optIn ? 'opt_in' : 'all',
    participantIds: [...participantIds].sort(),
    contributionKey: null,
    portfolioHolderId: holder,
    leadId: lead,
    mandate,
    budgetLines,
    capacityLines,
    budgetTotalCents,
  };
}
