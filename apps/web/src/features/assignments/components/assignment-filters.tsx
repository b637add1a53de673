import {
  ASSIGNMENT_STATUSES,
  type MunicipalityResponse,
  type PersonResponse,
  type ThemeResponse,
} from '@koers/contracts';
import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentFilters as Filters } from '../api/get-assignments';
import { SelectField, TextField } from '../../../components/forms/fields';

/** Filters on theme, status, portfolio holder and municipality, and a text search (debounced). */
export function AssignmentFilters({
  filters,
  onChange,
  themes,
  people,
  municipalities,
}: {
  filters: Filters;
  onChange: (filters: Filters) => void;
  themes: readonly ThemeResponse[];
  people: readonly PersonResponse[];
  municipalities: readonly MunicipalityResponse[];
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState(filters.q ?? '');
  useEffect(() => {
    if (q === (filters.q ?? '')) return;
    const timer = setTimeout(() => onChange({ ...filters, q }), 300);
    return () => clearTimeout(timer);
  }, [q, filters, onChange]);
  const all = t('assignments.filters.all');
  const set = (patch: Filters) => onChange({ ...filters, ...patch });
  const active = Object.values(filters).some(Boolean);

  return (
    <Fieldset className="koers-filters">
      <FieldsetLegend>{t('assignments.filters.title')}</FieldsetLegend>
      <div className="koers-grid">
        <TextField
          path="filter-q"
          label={t('assignments.filters.search')}
          description={t('assignments.filters.searchHelp')}
          value={q}
          onChange={setQ}
        />
        <SelectField
          path="filter-theme"
          label={t('assignments.fields.theme')}
          value={filters.themeId ?? ''}
          emptyLabel={all}
          options={themes.map((theme) => ({ value: theme.id, label: theme.title }))}
          onChange={(themeId) => set({ themeId })}
        />
        <SelectField
          path="filter-status"
          label={t('assignments.fields.status')}
          value={filters.status ?? ''}
          emptyLabel={all}
          options={ASSIGNMENT_STATUSES.map((s) => ({
            value: s,
            label: t(`assignments.statuses.${s}`),
          }))}
          onChange={(status) => set({ status: status as Filters['status'] })}
        />
        <SelectField
          path="filter-portfolio-holder"
          label={t('assignments.fields.portfolioHolder')}
          value={filters.portfolioHolderId ?? ''}
          emptyLabel={all}
          options={people.map((p) => ({ value: p.id, label: p.name }))}
          onChange={(portfolioHolderId) => set({ portfolioHolderId })}
        />
        <SelectField
          path="filter-municipality"
          label={t('assignments.filters.municipality')}
          value={filters.municipalityId ?? ''}
          emptyLabel={all}
          options={municipalities.map((m) => ({ value: m.id, label: m.name }))}
          onChange={(municipalityId) => set({ municipalityId })}
        />
      </div>
      {active && (
        <Button
          appearance="subtle-button"
          onClick={() => {
            setQ('');
            onChange({});
          }}
        >
          {t('assignments.filters.clear')}
        </Button>
      )}
    </Fieldset>
  );
}
