export const ACCESS_OPTIONS = Symbol('ACCESS_OPTIONS');

export interface AccessOptions {
  /** Absolute lifetime of a session in hours, counted from signing in. */
  sessionMaxHours: number;
}
