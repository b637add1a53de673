import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** Someone who plays a role in the region: portfolio holder, assignment lead, partner, ... */
@Entity('people')
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;

  @Column({ type: 'varchar', length: 200 }) name: string;

  @Column({ type: 'varchar', length: 320, nullable: true }) email: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true }) function: string | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId: string | null;

  /** Moves on every change; a PATCH names the version it read (optimistic locking). */
  @Column({ type: 'int', default: 1 }) version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
