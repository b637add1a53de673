import type { ProgrammeStatus } from '@koers/contracts';
import { EntityManager } from 'typeorm';
import { entityFromJson, jsonRows } from '../../database/json-entity';
import { preparedRead, runPrepared } from '../../database/prepared-read';
import { AssignmentEntity } from './assignment.entity';
import { AssignmentAggregate } from './assignment.mapper';
import {
  AssignmentBudgetLineEntity,
  AssignmentBudgetLinePayerEntity,
  AssignmentCapacityLineEntity,
  AssignmentKpiEntity,
} from './assignment-parts.entity';

type Json = Record<string, unknown>;

interface LoadedRow {
  assignment: Json;
  programme_status: ProgrammeStatus;
  budget_lines: Json[];
  payers: Json[];
  capacity_lines: Json[];
  kpis: Json[];
  participant_ids: string[];
  linked_ids: string[];
  external_ids: string[];
}

const OWN = 't.assignment_id = a.id';
const ids = (table: string, column: string) =>
  `(SELECT coalesce(jsonb_agg(t.${column} ORDER BY t.${column}), '[]'::jsonb)
      FROM ${table} t WHERE ${OWN})`;

const LOAD_TEXT = `
  SELECT to_jsonb(a) AS assignment, p.status AS programme_status,
         ${jsonRows('assignment_budget_lines', OWN, 't.position')} AS budget_lines,
         ${jsonRows(
           'assignment_budget_line_payers',
           't.budget_line_id IN (SELECT l.id FROM assignment_budget_lines l WHERE l.assignment_id = a.id)',
           't.position',
         )} AS payers,
         ${jsonRows('assignment_capacity_lines', OWN, 't.position')} AS capacity_lines,
         ${jsonRows('assignment_kpis', OWN, 't.position')} AS kpis,
         ${ids('assignment_participants', 'municipality_id')} AS participant_ids,
         ${ids('assignment_links', 'linked_assignment_id')} AS linked_ids,
         ${ids('assignment_external_programmes', 'external_programme_id')} AS external_ids
    FROM assignments a JOIN programmes p ON p.id = a.programme_id
   WHERE a.id = $1`;
// Prepared: planning its seven subqueries took longer than running them (issue 14 §4).
const LOAD = preparedRead('koers_assignment_load', LOAD_TEXT);
const LOAD_LOCKED = preparedRead('koers_assignment_load_locked', `${LOAD_TEXT} FOR SHARE OF p`);

export interface LoadedAssignment {
  aggregate: AssignmentAggregate;
  programmeStatus: ProgrammeStatus;
}

/**
 * An assignment with everything it owns, and its programme's status, in ONE statement. With
 * `lockProgramme` (inside the transaction of a change) the programme row is share-locked, as
 * `lockEditableProgramme` does, so a transition waits for the change or the change for it.
 */
export async function loadAssignment(
  manager: EntityManager,
  id: string,
  lockProgramme = false,
): Promise<LoadedAssignment | undefined> {
  const rows = await runPrepared<LoadedRow>(manager, lockProgramme ? LOAD_LOCKED : LOAD, [id]);
  const row = rows[0];
  if (!row) return undefined;
  const rowsOf = <E extends object>(target: new () => E, list: Json[]) =>
    list.map((json) => entityFromJson(manager, target, json));
  return {
    programmeStatus: row.programme_status,
    aggregate: {
      assignment: entityFromJson(manager, AssignmentEntity, row.assignment),
      budgetLines: rowsOf(AssignmentBudgetLineEntity, row.budget_lines),
      budgetLinePayers: rowsOf(AssignmentBudgetLinePayerEntity, row.payers),
      capacityLines: rowsOf(AssignmentCapacityLineEntity, row.capacity_lines),
      kpis: rowsOf(AssignmentKpiEntity, row.kpis),
      participantIds: row.participant_ids,
      linkedAssignmentIds: row.linked_ids,
      externalProgrammeIds: row.external_ids,
    },
  };
}
