import type { AssignmentSummary, Page } from '@koers/contracts';
import { EntityManager } from 'typeorm';
import { toSafeInteger } from '../../common/bigint.transformer';
import { containsPattern } from '../../common/pagination';
import { preparedReadOfShape, runPrepared } from '../../database/prepared-read';
import { programmeNotFound } from '../programmes/programme.errors';
import { AssignmentSummaryFields, toAssignmentSummary } from './assignment.mapper';
import { AssignmentListQueryDto } from './dto/assignment-list.query';

const SORT_COLUMNS = {
  code: 'a.code',
  title: 'a.title',
  priority: 'a.priority',
  status: 'a.status',
} as const;

/** The filters of the list, each with the SQL it adds; `$n` is the place of its parameter. */
const FILTERS: [keyof AssignmentListQueryDto, (n: number) => string][] = [
  ['themeId', (n) => `a.theme_id = $${n}`],
  ['status', (n) => `a.status = $${n}`],
  ['portfolioHolderId', (n) => `a.portfolio_holder_id = $${n}`],
  // 'all': every municipality of the region takes part; 'opt_in': only the listed ones.
  [
    'municipalityId',
    (n) => `((a.participation = 'all' AND EXISTS (SELECT 1 FROM municipalities m
               WHERE m.id = $${n} AND m.region_id = a.region_id))
            OR (a.participation = 'opt_in' AND EXISTS (SELECT 1 FROM assignment_participants ap
               WHERE ap.assignment_id = a.id AND ap.municipality_id = $${n})))`,
  ],
  ['q', (n) => `(a.code ILIKE $${n} OR a.title ILIKE $${n} OR a.goal ILIKE $${n})`],
];

interface ListRow {
  id: string | null;
  programme_id: string;
  theme_id: string;
  code: string;
  title: string;
  status: AssignmentSummaryFields['status'];
  priority: number;
  participation: AssignmentSummaryFields['participation'];
  portfolio_holder_id: string | null;
  lead_id: string | null;
  version: number;
  budget_total: string;
  fte_total: string;
  hours_total: string;
  total: string | null;
}

const BUDGET_TOTAL = `(SELECT coalesce(sum(b.amount_cents), 0) FROM assignment_budget_lines b
  WHERE b.assignment_id = a.id)`;

/**
 * The page as one prepared statement per shape of the query (filters present, sort, order): the
 * programme (none → 404), the page with the filtered count as a window, and the sums of the
 * page's rows only (those skipped by the offset are not summed unless sorting by budget needs
 * them). One round trip instead of three (issue 7). A page past the end has no row to carry
 * the count: then the first page is read for it.
 */
function listStatement(query: AssignmentListQueryDto): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const where = ['a.programme_id = p.id'];
  for (const [field, sql] of FILTERS) {
    const value = query[field];
    if (value === undefined || value === '') continue;
    values.push(field === 'q' ? containsPattern(String(value)) : value);
    where.push(sql(values.length + 3));
  }
  const direction = query.order === 'desc' ? 'DESC' : 'ASC';
  const sort = query.sort === 'budget' ? BUDGET_TOTAL : SORT_COLUMNS[query.sort];
  const text = `
    SELECT x.*, s.budget_total, c.fte_total, c.hours_total FROM programmes p
    LEFT JOIN LATERAL (
      SELECT a.id, a.programme_id, a.theme_id, a.code, a.title, a.status, a.priority,
             a.participation, a.portfolio_holder_id, a.lead_id, a.version,
             count(*) OVER ()::text AS total,
             row_number() OVER (ORDER BY ${sort} ${direction}, a.code ASC) AS place
        FROM assignments a WHERE ${where.join(' AND ')}
       ORDER BY place LIMIT $2 OFFSET $3) x ON true
    LEFT JOIN LATERAL (
      SELECT coalesce(sum(b.amount_cents), 0)::text AS budget_total
        FROM assignment_budget_lines b WHERE b.assignment_id = x.id) s ON true
    LEFT JOIN LATERAL (
      SELECT coalesce(sum(c.fte), 0)::text AS fte_total, coalesce(sum(c.hours), 0)::text AS hours_total
        FROM assignment_capacity_lines c WHERE c.assignment_id = x.id) c ON true
    WHERE p.id = $1
    ORDER BY x.place`;
  return { text, values };
}

/** One page of a programme's assignments, filtered and sorted in SQL. */
export async function listAssignments(
  manager: EntityManager,
  programmeId: string,
  query: AssignmentListQueryDto,
): Promise<Page<AssignmentSummary>> {
  const { text, values } = listStatement(query);
  const statement = preparedReadOfShape('koers_assignment_list', text);
  const read = (limit: number, offset: number) =>
    runPrepared<ListRow>(manager, statement, [programmeId, limit, offset, ...values]);
  const rows = await read(query.limit, query.offset);
  if (rows.length === 0) throw programmeNotFound(programmeId);
  const page = rows.filter((row) => row.id !== null);
  const counted = page[0] ?? (query.offset > 0 ? (await read(1, 0))[0] : undefined);
  return {
    items: page.map((row) =>
      toAssignmentSummary(
        {
          id: row.id as string,
          programmeId: row.programme_id,
          themeId: row.theme_id,
          code: row.code,
          title: row.title,
          status: row.status,
          priority: row.priority,
          participation: row.participation,
          portfolioHolderId: row.portfolio_holder_id,
          leadId: row.lead_id,
          version: row.version,
        },
        {
          budgetTotalCents: toSafeInteger(row.budget_total),
          fteTotal: Number(row.fte_total),
          hoursTotal: toSafeInteger(row.hours_total),
        },
      ),
    ),
    total: counted?.total ? toSafeInteger(counted.total) : 0,
    limit: query.limit,
    offset: query.offset,
  };
}
