import type { ProblemDetails } from '@koers/contracts';
import { csrfToken } from './csrf';

/** A failed API call, carrying the server's problem details (field errors, code, request id). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails | undefined,
  ) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

/** Calls the Koers API; resolves with the JSON body or throws an ApiError. */
export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const changesState = !['GET', 'HEAD', undefined].includes(init.method?.toUpperCase());
  const token = csrfToken();
  const response = await fetch(`/api${path}`, {
    ...init,
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
      ...(changesState && token ? { 'X-CSRF-Token': token } : {}),
      ...init.headers,
    },
  });
  if (response.status === 204) return undefined as T;
  const isJson = /json/.test(response.headers.get('content-type') ?? '');
  const body: unknown = isJson ? await response.json() : undefined;
  if (!response.ok) throw new ApiError(response.status, body as ProblemDetails | undefined);
  return body as T;
}
