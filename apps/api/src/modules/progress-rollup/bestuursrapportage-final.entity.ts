import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BestuursrapportageResponse } from '@koers/contracts';

/**
 * A period's bestuursrapportage marked final by the bureau: from then on it is public, and what
 * it says is the snapshot taken at that moment (a report accepted later does not change it).
 */
@Entity('bestuursrapportage_finals')
export class BestuursrapportageFinalEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'programme_id', type: 'uuid' }) programmeId: string;
  @Column({ name: 'period_id', type: 'uuid' }) periodId: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  /** Starts at 1; a later correction would write a new version. */
  @Column({ type: 'int', default: 1 }) version: number;
  @Column({ type: 'jsonb' }) snapshot: Omit<BestuursrapportageResponse, 'final'>;
  @Column({ name: 'marked_final_at', type: 'timestamptz' }) markedFinalAt: Date;
  @Column({ name: 'marked_final_by', type: 'varchar', length: 320 }) markedFinalBy: string;
}
