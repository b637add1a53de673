import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { ValidationFailedError } from '../../common/koers-error';
import { COMMON_PASSWORDS } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/** argon2id with the library's defaults (m=19 MiB, t=2, p=1: the OWASP baseline). */
export const hashPassword = (password: string): Promise<string> => hash(password);

// Verified against when the e-mail is unknown, so a wrong address costs as long as a wrong password.
let dummyHash: Promise<string> | undefined;

/** True when the password matches; an absent hash still costs one verification. */
export async function verifyPassword(storedHash: string | undefined, password: string) {
  const target = storedHash ?? (await (dummyHash ??= hash(randomBytes(16).toString('hex'))));
  try {
    return (await verify(target, password)) && storedHash !== undefined;
  } catch {
    return false;
  }
}

/** Why a new password is refused (Dutch), or undefined when it is acceptable. */
export function passwordProblem(password: string): string | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `moet minstens ${MIN_PASSWORD_LENGTH} tekens lang zijn`;
  if (length > MAX_PASSWORD_LENGTH) return `mag hoogstens ${MAX_PASSWORD_LENGTH} tekens lang zijn`;
  if (COMMON_PASSWORDS.has(password.toLowerCase())) {
    return 'staat op een lijst van veelgebruikte wachtwoorden; kies een ander';
  }
  return undefined;
}

/** Throws a 400 naming `field` when the password may not be used. */
export function assertAcceptablePassword(field: string, password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new ValidationFailedError([{ field, message: problem }]);
}

/** A one-time password for a new user: 20 characters of base64url (120 bits). */
export const generatePassword = (): string => randomBytes(15).toString('base64url');

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();
