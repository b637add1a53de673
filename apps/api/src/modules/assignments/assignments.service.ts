import { Injectable } from '@nestjs/common';
import type {
  AssignmentOverviewResponse,
  AssignmentResponse,
  AssignmentSummary,
  CopyAssignmentsResponse,
  Page,
} from '@koers/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ValidationFailedError } from '../../common/koers-error';
import { pgError, PG_FOREIGN_KEY_VIOLATION, translatePgErrors } from '../../common/pg-errors';
import { diffFields, recordAudit } from '../audit/audit-trail';
import { checkContributionKey, normaliseContributionKey } from '../programmes/contribution-key';
import { runQueries } from '../../common/run-queries';
import { PreparedRead, preparedReadOfShape, runPrepared } from '../../database/prepared-read';
import { amendmentReason, checkAmendment, recordAmendment } from '../amendments/amendment-writer';
import { checkEditable, lockEditableProgramme } from '../programmes/programme-editable';
import { entityFromJson } from '../../database/json-entity';
import { ProgrammesService } from '../programmes/programmes.service';
import {
  SteeringGroupCommitmentEntity,
  SteeringGroupMemberEntity,
} from '../steering-groups/steering-group.entity';
import { toSteeringGroupResponse } from '../steering-groups/steering-group.mapper';
import { AssignmentEntity } from './assignment.entity';
import {
  assignmentCodeTaken,
  assignmentLinked,
  assignmentNotFound,
  assignmentVersionConflict,
} from './assignment.errors';
import { AssignmentAggregate, toAssignmentResponse } from './assignment.mapper';
import { listAssignments } from './assignment-list';
import { loadAssignment } from './assignment-load';
import { readAssignmentOverview } from './assignment-overview';
import {
  checkAssignmentReferences,
  checkAssignmentRules,
  ownsParts,
  replaceAssignmentParts,
} from './assignment-writer';
import { AssignmentListQueryDto } from './dto/assignment-list.query';
import { CreateAssignmentDto, UpdateAssignmentDto } from './dto/assignment-request.dto';

