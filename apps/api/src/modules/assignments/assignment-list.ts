import type { AssignmentSummary, Page } from '@koers/contracts';
import { EntityManager } from 'typeorm';
import { toSafeInteger } from '../../common/bigint.transformer';
import { containsPattern } from '../../common/pagination';
import { AssignmentEntity } from './assignment.entity';
import { toAssignmentSummary } from './assignment.mapper';
import { AssignmentListQueryDto } from './dto/assignment-list.query';

const BUDGET_TOTAL = `(SELECT coalesce(sum(b.amount_cents), 0) FROM assignment_budget_lines b
  WHERE b.assignment_id = a.id)`;

const CAPACITY = (column: 'fte' | 'hours') => `(SELECT coalesce(sum(c.${column}), 0)
  FROM assignment_capacity_lines c WHERE c.assignment_id = a.id)`;

const SORT_COLUMNS = {
  code: 'a.code',
  title: 'a.title',
  priority: 'a.priority',
  status: 'a.status',
  budget: 'budget_total',
} as const;

/** One page of a programme's assignments, filtered and sorted in SQL. */
export async function listAssignments(
  manager: EntityManager,
  programmeId: string,
  query: AssignmentListQueryDto,
): Promise<Page<AssignmentSummary>> {
  const qb = manager
    .getRepository(AssignmentEntity)
    .createQueryBuilder('a')
    .addSelect(BUDGET_TOTAL, 'budget_total')
    .addSelect(CAPACITY('fte'), 'fte_total')
    .addSelect(CAPACITY('hours'), 'hours_total')
    .where('a.programme_id = :programmeId', { programmeId });
  if (query.themeId) qb.andWhere('a.theme_id = :themeId', { themeId: query.themeId });
  if (query.status) qb.andWhere('a.status = :status', { status: query.status });
  if (query.portfolioHolderId) {
    qb.andWhere('a.portfolio_holder_id = :holder', { holder: query.portfolioHolderId });
  }
  if (query.municipalityId) {
    // 'all': every municipality of the region takes part; 'opt_in': only the listed ones.
    qb.andWhere(
      `((a.participation = 'all' AND EXISTS (SELECT 1 FROM municipalities m
           WHERE m.id = :municipalityId AND m.region_id = a.region_id))
        OR (a.participation = 'opt_in' AND EXISTS (SELECT 1 FROM assignment_participants ap
           WHERE ap.assignment_id = a.id AND ap.municipality_id = :municipalityId)))`,
      { municipalityId: query.municipalityId },
    );
  }
  if (query.q) {
    qb.andWhere(`(a.code ILIKE :q OR a.title ILIKE :q OR a.goal ILIKE :q)`, {
      q: containsPattern(query.q),
    });
  }
  const total = await qb.getCount();
  const direction = query.order === 'desc' ? 'DESC' : 'ASC';
  qb.orderBy(SORT_COLUMNS[query.sort], direction).addOrderBy('a.code', 'ASC');
  const { entities, raw } = await qb.limit(query.limit).offset(query.offset).getRawAndEntities();
  const sums = new Map(
    (raw as { a_id: string; budget_total: string; fte_total: string; hours_total: string }[]).map(
      (row) => [
        row.a_id,
        {
          budgetTotalCents: toSafeInteger(row.budget_total),
          fteTotal: Number(row.fte_total),
          hoursTotal: toSafeInteger(row.hours_total),
        },
      ],
    ),
  );
  return {
    items: entities.map((a) =>
      toAssignmentSummary(a, sums.get(a.id) ?? { budgetTotalCents: 0, fteTotal: 0, hoursTotal: 0 }),
    ),
    total,
    limit: query.limit,
    offset: query.offset,
  };
}
