import { Injectable } from '@nestjs/common';
import type { RoleInvitationResponse } from '@koers/contracts';
import { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit-trail';
import { grantRole } from './role-grants';
import { invitationsOf, toInvitationResponse } from './role-invitations';
import { invitationNotFound } from './user.errors';

/** The signed-in user's answer to roles offered to them by the admin of another region. */
@Injectable()
export class InvitationsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(userId: string): Promise<RoleInvitationResponse[]> {
    return (await invitationsOf(this.dataSource.manager, userId)).map(toInvitationResponse);
  }

  /** Accepting gives the role; only the account holder can (their own session). */
  async accept(userId: string, invitationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [row] = await invitationsOf(manager, userId, invitationId);
      if (!row) throw invitationNotFound(invitationId);
      await manager.query(`DELETE FROM role_invitations WHERE id = $1`, [row.id]);
      const details = { municipalityId: row.municipality_id, personId: row.person_id };
      await grantRole(manager, row.region_id, userId, row.role, details, 'uitnodiging aanvaard');
    });
  }

  async decline(userId: string, invitationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [row] = await invitationsOf(manager, userId, invitationId);
      if (!row) throw invitationNotFound(invitationId);
      await manager.query(`DELETE FROM role_invitations WHERE id = $1`, [row.id]);
      await recordAudit(manager, {
        regionId: row.region_id,
        entity: 'role_invitation',
        entityId: row.id,
        action: 'delete',
        changes: [{ field: 'role', old: row.role, new: null }],
        reason: 'uitnodiging afgewezen',
      });
    });
  }
}
