import type { TFunction } from 'i18next';

/** "nog 5 dagen", "de termijn loopt vandaag af", "3 dagen geleden verstreken". */
export function daysLeftText(t: TFunction, days: number): string {
  return days >= 0 ? t('start.daysLeft', { count: days }) : t('start.daysPast', { count: -days });
}
