import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A municipality's population at a reference date: the history the cost split reads. */
@Entity('municipality_populations')
export class MunicipalityPopulationEntity {
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid' }) municipalityId: string;
  @PrimaryColumn({ name: 'reference_date', type: 'date' }) referenceDate: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId: string;
  @Column({ type: 'int' }) population: number;
  @Column({ type: 'text', nullable: true }) source: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
