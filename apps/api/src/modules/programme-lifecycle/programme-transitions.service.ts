import { Injectable } from '@nestjs/common';
import type {
  AllowedTransition,
  ProgrammeStatus,
  TransitionResponse,
  TransitionsResponse,
} from '@koers/contracts';
import { checkTransition, consultationDeadline, freezesVersion, nextStatuses } from '@koers/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { ValidationFailedError } from '../../common/koers-error';
import { currentActor } from '../../common/request-context';
import { diffFields, recordAudit } from '../audit/audit-trail';
import { openConsultation } from '../council-decisions/open-consultation';
import { ProgrammeVersionEntity } from '../programme-versions/programme-version.entity';
import { buildProgrammeSnapshot } from '../programme-versions/programme-snapshot';
import { freezeConsultation } from '../programme-versions/frozen-consultation';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { createReportingPeriods } from '../reporting-periods/reporting-periods';
import { auditView, ProgrammesService } from '../programmes/programmes.service';
import { TransitionDto } from './dto/transition.dto';
import { transitionContext } from './transition-context';
import { transitionRefused } from './transition.errors';

@Injectable()
export class ProgrammeTransitionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programmes: ProgrammesService,
    private readonly clock: Clock,
  ) {}

  /** The next states of the programme, each with whether it is possible now and why not. */
  async allowed(programmeId: string): Promise<TransitionsResponse> {
    await this.programmes.find(programmeId);
    const context = await transitionContext(
      this.dataSource.manager,
      programmeId,
      this.clock.today(),
    );
    const transitions = nextStatuses(context.status).map((to): AllowedTransition => {
      // A reason is asked for when going back, so judge the rest as if one were given.
      const check = checkTransition(context.status, to, 'reden', context);
      return {
        to,
        possible: check.allowed,
        reasonRequired: to === 'draft',
        refusalCode: check.allowed ? null : check.code,
        refusal: check.allowed ? null : check.message,
      };
    });
    return { programmeId, status: context.status, transitions };
  }

  /**
   * One transaction: lock the programme, check the move, freeze a version when it leaves draft,
   * open the consultation, update status and version, and write the audit record.
   */
  async transition(programmeId: string, body: TransitionDto): Promise<TransitionResponse> {
    if (body.to !== 'consultation' && (body.sentOn || body.viewWindowWeeks)) {
      throw new ValidationFailedError([
        {
          field: body.sentOn ? 'sentOn' : 'viewWindowWeeks',
          message: 'hoort alleen bij de overgang naar consultation',
        },
      ]);
    }
    const today = this.clock.today();
    const status = await this.dataSource.transaction(async (manager) => {
      const before = await this.programmes.find(programmeId, manager, true);
      const context = await transitionContext(manager, programmeId, today);
      const reason = body.reason?.trim() || null;
      const check = checkTransition(before.status, body.to, reason ?? undefined, context);
      if (!check.allowed) throw transitionRefused(check.code, check.message);

      const changes: Partial<ProgrammeEntity> = { status: body.to };
      if (freezesVersion(before.status, body.to)) {
        changes.currentVersionNumber = await this.freeze(manager, before, body.to, reason, today);
      }
      if (body.to === 'consultation') {
        const sentOn = body.sentOn ?? today;
        const weeks =
          body.viewWindowWeeks ?? before.viewWindowWeeks ?? (await this.window(manager, before));
        if (body.viewWindowWeeks !== undefined) changes.viewWindowWeeks = body.viewWindowWeeks;
        changes.sentToCouncilsOn = sentOn;
        changes.consultationDeadline = consultationDeadline(sentOn, weeks);
        await openConsultation(manager, programmeId, before.regionId, today);
      }
      if (body.to === 'draft') {
        changes.sentToCouncilsOn = null;
        changes.consultationDeadline = null;
      }
      if (body.to === 'adopted') changes.adoptedOn = today;
      if (body.to === 'in_execution') await createReportingPeriods(manager, before);

      await manager
        .createQueryBuilder()
        .update(ProgrammeEntity)
        .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id', { id: programmeId })
        .execute();
      const after = await this.programmes.find(programmeId, manager);
      await recordAudit(manager, {
        regionId: before.regionId,
        entity: 'programme',
        entityId: programmeId,
        action: 'transition',
        changes: diffFields(auditView(before), auditView(after)),
        reason,
      });
      return after.status;
    });
    return {
      ...(await this.programmes.get(programmeId)),
      allowedTransitions: [...nextStatuses(status)],
    };
  }

  /** Freezes the programme as it is now as version N = current + 1; returns N. */
  private async freeze(
    manager: EntityManager,
    programme: ProgrammeEntity,
    to: ProgrammeStatus,
    reason: string | null,
    today: string,
  ): Promise<number> {
    const number = programme.currentVersionNumber + 1;
    // Adopted: the round's register (and its amendments) is kept with the version.
    const consultation =
      to === 'adopted' ? await freezeConsultation(manager, programme, today) : null;
    // Leaving draft again: the version owes its existence to why it went back to draft.
    const [back]: { reason: string | null }[] = reason
      ? [{ reason }]
      : to === 'adopted'
        ? [{ reason: adoptionReason(consultation?.amendments.length ?? 0) }]
        : await manager.query(
            `SELECT reason FROM audit_records
            WHERE entity = 'programme' AND entity_id = $1 AND action = 'transition'
              AND changes @> '[{"field": "status", "new": "draft"}]'
            ORDER BY id DESC LIMIT 1`,
            [programme.id],
          );
    const author = currentActor(programme.regionId, 'a programme version');
    await manager.insert(ProgrammeVersionEntity, {
      programmeId: programme.id,
      regionId: programme.regionId,
      number,
      fromStatus: programme.status,
      toStatus: to,
      reason: back?.reason ?? null,
      createdBy: author.name,
      createdById: author.id,
      createdByRole: author.role ?? null,
      snapshot: (await buildProgrammeSnapshot(manager, programme)) as never,
      consultation: consultation as never,
    });
    return number;
  }

  private async window(manager: EntityManager, programme: ProgrammeEntity): Promise<number> {
    const [region]: { view_window_weeks: number }[] = await manager.query(
      'SELECT view_window_weeks FROM regions WHERE id = $1',
      [programme.regionId],
    );
    return region?.view_window_weeks ?? 12;
  }
}

/** Why the adopted version exists: as sent, or with the changes that followed from the views. */
function adoptionReason(amendments: number): string {
  return amendments === 0
    ? 'Vastgesteld zoals aan de raden voorgelegd.'
    : `Gewijzigd vastgesteld: ${amendments} ${amendments === 1 ? 'wijziging' : 'wijzigingen'} naar aanleiding van de zienswijzen.`;
}
