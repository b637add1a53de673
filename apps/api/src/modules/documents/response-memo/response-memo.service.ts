import { Injectable } from '@nestjs/common';
import type { GovernanceMode, ResponseMemoResponse } from '@koers/contracts';
import { DataSource } from 'typeorm';
import { Clock } from '../../../common/clock';
import { chooseRound, roundsOf } from '../../council-decisions/consultation-round';
import {
  findProgramme,
  loadContext,
  loadDecisions,
  loadViewPoints,
  toViewPointResponse,
} from '../../council-decisions/council-decision-reader';
import { buildMemo } from './build-memo';

@Injectable()
export class ResponseMemoService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The response memo of a round (the current one unless asked), from the register. */
  async memo(programmeId: string, asked?: number): Promise<ResponseMemoResponse> {
    const manager = this.dataSource.manager;
    const programme = await findProgramme(manager, programmeId);
    const choice = chooseRound(await roundsOf(manager, programmeId), asked);
    const [region]: { id: string; name: string; governance_mode: GovernanceMode }[] =
      await manager.query('SELECT id, name, governance_mode FROM regions WHERE id = $1', [
        programme.regionId,
      ]);
    const context = await loadContext(manager, programme, this.clock.today());
    const decisions =
      choice.round === 0 ? [] : await loadDecisions(manager, programmeId, choice.round);
    const points =
      choice.round === 0
        ? []
        : (await loadViewPoints(manager, { programmeId }))
            .filter((p) => p.round === choice.round)
            .map((p) => toViewPointResponse(p, context));
    return {
      ...choice,
      programme: {
        id: programme.id,
        title: programme.title,
        year: programme.year,
        status: programme.status,
        sentToCouncilsOn: programme.sentToCouncilsOn,
        consultationDeadline: programme.consultationDeadline,
        adoptedOn: programme.adoptedOn,
      },
      region: { id: region.id, name: region.name, governanceMode: region.governance_mode },
      frozen: false,
      councilCount: decisions.length,
      ...buildMemo(
        points,
        decisions.map((d) => ({
          municipalityId: d.municipalityId,
          status: d.status,
          decisionDate: d.decisionDate,
          decisionReference: d.decisionReference,
        })),
      ),
    };
  }
}
