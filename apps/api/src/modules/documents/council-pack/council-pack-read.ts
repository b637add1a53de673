import type { GovernanceMode, ProgrammeStatus } from '@koers/contracts';
import type { EntityManager } from 'typeorm';
import { sqlIsoDate } from '../../../database/sql-formats';

export interface PackAssignmentRow {
  id: string;
  code: string;
  title: string;
  goal: string;
  themeTitle: string;
  participation: 'all' | 'opt_in';
  participates: boolean;
}

export interface PackRow {
  id: string;
  title: string;
  year: number;
  status: ProgrammeStatus;
  introduction: string;
  sent_to_councils_on: string | null;
  consultation_deadline: string | null;
  adopted_on: string | null;
  reference_date: string;
  view_window_weeks: number;
  region_id: string;
  region_name: string;
  governance_mode: GovernanceMode;
  municipality_id: string | null;
  municipality_name: string;
  cbs_code: string;
  population: number | null;
  population_date: string | null;
  assignments: PackAssignmentRow[];
  previous: {
    id: string;
    year: number;
    title: string;
    assignments: { code: string; title: string }[];
  } | null;
  contacts: { name: string; email: string }[];
}

/**
 * $1 programme, $2 municipality. What the council pack says besides the money, in one round
 * trip: the programme and its region, the municipality (null id when it is not a member) with
 * its population at the reference date, the assignments with their theme, last year's programme
 * of the region with its assignments, and the regional bureau's people as contacts.
 */
const PACK_SQL = `
  WITH p AS (SELECT p.*, coalesce(p.population_reference_date, make_date(p.year, 1, 1)) AS at
               FROM programmes p WHERE p.id = $1)
  SELECT p.id, p.title, p.year, p.status, p.introduction,
         ${sqlIsoDate('p.sent_to_councils_on')} AS sent_to_councils_on,
         ${sqlIsoDate('p.consultation_deadline')} AS consultation_deadline,
         ${sqlIsoDate('p.adopted_on')} AS adopted_on,
         ${sqlIsoDate('p.at')} AS reference_date,
         coalesce(p.view_window_weeks, r.view_window_weeks) AS view_window_weeks,
         r.id AS region_id, r.name AS region_name, r.governance_mode,
         m.id AS municipality_id, m.name AS municipality_name, m.cbs_code,
         pop.population, ${sqlIsoDate('pop.reference_date')} AS population_date,
         (SELECT coalesce(json_agg(json_build_object('id', a.id, 'code', a.code,
                 'title', a.title, 'goal', a.goal, 'themeTitle', t.title,
                 'participation', a.participation,
                 'participates', a.participation = 'all' OR EXISTS (
                    SELECT 1 FROM assignment_participants pa
                     WHERE pa.assignment_id = a.id AND pa.municipality_id = m.id))
                 ORDER BY a.code, a.id), '[]')
            FROM assignments a JOIN themes t ON t.id = a.theme_id
           WHERE a.programme_id = p.id) AS assignments,
         (SELECT json_build_object('id', q.id, 'year', q.year, 'title', q.title,
                 'assignments', (SELECT coalesce(json_agg(json_build_object('code', qa.code,
                     'title', qa.title) ORDER BY qa.code, qa.id), '[]')
                   FROM assignments qa WHERE qa.programme_id = q.id))
            FROM programmes q WHERE q.region_id = p.region_id AND q.year = p.year - 1) AS previous,
         (SELECT coalesce(json_agg(json_build_object('name', u.name, 'email', u.email)
                 ORDER BY u.name), '[]')
            FROM role_assignments ra JOIN users u ON u.id = ra.user_id
           WHERE ra.region_id = p.region_id AND ra.role = 'bureau' AND u.active) AS contacts
    FROM p JOIN regions r ON r.id = p.region_id
    LEFT JOIN municipalities m ON m.id = $2 AND m.region_id = p.region_id
    LEFT JOIN LATERAL (SELECT mp.population, mp.reference_date FROM municipality_populations mp
                        WHERE mp.municipality_id = m.id AND mp.reference_date <= p.at
                        ORDER BY mp.reference_date DESC LIMIT 1) pop ON true`;

export async function readPack(
  manager: EntityManager,
  programmeId: string,
  municipalityId: string,
): Promise<PackRow | undefined> {
  const rows: PackRow[] = await manager.query(PACK_SQL, [programmeId, municipalityId]);
  const row = rows[0];
  if (row && row.population !== null) row.population = Number(row.population);
  return row;
}
