import { HISTORY_KINDS, type HistoryKind } from '@koers/contracts';
import { FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useHistoryPeople } from '../api/get-history-people';
import { roleLabel } from '../lib/actor-label';

/** Filters of a programme's history: what kind of event, and by whom. */
export function HistoryFilters({
  programmeId,
  kind,
  person,
  onChange,
}: {
  programmeId: string;
  kind: HistoryKind | null;
  person: string | null;
  onChange: (filter: { kind?: HistoryKind | null; person?: string | null }) => void;
}) {
  const { t } = useTranslation();
  const people = useHistoryPeople(programmeId);
  return (
    // A search landmark of its own: the filters apply as they change, there is nothing to submit.
    <form
      role="search"
      aria-label={t('history.log.filters')}
      className="koers-log-filters"
      onSubmit={(event) => event.preventDefault()}
    >
      <FormField>
        <FormLabel htmlFor="history-kind">{t('history.log.kind')}</FormLabel>
        <Select
          id="history-kind"
          value={kind ?? ''}
          onChange={(event) => onChange({ kind: (event.target.value || null) as HistoryKind })}
        >
          <SelectOption value="">{t('history.log.allKinds')}</SelectOption>
          {HISTORY_KINDS.map((k) => (
            <SelectOption key={k} value={k}>
              {t(`history.log.kinds.${k}`)}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor="history-person">{t('history.log.person')}</FormLabel>
        <Select
          id="history-person"
          value={person ?? ''}
          disabled={people.isPending}
          onChange={(event) => onChange({ person: event.target.value || null })}
        >
          <SelectOption value="">{t('history.log.everyone')}</SelectOption>
          {(people.data ?? []).map((p) => {
            const role = roleLabel(p.role, t);
            return (
              <SelectOption key={p.key} value={p.key}>
                {t('history.log.personOption', {
                  name: role ? `${p.name} (${role})` : p.name,
                  count: p.records,
                })}
              </SelectOption>
            );
          })}
        </Select>
      </FormField>
    </form>
  );
}
