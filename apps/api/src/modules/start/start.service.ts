import { Injectable } from '@nestjs/common';
import type {
  MunicipalityRef,
  RoleName,
  StartAccounts,
  StartAssignment,
  StartCouncil,
  StartProgramme,
  StartRegion,
  StartResponse,
} from '@koers/contracts';
import {
  awaitsDecisionOf,
  councilMayRead,
  daysBetween,
  deadlineState,
  nextStep,
} from '@koers/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { KoersError } from '../../common/koers-error';
import type { Principal } from '../../common/access/principal';
import { ContributionsService } from '../contributions/contributions.service';
import { decisionAmounts } from '../council-decisions/shown-contribution';
import { preparedRead, runPrepared } from '../../database/prepared-read';
import { toMandateUse } from '../mandates/mandate-use';
import { programmeReports, toReportDue } from './report-due';
import {
  centsOrNull,
  readRegionNames,
  readStartAccounts,
  readStartAssignments,
  readStartProgrammes,
  StartProgrammeRow,
} from './start-read';

const MUNICIPALITY_REFS = preparedRead(
  'koers_start_municipalities',
  `SELECT m.id, m.name, m.cbs_code AS "cbsCode" FROM municipalities m WHERE m.id = ANY($1::uuid[])`,
);

/** The user's roles per region; a platform administrator is also admin in their regions. */
function regionRoles(principal: Principal): Map<string, RoleName[]> {
  const roles = new Map<string, RoleName[]>();
  for (const grant of principal.grants) {
    roles.set(grant.regionId, [...(roles.get(grant.regionId) ?? []), grant.role]);
  }
  if (principal.isPlatformAdmin) {
    for (const held of roles.values()) if (!held.includes('admin')) held.push('admin');
  }
  return roles;
}

