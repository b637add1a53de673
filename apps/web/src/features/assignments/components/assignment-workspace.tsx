import type { MunicipalityResponse, PersonResponse, ThemeResponse } from '@koers/contracts';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../../components/query-state';
import {
  ASSIGNMENT_FILTER_PARAMS as PARAMS,
  assignmentFiltersFrom,
  useAssignments,
  type AssignmentFilters as Filters,
} from '../api/get-assignments';
import { AssignmentFilters } from './assignment-filters';
import { AssignmentTable } from './assignment-table';

/** The assignments of a programme, filtered through the address bar so a view can be shared. */
export function AssignmentWorkspace({
  programmeId,
  themes,
  people,
  municipalities,
  editUrl,
  readUrl,
}: {
  programmeId: string;
  themes: readonly ThemeResponse[];
  people: readonly PersonResponse[];
  municipalities: readonly MunicipalityResponse[];
  editUrl?: (assignmentId: string) => string;
  readUrl?: (assignmentId: string) => string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filters = assignmentFiltersFrom(search);
  const setFilters = useCallback(
    (next: Filters) => {
      const params = new URLSearchParams();
      for (const [key, param] of Object.entries(PARAMS)) {
        const value = next[key as keyof Filters];
        if (value) params.set(param, value);
      }
      setSearch(params, { replace: true });
    },
    [setSearch],
  );
  const filtered = Object.values(filters).some(Boolean);
  const assignments = useAssignments(programmeId, filters);

  return (
    <section aria-labelledby="assignments-title" className="koers-section">
      <Heading2 id="assignments-title">{t('assignments.title')}</Heading2>
      <AssignmentFilters
        filters={filters}
        onChange={setFilters}
        themes={themes}
        people={people}
        municipalities={municipalities}
      />
      <QueryState
        query={assignments}
        loading={t('assignments.loading')}
        failed={t('assignments.failed')}
        empty={{
          when: (page) => page.items.length === 0,
          message: filtered ? t('assignments.noMatches') : t('assignments.empty'),
        }}
      >
        {(page) => (
          <>
            <Paragraph role="status" aria-live="polite">
              {filtered
                ? t('assignments.matchCount', { count: page.total })
                : t('assignments.count', { count: page.total })}
            </Paragraph>
            <AssignmentTable
              assignments={page.items}
              themes={themes}
              people={people}
              editUrl={editUrl}
              readUrl={readUrl}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}
