import type { AmendmentResponse, ViewPointRef } from '@koers/contracts';
import { EntityManager } from 'typeorm';

interface AmendmentRow {
  id: string;
  programme_id: string;
  round: number;
  fields: string[];
  created_at: Date;
  created_by: string | null;
  assignment: AmendmentResponse['assignment'];
  view_points: ViewPointRef[];
}

/**
 * The amendments of one round of a programme, oldest first, each with its assignment and the
 * view points it answers (municipality, number, text, answer, outcome), in one statement.
 */
export async function readAmendments(
  manager: EntityManager,
  programmeId: string,
  round: number,
): Promise<AmendmentResponse[]> {
  const rows: AmendmentRow[] = await manager.query(
    `SELECT x.id, x.programme_id, x.round, x.fields, x.created_at, x.created_by,
            json_build_object('id', a.id, 'code', a.code, 'title', a.title) AS assignment,
            (SELECT coalesce(json_agg(json_build_object(
                      'id', v.id, 'round', v.round,
                      'municipality', json_build_object('id', m.id, 'name', m.name,
                                                        'cbsCode', m.cbs_code),
                      'number', v.number, 'text', v.text, 'answer', v.answer,
                      'outcome', v.outcome) ORDER BY m.name, v.number), '[]')
               FROM view_points v JOIN municipalities m ON m.id = v.municipality_id
              WHERE v.id = ANY(x.view_point_ids)) AS view_points
       FROM assignment_amendments x JOIN assignments a ON a.id = x.assignment_id
      WHERE x.programme_id = $1 AND x.round = $2
      ORDER BY x.created_at, x.id`,
    [programmeId, round],
  );
  return rows.map((r) => ({
    id: r.id,
    programmeId: r.programme_id,
    round: r.round,
    assignment: r.assignment,
    fields: r.fields,
    viewPoints: r.view_points,
    createdAt: r.created_at.toISOString(),
    createdBy: r.created_by,
  }));
}
