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
import { AUDIT_ACTOR_JSON, AUDIT_PAGE_OF_IDS } from './audit.service';
import { ProgrammeHistoryQueryDto } from './dto/programme-history.dto';

/** Which records of a programme each kind of its history is, on records or their counts. */
const KINDS: Record<HistoryKind, (alias: string) => string> = {
  transition: (a) => `${a}.entity = 'programme' AND ${a}.action = 'transition'`,
  programme: (a) => `${a}.entity = 'programme' AND ${a}.action <> 'transition'`,
  assignment: (a) => `${a}.entity IN ('assignment', 'steering_group')`,
  council_decision: (a) => `${a}.entity = 'council_decision'`,
  view_answer: (a) => `${a}.entity = 'view_point'`,
};
const KIND_OF_RECORD = `CASE ${Object.entries(KINDS)
  .map(([kind, condition]) => `WHEN ${condition('r')} THEN '${kind}'`)
  .join(' ')} END`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface HistoryPageRow {
  items: ProgrammeHistoryItem[];
  total: string;
  names: AuditNames;
}

// From the counts (migration ProgrammeHistoryCounts): each actor's latest record names them.
const PEOPLE = preparedRead(
  'koers_programme_history_people',
  `WITH people AS (
     SELECT c.actor_key AS key, sum(c.records)::int AS records, max(c.last_id) AS last_id
       FROM audit_programme_counts c
      WHERE c.programme_id = $1 AND c.actor_key <> ''
      GROUP BY 1)
   SELECT p.key, r.actor_id AS id, r.actor_name AS name, r.actor_role AS role, p.records
     FROM people p JOIN audit_records r ON r.id = p.last_id
    ORDER BY r.actor_name, p.key`,
);

/**
 * A programme's history: its transitions, council decisions, answers to views and changes to
 * its assignments, newest first, from the audit trail (records carry their programme, see
 * migration ProgrammeHistory). Totals come from audit_programme_counts under the same filters
 * as the page, so they stay exact and cost the same for a busy programme as for a quiet one.
 */
@Injectable()
export class ProgrammeHistoryService {
  constructor(private readonly dataSource: DataSource) {}

  async page(programmeId: string, query: ProgrammeHistoryQueryDto): Promise<ProgrammeHistoryPage> {
    const values: unknown[] = [programmeId, query.limit, query.offset];
    // Each filter on the records (alias f) and on their counts (alias c).
    const onRecords = ['f.programme_id = $1'];
    const onCounts = ['c.programme_id = $1'];
    if (query.kind) {
      onRecords.push(`(${KINDS[query.kind]('f')})`);
      onCounts.push(`(${KINDS[query.kind]('c')})`);
    }
    if (query.person !== undefined) {
      values.push(query.person);
      const p = `$${values.length}`;
      onRecords.push(
        UUID.test(query.person)
          ? `f.actor_id = ${p}::uuid`
          : `f.actor_id IS NULL AND f.actor_name = ${p}`,
      );
      onCounts.push(`c.actor_key = ${p}`);
    }
    const where = (conditions: string[], more: string) => [...conditions, more].join(' AND ');
    // As the audit page does: the total from the counts, then the page's ids from the
    // programme's index, read from the nearer end; only the page's records from the table.
    const statement = preparedReadOfShape(
      'koers_programme_history',
      `WITH n AS (SELECT coalesce(sum(c.records), 0)::bigint AS total
                    FROM audit_programme_counts c WHERE ${onCounts.join(' AND ')}),
            ids AS (
              (SELECT f.id FROM audit_records f
                WHERE ${where(onRecords, '$3 * 2 < (SELECT total FROM n)')}
                ORDER BY f.id DESC LIMIT $2 OFFSET $3)
              UNION ALL
              (SELECT f.id FROM audit_records f
                WHERE ${where(onRecords, '$3 * 2 >= (SELECT total FROM n)')}
                ORDER BY f.id ASC
                LIMIT greatest(0, least($2, (SELECT total FROM n) - $3))
                OFFSET greatest(0, (SELECT total FROM n) - $3 - $2))),
            page AS (${AUDIT_PAGE_OF_IDS})
       SELECT n.total::text AS total, ${auditNamesJson('page')} AS names,
              (SELECT coalesce(json_agg(json_build_object(
                        'id', r.id::text, 'occurredAt', ${sqlIsoTimestamp('r.occurred_at')},
                        'regionId', r.region_id, 'actor', ${AUDIT_ACTOR_JSON},
                        'entity', r.entity, 'entityId', r.entity_id, 'action', r.action,
                        'changes', r.changes, 'reason', r.reason, 'kind', ${KIND_OF_RECORD})
                        ORDER BY r.id DESC), '[]')
                 FROM page r) AS items
         FROM n`,
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
