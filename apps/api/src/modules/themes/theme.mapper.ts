import type { ThemeResponse } from '@koers/contracts';
import { ThemeEntity } from './theme.entity';

export function toThemeResponse(theme: ThemeEntity): ThemeResponse {
  return {
    id: theme.id,
    regionId: theme.regionId,
    title: theme.title,
    description: theme.description,
    periodStartYear: theme.periodStartYear,
    periodEndYear: theme.periodEndYear,
    version: theme.version,
    createdAt: theme.createdAt.toISOString(),
    updatedAt: theme.updatedAt.toISOString(),
  };
}
