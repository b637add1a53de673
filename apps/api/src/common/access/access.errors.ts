import { KoersError } from '../koers-error';

export const notSignedIn = () =>
  new KoersError('NOT_SIGNED_IN', 401, 'Meld je aan om dit te bekijken of te doen.');

export const forbidden = () =>
  new KoersError('FORBIDDEN', 403, 'Jouw rol in deze regio geeft geen recht om dit te doen.');

export const accessRuleMissing = () =>
  new KoersError(
    'ACCESS_RULE_MISSING',
    403,
    'Voor dit adres is nog niet vastgelegd wie het mag gebruiken; niemand mag het daarom.',
  );

export const csrfFailed = (why: string) =>
  new KoersError('CSRF_FAILED', 403, `Dit verzoek is geweigerd: ${why}`, { params: { why } });
