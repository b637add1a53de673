import type { OrganisationKind } from '@koers/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A partner of the region: a province, water board, company, knowledge institution, ... */
@Entity('organisations')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;

  @Column({ type: 'varchar', length: 200 }) name: string;

  @Column({ type: 'varchar', length: 40 }) kind: OrganisationKind;

  /** Moves on every change; a PATCH names the version it read (optimistic locking). */
  @Column({ type: 'int', default: 1 }) version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
