import { EntityManager } from 'typeorm';
import { consultationRoundNotFound } from './council-decision.errors';

/**
 * SQL for the current consultation round of the programme whose id is the expression given: its
 * highest round, 0 before it was ever sent to the councils. Earlier rounds are history; only the
 * current one is recorded in and blocks adoption.
 */
export const CURRENT_ROUND = (programmeId: string) =>
  `(SELECT coalesce(max(cr.round), 0) FROM council_decisions cr WHERE cr.programme_id = ${programmeId})`;

/** Every round of the programme, oldest first (empty before it was first sent). */
export async function roundsOf(manager: EntityManager, programmeId: string): Promise<number[]> {
  const rows: { round: number }[] = await manager.query(
    'SELECT DISTINCT round FROM council_decisions WHERE programme_id = $1 ORDER BY round',
    [programmeId],
  );
  return rows.map((r) => r.round);
}

/** The programme's current round, 0 before it was first sent. */
export async function currentRound(manager: EntityManager, programmeId: string): Promise<number> {
  const [row]: { round: number }[] = await manager.query(`SELECT ${CURRENT_ROUND('$1')} AS round`, [
    programmeId,
  ]);
  return row.round;
}

export interface RoundChoice {
  round: number;
  currentRound: number;
  rounds: number[];
}

/**
 * The round a read shows: the one asked for, else the current one (0 when there is none yet).
 * A round the programme never had is CONSULTATION_ROUND_NOT_FOUND.
 */
export function chooseRound(rounds: number[], asked: number | undefined): RoundChoice {
  const currentRound = rounds.length === 0 ? 0 : rounds[rounds.length - 1];
  if (asked !== undefined && !rounds.includes(asked)) throw consultationRoundNotFound(asked);
  return { round: asked ?? currentRound, currentRound, rounds };
}
