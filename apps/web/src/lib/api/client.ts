import type { ProblemDetails } from '@koers/contracts';
import createClient from 'openapi-fetch';
import { ApiError } from '../api-client';
import { csrfToken } from '../csrf';
import type { paths } from './schema.gen';

export type { components, operations, paths } from './schema.gen';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The Koers API, typed from its OpenAPI document (`npm run api:generate`): a path, parameter or
 * body that does not match the API does not compile. Same origin, with the session cookie; every
 * state-changing request carries the session's CSRF token. Use it through {@link unwrap}.
 */
export const api = createClient<paths>({
  // Absolute, so a Request can be built outside a browser page too (tests).
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
  headers: { Accept: 'application/json' },
  // Looked up per call, so a test's fetch (and any later polyfill) is the one used.
  fetch: (request) => globalThis.fetch(request),
});

/**
 * A path with an empty id (`/api/regions//municipalities`, `/api/regions/`) asks the API for
 * something nobody meant: a screen asked before it knew the id. Refused here, before it leaves
 * the browser; such a query waits for its id (`enabled`).
 */
export function hasEmptyPathSegment(pathname: string): boolean {
  return pathname.includes('//') || (pathname.length > 1 && pathname.endsWith('/'));
}

api.use({
  onRequest({ request }) {
    const { pathname } = new URL(request.url);
    if (hasEmptyPathSegment(pathname)) {
      throw new Error(`Koers asked the API for ${pathname}: an id in the path is empty`);
    }
    const token = csrfToken();
    if (!SAFE_METHODS.has(request.method) && token) request.headers.set('X-CSRF-Token', token);
    return request;
  },
});

type Result<D> = { data?: D; error?: unknown; response: Response };

function problemOf(error: unknown): ProblemDetails | undefined {
  return typeof error === 'object' && error !== null && 'status' in error
    ? (error as ProblemDetails)
    : undefined;
}

/**
 * The body of a successful call (undefined for 204); a failed one throws an ApiError with the
 * server's problem details (code, field errors, request id).
 */
export async function unwrap<D>(call: Promise<Result<D>>): Promise<D> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, problemOf(error));
  // openapi-fetch types `data` of a 2xx as the operation's response (undefined only for 204).
  return data as D;
}
