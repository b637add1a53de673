import { EntityManager } from 'typeorm';

/**
 * Opens the consultation of a programme, inside the transaction of its transition: one pending
 * council decision for every member municipality of the region (a member that has not left by
 * `today`), and every existing decision of the programme (from an earlier round) back to pending.
 * A new round is a new proposal: the views of an earlier round were about an earlier version, so
 * they are cleared with the decisions and the amounts those were shown (the audit trail keeps
 * what they said). Returns how many
 * councils are now pending.
 */
export async function openConsultation(
  manager: EntityManager,
  programmeId: string,
  regionId: string,
  today: string,
): Promise<number> {
  await manager.query(
    `INSERT INTO council_decisions (programme_id, region_id, municipality_id)
     SELECT $1, $2, m.id
       FROM municipalities m
      WHERE m.region_id = $2 AND (m.member_until IS NULL OR m.member_until > $3::date)
     ON CONFLICT (programme_id, municipality_id) DO NOTHING`,
    [programmeId, regionId, today],
  );
  await manager.query(`DELETE FROM view_points WHERE programme_id = $1`, [programmeId]);
  await manager.query(
    `UPDATE council_decisions
        SET status = 'pending', council_meeting_date = NULL, decision_date = NULL,
            decision_reference = '', decision_url = NULL, declined_assignment_ids = '{}',
            shown_total_cents = NULL, shown_by_assignment = NULL, shown_at = NULL,
            version = version + 1, updated_at = now()
      WHERE programme_id = $1 AND status <> 'pending'`,
    [programmeId],
  );
  const [{ count }]: { count: string }[] = await manager.query(
    `SELECT count(*) AS count FROM council_decisions WHERE programme_id = $1 AND status = 'pending'`,
    [programmeId],
  );
  return Number(count);
}
