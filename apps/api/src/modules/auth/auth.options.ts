export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

export interface AuthOptions {
  /** Demo mode: GET /api/auth/demo-accounts answers. */
  demo: boolean;
}
