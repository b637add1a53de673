export const ACCESS_OPTIONS = Symbol('ACCESS_OPTIONS');

export interface AccessOptions {
  /** False only while tests of other modules still call the API without signing in. */
  enforceAccess: boolean;
  /** Absolute lifetime of a session in hours, counted from signing in. */
  sessionMaxHours: number;
}
