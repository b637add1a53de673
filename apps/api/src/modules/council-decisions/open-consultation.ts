import { EntityManager } from 'typeorm';
import { CURRENT_ROUND } from './consultation-round';

/**
 * Opens a consultation round of a programme, inside the transaction of its transition: round
 * 1 the first time, the next round each time it is sent again after going back to draft. Every
 * member municipality of the region (a member that has not left by `today`) gets a pending
 * decision in the new round. The decisions, views, answers and amounts shown of earlier rounds
 * stay as they were: they are the history of what the councils said about an earlier version.
 * Returns the new round's number.
 */
export async function openConsultation(
  manager: EntityManager,
  programmeId: string,
  regionId: string,
  today: string,
): Promise<number> {
  const [{ round }]: { round: number }[] = await manager.query(
    `SELECT ${CURRENT_ROUND('$1')} + 1 AS round`,
    [programmeId],
  );
  await manager.query(
    `INSERT INTO council_decisions (programme_id, region_id, municipality_id, round)
     SELECT $1, $2, m.id, $4
       FROM municipalities m
      WHERE m.region_id = $2 AND (m.member_until IS NULL OR m.member_until > $3::date)`,
    [programmeId, regionId, today, round],
  );
  return round;
}
