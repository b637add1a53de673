import { Injectable } from '@nestjs/common';
import type { FieldError, SteeringGroupResponse } from '@koers/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ValidationFailedError } from '../../common/koers-error';
import { assertIdsInRegion } from '../../common/region-ids';
import { versionConflict } from '../../common/version';
import { AssignmentEntity } from '../assignments/assignment.entity';
import { assignmentNotFound } from '../assignments/assignment.errors';
import { diffFields, recordAudit } from '../audit/audit-trail';
import { lockEditableProgramme } from '../programmes/programme-editable';
import { SteeringGroupDto } from './dto/steering-group.dto';
import { SteeringGroupCommitmentEntity, SteeringGroupMemberEntity } from './steering-group.entity';
import { toSteeringGroupResponse } from './steering-group.mapper';

@Injectable()
export class SteeringGroupsService {
  constructor(private readonly dataSource: DataSource) {}

  async get(assignmentId: string): Promise<SteeringGroupResponse> {
    await this.assignment(this.dataSource.manager, assignmentId);
    return this.load(this.dataSource.manager, assignmentId);
  }

  /**
   * Replaces members and commitments in one transaction, when the steering group is still at
   * `version`; else STEERING_GROUP_VERSION_CONFLICT.
   */
  async replace(
    assignmentId: string,
    version: number,
    body: SteeringGroupDto,
  ): Promise<SteeringGroupResponse> {
    const { regionId, programmeId } = await this.assignment(this.dataSource.manager, assignmentId);
    assertNoDuplicatePeople(body);
    return this.dataSource.transaction(async (manager) => {
      await lockEditableProgramme(manager, programmeId);
      await assertIdsInRegion(manager, regionId, [
        ...body.members.flatMap((m, i) => [
          { field: `members.${i}.personId`, table: 'people' as const, id: m.personId },
          {
            field: `members.${i}.organisationId`,
            table: 'organisations' as const,
            id: m.organisationId,
          },
        ]),
        ...body.commitments.map((c, i) => ({
          field: `commitments.${i}.organisationId`,
          table: 'organisations' as const,
          id: c.organisationId,
        })),
      ]);
      // Lock the assignment so two replacements do not interleave; the second sees the first's version.
      const current = await lockedVersion(manager, assignmentId);
      if (current !== version) throw steeringGroupVersionConflict(current);
      await manager.query(
        'UPDATE assignments SET steering_group_version = steering_group_version + 1 WHERE id = $1',
        [assignmentId],
      );
      const before = await this.load(manager, assignmentId);
      await manager.delete(SteeringGroupMemberEntity, { assignmentId });
      await manager.delete(SteeringGroupCommitmentEntity, { assignmentId });
      const owned = { assignmentId, regionId };
      if (body.members.length > 0) {
        await manager.insert(
          SteeringGroupMemberEntity,
          body.members.map((m, position) => ({ ...owned, ...m, position })),
        );
      }
      if (body.commitments.length > 0) {
        await manager.insert(
          SteeringGroupCommitmentEntity,
          body.commitments.map((c, position) => ({ ...owned, ...c, position })),
        );
      }
      const after = await this.load(manager, assignmentId);
      const changes = diffFields(
        before as unknown as Record<string, unknown>,
        after as unknown as Record<string, unknown>,
      );
      await recordAudit(manager, {
        regionId,
        entity: 'steering_group',
        entityId: assignmentId,
        action: 'update',
        changes,
      });
      return after;
    });
  }

  private async assignment(manager: EntityManager, id: string): Promise<AssignmentEntity> {
    const found = await manager.findOneBy(AssignmentEntity, { id });
    if (!found) throw assignmentNotFound(id);
    return found;
  }

  private async load(manager: EntityManager, assignmentId: string) {
    const where = { assignmentId };
    const members = await manager.find(SteeringGroupMemberEntity, { where });
    const commitments = await manager.find(SteeringGroupCommitmentEntity, { where });
    const [{ version }]: { version: number }[] = await manager.query(
      'SELECT steering_group_version AS version FROM assignments WHERE id = $1',
      [assignmentId],
    );
    return toSteeringGroupResponse(assignmentId, version, members, commitments);
  }
}

async function lockedVersion(manager: EntityManager, assignmentId: string): Promise<number> {
  const rows: { version: number }[] = await manager.query(
    'SELECT steering_group_version AS version FROM assignments WHERE id = $1 FOR UPDATE',
    [assignmentId],
  );
  if (rows.length === 0) throw assignmentNotFound(assignmentId);
  return rows[0].version;
}

const steeringGroupVersionConflict = (currentVersion: number) =>
  versionConflict(
    'STEERING_GROUP_VERSION_CONFLICT',
    'Iemand anders heeft de stuurgroep intussen gewijzigd',
    currentVersion,
  );

function assertNoDuplicatePeople(body: SteeringGroupDto): void {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  body.members.forEach((m, i) => {
    const key = m.personId.toLowerCase();
    if (seen.has(key)) {
      errors.push({ field: `members.${i}.personId`, message: 'staat al in de stuurgroep' });
    }
    seen.add(key);
  });
  if (errors.length > 0) throw new ValidationFailedError(errors);
}