@Injectable()
export class StartService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly contributions: ContributionsService,
  ) {}

  /** What waits for the signed-in person, in the regions they hold roles in and nowhere else. */
  async start(principal: Principal): Promise<StartResponse> {
    const manager = this.dataSource.manager;
    const today = this.clock.today();
    const roles = regionRoles(principal);
    const regionIds = [...roles.keys()];
    // A region where the user is only a council clerk shows "Onze gemeente", not the region's work.
    const workRegions = regionIds.filter((id) => roles.get(id)?.some((r) => r !== 'council'));
    const councilGrants = principal.grants.filter((g) => g.role === 'council' && g.municipalityId);
    const holders = principal.grants.flatMap((g) =>
      g.role === 'portfolio_holder' && g.personId
        ? [{ personId: g.personId, regionId: g.regionId }]
        : [],
    );
    const adminRegions = regionIds.filter((id) => roles.get(id)?.includes('admin'));

    const names = await readRegionNames(manager, regionIds);
    const programmeRows = await readStartProgrammes(
      manager,
      regionIds.filter(
        (id) => workRegions.includes(id) || councilGrants.some((g) => g.regionId === id),
      ),
    );
    const regions: StartRegion[] = regionIds
      .map((regionId) => ({
        regionId,
        regionName: names.get(regionId) ?? '',
        roles: roles.get(regionId) ?? [],
      }))
      .sort((a, b) => a.regionName.localeCompare(b.regionName, 'nl'));
    const programmes: StartProgramme[] = [];
    for (const row of programmeRows.filter((p) => workRegions.includes(p.region_id))) {
      programmes.push(await this.programme(row, today));
    }
    return {
      today,
      regions,
      programmes,
      councils: await this.councils(manager, councilGrants, programmeRows, names, today),
      assignments: (await readStartAssignments(manager, holders)).map((a): StartAssignment => ({
        id: a.id,
        code: a.code,
        title: a.title,
        programmeId: a.programme_id,
        year: a.year,
        regionId: a.region_id,
        status: a.status,
        mandate: toMandateUse(a, today),
        reportDue: toReportDue(a.report_due, today),
      })),
      accounts: (await readStartAccounts(manager, adminRegions)).map((a): StartAccounts => ({
        regionId: a.region_id,
        regionName: a.region_name,
        openInvitations: a.open_invitations,
        deactivated: a.deactivated,
      })),
    };
  }

  private async programme(row: StartProgrammeRow, today: string): Promise<StartProgramme> {
    const deadline = row.status === 'consultation' ? row.consultation_deadline : null;
    const pending = row.decisions.filter((d) => d.status === 'pending');
    const states = pending.map(() => (deadline ? deadlineState({ deadline, today }) : 'on_time'));
    const unansweredViewPoints = row.decisions.reduce((sum, d) => sum + d.unanswered, 0);
    const step = nextStep(row.status, {
      unansweredPoints: unansweredViewPoints,
      pendingCouncils: pending.length,
      deadlinePassed: deadline !== null && daysBetween(today, deadline) < 0,
      assignmentCount: row.assignment_count,
    });
    return {
      id: row.id,
      regionId: row.region_id,
      regionName: row.region_name,
      year: row.year,
      title: row.title,
      status: row.status,
      assignmentCount: row.assignment_count,
      nextStep: step && { ...step, roles: [...step.roles] },
      consultationDeadline: deadline,
      daysLeft: deadline ? daysBetween(today, deadline) : null,
      councils:
        row.decisions.length === 0
          ? null
          : {
              total: row.decisions.length,
              pending: pending.length,
              dueSoon: states.filter((s) => s === 'due_soon').length,
              overdue: states.filter((s) => s === 'overdue').length,
              amountChanged: await this.amountChanged(row),
            },
      unansweredViewPoints,
      reports: programmeReports(row, today),
      awaitsBoard: awaitsDecisionOf(step, ['board']),
    };
  }

  /** Decided councils whose municipality pays another amount today than they were shown. */
  private async amountChanged(row: StartProgrammeRow): Promise<MunicipalityRef[]> {
    const shown = row.decisions.filter((d) => d.shownTotalCents !== null && d.shownAt !== null);
    if (shown.length === 0) return [];
    const now = await this.contributions.currentAmounts(row.id);
    if (!now) return [];
    return shown
      .filter(
        (d) =>
          decisionAmounts(
            {
              shownTotalCents: centsOrNull(d.shownTotalCents),
              shownByAssignment: d.shownByAssignment,
              shownAt: d.shownAt === null ? null : new Date(d.shownAt),
            },
            now.get(d.municipalityId) ?? null,
          ).amountChangedSinceDecision,
      )
      .map((d) => ({ id: d.municipalityId, name: d.name, cbsCode: d.cbsCode }));
  }

  private async councils(
    manager: EntityManager,
    grants: Principal['grants'],
    rows: StartProgrammeRow[],
    names: Map<string, string>,
    today: string,
  ): Promise<StartCouncil[]> {
    if (grants.length === 0) return [];
    const ids = grants.map((g) => g.municipalityId as string);
    const refs = new Map(
      (await runPrepared<MunicipalityRef>(manager, MUNICIPALITY_REFS, [ids])).map((m) => [m.id, m]),
    );
    const out: StartCouncil[] = [];
    for (const grant of grants) {
      const municipality = refs.get(grant.municipalityId as string);
      if (!municipality) continue;
      // The newest programme sent to the councils in which this municipality has a say.
      const row = rows.find(
        (p) =>
          p.region_id === grant.regionId &&
          councilMayRead(p.status) &&
          p.decisions.some((d) => d.municipalityId === municipality.id),
      );
      out.push({
        regionId: grant.regionId,
        regionName: names.get(grant.regionId) ?? '',
        municipality,
        programme: row ? await this.councilProgramme(row, municipality.id, today) : null,
      });
    }
    return out;
  }

  private async councilProgramme(row: StartProgrammeRow, municipalityId: string, today: string) {
    const decision = row.decisions.find((d) => d.municipalityId === municipalityId);
    const deadline = row.status === 'consultation' ? row.consultation_deadline : null;
    const money = await this.money(row.id, municipalityId);
    return {
      id: row.id,
      year: row.year,
      title: row.title,
      status: row.status,
      deadline,
      daysLeft: deadline ? daysBetween(today, deadline) : null,
      deadlineState: deadline
        ? deadlineState({
            deadline,
            today,
            decidedOn: decision?.status === 'pending' ? null : decision?.decisionDate,
          })
        : null,
      decisionStatus: decision?.status ?? null,
      decisionDate: decision?.decisionDate ?? null,
      totalCents: money?.totalCents ?? null,
      previousYearTotalCents: money?.previousYearTotalCents ?? null,
      differenceCents: money?.differenceCents ?? null,
      hasResponseMemo: row.has_view_points,
    };
  }

  /**
   * What the municipality pays, as the contributions page computes it; null when the split cannot
   * be made (an unknown population). Any other error is a fault and is not hidden as "unknown".
   */
  private async money(programmeId: string, municipalityId: string) {
    try {
      const split = await this.contributions.contributions(programmeId);
      return split.municipalities.find((m) => m.municipalityId === municipalityId) ?? null;
    } catch (error) {
      if (error instanceof KoersError && error.code === 'CONTRIBUTION_SPLIT_FAILED') return null;
      throw error;
    }
  }
}
