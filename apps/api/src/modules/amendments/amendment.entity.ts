import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A change to an assignment made during the consultation (an amendment), with the assignment's
 * fields it touched and the view points of its round it answers. Written once, never changed.
 */
@Entity('assignment_amendments')
export class AssignmentAmendmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'programme_id', type: 'uuid' }) programmeId: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @Column({ name: 'assignment_id', type: 'uuid' }) assignmentId: string;
  @Column({ type: 'int' }) round: number;
  @Column({ type: 'text', array: true }) fields: string[];
  @Column({ name: 'view_point_ids', type: 'uuid', array: true }) viewPointIds: string[];
  @Column({ name: 'created_by', type: 'varchar', length: 320, nullable: true })
  createdBy: string | null;
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true }) createdById: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