@Injectable()
export class AssignmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programmes: ProgrammesService,
  ) {}

  async list(programmeId: string, query: AssignmentListQueryDto): Promise<Page<AssignmentSummary>> {
    return listAssignments(this.dataSource.manager, programmeId, query);
  }

  async get(id: string): Promise<AssignmentResponse> {
    return toAssignmentResponse(await this.load(this.dataSource.manager, id));
  }

  /** The assignment as a reader sees it, every reference named (the read-only page). */
  async overview(id: string): Promise<AssignmentOverviewResponse> {
    return readAssignmentOverview(this.dataSource.manager, await this.get(id));
  }

  /** The assignment as just written, read on the transaction's connection. */
  private async written(manager: EntityManager, id: string): Promise<AssignmentResponse> {
    return toAssignmentResponse(await this.load(manager, id));
  }

  async create(programmeId: string, body: CreateAssignmentDto): Promise<AssignmentResponse> {
    const programme = await this.programmes.find(programmeId);
    checkAssignmentRules(body);
    return this.dataSource.transaction(async (manager) => {
      await lockEditableProgramme(manager, programmeId);
      await checkAssignmentReferences(manager, programme.regionId, body);
      await checkContributionKey(manager, programme.regionId, body.contributionKey);
      const inserted = await translatePgErrors(
        () =>
          manager.insert(AssignmentEntity, {
            ...scalarChanges(body),
            programmeId,
            regionId: programme.regionId,
          }),
        { unique: () => assignmentCodeTaken(body.code) },
      );
      const assignmentId = (inserted.identifiers[0] as { id: string }).id;
      await replaceAssignmentParts(manager, assignmentId, programme.regionId, body);
      const created = await this.written(manager, assignmentId);
      await recordAudit(manager, {
        regionId: programme.regionId,
        entity: 'assignment',
        entityId: assignmentId,
        action: 'create',
        changes: diffFields(null, { ...created }),
      });
      return created;
    });
  }

  /**
   * Takes the assignments that continue (not done, not dropped) from an earlier programme of the
   * region into this draft, in one transaction: their content as it stands, their budget and
   * capacity lines from this programme's year on, their steering group (members and
   * commitments), their links where the linked assignment comes along. A code the programme
   * already has is skipped, its assignment left as it is. Each copy is audited as created, with
   * where it came from as the reason.
   */
  async copyFrom(programmeId: string, fromProgrammeId: string): Promise<CopyAssignmentsResponse> {
    const target = await this.programmes.find(programmeId);
    const source = await this.programmes.find(fromProgrammeId).catch(() => null);
    const refuse = (message: string) =>
      new ValidationFailedError([{ field: 'fromProgrammeId', message }]);
    if (!source || source.regionId !== target.regionId) {
      throw refuse('is geen programma van deze regio');
    }
    if (source.year >= target.year) {
      throw refuse(`moet een programma van vóór ${target.year} zijn`);
    }
    return this.dataSource.transaction(async (manager) => {
      await lockEditableProgramme(manager, programmeId);
      const continuing: { id: string; code: string }[] = await manager.query(
        `SELECT id, code FROM assignments
          WHERE programme_id = $1 AND status NOT IN ('done', 'dropped') ORDER BY code`,
        [fromProgrammeId],
      );
      const present: { code: string }[] = await manager.query(
        'SELECT code FROM assignments WHERE programme_id = $1',
        [programmeId],
      );
      const taken = new Set(present.map((row) => row.code));
      const copies = new Map<string, { id: string; links: string[] }>();
      const skippedCodes: string[] = [];
      for (const { id, code } of continuing) {
        if (taken.has(code)) {
          skippedCodes.push(code);
          continue;
        }
        const original = toAssignmentResponse(await this.load(manager, id));
        const body: CreateAssignmentDto = {
          themeId: original.themeId,
          code: original.code,
          title: original.title,
          goal: original.goal,
          results: original.results,
          risks: original.risks,
          portfolioHolderId: original.portfolioHolderId,
          leadId: original.leadId,
          participation: original.participation,
          status: original.status,
          priority: original.priority,
          mandate: original.mandate,
          budgetLines: original.budgetLines.filter((line) => line.year >= target.year),
          capacityLines: original.capacityLines.filter((line) => line.year >= target.year),
          kpis: original.kpis,
          participantIds: original.participantIds,
          externalProgrammeIds: original.externalProgrammeIds,
          // As stored: already checked against the region when it was saved.
          contributionKey: original.contributionKey,
        };
        const inserted = await manager.insert(AssignmentEntity, {
          ...scalarChanges(body),
          programmeId,
          regionId: target.regionId,
        });
        const copyId = (inserted.identifiers[0] as { id: string }).id;
        await replaceAssignmentParts(manager, copyId, target.regionId, body);
        await copySteeringGroup(manager, id, copyId);
        copies.set(id, { id: copyId, links: original.linkedAssignmentIds });
      }
      for (const copy of copies.values()) {
        const linkedAssignmentIds = copy.links.flatMap((id) => copies.get(id)?.id ?? []);
        if (linkedAssignmentIds.length > 0) {
          await replaceAssignmentParts(manager, copy.id, target.regionId, { linkedAssignmentIds });
        }
        const reason = `Overgenomen uit ${source.title}`;
        await recordAudit(manager, {
          regionId: target.regionId,
          entity: 'assignment',
          entityId: copy.id,
          action: 'create',
          changes: diffFields(null, { ...(await this.written(manager, copy.id)) }),
          reason,
        });
        const group = await loadSteeringGroup(manager, copy.id);
        if (group.members.length + group.commitments.length > 0) {
          await recordAudit(manager, {
            regionId: target.regionId,
            entity: 'steering_group',
            entityId: copy.id,
            action: 'update',
            changes: diffFields(null, { ...group }),
            reason,
          });
        }
      }
      return {
        copiedCodes: continuing.map((row) => row.code).filter((code) => !taken.has(code)),
        skippedCodes,
      };
    });
  }

  /**
   * One read of the assignment with everything it owns (share-locking its programme), the UPDATE
   * returning the row it wrote, the parts the body replaces, the audit record: the answer is built
   * from those, inside the transaction, without reading the assignment again (issue 14 §4).
   */
  async update(
    id: string,
    version: number,
    body: UpdateAssignmentDto,
  ): Promise<AssignmentResponse> {
    return this.dataSource.transaction(async (manager) => {
      const loaded = await loadAssignment(manager, id, true);
      if (!loaded) throw assignmentNotFound(id);
      const current = loaded.aggregate.assignment;
      // The mandate term is checked against what stays stored when only one end is sent.
      checkAssignmentRules({
        ...body,
        mandate: {
          validFrom: current.mandateValidFrom,
          validUntil: current.mandateValidUntil,
          ...body.mandate,
        },
      });
      const progressOnly = Object.entries(body).every(
        ([field, value]) => value === undefined || field === 'status' || field === 'version',
      );
      // During the consultation a change is an amendment that answers view points.
      const cited = await checkAmendment(
        manager,
        current.programmeId,
        loaded.programmeStatus,
        body.answersViewPointIds,
      );
      checkEditable(
        loaded.programmeStatus,
        cited ? 'amendment' : progressOnly ? 'progress' : 'content',
      );
      await checkAssignmentReferences(manager, current.regionId, body, id);
      await checkContributionKey(manager, current.regionId, body.contributionKey);
      if (current.version !== version) throw assignmentVersionConflict(current.version);
      const update = updateStatement(manager, scalarChanges(body));
      const [written] = await translatePgErrors(
        () =>
          runPrepared<{ row: Record<string, unknown> }>(manager, update.statement, [
            id,
            version,
            ...update.values,
          ]),
        { unique: () => assignmentCodeTaken(body.code ?? current.code) },
      );
      if (!written) {
        // Changed by someone else between the read and the write.
        const now = await manager.findOneBy(AssignmentEntity, { id });
        if (!now) throw assignmentNotFound(id);
        throw assignmentVersionConflict(now.version);
      }
      const before = toAssignmentResponse(loaded.aggregate);
      let after: AssignmentResponse;
      if (ownsParts(body)) {
        await replaceAssignmentParts(manager, id, current.regionId, body);
        // What PostgreSQL stored (ids lower-cased, payers' order): read once, after writing.
        after = toAssignmentResponse((await loadAssignment(manager, id))!.aggregate);
      } else {
        after = toAssignmentResponse({
          ...loaded.aggregate,
          assignment: entityFromJson(manager, AssignmentEntity, written.row),
        });
      }
      const changes = diffFields({ ...before }, { ...after });
      if (cited && changes.length > 0) {
        await recordAmendment(manager, {
          programmeId: current.programmeId,
          regionId: current.regionId,
          assignmentId: id,
          fields: changes.map((c) => c.field),
          points: cited,
        });
      }
      await recordAudit(manager, {
        regionId: current.regionId,
        entity: 'assignment',
        entityId: id,
        action: 'update',
        changes,
        reason: cited ? amendmentReason(cited) : undefined,
        programmeId: current.programmeId,
      });
      return after;
    });
  }

  async remove(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const loaded = await loadAssignment(manager, id, true);
      if (!loaded) throw assignmentNotFound(id);
      checkEditable(loaded.programmeStatus);
      const current = loaded.aggregate.assignment;
      const referrers: { code: string }[] = await manager.query(
        `SELECT a.code FROM assignment_links l JOIN assignments a ON a.id = l.assignment_id
         WHERE l.linked_assignment_id = $1 ORDER BY a.code`,
        [id],
      );
      if (referrers.length > 0) {
        throw assignmentLinked(
          current.code,
          referrers.map((r) => r.code),
        );
      }
      try {
        await manager.getRepository(AssignmentEntity).delete(id);
      } catch (error) {
        if (pgError(error, PG_FOREIGN_KEY_VIOLATION)) throw assignmentLinked(current.code, []);
        throw error;
      }
      await recordAudit(manager, {
        regionId: current.regionId,
        entity: 'assignment',
        entityId: id,
        action: 'delete',
        changes: diffFields({ ...toAssignmentResponse(loaded.aggregate) }, null),
      });
    });
  }

  private async load(manager: EntityManager, id: string): Promise<AssignmentAggregate> {
    const loaded = await loadAssignment(manager, id);
    if (!loaded) throw assignmentNotFound(id);
    return loaded.aggregate;
  }
}

