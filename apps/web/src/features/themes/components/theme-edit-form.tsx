import type { ThemeResponse, UpdateThemeRequest } from '@koers/contracts';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RecordEditForm } from '../../../components/forms/record-edit-form';
import type { RecordField, RecordValues } from '../../../components/forms/record-fields';
import { useCreateTheme } from '../api/create-theme';
import { getTheme } from '../api/get-theme';
import { useUpdateTheme } from '../api/update-theme';

const valuesOf = (theme: ThemeResponse): RecordValues => ({
  title: theme.title,
  description: theme.description,
  periodStartYear: String(theme.periodStartYear),
  periodEndYear: String(theme.periodEndYear),
});

const toRequest = (values: RecordValues): Omit<UpdateThemeRequest, 'version'> => ({
  title: values.title.trim(),
  description: values.description,
  periodStartYear: Number(values.periodStartYear.trim()),
  periodEndYear: Number(values.periodEndYear.trim()),
});

/**
 * A theme's title, description and period: a new theme added to the region (without `theme`), or
 * an existing one saved against its version.
 */
export function ThemeEditForm(props: {
  regionId: string;
  theme?: ThemeResponse;
  cancelUrl: string;
  onDirtyChange?: (dirty: boolean) => void;
  onSaved?: (saved: ThemeResponse) => void;
}) {
  const { t } = useTranslation();
  const { theme, regionId } = props;
  const update = useUpdateTheme(regionId, theme?.id ?? '');
  const create = useCreateTheme(regionId);
  const save = (theme ? update : create) as UseMutationResult<
    ThemeResponse,
    Error,
    UpdateThemeRequest
  >;
  const label = (name: string) => t(`themeEdit.fields.${name}`);
  const fields: RecordField[] = [
    { name: 'title', label: label('title'), required: true },
    { name: 'description', label: label('description'), type: 'textarea' },
    { name: 'periodStartYear', label: label('periodStartYear'), type: 'number', short: true },
    { name: 'periodEndYear', label: label('periodEndYear'), type: 'number', short: true },
  ];
  return (
    <RecordEditForm
      idPrefix="theme"
      record={theme}
      empty={{ title: '', description: '', periodStartYear: '', periodEndYear: '' }}
      submitLabel={theme ? undefined : t('themeEdit.add')}
      fields={fields}
      valuesOf={valuesOf}
      toRequest={toRequest}
      save={save}
      reload={() => getTheme(regionId, theme?.id ?? '')}
      conflictCode="THEME_VERSION_CONFLICT"
      conflictTitle={t('themeEdit.conflict')}
      cancelUrl={props.cancelUrl}
      onDirtyChange={props.onDirtyChange}
      onSaved={props.onSaved}
    />
  );
}
