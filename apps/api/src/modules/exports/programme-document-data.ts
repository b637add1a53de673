import { Injectable } from '@nestjs/common';
import type { AssignmentResponse, SteeringGroupResponse } from '@koers/contracts';
import { DataSource } from 'typeorm';
import { AssignmentsService } from '../assignments/assignments.service';
import { SteeringGroupsService } from '../steering-groups/steering-groups.service';
import { ProgrammeExportData, ProgrammeExportReader } from './programme-export-data';

/** What the programme document shows beyond the tables: every assignment whole, and names. */
export interface ProgrammeDocumentData extends ProgrammeExportData {
  /** In code order, each as `GET /api/assignments/{id}` answers it, with its steering group. */
  assignments: { assignment: AssignmentResponse; steeringGroup: SteeringGroupResponse }[];
  themes: { id: string; title: string; description: string }[];
  organisations: Map<string, string>;
  externalProgrammes: Map<string, string>;
}

@Injectable()
export class ProgrammeDocumentReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tables: ProgrammeExportReader,
    private readonly assignments: AssignmentsService,
    private readonly steeringGroups: SteeringGroupsService,
  ) {}

  async read(programmeId: string): Promise<ProgrammeDocumentData> {
    const data = await this.tables.read(programmeId);
    const manager = this.dataSource.manager;
    const regionId = data.programme.regionId;
    const [themes, organisations, external] = await Promise.all([
      manager.query<{ id: string; title: string; description: string }[]>(
        'SELECT id, title, description FROM themes WHERE region_id = $1 ORDER BY title, id',
        [regionId],
      ),
      manager.query<{ id: string; name: string }[]>(
        'SELECT id, name FROM organisations WHERE region_id = $1',
        [regionId],
      ),
      manager.query<{ id: string; name: string }[]>('SELECT id, name FROM external_programmes'),
    ]);
    const assignments = [];
    // One after the other: a programme of hundreds must not take every pooled connection.
    for (const { id } of data.snapshot.assignments) {
      assignments.push({
        assignment: await this.assignments.get(id),
        steeringGroup: await this.steeringGroups.get(id),
      });
    }
    return {
      ...data,
      assignments,
      themes,
      organisations: new Map(organisations.map((o) => [o.id, o.name])),
      externalProgrammes: new Map(external.map((p) => [p.id, p.name])),
    };
  }
}
