import type { AuditRecordResponse, HistoryKind } from '@koers/contracts';
import type { TFunction } from 'i18next';
import type { Names } from './format-change';

const changed = (record: AuditRecordResponse, field: string) =>
  record.changes.find((change) => change.field === field);

/**
 * What a record is about, by name: the assignment ("OPD-1 Snelfietsroutes"), the municipality
 * of a council decision. A deleted assignment is named by the values its last record kept.
 */
export function subjectName(record: AuditRecordResponse, names: Names, t: TFunction): string {
  const known = names[record.entityId];
  if (known) return known;
  const value = (field: string) => {
    const change = changed(record, field);
    const text = change?.old ?? change?.new;
    return typeof text === 'string' ? text : '';
  };
  const kept = [value('code'), value('title')].filter(Boolean).join(' ');
  return kept || t('history.changes.unknownRef');
}

/** What happened, in one sentence: "Raadsbesluit van Asten vastgelegd". */
export function describeRecord(
  record: AuditRecordResponse & { kind: HistoryKind },
  names: Names,
  t: TFunction,
): string {
  const name = subjectName(record, names, t);
  switch (record.kind) {
    case 'transition': {
      const status = changed(record, 'status');
      const label = (value: unknown) =>
        t(`history.changes.statuses.${String(value)}`, { defaultValue: String(value) });
      return t('history.log.describe.transition', {
        from: label(status?.old),
        to: label(status?.new),
      });
    }
    case 'council_decision':
      return t('history.log.describe.councilDecision', { name });
    case 'view_answer':
      return t('history.log.describe.viewAnswer', { name });
    case 'assignment':
      return record.entity === 'steering_group'
        ? t('history.log.describe.steeringGroup', { name })
        : t(`history.log.describe.assignment.${record.action}`, { name });
    default:
      return t(`history.log.describe.programme.${record.action}`, { name });
  }
}
