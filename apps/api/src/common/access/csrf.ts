import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { csrfFailed } from './access.errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** host[:port] the browser addressed: the proxy's X-Forwarded-Host when there is one. */
function ownHost(req: Request): string | undefined {
  const forwarded = req.get('x-forwarded-host')?.split(',')[0]?.trim();
  return (forwarded || req.get('host'))?.toLowerCase();
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * CSRF defence for state-changing requests: the browser must say it comes from this origin
 * (Origin / Sec-Fetch-Site), and a signed-in session must send its token as X-CSRF-Token.
 * Signing in has no session token yet, so only the origin counts there.
 */
export function checkCsrf(req: Request, options: { tokenExempt: boolean }): void {
  if (SAFE_METHODS.has(req.method)) return;
  const origin = req.get('origin');
  if (origin !== undefined && (origin === 'null' || hostOf(origin) !== ownHost(req))) {
    throw csrfFailed('het komt van een andere website.');
  }
  if (req.get('sec-fetch-site') === 'cross-site') {
    throw csrfFailed('het komt van een andere website.');
  }
  const expected = req.session?.userId ? req.session.csrfToken : undefined;
  if (!expected || options.tokenExempt) return;
  const sent = req.get('x-csrf-token') ?? '';
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw csrfFailed('de CSRF-token (kopregel X-CSRF-Token) ontbreekt of klopt niet.');
  }
}
