import { KoersError } from '../../common/koers-error';

/** The same sentence for an unknown address, a wrong password and a deactivated account. */
export const loginFailed = () =>
  new KoersError('LOGIN_FAILED', 401, 'Het e-mailadres of het wachtwoord klopt niet.');

export const loginRateLimited = (retryAfterSeconds: number) =>
  new KoersError(
    'LOGIN_RATE_LIMITED',
    429,
    `Te veel mislukte aanmeldpogingen. Probeer het over ${Math.ceil(retryAfterSeconds / 60)} minuten opnieuw.`,
    { retryAfterSeconds, params: { minutes: Math.ceil(retryAfterSeconds / 60) } },
  );

export const passwordChangeRateLimited = (retryAfterSeconds: number) =>
  new KoersError(
    'PASSWORD_CHANGE_RATE_LIMITED',
    429,
    `Te vaak een verkeerd huidig wachtwoord. Probeer het over ${Math.ceil(retryAfterSeconds / 60)} minuten opnieuw.`,
    { retryAfterSeconds, params: { minutes: Math.ceil(retryAfterSeconds / 60) } },
  );

export const currentPasswordWrong = () =>
  new KoersError('CURRENT_PASSWORD_WRONG', 403, 'Het huidige wachtwoord klopt niet.');

export const demoModeOff = () =>
  new KoersError('DEMO_MODE_OFF', 404, 'Deze Koers draait niet in demomodus.');