/** The steering group of one assignment, members and commitments, onto another. */
async function copySteeringGroup(manager: EntityManager, from: string, to: string): Promise<void> {
  await manager.query(
    `INSERT INTO steering_group_members
            (assignment_id, region_id, person_id, organisation_id, role, position)
     SELECT $2, region_id, person_id, organisation_id, role, position
       FROM steering_group_members WHERE assignment_id = $1`,
    [from, to],
  );
  await manager.query(
    `INSERT INTO steering_group_commitments
            (assignment_id, region_id, organisation_id, description, amount_cents, fte, position)
     SELECT $2, region_id, organisation_id, description, amount_cents, fte, position
       FROM steering_group_commitments WHERE assignment_id = $1`,
    [from, to],
  );
}

async function loadSteeringGroup(manager: EntityManager, assignmentId: string) {
  const where = { assignmentId };
  const [members, commitments] = await runQueries(
    manager,
    () => manager.find(SteeringGroupMemberEntity, { where, order: { position: 'ASC' } }),
    () => manager.find(SteeringGroupCommitmentEntity, { where, order: { position: 'ASC' } }),
  );
  // A copied steering group starts at version 1 (the column's default).
  return toSteeringGroupResponse(assignmentId, 1, members, commitments);
}

/**
 * The UPDATE of the columns `changes` names, moving the version on, for the assignment `$1` at
 * version `$2`, returning the row it wrote: one prepared statement per set of columns.
 */
