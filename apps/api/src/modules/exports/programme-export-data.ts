import { Injectable } from '@nestjs/common';
import type {
  ContributionsResponse,
  CouncilDecisionMatrixResponse,
  ProgrammeResponse,
  ProgrammeSnapshot,
  ViewPointResponse,
} from '@koers/contracts';
import { DataSource } from 'typeorm';
import { MAX_PAGE_SIZE } from '../../common/pagination';
import { KoersError } from '../../common/koers-error';
import { ContributionsService } from '../contributions/contributions.service';
import { CouncilDecisionsService } from '../council-decisions/council-decisions.service';
import { ViewPointsService } from '../council-decisions/view-points.service';
import { buildProgrammeSnapshot } from '../programme-versions/programme-snapshot';
import { ProgrammesService } from '../programmes/programmes.service';

/** Everything an export of a programme shows, each part read by the service that answers it. */
export interface ProgrammeExportData {
  programme: ProgrammeResponse;
  regionName: string;
  /** Every assignment with its lines and mandate, as a version would freeze it. */
  snapshot: ProgrammeSnapshot;
  /** Names by id: people (portfolio holders, leads) and member municipalities. */
  people: Map<string, string>;
  municipalities: Map<string, { name: string; cbsCode: string }>;
  /** Priority (1–5) by assignment id: not part of a snapshot. */
  priorities: Map<string, number>;
  /** The API's contributions; null with the reason when the split cannot be made exactly. */
  contributions: ContributionsResponse | null;
  contributionsProblem: string | null;
  /** The ratification matrix; null before the programme went to the councils. */
  matrix: CouncilDecisionMatrixResponse | null;
  viewPoints: ViewPointResponse[];
  exportedAt: Date;
}

/** A known refusal of a part (409) becomes an empty part with its sentence; anything else throws. */
async function orRefusal<T>(read: Promise<T>): Promise<[T | null, string | null]> {
  try {
    return [await read, null];
  } catch (error) {
    if (error instanceof KoersError && error.status === 409) return [null, error.detail];
    throw error;
  }
}

@Injectable()
export class ProgrammeExportReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programmes: ProgrammesService,
    private readonly contributions: ContributionsService,
    private readonly decisions: CouncilDecisionsService,
    private readonly viewPoints: ViewPointsService,
  ) {}

  async read(programmeId: string): Promise<ProgrammeExportData> {
    const manager = this.dataSource.manager;
    const programme = await this.programmes.get(programmeId);
    const entity = await this.programmes.find(programmeId);
    const [snapshot, names, [contributions, contributionsProblem], [matrix], viewPoints] =
      await Promise.all([
        buildProgrammeSnapshot(manager, entity),
        this.readNames(entity.regionId, programmeId),
        orRefusal(this.contributions.contributions(programmeId)),
        orRefusal(this.decisions.matrix(programmeId)),
        this.readViewPoints(programmeId),
      ]);
    return {
      programme,
      snapshot,
      ...names,
      contributions,
      contributionsProblem,
      matrix,
      viewPoints,
      exportedAt: new Date(),
    };
  }

  private async readNames(regionId: string, programmeId: string) {
    const manager = this.dataSource.manager;
    const [[region], people, municipalities, priorities] = await Promise.all([
      manager.query<{ name: string }[]>('SELECT name FROM regions WHERE id = $1', [regionId]),
      manager.query<{ id: string; name: string }[]>(
        'SELECT id, name FROM people WHERE region_id = $1',
        [regionId],
      ),
      manager.query<{ id: string; name: string; cbs_code: string }[]>(
        'SELECT id, name, cbs_code FROM municipalities WHERE region_id = $1',
        [regionId],
      ),
      manager.query<{ id: string; priority: number }[]>(
        'SELECT id, priority FROM assignments WHERE programme_id = $1',
        [programmeId],
      ),
    ]);
    return {
      regionName: region?.name ?? '',
      people: new Map(people.map((p) => [p.id, p.name])),
      municipalities: new Map(
        municipalities.map((m) => [m.id, { name: m.name, cbsCode: m.cbs_code }]),
      ),
      priorities: new Map(priorities.map((a) => [a.id, a.priority])),
    };
  }

  /** Every point of the register, page by page as the register answers it. */
  private async readViewPoints(programmeId: string): Promise<ViewPointResponse[]> {
    const points: ViewPointResponse[] = [];
    for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
      const page = await this.viewPoints.register(programmeId, { limit: MAX_PAGE_SIZE, offset });
      points.push(...page.items);
      if (page.items.length < MAX_PAGE_SIZE) return points;
    }
  }
}
