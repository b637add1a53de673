import { EntityManager } from 'typeorm';
import { diffFields, recordAudit } from '../modules/audit/audit-trail';
import { AssignmentEntity } from '../modules/assignments/assignment.entity';
import { replaceAssignmentParts } from '../modules/assignments/assignment-writer';
import { ProgrammeEntity } from '../modules/programmes/programme.entity';
import {
  SteeringGroupCommitmentEntity,
  SteeringGroupMemberEntity,
} from '../modules/steering-groups/steering-group.entity';
import { MRE } from './data/reference-data';
import {
  EXTRA_PEOPLE,
  EXTRA_THEMES,
  MRE_ASSIGNMENTS_2026,
  PROGRAMME_2026,
  SeedAssignment,
} from './data/mre-programme-2026';
import {
  demoMunicipalityId,
  demoOrganisationId,
  demoPersonId,
  demoRegionId,
  demoThemeId,
  externalProgrammeId,
} from './demo-lookups';
import { SeedStep } from './run-seeds';

/** Euros of the demo data to exact integer cents; refuses amounts finer than a cent. */
export function eurToCents(eur: number): number {
  const cents = Math.round(eur * 100);
  if (!Number.isSafeInteger(cents) || Math.abs(cents - eur * 100) > 1e-6 || cents < 0) {
    throw new Error(`Demo seed: ${eur} is not a whole number of cents.`);
  }
  return cents;
}

export async function ensureExtras(manager: EntityManager, regionId: string): Promise<void> {
  for (const theme of EXTRA_THEMES) {
    await manager.query(
      `INSERT INTO themes (region_id, title, description, period_start_year, period_end_year)
       SELECT $1::uuid, $2::varchar, $3::text, $4::int, $5::int
       WHERE NOT EXISTS (SELECT 1 FROM themes WHERE region_id = $1 AND title = $2)`,
      [regionId, theme.title, theme.description, theme.periodStartYear, theme.periodEndYear],
    );
  }
  for (const person of EXTRA_PEOPLE) {
    const organisationId =
      person.organisation !== undefined
        ? await demoOrganisationId(manager, regionId, person.organisation)
        : null;
    const municipalityId =
      person.municipality !== undefined
        ? await demoMunicipalityId(manager, regionId, person.municipality)
        : null;
    await manager.query(
      `INSERT INTO people (region_id, name, email, function, organisation_id, municipality_id)
       SELECT $1::uuid, $2::varchar, $3::varchar, $4::varchar, $5::uuid, $6::uuid
       WHERE NOT EXISTS (SELECT 1 FROM people WHERE region_id = $1 AND name = $2)`,
      [
        regionId,
        person.name,
        `${person.name.toLowerCase().replace(/[^a-z]+/g, '.')}@koers.demo`,
        person.function,
        organisationId,
        municipalityId,
      ],
    );
  }
}

/** What an assignment takes from its programme's year: the lines' year and the mandate's term. */
export type SeedProgrammeYear = Pick<
  typeof PROGRAMME_2026,
  'year' | 'mandateValidFrom' | 'mandateValidUntil' | 'reportBackDates'
>;

