import { Injectable } from '@nestjs/common';
import type {
  AuditNames,
  HistoryKind,
  HistoryPerson,
  ProgrammeHistoryItem,
  ProgrammeHistoryPage,
} from '@koers/contracts';
import { DataSource } from 'typeorm';
import { toSafeInteger } from '../../common/bigint.transformer';
import { preparedRead, preparedReadOfShape, runPrepared } from '../../database/prepared-read';
import { sqlIsoTimestamp } from '../../database/sql-formats';
import { auditNamesJson } from './audit-names';
import { AUDIT_ACTOR_JSON } from './audit.service';
import { ProgrammeHistoryQueryDto } from './dto/programme-history.dto';

/** Which records of a programme (alias r) each kind of its history is. */
const KINDS: Record<HistoryKind, string> = {
  transition: `r.entity = 'programme' AND r.action = 'transition'`,
  programme: `r.entity = 'programme' AND r.action <> 'transition'`,
  assignment: `r.entity IN ('assignment', 'steering_group')`,
  council_decision: `r.entity = 'council_decision'`,
  view_answer: `r.entity = 'view_point'`,
};
const KIND_OF_RECORD = `CASE ${Object.entries(KINDS)
  .map(([kind, condition]) => `WHEN ${condition} THEN '${kind}'`)
  .join(' ')} END`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface HistoryPageRow {
  items: ProgrammeHistoryItem[];
  total: string;
  names: AuditNames;
}

const PEOPLE = preparedRead(
  'koers_programme_history_people',
  `SELECT coalesce(r.actor_id::text, r.actor_name) AS key, r.actor_id AS id,
          (array_agg(r.actor_name ORDER BY r.id DESC))[1] AS name,
          (array_agg(r.actor_role ORDER BY r.id DESC))[1] AS role,
          count(*)::int AS records
     FROM audit_records r
    WHERE r.programme_id = $1 AND r.actor_name IS NOT NULL
    GROUP BY 1, 2
    ORDER BY 3, 1`,
);

/**
 * A programme's history: its transitions, council decisions, answers to views and changes to
 * its assignments, newest first, from the audit trail (records carry their programme, see
 * migration ProgrammeHistory). Counted and paged on the programme's index range, with the same
 * filters for the total as for the page.
 */
@Injectable()
export class ProgrammeHistoryService {
  constructor(private readonly dataSource: DataSource) {}

  async page(programmeId: string, query: ProgrammeHistoryQueryDto): Promise<ProgrammeHistoryPage> {
    const values: unknown[] = [programmeId, query.limit, query.offset];
    const conditions = ['r.programme_id = $1'];
    if (query.kind) conditions.push(`(${KINDS[query.kind]})`);
    if (query.person !== undefined) {
      values.push(query.person);
      conditions.push(
        UUID.test(query.person)
          ? `r.actor_id = $${values.length}::uuid`
          : `r.actor_id IS NULL AND r.actor_name = $${values.length}`,
      );
    }
    const statement = preparedReadOfShape(
      'koers_programme_history',
      `WITH f AS (SELECT r.id FROM audit_records r WHERE ${conditions.join(' AND ')}),
            page AS (
              SELECT r.id, r.occurred_at, r.region_id, r.actor_id, r.actor_name, r.actor_role,
                     r.entity, r.entity_id, r.action, r.changes, r.reason
                FROM audit_records r
               WHERE r.id IN (SELECT f.id FROM f ORDER BY f.id DESC LIMIT $2 OFFSET $3))
       SELECT (SELECT count(*) FROM f)::text AS total, ${auditNamesJson('page')} AS names,
              (SELECT coalesce(json_agg(json_build_object(
                        'id', r.id::text, 'occurredAt', ${sqlIsoTimestamp('r.occurred_at')},
                        'regionId', r.region_id, 'actor', ${AUDIT_ACTOR_JSON},
                        'entity', r.entity, 'entityId', r.entity_id, 'action', r.action,
                        'changes', r.changes, 'reason', r.reason, 'kind', ${KIND_OF_RECORD})
                        ORDER BY r.id DESC), '[]')
                 FROM page r) AS items`,
    );
    const [row] = await runPrepared<HistoryPageRow>(this.dataSource.manager, statement, values);
    return {
      items: row.items,
      names: row.names,
      total: toSafeInteger(row.total),
      limit: query.limit,
      offset: query.offset,
    };
  }

  /** Everyone who appears in the programme's history, by name, to filter by. */
  people(programmeId: string): Promise<HistoryPerson[]> {
    return runPrepared<HistoryPerson>(this.dataSource.manager, PEOPLE, [programmeId]);
  }
}
