import type { RoleName } from '@koers/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** Someone who signs in. The e-mail address is stored in lower case. */
@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'varchar', length: 320 }) email: string;

  @Column({ type: 'varchar', length: 200 }) name: string;

  /** argon2id (PHC string); never leaves the API. */
  @Column({ name: 'password_hash', type: 'text' }) passwordHash: string;

  @Column({ type: 'boolean', default: true }) active: boolean;

  @Column({ name: 'is_platform_admin', type: 'boolean', default: false }) isPlatformAdmin: boolean;

  @Column({ name: 'password_changed_at', type: 'timestamptz', default: () => 'now()' })
  passwordChangedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** One role of a user in one region. */
@Entity('role_assignments')
export class RoleAssignmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ name: 'user_id', type: 'uuid' }) userId: string;

  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;

  @Column({ type: 'varchar', length: 30 }) role: RoleName;

  @Column({ name: 'municipality_id', type: 'uuid', nullable: true }) municipalityId: string | null;

  @Column({ name: 'person_id', type: 'uuid', nullable: true }) personId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