export async function seedAssignment(
  manager: EntityManager,
  regionId: string,
  programmeId: string,
  data: SeedAssignment,
  programme: SeedProgrammeYear = PROGRAMME_2026,
): Promise<string> {
  const person = (name: string) => demoPersonId(manager, regionId, name);
  const organisation = (name: string) => demoOrganisationId(manager, regionId, name);
  const inserted = await manager.insert(AssignmentEntity, {
    programmeId,
    regionId,
    themeId: await demoThemeId(manager, regionId, data.theme),
    code: data.code,
    title: data.title,
    goal: data.goal,
    results: data.results,
    risks: [],
    portfolioHolderId: await person(data.portfolioHolder),
    leadId: await person(data.lead),
    participation: data.participation,
    mandateScope: data.mandate.scope,
    mandateBudgetCeilingCents:
      data.mandate.ceilingEur === undefined ? null : eurToCents(data.mandate.ceilingEur),
    mandateValidFrom: programme.mandateValidFrom,
    mandateValidUntil: programme.mandateValidUntil,
    mandateReportBackDates: programme.reportBackDates,
    mandateEscalation: data.mandate.escalation,
    status: data.status,
    priority: data.priority,
  });
  const assignmentId = (inserted.identifiers[0] as { id: string }).id;
  await recordAudit(manager, {
    regionId,
    entity: 'assignment',
    entityId: assignmentId,
    action: 'create',
    changes: diffFields(null, {
      code: data.code,
      title: data.title,
      themeId: await demoThemeId(manager, regionId, data.theme),
      portfolioHolderId: await person(data.portfolioHolder),
      leadId: await person(data.lead),
      participation: data.participation,
      budgetTotalCents: data.budget.reduce((sum, line) => sum + eurToCents(line.eur), 0),
    }),
  });
  const capacityLines = [];
  for (const line of data.capacity) {
    capacityLines.push({
      supplierOrganisationId: line.organisation ? await organisation(line.organisation) : null,
      supplierName: line.supplier,
      year: programme.year,
      fte: line.fte,
      hours: null,
    });
  }
  const participantIds = [];
  for (const name of data.participants ?? []) {
    participantIds.push(await demoMunicipalityId(manager, regionId, name));
  }
  const externalProgrammeIds = [];
  for (const name of data.externalProgrammes) {
    externalProgrammeIds.push(await externalProgrammeId(manager, name));
  }
  const budgetLines = [];
  for (const line of data.budget) {
    const extra = line.fundingSource === 'extra_member_contribution';
    const payers = [];
    for (const name of extra ? (line.payers ?? data.participants ?? []) : []) {
      payers.push({ municipalityId: await demoMunicipalityId(manager, regionId, name) });
    }
    budgetLines.push({
      fundingSource: line.fundingSource,
      sourceName: line.source,
      year: programme.year,
      amountCents: eurToCents(line.eur),
      ...(extra ? { payers, payerSplit: 'per_inhabitant' as const } : {}),
    });
  }
  await replaceAssignmentParts(manager, assignmentId, regionId, {
    budgetLines,
    capacityLines,
    kpis: data.kpis.map((kpi) => ({
      name: kpi.name,
      unit: '',
      baseline: kpi.baseline ?? '',
      target: kpi.target,
      targetDate: null,
      broadProsperityTheme: kpi.broadProsperityTheme ?? null,
    })),
    participantIds,
    externalProgrammeIds,
  });
  const owned = { assignmentId, regionId };
  for (const [position, member] of data.steeringGroup.entries()) {
    await manager.insert(SteeringGroupMemberEntity, {
      ...owned,
      personId: await person(member.person),
      organisationId: member.organisation ? await organisation(member.organisation) : null,
      role: member.role,
      position,
    });
  }
  for (const [position, commitment] of data.commitments.entries()) {
    await manager.insert(SteeringGroupCommitmentEntity, {
      ...owned,
      organisationId: await organisation(commitment.organisation),
      description: commitment.description,
      amountCents: commitment.eur === undefined ? null : eurToCents(commitment.eur),
      fte: commitment.fte ?? null,
      position,
    });
  }
  return assignmentId;
}

/** The 2026 programme of Metropoolregio Eindhoven with its (fictional) assignments. */
export const programme2026Seed: SeedStep = {
  name: 'programme-2026',
  async run(manager) {
    const regionId = await demoRegionId(manager, MRE);
    await ensureExtras(manager, regionId);
    const programme = await manager.save(
      manager.create(ProgrammeEntity, {
        regionId,
        year: PROGRAMME_2026.year,
        title: PROGRAMME_2026.title,
        introduction: PROGRAMME_2026.introduction,
        populationReferenceDate: PROGRAMME_2026.populationReferenceDate,
      }),
    );
    await recordAudit(manager, {
      regionId,
      entity: 'programme',
      entityId: programme.id,
      action: 'create',
      changes: diffFields(null, {
        year: programme.year,
        title: programme.title,
        populationReferenceDate: programme.populationReferenceDate,
      }),
    });
    const ids = new Map<string, string>();
    for (const assignment of MRE_ASSIGNMENTS_2026) {
      ids.set(assignment.code, await seedAssignment(manager, regionId, programme.id, assignment));
    }
    for (const assignment of MRE_ASSIGNMENTS_2026) {
      const linked = (assignment.links ?? []).map((code) => {
        const id = ids.get(code);
        if (!id) throw new Error(`Demo seed: ${assignment.code} links to unknown ${code}.`);
        return id;
      });
      await replaceAssignmentParts(manager, ids.get(assignment.code)!, regionId, {
        linkedAssignmentIds: linked,
      });
    }
  },
};
