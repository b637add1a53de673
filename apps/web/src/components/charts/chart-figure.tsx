import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartFrame } from './chart-types';

/**
 * The frame of every chart: an image for assistive technology whose name points to the table
 * beside it (the figures themselves are read there), and a visible title for everyone else.
 */
export function ChartFigure({ title, table, children }: ChartFrame & { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <figure className="koers-chart" role="img" aria-label={t('charts.label', { title, table })}>
      <div className="koers-chart__title" aria-hidden="true">
        {title}
      </div>
      {children}
    </figure>
  );
}
