import { Injectable } from '@nestjs/common';
import type {
  FrozenConsultation,
  GovernanceMode,
  ResponseMemoResponse,
  ViewPointResponse,
} from '@koers/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../../common/clock';
import { readAmendments } from '../../amendments/amendment-read';
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
    // An adopted programme's round is read as it was frozen with the adopted version.
    const frozen = ADOPTED.includes(programme.status)
      ? await frozenRound(manager, programmeId, choice.round)
      : null;
    let points: ViewPointResponse[] = frozen?.viewPoints ?? [];
    if (!frozen && choice.round > 0) {
      points = (await loadViewPoints(manager, { programmeId }))
        .filter((p) => p.round === choice.round)
        .map((p) => toViewPointResponse(p, context));
    }
    const amendments =
      frozen?.amendments ??
      (choice.round === 0 ? [] : await readAmendments(manager, programmeId, choice.round));
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
      frozen: frozen !== null,
      amendments,
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

const ADOPTED: string[] = ['adopted', 'in_execution', 'closed'];

/** The register of `round` frozen with the programme's adopted version; null when none. */
async function frozenRound(
  manager: EntityManager,
  programmeId: string,
  round: number,
): Promise<FrozenConsultation | null> {
  const rows: { consultation: FrozenConsultation }[] = await manager.query(
    `SELECT consultation FROM programme_versions
      WHERE programme_id = $1 AND to_status = 'adopted' AND consultation IS NOT NULL
      ORDER BY number DESC LIMIT 1`,
    [programmeId],
  );
  const frozen = rows[0]?.consultation;
  return frozen && frozen.round === round ? frozen : null;
}
