import type { AuditActor } from '@koers/contracts';
import type { TFunction } from 'i18next';

/** The roles of an actor in words: "Regiobureau, Bestuur"; empty for a system actor. */
export function roleLabel(role: string | null, t: TFunction): string {
  if (!role) return '';
  return role
    .split(',')
    .map((name) =>
      name === 'platform_admin' ? t('history.actor.platformAdmin') : t(`roles.${name}`),
    )
    .join(', ');
}

/**
 * Who made a change, as the history shows it: "Anna de Vries (Regiobureau)", "demo-gegevens
 * (Koers zelf)", or "onbekend" for records from before Koers recorded who.
 */
export function actorLabel(actor: AuditActor | null, t: TFunction): string {
  if (!actor) return t('history.actor.unknown');
  if (actor.id === null) return t('history.actor.system', { name: actor.name });
  const role = roleLabel(actor.role, t);
  return role ? t('history.actor.withRole', { name: actor.name, role }) : actor.name;
}
