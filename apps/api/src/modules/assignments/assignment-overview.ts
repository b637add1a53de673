import type {
  AssignmentOverviewResponse,
  AssignmentResponse,
  NamedRef,
  PersonRef,
} from '@koers/contracts';
import { EntityManager } from 'typeorm';
import { runQueries } from '../../common/run-queries';
import { CURRENT_ROUND } from '../council-decisions/consultation-round';

interface Row {
  kind: 'programme' | 'theme' | 'person' | 'organisation' | 'municipality' | 'member' | 'declined';
  id: string;
  name: string;
  extra: string | null;
  year: number | null;
}

/**
 * The names an assignment refers to, in one round trip: its programme, theme, the people and
 * organisations of its steering group and capacity, the region's municipalities (members of the
 * programme's year flagged), and the councils that declined it in the current consultation round.
 */
const NAMES = `
  SELECT 'programme' AS kind, p.id, p.title AS name, p.status AS extra, p.year
    FROM programmes p WHERE p.id = $1
  UNION ALL
  SELECT 'theme', t.id, t.title, NULL, NULL FROM themes t WHERE t.id = $2
  UNION ALL
  SELECT 'person', pe.id, pe.name, pe.function, NULL FROM people pe
   WHERE pe.id = ANY($3::uuid[])
      OR pe.id IN (SELECT person_id FROM steering_group_members WHERE assignment_id = $4)
  UNION ALL
  SELECT 'organisation', o.id, o.name, NULL, NULL FROM organisations o
   WHERE o.id = ANY($5::uuid[])
      OR o.id IN (SELECT organisation_id FROM steering_group_members WHERE assignment_id = $4)
      OR o.id IN (SELECT organisation_id FROM steering_group_commitments WHERE assignment_id = $4)
  UNION ALL
  SELECT CASE WHEN (m.member_from IS NULL OR m.member_from <= make_date(p.year, 12, 31))
               AND (m.member_until IS NULL OR m.member_until >= make_date(p.year, 1, 1))
              THEN 'member' ELSE 'municipality' END,
         m.id, m.name, NULL, NULL
    FROM municipalities m JOIN programmes p ON p.id = $1 WHERE m.region_id = p.region_id
  UNION ALL
  SELECT 'declined', d.municipality_id, '', NULL, NULL FROM council_decisions d
   WHERE d.programme_id = $1 AND d.round = ${CURRENT_ROUND('$1')}
     AND (d.status = 'rejected' OR (d.status = 'partial' AND $4 = ANY(d.declined_assignment_ids)))`;

/** The assignment as a reader sees it: `assignment` with every reference named. */
export async function readAssignmentOverview(
  manager: EntityManager,
  assignment: AssignmentResponse,
): Promise<AssignmentOverviewResponse> {
  const people = [assignment.portfolioHolderId, assignment.leadId].filter(
    (id): id is string => id !== null,
  );
  const suppliers = assignment.capacityLines.flatMap((l) => l.supplierOrganisationId ?? []);
  const [rows, members, commitments, linked, externals] = await runQueries(
    manager,
    () =>
      manager.query<Row[]>(NAMES, [
        assignment.programmeId,
        assignment.themeId,
        people,
        assignment.id,
        suppliers,
      ]),
    () =>
      manager.query<{ person_id: string; organisation_id: string | null; role: string }[]>(
        `SELECT person_id, organisation_id, role FROM steering_group_members
          WHERE assignment_id = $1 ORDER BY position`,
        [assignment.id],
      ),
    () =>
      manager.query<
        {
          organisation_id: string;
          description: string;
          amount_cents: string | null;
          fte: string | null;
        }[]
      >(
        `SELECT organisation_id, description, amount_cents, fte FROM steering_group_commitments
          WHERE assignment_id = $1 ORDER BY position`,
        [assignment.id],
      ),
    () =>
      manager.query<{ id: string; code: string; title: string }[]>(
        `SELECT id, code, title FROM assignments WHERE id = ANY($1) ORDER BY code`,
        [assignment.linkedAssignmentIds],
      ),
    () =>
      manager.query<AssignmentOverviewResponse['externalProgrammes']>(
        `SELECT id, name, level FROM external_programmes WHERE id = ANY($1) ORDER BY name`,
        [assignment.externalProgrammeIds],
      ),
  );
  const of = (kind: Row['kind']) => rows.filter((r) => r.kind === kind);
  const named = (r: Row): NamedRef => ({ id: r.id, name: r.name });
  const byName = (a: NamedRef, b: NamedRef) => a.name.localeCompare(b.name, 'nl');
  const person = new Map<string, PersonRef>(
    of('person').map((r) => [r.id, { id: r.id, name: r.name, function: r.extra }]),
  );
  const organisation = new Map(of('organisation').map((r) => [r.id, named(r)]));
  const municipalities = [...of('member'), ...of('municipality')].map(named).sort(byName);
  const municipality = new Map(municipalities.map((m) => [m.id, m]));
  const [programme] = of('programme');
  const [theme] = of('theme');
  const participants =
    assignment.participation === 'all'
      ? of('member').map(named).sort(byName)
      : assignment.participantIds.flatMap((id) => municipality.get(id) ?? []).sort(byName);
  return {
    assignment,
    programme: {
      id: programme.id,
      title: programme.name,
      year: Number(programme.year),
      status: programme.extra as AssignmentOverviewResponse['programme']['status'],
    },
    theme: theme ? named(theme) : { id: assignment.themeId, name: '' },
    portfolioHolder:
      (assignment.portfolioHolderId && person.get(assignment.portfolioHolderId)) || null,
    lead: (assignment.leadId && person.get(assignment.leadId)) || null,
    municipalities,
    participants,
    declinedBy: of('declined')
      .flatMap((r) => municipality.get(r.id) ?? [])
      .sort(byName),
    steeringGroup: {
      members: members.flatMap((m) => {
        const who = person.get(m.person_id);
        if (!who) return [];
        return [
          {
            person: who,
            organisation: (m.organisation_id && organisation.get(m.organisation_id)) || null,
            role: m.role as AssignmentOverviewResponse['steeringGroup']['members'][number]['role'],
          },
        ];
      }),
      commitments: commitments.map((c) => ({
        organisation: organisation.get(c.organisation_id) ?? { id: c.organisation_id, name: '' },
        description: c.description,
        amountCents: c.amount_cents === null ? null : Number(c.amount_cents),
        fte: c.fte === null ? null : Number(c.fte),
      })),
    },
    linkedAssignments: linked,
    externalProgrammes: externals,
  };
}