function updateStatement(
  manager: EntityManager,
  changes: Partial<AssignmentEntity>,
): { statement: PreparedRead; values: unknown[] } {
  const metadata = manager.connection.getMetadata(AssignmentEntity);
  const values: unknown[] = [];
  const sets = Object.entries(changes).map(([property, value]) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`AssignmentEntity has no column ${property}`);
    values.push(manager.connection.driver.preparePersistentValue(value, column));
    return `"${column.databaseName}" = $${values.length + 2}`;
  });
  const statement = preparedReadOfShape(
    'koers_assignment_update',
    `UPDATE assignments SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
      WHERE id = $1 AND version = $2 RETURNING to_jsonb(assignments.*) AS row`,
  );
  return { statement, values };
}

/** The columns of the assignment row itself that the body sets. */
function scalarChanges(body: UpdateAssignmentDto): Partial<AssignmentEntity> {
  const changes: Partial<AssignmentEntity> = {};
  const copy = <K extends keyof AssignmentEntity & keyof UpdateAssignmentDto>(key: K) => {
    if (body[key] !== undefined) changes[key] = body[key];
  };
  (
    [
      'themeId',
      'code',
      'title',
      'goal',
      'results',
      'portfolioHolderId',
      'leadId',
      'participation',
      'status',
      'priority',
    ] as const
  ).forEach(copy);
  if (body.contributionKey !== undefined) {
    changes.contributionKey = normaliseContributionKey(body.contributionKey);
  }
  if (body.risks) {
    changes.risks = body.risks.map((r) => ({
      description: r.description,
      mitigation: r.mitigation,
    }));
  }
  const mandate = body.mandate;
  if (mandate) {
    if (mandate.scope !== undefined) changes.mandateScope = mandate.scope;
    if (mandate.budgetCeilingCents !== undefined) {
      changes.mandateBudgetCeilingCents = mandate.budgetCeilingCents;
    }
    if (mandate.validFrom !== undefined) changes.mandateValidFrom = mandate.validFrom;
    if (mandate.validUntil !== undefined) changes.mandateValidUntil = mandate.validUntil;
    if (mandate.reportBackDates !== undefined) {
      changes.mandateReportBackDates = mandate.reportBackDates;
    }
    if (mandate.escalation !== undefined) changes.mandateEscalation = mandate.escalation;
  }
  return changes;
}
